// Run WITHOUT the `development` condition (as a production app would resolve the SDK):
// reads the credit ledger from the server at argv[2] and prints what happened as JSON.
//   node --conditions=source --import tsx test/helpers/production-probe.ts <apiUrl> [validate]
import {PorticoCore} from '../../src/index.js';
import {listCreditLedger} from '../../src/areas/credits/index.js';
import {session} from './fixtures.js';

const [apiUrl = '', mode] = process.argv.slice(2);
const client = new PorticoCore({
  baseUrl: apiUrl,
  space: 'demo',
  session: 'memory',
  realtime: false,
  ...(mode === 'validate' ? {validateResponses: true} : {}),
});
client.session.set(session);
try {
  const ledger = await listCreditLedger(client);
  console.log(JSON.stringify({ok: true, ledger}));
} catch (error) {
  const {name, code} = error as {name: string; code: string};
  console.log(JSON.stringify({ok: false, name, code}));
}
