// Serves `virtual:portico-stories`: a module mapping each packages/elements/src/**/*.stories.ts
// to a lazy import, listed when the test page asks for it (a new story file needs no list to
// be edited). Used by packages/elements/test/stories.test.ts.
import {readdirSync} from 'node:fs';
import path from 'node:path';

const SPECIFIER = 'virtual:portico-stories';
const URL_PATH = '/__portico__/stories.js';

/** Story files under `dir`, as paths relative to `rootDir` with forward slashes. */
export function findStoryFiles(rootDir, dir = 'packages/elements/src') {
  let names;
  try {
    names = readdirSync(path.join(rootDir, dir), {recursive: true});
  } catch {
    return [];
  }
  return names
    .map(String)
    .filter((name) => name.endsWith('.stories.ts'))
    .map((name) => `${dir}/${name.split(path.sep).join('/')}`)
    .sort();
}

/** @param {{rootDir: string}} options @returns {import('@web/dev-server-core').Plugin} */
export function storiesPlugin({rootDir}) {
  return {
    name: 'portico-stories',
    resolveImport({source}) {
      if (source === SPECIFIER) return URL_PATH;
      return undefined;
    },
    serve(context) {
      if (context.path !== URL_PATH) return undefined;
      const entries = findStoryFiles(rootDir).map(
        (file) => `  ${JSON.stringify(file)}: () => import(${JSON.stringify(`/${file}`)}),`,
      );
      return {body: `export const storyFiles = {\n${entries.join('\n')}\n};\n`, type: 'js'};
    },
  };
}
