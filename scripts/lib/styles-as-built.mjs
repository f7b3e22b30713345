// Every `*.styles.ts` of the elements, as the CDN build makes it (the template pass of
// scripts/lib/minify-templates.mjs) and as written, for the CDN smoke test to check in Chromium
// that both parse to the same CSS rules. Each is a module bundled in memory with the build's own
// plugins (code minification off: it does not touch template text) whose default export is the
// CSS text of each file, in the order of `files`.
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {rollup} from 'rollup';
import {browserPlugins, root} from '../../rollup.config.mjs';

const ENTRY = '\0portico-styles';

/**
 * Every styles file under packages/elements/src with a default export, relative to the root
 * (card.styles.ts exports a function, whose templates each element's styles call).
 */
function stylesFiles() {
  const src = path.join(root, 'packages/elements/src');
  return readdirSync(src, {recursive: true})
    .map(String)
    .filter((file) => file.endsWith('.styles.ts'))
    .filter((file) => /^export default /m.test(readFileSync(path.join(src, file), 'utf8')))
    .sort()
    .map((file) => path.join('packages/elements/src', file));
}

/** The module of every file's CSS text, with or without the template pass. */
async function cssModule(files, templates) {
  const source =
    files
      .map((file, index) => `import s${index} from ${JSON.stringify(path.join(root, file))};`)
      .join('\n') +
    `\nexport default [${files.map((_, index) => `s${index}`).join(', ')}]` +
    '.map((styles) => [styles].flat().map((each) => each.cssText).join("\\n"));';
  const build = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'portico:styles-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? source : null),
      },
      ...browserPlugins({templates, code: false}),
    ],
    onwarn: () => {},
  });
  const {output} = await build.generate({format: 'es'});
  await build.close();
  return output[0].code;
}

/** `{files, written, built}`: the styles files, and the module of their CSS as written and as built. */
export async function stylesAsBuilt() {
  const files = stylesFiles();
  const [written, built] = await Promise.all([cssModule(files, false), cssModule(files, true)]);
  return {files, written, built};
}
