#!/usr/bin/env node
// `npm run size`: raw, gzip and brotli sizes of what a host page downloads, against the budgets
// in DESIGN.md, printed as a table and written to size-report.json. It never fails the process.
//
//   cdn          packages/elements/dist/portico.js as built (rebuilt first if missing or stale)
//   <element>    src/<name>/<name>.ts, for each element folder (<name>.component.ts), bundled
//                alone with everything it imports (lit, the SDK, shared code), minified, in
//                memory: what a page pays for that one widget up front (dynamic imports are
//                split off as a bundler would, and shown on their own "lazy chunks" row)
//   sdk          @portico/sdk bundled alone and minified, the same way
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {CDN_FILE, bundleConfig, root} from '../rollup.config.mjs';
import {run} from './lib/run.mjs';

const KB = 1024;
const BUDGETS = {widget: 25 * KB, cdn: 50 * KB};
const fromRoot = (...parts) => path.join(root, ...parts);

function measure(code) {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, {level: 9}).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

let cache;
/**
 * Bundles `input` with everything it imports, minified, without writing anything. Dynamic
 * `import()`s stay separate chunks, as any bundler splits them: `code` is what loads up front
 * (the entry and its static imports), `lazy` the chunks that load only when called (superjson
 * behind `persist`).
 */
async function bundleInMemory(input) {
  const {output: _output, ...config} = bundleConfig(input);
  const build = await rollup({...config, cache});
  cache = build.cache;
  try {
    const {output} = await build.generate({format: 'es'});
    const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
    const eager = new Set();
    const visit = (chunk) => {
      if (eager.has(chunk)) return;
      eager.add(chunk);
      for (const name of chunk.imports) visit(chunks.get(name));
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
    const join = (list) => list.map((chunk) => chunk.code).join('');
    return {
      code: join([...eager]),
      lazy: join([...chunks.values()].filter((chunk) => !eager.has(chunk))),
    };
  } finally {
    await build.close();
  }
}

const elementEntries = () => {
  const src = fromRoot('packages/elements/src');
  if (!existsSync(src)) return [];
  return readdirSync(src, {withFileTypes: true})
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(path.join(src, entry.name, `${entry.name}.component.ts`)),
    )
    .map((entry) => entry.name)
    .sort();
};

const rows = [];
async function addRow(name, file, budget, getCode) {
  try {
    const sizes = measure(await getCode());
    rows.push({
      name,
      file,
      ...sizes,
      budget: budget ?? null,
      status: budget ? (sizes.gzip <= budget ? 'OK' : 'OVER') : '',
    });
  } catch (error) {
    console.error(`could not measure ${name}: ${error.message}`);
    rows.push({
      name,
      file,
      raw: null,
      gzip: null,
      brotli: null,
      budget: budget ?? null,
      status: 'ERROR',
      error: error.message,
    });
  }
}

/** Newest modification time of the sources the CDN file is built from. */
function newestSource() {
  let newest = 0;
  for (const pkg of ['elements', 'sdk', 'themes']) {
    const dir = fromRoot('packages', pkg, 'src');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, {recursive: true})) {
      newest = Math.max(newest, statSync(path.join(dir, String(file))).mtimeMs);
    }
  }
  return newest;
}

if (!existsSync(fromRoot(CDN_FILE)) || statSync(fromRoot(CDN_FILE)).mtimeMs < newestSource()) {
  console.log(`${CDN_FILE} is missing or older than the sources; building it`);
  await run(process.execPath, ['scripts/build.mjs', '--cdn'], {cwd: root, inherit: true});
}
await addRow('cdn (every element)', CDN_FILE, BUDGETS.cdn, () =>
  readFileSync(fromRoot(CDN_FILE), 'utf8'),
);
/** One row for what loads up front, and one for the lazy chunks when there are any. */
async function addBundleRows(name, file, budget) {
  let bundle;
  await addRow(name, file, budget, async () => (bundle = await bundleInMemory(file)).code);
  if (bundle?.lazy) await addRow(`${name} (lazy chunks)`, file, undefined, () => bundle.lazy);
}
for (const name of elementEntries()) {
  const file = `packages/elements/src/${name}/${name}.ts`;
  await addBundleRows(`@portico/elements/${name}.js`, file, BUDGETS.widget);
}
await addBundleRows('@portico/sdk', 'packages/sdk/src/index.ts', undefined);

const kb = (bytes) => (bytes == null ? '—' : `${(bytes / KB).toFixed(1)} KB`);
const table = [
  ['bundle', 'raw', 'gzip', 'brotli', 'budget (gzip)', ''],
  ...rows.map((row) => [
    row.name,
    kb(row.raw),
    kb(row.gzip),
    kb(row.brotli),
    row.budget ? `≤ ${kb(row.budget)}` : '—',
    row.status,
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
for (const [index, line] of table.entries()) {
  console.log(
    line
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ')
      .trimEnd(),
  );
  if (index === 0) console.log(widths.map((width) => '─'.repeat(width)).join('  '));
}

writeFileSync(
  fromRoot('size-report.json'),
  `${JSON.stringify({generatedAt: new Date().toISOString(), unit: 'bytes', budgets: BUDGETS, rows}, null, 2)}\n`,
);
console.log('\nwrote size-report.json (gzip level 9, brotli quality 11)');
