#!/usr/bin/env node
// `npm run size`: what a host page downloads, gzip and brotli, against the budgets decided in
// issue #17. The CDN folder is bundled in memory exactly as `npm run build` writes it
// (production code, one file per element, shared chunks); a page's total is the sum of the
// files the browser fetches for it: its entry files and every chunk they import statically,
// each one compressed on its own (gzip -9, as served), each shared chunk counted once.
//
//   page (issue #17's table)                 entries it loads               budget (gzip)
//   one widget (credit balance + provider)   credit-balance.js              ≤ 27 KB
//   + entries, notifications, profile,       credit-balance.js, <name>.js   ≤ +6.5 KB each
//     membership card (simple widgets)
//   + login / + shop / + calendar            credit-balance.js, <name>.js   ≤ +8.5 / 12 / 26 KB
//   + directory, posts (Markdown)            credit-balance.js, <name>.js   ≤ +7.5 KB each
//   + billing (issue #18)                    credit-balance.js, billing.js  ≤ +15.5 KB
//   portico.js with every element            portico.js                     ≤ 92 KB
//   + provider.js                            credit-balance.js, provider.js  no chunk of its own
//   the portal, on one page                  portal.js + router + page      (reported, no budget)
//
// Lazy chunks (loaded on demand: response validation, the realtime stream…) are listed, never
// counted. The floor is what ky, Lit and @lit/context cost alone.
// Writes size-report.json, and {passed, failed, failures} to PORTICO_SUMMARY_FILE when set
// (`npm test`'s size suite: one test per budgeted row); exits 1 when a page is over budget.
//
// A new element gets its row by adding one line to BUDGETS.further below (its own file on
// the one-widget page); an element without a line is reported, with no budget.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {bundleConfig, cdnConfig, elementNames, isPorticoCopy, root} from '../rollup.config.mjs';

const KB = 1024;
const FIRST = 'credit-balance';
/** Issue #17: the one-widget page, each element added to it, and everything (gzip bytes). */
const BUDGETS = {
  [FIRST]: 27 * KB,
  further: {
    entries: 6.5 * KB,
    notifications: 6.5 * KB,
    profile: 6.5 * KB,
    'membership-card': 6.5 * KB,
    login: 8.5 * KB,
    shop: 12 * KB,
    'booking-calendar': 26 * KB,
    // Simple widgets that show Markdown: 6.5 KB plus the markdown() directive (0.9 KB); the
    // renderer itself (marked + DOM builder, ~16 KB) loads the first time text is shown.
    directory: 7.5 * KB,
    posts: 7.5 * KB,
    // Issue #18's element: 14.9 KB when it landed (its billing details form is a lazy chunk).
    billing: 15.5 * KB,
    deliveries: 6.5 * KB,
    // A form with its own fields and validation, like the login's.
    visitors: 8.5 * KB,
    // Guides, a form with photo uploads and a thread: as large as the shop.
    helpdesk: 12 * KB,
    // Issue #21: the plan, its card and the calendar's booking flow (shared with the calendar).
    'floor-plan': 25 * KB,
    // Measured 14.0 KB when it became lazy (#19); Markdown (15.8 KB) loads only with a description.
    events: 14.5 * KB,
  },
  everything: 92 * KB,
};

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

const {output: outputOptions, ...inputOptions} = cdnConfig();
const build = await rollup(inputOptions);
const {output} = await build.generate({...outputOptions, sourcemap: false});
await build.close();

const files = new Map(
  output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
);
const sizes = new Map([...files].map(([name, chunk]) => [name, measure(chunk.code)]));

/** Every file a page with these entry files downloads up front (static imports only). */
function download(entries) {
  return downloadFiles(entries.map((entry) => `${entry}.js`));
}

/** Every file loading these files (entries or lazy chunks) fetches, following static imports. */
function downloadFiles(fileNames) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of files.get(name)?.imports ?? []) visit(imported);
  };
  for (const name of fileNames) visit(name);
  return seen;
}

/** portico.js's own copies of lazy chunks (rollup.config.mjs, porticoCopies). */
const isCopy = (chunk) => isPorticoCopy(chunk.facadeModuleId);
/** The file of a lazy chunk, by its first module's name (`portal-router`, `dashboard.page`). */
const lazyFile = (name) =>
  [...files.values()].find((chunk) => chunk.isDynamicEntry && chunk.name === name && !isCopy(chunk))
    ?.fileName;

function total(fileNames) {
  const sum = {raw: 0, gzip: 0, brotli: 0, files: fileNames.size};
  for (const name of fileNames) {
    for (const key of ['raw', 'gzip', 'brotli']) sum[key] += sizes.get(name)[key];
  }
  return sum;
}

const rows = [];
const addRow = (page, measured, budget, note = '') =>
  rows.push({
    page,
    ...measured,
    budget: budget ?? null,
    status: budget === undefined ? '' : measured.gzip <= budget ? 'OK' : 'OVER',
    note,
  });

