// One rollup config for the monorepo (`npm run build` drives it through scripts/build.mjs;
// `npx rollup -c` works too, without the .d.ts and CSS steps).
//
// - Per package: ESM with preserveModules into packages/<pkg>/dist, source maps, every
//   dependency external. Entry points are read from the package's `exports` (the `source`
//   condition maps to the `default` file), so package.json stays the single source of truth;
//   `./*.js` patterns expand to one entry per src/<name>/<name>.ts (the per-element entries).
// - The CDN folder packages/elements/dist/cdn/: portico.js (everything) and one file per
//   element, minified, sharing chunks (lit, the SDK, shared element code).
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import json from '@rollup/plugin-json';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import {minify} from 'terser';
import {minifyTemplates} from './scripts/lib/minify-templates.mjs';
import {preloadImports} from './scripts/lib/preload-imports.mjs';

export const root = path.dirname(fileURLToPath(import.meta.url));
export const PACKAGES = ['sdk', 'themes', 'mock-server', 'elements'];
export const CDN_ENTRY = 'packages/elements/src/portico.ts';
/** The CDN folder: `portico.js`, one file per element, shared chunks, themes. */
export const CDN_DIR = 'packages/elements/dist/cdn';
export const CDN_FILE = `${CDN_DIR}/portico.js`;

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
  // Subpath imports chosen by condition (`#dev-mode`: {source: {development, default},
  // development, default}) stay imports in dist/, so each of their files is an entry.
  for (const target of Object.values(manifest.imports ?? {})) {
    if (typeof target !== 'object' || typeof target.source !== 'object') continue;
    for (const [condition, source] of Object.entries(target.source)) {
      const built = target[condition];
      if (typeof built === 'string')
        add(built.replace(/^\.\/dist\//, '').replace(/\.js$/, ''), source);
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
    // The package's own conditional subpath imports, resolved where the package is used.
    id.startsWith('#') ||
    id.startsWith('node:') ||
    builtins.has(id) ||
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
}

/** Warnings about third-party code that we cannot act on, or that are expected. */
export const isVendorNoise = (warning) =>
  // A types-only entry such as src/events/events.ts is an empty module, on purpose.
  warning.code === 'EMPTY_BUNDLE' ||
  (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.[0] ?? '')) ||
  // e.g. zod's `@__PURE__` comments in positions rollup ignores (it only drops the comment).
  (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) ||
  // Some ESM helpers in dependencies use `this` at the top level; it is undefined, harmlessly.
  (warning.code === 'THIS_IS_UNDEFINED' && /node_modules/.test(warning.id ?? ''));

const esbuildPlugin = (options = {}) =>
  esbuild({target: 'es2022', tsconfig: fromRoot('tsconfig.base.json'), ...options});

/**
 * The elements' message catalogues (`*.messages.en.json`) as modules exporting one object:
 * esbuild's JSON loader would also export each key, which a lazy chunk keeps.
 */
const jsonPlugin = () => json({namedExports: false, preferConst: true});

/** One package as ESM modules in dist/, mirroring src/. */
export function packageConfig(pkg) {
  const input = packageEntries(pkg);
  if (Object.keys(input).length === 0) return null;
  return {
    input,
    external: externalFor(pkg),
    plugins: [nodeResolve({extensions: ['.ts', '.js']}), jsonPlugin(), esbuildPlugin()],
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
 * Each chunk minified by terser: 0.4 KB (gzip) smaller than esbuild's minifier on a one-widget
 * page and 0.8 KB on portico.js, for ~5 s more build.
 */
function terser() {
  return {
    name: 'portico:terser',
    async renderChunk(code, _chunk, output) {
      const result = await minify(code, {
        module: true,
        ecma: 2022,
        compress: {passes: 2},
        format: {comments: false},
        sourceMap: output.sourcemap ? {asObject: true} : false,
      });
      return {code: result.code ?? '', map: result.map ?? null};
    },
  };
}

/**
 * Production code for browsers, minified: workspace packages from src/, esbuild's TypeScript,
 * then the text of the css`` and html`` templates (scripts/lib/minify-templates.mjs), then
 * each chunk minified (which renames what the template pass looks for). The CDN smoke test
 * turns either step off, to compare the styles with and without the template pass.
 */
export function browserPlugins({templates = true, code = true, cdn = false} = {}) {
  return [
    nodeResolve({
      browser: true,
      // `source` first: workspace packages are bundled from src/, no prior build needed.
      exportConditions: ['source', 'browser', 'module', 'import', 'default'],
      extensions: ['.ts', '.js', '.mjs'],
    }),
    jsonPlugin(),
    esbuildPlugin({
      define: {
        'process.env.NODE_ENV': '"production"',
        ...(cdn ? {__PORTICO_CDN__: 'true'} : {}),
      },
    }),
    ...(templates ? [minifyTemplates()] : []),
    ...(code ? [terser()] : []),
  ];
}

/**
 * Everything bundled into one minified file: the CDN entry, and the in-memory bundles that
 * `npm run size` measures (one element entry, or the SDK alone).
 */
export function bundleConfig(input, file) {
  return {
    input: path.isAbsolute(input) ? input : fromRoot(input),
    plugins: browserPlugins(),
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

/** Element folders (src/<name>/<name>.component.ts), sorted: one CDN entry each. */
export function elementNames() {
  const src = fromRoot('packages/elements/src');
  if (!existsSync(src)) return [];
  return readdirSync(src, {withFileTypes: true})
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(path.join(src, entry.name, `${entry.name}.component.ts`)),
    )
    .map((entry) => entry.name)
    .sort();
}

const CDN_PREFIX = '\0portico-cdn:';
/** The chunk that holds the provider is the one every element file loads: `shared-*.js`. */
const PROVIDER = path.join('provider', 'provider.component.ts');

/**
 * Each element's CDN entry registers the element and `<portico-provider>` (1 KB, shared), so
 * one `<script type="module">` works with or without a provider on the page.
 */
function cdnEntries() {
  const src = fromRoot('packages/elements/src');
  return {
    name: 'portico:cdn-entries',
    resolveId: (id) => (id.startsWith(CDN_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(CDN_PREFIX)) return null;
      const name = id.slice(CDN_PREFIX.length);
      const element = JSON.stringify(path.join(src, name, `${name}.ts`));
      const provider = JSON.stringify(path.join(src, 'provider/provider.ts'));
      // provider.js also re-exports what every element shares (internal/cdn-runtime.ts), so
      // that it all is one chunk.
      const runtime = JSON.stringify(path.join(src, 'internal/cdn-runtime.ts'));
      return name === 'provider'
        ? `export * from ${element};\nexport * from ${runtime};`
        : `import ${provider};\nexport * from ${element};`;
    },
  };
}

/**
 * Marks portico.js's own copy of a module: `<file>?portico<ext>`, the suffix keeps the file's
 * extension, which picks esbuild's loader (`.ts`, `.json`).
 */
const PORTICO_COPY = /\?portico\.\w+$/;
const copyOf = (id) => `${id}?portico${path.extname(id)}`;
/** Whether a module id is portico.js's own copy of a module. */
export const isPorticoCopy = (id) => PORTICO_COPY.test(id ?? '');

/**
 * portico.js carries its own copy of each element's code (the modules of its folder) and of
 * the stateless helpers only elements use (the SDK's date, money and booking rules), in one
 * file, while the runtime every element file shares (Lit, the SDK's client and store, the
 * provider, the shared element code) stays in the chunks the element files load: one file
 * compresses far better than one per element (issue #17). A page may load portico.js and an
 * element's own file: both use the one runtime, and the second definition of a tag is a
 * no-op (PorticoElement.define in the CDN build).
 */
function porticoCopies() {
  const src = fromRoot('packages/elements/src');
  const entry = fromRoot(CDN_ENTRY);
  const elements = new Set(elementNames().filter((name) => name !== 'provider'));
  const copied = (id) => {
    if (id.startsWith(`${src}${path.sep}`))
      return elements.has(path.relative(src, id).split(path.sep)[0]);
    return STATELESS.some((pattern) => pattern.test(id));
  };
  return {
    name: 'portico:copies',
    async resolveId(source, importer, options) {
      if (
        !importer ||
        !(importer === entry || importer === indexOf(src) || isPorticoCopy(importer))
      )
        return null;
      const resolved = await this.resolve(source, importer.replace(PORTICO_COPY, ''), {
        ...options,
        skipSelf: true,
        // portico.js's copies are its own: no element file's copy of them (elementCopies).
        custom: {...options.custom, porticoCopy: true},
      });
      if (!resolved || resolved.external || !copied(resolved.id)) return resolved;
      return {...resolved, id: copyOf(resolved.id)};
    },
    load: (id) => (isPorticoCopy(id) ? readFileSync(id.replace(PORTICO_COPY, ''), 'utf8') : null),
  };
}
const indexOf = (src) => path.join(src, 'index.ts');

/** Marks an element file's own copy of a small helper: `?copy=<element>.ts`. */
const ELEMENT_COPY = /\?copy=([\w-]+)\.ts$/;
/**
 * Small stateless helpers outside the shared runtime (Lit's directives, the SDK's area calls
 * and rules, a few element helpers): each element file carries its own copy of those it uses,
 * in the same file, instead of Rollup's one chunk per set of files that use them. Left to
 * Rollup, the calendar's page loaded 16 files, most of them a few hundred bytes, each costing
 * its import, its export and a gzip dictionary of its own (issue #17). The elements that
 * share a folder's code (the floor plan uses the calendar's booking flow) share one owner, so
 * that a page never loads two copies of one helper for one element. Only code whose identity
 * nothing compares may be copied (no `instanceof`, no shared registry; a cache per copy is
 * harmless). The cost: a page with several elements loads a copy per element (all 16 element
 * files on one page: 150.6 → 155.7 KB gzip, but 53 → 22 files).
 */
const COPIED = [
  /node_modules\/(lit|lit-html)\/(async-)?directives?\.?[/\w.-]*$/,
  /packages\/sdk\/src\/domain\//,
  // Not the areas of the runtime (auth, space, realtime): the shared chunk has them.
  /packages\/sdk\/src\/areas\/(?!auth\/|space\/|realtime\/)[^/]+\/(?!routes|schemas)[^/]+\.ts$/,
  /packages\/sdk\/src\/core\/pages\.ts$/,
  /packages\/sdk\/src\/areas\/space\/features\.ts$/,
  /packages\/elements\/src\/internal\/(action-controller|card-parts\.styles|cssom-style|download-ics|draft-field\.template|failure-text|feature-gate|field\.template|form-actions\.template|form-fields|form\.template|host-controller|layout\.styles|list-card\.styles|list-skeleton\.template|markdown|new-key|notice\.template|progress-bar\.template|radio\.template|seen-items|show-more\.template|terms-controller|terms\.template|text\.styles)\.ts$/,
];
/** The owner of a folder whose code another element's file also loads. */
const OWNER = {'floor-plan': 'booking-calendar'};
function elementCopies() {
  const src = fromRoot('packages/elements/src');
  const owners = new Set(elementNames());
  const ownerOf = (importer) => {
    const copy = ELEMENT_COPY.exec(importer);
    if (copy) return copy[1];
    if (!importer.startsWith(`${src}${path.sep}`)) return null;
    const folder = path.relative(src, importer).split(path.sep)[0];
    return owners.has(folder) ? (OWNER[folder] ?? folder) : null;
  };
  return {
    name: 'portico:element-copies',
    async resolveId(source, importer, options) {
      const owner =
        importer && !isPorticoCopy(importer) && !options.custom?.porticoCopy
          ? ownerOf(importer)
          : null;
      if (!owner) return null;
      const resolved = await this.resolve(source, importer.replace(ELEMENT_COPY, ''), {
        ...options,
        skipSelf: true,
      });
      if (
        !resolved ||
        resolved.external ||
        ELEMENT_COPY.test(resolved.id) ||
        !COPIED.some((pattern) => pattern.test(resolved.id))
      )
        return resolved;
      return {...resolved, id: `${resolved.id}?copy=${owner}.ts`};
    },
    load: (id) =>
      ELEMENT_COPY.test(id) ? readFileSync(id.replace(ELEMENT_COPY, ''), 'utf8') : null,
  };
}
/** A generated `areas/<area>/endpoints.ts` (packages/sdk/scripts/endpoints.ts), maybe a copy. */
const ENDPOINTS = /packages\/sdk\/src\/areas\/[^/]+\/endpoints\.ts(\?.*)?$/;
const ROUTE_PREFIX = '\0portico-route:';
/**
 * Each route its own module (issue #17): an area's endpoints file, one `export const` line
 * per route, is read as a re-export of one module per route, so a chunk holds the routes its
 * code calls and no others (the membership card's file leaves joining and cancelling to the
 * lazy chunk that calls them). A copy's routes are that copy's (the same suffix).
 */
function routeModules() {
  const line = (name) => new RegExp(`^export const ${name} = (.*) as const satisfies .*;$`, 'm');
  return {
    name: 'portico:route-modules',
    resolveId: (id) => (id.startsWith(ROUTE_PREFIX) ? id : null),
    load(id) {
      if (id.startsWith(ROUTE_PREFIX)) {
        const [file, name] = id.slice(ROUTE_PREFIX.length).split('#');
        const route = line(name.replace(/\?.*$/, '')).exec(readFileSync(file, 'utf8'));
        return `export const ${name.replace(/\?.*$/, '')} = ${route[1]};`;
      }
      const match = ENDPOINTS.exec(id);
      if (!match) return null;
      const file = id.slice(0, id.length - (match[1]?.length ?? 0));
      const names = [...readFileSync(file, 'utf8').matchAll(/^export const (\w+) = /gm)];
      return names
        .map(
          ([, name]) => `export {${name}} from '${ROUTE_PREFIX}${file}#${name}${match[1] ?? ''}';`,
        )
        .join('\n');
    },
  };
}

/** Helpers without state that elements call (a second copy is harmless). */
const STATELESS = [
  /packages\/sdk\/src\/domain\//,
  /packages\/sdk\/src\/areas\/[^/]+\/(?!calls|endpoints|index|routes|schemas)[^/]+\.ts$/,
  /node_modules\/(lit|lit-html)\/directives?\.?[/\w.-]*$/,
  /node_modules\/(lit|@lit\/reactive-element)\/decorators[/\w.-]*$/,
];

/**
 * The CDN folder, as a page without a bundler loads it: `portico.js` (every element, the SDK
 * helpers) and one file per element, minified production code (no `development` condition:
 * no response validation unless asked), with Lit, the SDK and shared code in chunks that two
 * widgets on one page load once. `write: false` bundles in memory (what `npm run size` reads).
 */
export function cdnConfig() {
  const input = {portico: fromRoot(CDN_ENTRY)};
  for (const name of elementNames()) input[name] = `${CDN_PREFIX}${name}`;
  return {
    input,
    plugins: [
      cdnEntries(),
      routeModules(),
      porticoCopies(),
      elementCopies(),
      // The portal's navigation: a page's chunks load side by side, not one level at a time.
      preloadImports({include: /\/src\/portal\/[\w.-]+\.ts$/}),
      ...browserPlugins({cdn: true}),
    ],
    // Entry files keep their exports exactly (a page imports `createPorticoClient` from them).
    preserveEntrySignatures: 'allow-extension',
    // A css`` template has no side effect: a style module's unused exports (the layout
    // primitives an element does not include) are dropped from its file.
    treeshake: {manualPureFunctions: ['css']},
    output: {
      dir: fromRoot(CDN_DIR),
      format: 'es',
      entryFileNames: '[name].js',
      // A chunk is named after its first module; the virtual entries' name means nothing.
      chunkFileNames: (chunk) =>
        chunk.name.includes('portico-cdn') || chunk.moduleIds.some((id) => id.endsWith(PROVIDER))
          ? 'chunks/shared-[hash].js'
          : 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (!isVendorNoise(warning)) warn(warning);
    },
  };
}

export default [
  ...PACKAGES.map(packageConfig).filter(Boolean),
  ...(existsSync(fromRoot(CDN_ENTRY)) ? [cdnConfig()] : []),
];
