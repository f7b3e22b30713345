// The default: no response validation unless the client asks for it (`validateResponses:
// true`), so a production page does not download zod and the contract's schemas.
export const DEV_MODE = false;