const elements = elementNames().filter((name) => name !== 'provider');
const first = total(download([FIRST]));
addRow(`one widget: <portico-${FIRST}> + provider`, first, BUDGETS[FIRST]);
/** What adding these entry files to the one-widget page downloads on top of it. */
function added(entries) {
  const both = total(download([FIRST, ...entries]));
  return {
    raw: both.raw - first.raw,
    gzip: both.gzip - first.gzip,
    brotli: both.brotli - first.brotli,
    files: both.files - first.files,
  };
}
for (const name of elements.filter((each) => each !== FIRST)) {
  addRow(
    `  + <portico-${name}> on the same page`,
    added([name]),
    BUDGETS.further[name],
    'added bytes',
  );
}
// Issue #17: a page that loads an element has the provider already (every element's entry
// imports it): provider.js, a re-export of the shared chunk, adds no chunk of its own.
const provider = added(['provider']);
rows.push({
  page: '  + provider.js on the same page',
  ...provider,
  budget: null,
  status: provider.files <= 1 ? 'OK' : 'OVER',
  note: 'no chunk of its own',
});
addRow('every element (portico.js)', total(download(['portico'])), BUDGETS.everything);
for (const name of elements.filter((each) => each !== FIRST)) {
  addRow(`<portico-${name}> alone`, total(download([name])), undefined);
}

// The portal as a member's browser loads it: portal.js, then the router and the page shown
// (each a lazy chunk), with every chunk they import. Pages visited later add their own.
if (files.has('portal.js') && lazyFile('portal-router')) {
  for (const page of ['sign-in', 'dashboard', 'book', 'billing']) {
    const chunk = lazyFile(`${page}.page`);
    if (!chunk) continue;
    addRow(
      `portal page: ${page} (portal.js + router + page)`,
      total(downloadFiles(['portal.js', lazyFile('portal-router'), chunk])),
      undefined,
      'as loaded',
    );
  }
}

const eager = new Set(
  [...files.keys()].flatMap((name) => [...download([name.replace(/\.js$/, '')])]),
);
const lazy = [...files.values()].filter(
  (chunk) => chunk.isDynamicEntry && !chunk.isEntry && !isCopy(chunk),
);
for (const chunk of lazy) {
  if (eager.has(chunk.fileName) && !chunk.isDynamicEntry) continue;
  const modules = Object.keys(chunk.modules).map((id) => path.basename(id));
  addRow(
    `lazy: ${chunk.name} (loaded on demand, not counted)`,
    {...sizes.get(chunk.fileName), files: 1},
    undefined,
    modules.includes('validate-response.ts') ? 'response validation: zod + schemas' : '',
  );
}

// The floor: what the decided libraries alone cost a page (ky, Lit and @lit/context, minified
// the same way, no Portico code). Whatever a budget leaves above it is all our own code gets.
const FLOOR_MODULE = '\0portico-size:floor';
const floorSource = `import ky from 'ky';
import {LitElement, css, html} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ContextProvider, ContextRoot, consume, createContext} from '@lit/context';
globalThis.floor = [ky, LitElement, css, html, property, state, ContextProvider, ContextRoot, consume, createContext];`;
{
  const config = bundleConfig(path.join(root, 'packages/elements/src/portico.ts'));
  config.input = FLOOR_MODULE;
  config.plugins.unshift({
    name: 'portico:size-floor',
    resolveId: (id) => (id === FLOOR_MODULE ? id : null),
    load: (id) => (id === FLOOR_MODULE ? floorSource : null),
  });
  const floorBuild = await rollup(config);
  const {output: floorOutput} = await floorBuild.generate({format: 'es'});
  await floorBuild.close();
  addRow(
    'floor: ky + lit + @lit/context, no Portico code',
    {...measure(floorOutput[0].code), files: 1},
    undefined,
    'for reference',
  );
}

const kb = (bytes) => (bytes == null ? '—' : `${(bytes / KB).toFixed(1)} KB`);
const table = [
  ['page', 'files', 'raw', 'gzip', 'brotli', 'budget (gzip)', ''],
  ...rows.map((row) => [
    row.page,
    String(row.files),
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
  path.join(root, 'size-report.json'),
  `${JSON.stringify({generatedAt: new Date().toISOString(), unit: 'bytes', budgets: BUDGETS, rows}, null, 2)}\n`,
);
console.log(
  '\nwrote size-report.json (gzip level 9, brotli quality 11, each file compressed on its own)',
);
const over = rows.filter((row) => row.status === 'OVER');
if (process.env.PORTICO_SUMMARY_FILE) {
  const budgeted = rows.filter((row) => row.status !== '');
  writeFileSync(
    process.env.PORTICO_SUMMARY_FILE,
    JSON.stringify({
      passed: budgeted.length - over.length,
      failed: over.length,
      failures: over.map(
        (row) =>
          `${row.page.trim()}: ${kb(row.gzip)} gzip${row.budget ? `, budget ${kb(row.budget)}` : ''}`,
      ),
    }),
  );
}
if (over.length > 0) {
  console.error(
    `\n${over.length} page(s) over budget: ${over.map((row) => row.page.trim()).join('; ')}`,
  );
  process.exitCode = 1;
}
