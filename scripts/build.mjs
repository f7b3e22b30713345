#!/usr/bin/env node
// `npm run build`: every package's ESM + .d.ts + source maps into packages/<pkg>/dist, the
// themes' CSS, and the CDN folder packages/elements/dist/cdn/ (portico.js, one file per
// element, shared chunks, themes/*.css and themes/all.css, the three in one).
//
//   node scripts/build.mjs            everything (cleans each dist/ first)
//   node scripts/build.mjs --cdn      only the CDN folder (what the smoke test and npm start need)
//
// Rollup runs in this process; the four `tsc` declaration builds run beside it, two at a time
// (the CI machine has two cores).
import {cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {rollup} from 'rollup';
import {CDN_DIR, CDN_ENTRY, PACKAGES, cdnConfig, packageConfig, root} from '../rollup.config.mjs';
import {formatMs, run, runPool} from './lib/run.mjs';

const cdnOnly = process.argv.includes('--cdn');
const started = performance.now();
const fromRoot = (...parts) => path.join(root, ...parts);
/** The themes' CSS files in the order a page loads them (dark and contrast override tokens). */
const THEME_FILES = ['tokens.css', 'dark.css', 'contrast.css'];

/** Runs one rollup config (what `rollup -c` would do for one array item). */
async function bundle(config) {
  const {output, ...input} = config;
  const build = await rollup(input);
  try {
    await build.write(output);
  } finally {
    await build.close();
  }
}

async function buildCdn() {
  if (!existsSync(fromRoot(CDN_ENTRY))) {
    throw new Error(`Failed to build the CDN folder: ${CDN_ENTRY} does not exist yet.`);
  }
  rmSync(fromRoot(CDN_DIR), {recursive: true, force: true});
  await bundle(cdnConfig());
  // The themes beside the scripts: `<link rel="stylesheet" href=".../themes/tokens.css">`.
  const themes = fromRoot('packages/themes/src');
  for (const file of readdirSync(themes)) {
    if (file.endsWith('.css')) cpSync(path.join(themes, file), fromRoot(CDN_DIR, 'themes', file));
  }
  // And all three in one file, for a page that offers every theme: one render-blocking
  // request before its first paint instead of three.
  writeFileSync(
    fromRoot(CDN_DIR, 'themes', 'all.css'),
    THEME_FILES.map((file) => readFileSync(path.join(themes, file), 'utf8')).join('\n'),
  );
  console.log(
    `built ${CDN_DIR}/ (${readdirSync(fromRoot(CDN_DIR))
      .filter((f) => f.endsWith('.js'))
      .join(', ')})`,
  );
}

/**
 * The files dist/ needs as they are: CSS, and the message catalogues (JSON) that the .d.ts
 * files import for their types (the JS has them bundled in).
 */
function copyAssets(pkg) {
  const src = fromRoot('packages', pkg, 'src');
  if (!existsSync(src)) return;
  for (const file of readdirSync(src, {recursive: true})) {
    if (/\.(css|json)$/.test(String(file))) {
      cpSync(path.join(src, file), fromRoot('packages', pkg, 'dist', file));
    }
  }
}

async function buildAll() {
  const packages = PACKAGES.filter((pkg) => existsSync(fromRoot('packages', pkg, 'src')));
  for (const pkg of packages)
    rmSync(fromRoot('packages', pkg, 'dist'), {recursive: true, force: true});

  const tsc = fromRoot('node_modules/typescript/bin/tsc');
  const declarations = runPool(
    packages.map(
      (pkg) => () =>
        run(process.execPath, [tsc, '-p', `packages/${pkg}/tsconfig.json`], {cwd: root}),
    ),
    2,
  );

  // Rollup is single-threaded JS; building the packages one after another keeps the second
  // core free for tsc.
  for (const pkg of packages) {
    const config = packageConfig(pkg);
    if (config) await bundle(config);
    copyAssets(pkg);
    console.log(
      `built packages/${pkg}/dist (${config ? Object.keys(config.input).join(', ') : 'no entries'})`,
    );
  }
  // After the per-package build, so that nothing there can overwrite dist/cdn/.
  if (existsSync(fromRoot(CDN_ENTRY))) await buildCdn();
  else console.warn(`skipped the CDN folder: ${CDN_ENTRY} does not exist yet`);

  const results = await declarations;
  const failed = results.filter((result) => result.code !== 0);
  for (const result of failed) process.stderr.write(result.output);
  if (failed.length > 0) throw new Error(`tsc failed for ${failed.length} package(s)`);
  console.log(`built .d.ts for ${packages.join(', ')}`);
}

try {
  await (cdnOnly ? buildCdn() : buildAll());
  console.log(`build done in ${formatMs(performance.now() - started)}`);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
