// One rollup config for the monorepo (`npm run build` drives it through scripts/build.mjs;
// `npx rollup -c` works too, without the .d.ts and CSS steps).
//
// - Per package: ESM with preserveModules into packages/<pkg>/dist, source maps, every
//   dependency external. Entry points are read from the package's `exports` (the `source`
//   condition maps to the `default` file), so package.json stays the single source of truth;
//   `./*.js` patterns expand to one entry per src/<name>/<name>.ts (the per-element entries).
// - The CDN file packages/elements/dist/portico.js: src/portico.ts with lit, the SDK and every
//   other dependency bundled and minified, one file, no chunks.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

export const root = path.dirname(fileURLToPath(import.meta.url));
export const PACKAGES = ['sdk', 'themes', 'mock-server', 'elements'];
export const CDN_ENTRY = 'packages/elements/src/portico.ts';
export const CDN_FILE = 'packages/elements/dist/portico.js';

const fromRoot = (...parts) => path.join(root, ...parts);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Entry name (path under dist/, without .js) → source file, from package.json `exports`. */
export function packageEntries(pkg) {
  const dir = fromRoot('packages', pkg);
  const manifest = readJson(path.join(dir, 'package.json'));
  const entries = {};
  const add = (name, source) => {
    if (existsSync(path.join(dir, source))) entries[name] = path.join(dir, source);
  };
  for (const target of Object.values(manifest.exports ?? {})) {
    if (typeof target !== 'object' || !target.source || typeof target.default !== 'string')
      continue;
    const out = target.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
    if (!target.source.includes('*')) {
      add(out, target.source);
      continue;
    }
    // "./*.js": {source: "./src/*/*.ts", default: "./dist/*.js"} → one entry per folder name.
    const [base] = target.source.split('*');
    const baseDir = path.join(dir, base);
    if (!existsSync(baseDir)) continue;
    for (const entry of readdirSync(baseDir, {withFileTypes: true})) {
      if (entry.isDirectory())
        add(out.replaceAll('*', entry.name), target.source.replaceAll('*', entry.name));
    }
  }
  // bin scripts that point into dist/ are built from the same path under src/.
  const bins =
    typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  for (const bin of bins) {
    const out = bin.replace(/^\.?\/?dist\//, '').replace(/\.js$/, '');
    if (out !== bin) add(out, `src/${out}.ts`);
  }
  // Command-line tools (src/cli/*.ts): their bin shims run dist/cli/*.js (the source only
  // under an explicit `--conditions=source --import tsx`), so the package needs them built.
  const cliDir = path.join(dir, 'src/cli');
  if (existsSync(cliDir)) {
    for (const file of readdirSync(cliDir)) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts'))
        add(`cli/${file.replace(/\.ts$/, '')}`, `src/cli/${file}`);
    }
  }
  return entries;
}

/** Matches a package's dependencies (and their subpaths) and Node built-ins. */
export function externalFor(pkg) {
  const manifest = readJson(fromRoot('packages', pkg, 'package.json'));
  const deps = Object.keys({...manifest.dependencies, ...manifest.peerDependencies});
  const builtins = new Set(builtinModules);
  return (id) =>
    id.startsWith('node:') ||
    builtins.has(id) ||
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
}

/** Warnings about third-party code that we cannot act on, or that are expected. */
const isVendorNoise = (warning) =>
  // A types-only entry such as src/events/events.ts is an empty module, on purpose.
  warning.code === 'EMPTY_BUNDLE' ||
  (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) ||
  // e.g. zod's `@__PURE__` comments in positions rollup ignores (it only drops the comment).
  (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) ||
  // Some ESM helpers in dependencies use `this` at the top level; it is undefined, harmlessly.
  (warning.code === 'THIS_IS_UNDEFINED' && /node_modules/.test(warning.id ?? ''));

const esbuildPlugin = (options = {}) =>
  esbuild({target: 'es2022', tsconfig: fromRoot('tsconfig.base.json'), ...options});

/** One package as ESM modules in dist/, mirroring src/. */
export function packageConfig(pkg) {
  const input = packageEntries(pkg);
  if (Object.keys(input).length === 0) return null;
  return {
    input,
    external: externalFor(pkg),
    plugins: [nodeResolve({extensions: ['.ts', '.js']}), esbuildPlugin()],
    output: {
      dir: fromRoot('packages', pkg, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: fromRoot('packages', pkg, 'src'),
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (!isVendorNoise(warning)) warn(warning);
    },
  };
}

/**
 * Everything bundled into one minified file: the CDN entry, and the in-memory bundles that
 * `npm run size` measures (one element entry, or the SDK alone).
 */
export function bundleConfig(input, file) {
  return {
    input: path.isAbsolute(input) ? input : fromRoot(input),
    plugins: [
      nodeResolve({
        browser: true,
        // `source` first: workspace packages are bundled from src/, no prior build needed.
        exportConditions: ['source', 'browser', 'module', 'import', 'default'],
        extensions: ['.ts', '.js', '.mjs'],
      }),
      esbuildPlugin({
        minify: true,
        legalComments: 'none',
        define: {'process.env.NODE_ENV': '"production"'},
      }),
    ],
    output: {
      ...(file ? {file: fromRoot(file)} : {}),
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: Boolean(file),
    },
    onwarn(warning, warn) {
      if (!isVendorNoise(warning)) warn(warning);
    },
  };
}

export default [
  ...PACKAGES.map(packageConfig).filter(Boolean),
  ...(existsSync(fromRoot(CDN_ENTRY)) ? [bundleConfig(CDN_ENTRY, CDN_FILE)] : []),
];
