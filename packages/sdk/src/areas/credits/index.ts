// `@portico/sdk/credits`: this area's calls (the functions `client.credits` binds) and query
// descriptors, its endpoints with their rules (`endpoints.<route>.errors`, `.invalidates`) and types.
export {getCredits, listCreditLedger, creditsQuery, creditLedgerQuery} from './calls.js';
export * as endpoints from './endpoints.js';
export type * from './schemas.js';
