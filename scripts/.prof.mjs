// temp: CPU profile of the demo's first view (not committed)
import {readFileSync} from 'node:fs';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';
import {launch, newContext} from './e2e/lib/browser.mjs';
import {startDemo} from './e2e/lib/demo-server.mjs';
const {origin, child} = await startDemo();
const browser = await launch();
const agg = new Map(); const byFile = new Map();
const maps = new Map();
const mapFor = (url) => {
  if (!url.includes('/portico/')) return null;
  if (!maps.has(url)) { try { maps.set(url, new TraceMap(readFileSync('packages/elements/dist/cdn/' + url.split('/portico/')[1].split('?')[0] + '.map', 'utf8'))); } catch { maps.set(url, null); } }
  return maps.get(url);
};
for (let run = 0; run < 3; run++) {
  const context = await newContext(browser, {viewport: {width: 390, height: 844}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 200});
  await cdp.send('Profiler.start');
  await page.goto(`${origin}/members/`, {waitUntil: 'networkidle'});
  await page.waitForTimeout(500);
  const {profile} = await cdp.send('Profiler.stop');
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const node of profile.nodes) {
    const t = (dt.get(node.id) ?? 0) / 1000; if (!t) continue;
    const f = node.callFrame; let name = `${f.functionName || '(anon)'} ${f.url.replace(origin, '')}:${f.lineNumber}:${f.columnNumber}`;
    const map = mapFor(f.url);
    if (map) { const o = originalPositionFor(map, {line: f.lineNumber + 1, column: f.columnNumber}); if (o.source) name = `${o.name ?? f.functionName} ${o.source.replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/')}:${o.line}`; }
    agg.set(name, (agg.get(name) ?? 0) + t);
    const file = map ? (originalPositionFor(map, {line: f.lineNumber + 1, column: f.columnNumber}).source ?? f.url).replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/') : (f.url.replace(origin,'') || f.functionName);
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  await context.close();
}
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 3).toFixed(1).padStart(7)} ms  ${k}`).join('\n');
console.log('== by function (ms per run, 4x CPU)\n' + top(agg, 45));
console.log('== by source file\n' + top(byFile, 40));
await browser.close(); child.kill();
