// A Rollup pass that flattens a lazy chunk's request chain: `import('./page.js')` becomes a
// call that first asks the browser to preload (fetch and compile, not run) the chunks
// page.js imports, then imports it. Without it the browser learns of each level of imports
// only once the level above has arrived: the portal's first view was 8 requests deep (portal,
// shared, router, routes, page, the page's elements, their styles, the data), one round trip
// each on a phone's network (issue #17). What Vite's `__vitePreload` does for apps, with
// `<link rel="modulepreload">` (standard, allowed by a `script-src 'self'` policy, and a no-op
// for a module the page already has).
//
// Only the dynamic imports of the modules `include` matches are rewritten (the portal's
// navigation): an element's lazy chunks (its French catalogue, its history list) import nothing
// the element does not already have, and the helper costs bytes on every page that carries it.
import MagicString from 'magic-string';

/** The helper, added once to a chunk that uses it (the minifier shortens it). */
const HELPER = `function __porticoPreload(load, deps) {
  for (const dep of deps) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(dep, import.meta.url).href;
    document.head.append(link);
  }
  return load();
}
`;

/** Where a dynamic import's list of chunks goes, until the importing chunk's imports are known. */
const DEPS = /__PORTICO_DEPS__(\[[^\]]*\])/g;

/** @param {{include: RegExp}} options the importing modules (by id) whose imports preload */
export function preloadImports({include}) {
  return {
    name: 'portico:preload-imports',
    renderDynamicImport({moduleId, targetChunk, getTargetChunkImports}) {
      if (!include.test(moduleId) || !targetChunk) return null;
      const deps = (getTargetChunkImports() ?? [])
        .filter((each) => each.type === 'internal')
        .map((each) => each.fileName);
      if (deps.length === 0) return null;
      return {
        left: '__porticoPreload(() => import(',
        right: `), __PORTICO_DEPS__${JSON.stringify(deps)})`,
      };
    },
    renderChunk(code, chunk, options) {
      if (!code.includes('__PORTICO_DEPS__')) return null;
      // What the importing chunk has already loaded needs no preload.
      const loaded = new Set([...chunk.imports, chunk.fileName]);
      const source = new MagicString(code);
      for (const match of code.matchAll(DEPS)) {
        const deps = JSON.parse(match[1])
          .filter((dep) => !loaded.has(dep))
          // Paths from the importing chunk's own URL (it may sit above chunks/).
          .map((dep) => relativePath(chunk.fileName, dep));
        source.overwrite(match.index, match.index + match[0].length, JSON.stringify(deps));
      }
      source.prepend(HELPER);
      return {
        code: source.toString(),
        map: options.sourcemap ? source.generateMap({hires: true}) : null,
      };
    },
  };
}

/** `to` (a file in the output folder) as a path from the folder of `from`. */
function relativePath(from, to) {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  while (fromParts.length > 0 && fromParts[0] === toParts[0]) {
    fromParts.shift();
    toParts.shift();
  }
  const up = fromParts.map(() => '..');
  return up.length > 0 ? [...up, ...toParts].join('/') : `./${toParts.join('/')}`;
}
