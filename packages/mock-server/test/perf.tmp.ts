import {createMockApi} from '../src/index.js';
const out: string[] = [];
async function run(label: string, api: ReturnType<typeof createMockApi>, make: () => Request) {
  for (let k = 0; k < 300; k++) await (await api.dispatch(make())).arrayBuffer();
  let n = 0; const t0 = performance.now();
  while (performance.now() - t0 < 2000) { const r = await api.dispatch(make()); if (r.status !== 200) throw new Error(label + r.status); await r.arrayBuffer(); n++; }
  out.push(`${label}: ${(n / ((performance.now() - t0) / 1000)).toFixed(0)} ops/s`);
}
for (const scenario of ['demo', 'busy'] as const) {
  const api = createMockApi({scenario, validateResponses: false});
  const start = Date.now();
  const url = (shift: number) => `http://mock/v1/spaces/demo/availability?from=${encodeURIComponent(new Date(start + shift).toISOString())}&to=${encodeURIComponent(new Date(start + shift + 7 * 864e5).toISOString())}`;
  let i = 0;
  await run(`${scenario} availability week, computed every time`, api, () => new Request(url(++i)));
  await run(`${scenario} availability week, same URL (memo)`, api, () => new Request(url(0)));
}
{
  const api = createMockApi({scenario: 'demo', validateResponses: true});
  const start = Date.now(); let i = 0;
  await run('demo availability week, computed + response validation', api, () => new Request(`http://mock/v1/spaces/demo/availability?from=${encodeURIComponent(new Date(start + ++i).toISOString())}&to=${encodeURIComponent(new Date(start + i + 7 * 864e5).toISOString())}`));
}
console.log(out.join('\n'));
