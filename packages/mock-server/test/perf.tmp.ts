import {createMockApi} from '../src/index.js';
const api = createMockApi({scenario: 'demo', validateResponses: false});
const B = 'http://mock/v1/spaces/demo';
const start = Date.now();
const avail = `${B}/availability?from=${encodeURIComponent(new Date(start).toISOString())}&to=${encodeURIComponent(new Date(start + 7 * 864e5).toISOString())}`;
const j = async (r: Promise<Response>) => (await r).json();
const ch = await j(api.dispatch(new Request(B + '/auth/otp', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({email: 'ada@example.com'})})));
const mb = await j(api.dispatch(new Request(B + '/__dev/mailbox?email=ada@example.com')));
const auth = await j(api.dispatch(new Request(B + '/auth/otp/verify', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({challengeId: ch.challengeId, code: mb.messages[0].code})})));
const av = await j(api.dispatch(new Request(avail)));
const slot = av.resources[1].slots[5];
const quoteBody = JSON.stringify({resourceId: av.resources[1].resourceId, start: slot.start, end: slot.end});
const mk: Record<string, () => Request> = {
  plans: () => new Request(B + '/plans'),
  availabilityHit: () => new Request(avail),
  quote: () => new Request(B + '/bookings/quote', {method: 'POST', headers: {'content-type': 'application/json', authorization: 'Bearer ' + auth.session.token}, body: quoteBody}),
};
for (const [name, make] of Object.entries(mk)) {
  for (let k = 0; k < 300; k++) await (await api.dispatch(make())).arrayBuffer();
  let n = 0; const t0 = performance.now();
  while (performance.now() - t0 < 2000) { const r = await api.dispatch(make()); if (r.status !== 200) throw new Error(name + r.status); await r.arrayBuffer(); n++; }
  console.log(name, (n / ((performance.now() - t0) / 1000)).toFixed(0), 'ops/s');
}
