// How bench/run.mjs builds what it runs in Chromium.
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {rollup} from 'rollup';
import {browserPlugins, isVendorNoise} from '../../../rollup.config.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** One bench file as one production module (esbuild, from source; `options` override). */
export const bundleOf = async (file, options = {}) =>
  (
    await build({
      entryPoints: [here(file)],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      conditions: ['source', 'browser'],
      tsconfig: here('../tsconfig.json'),
      define: {'process.env.NODE_ENV': '"production"'},
      logLevel: 'warning',
      ...options,
    })
  ).outputFiles[0].text;

/**
 * One page as the CDN folder builds it (rollup.config.mjs's production plugins: templates
 * minified, terser, lazy chunks left lazy): its entry file's code, and its lazy chunks by path.
 */
export async function productionPage(file) {
  const bundle = await rollup({
    input: here(file),
    plugins: browserPlugins(),
    onwarn: (warning, warn) => isVendorNoise(warning) || warn(warning),
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  const [entry, ...lazy] = output.filter((item) => item.type === 'chunk');
  return {code: entry.code, lazy: new Map(lazy.map((chunk) => [`/${chunk.fileName}`, chunk.code]))};
}

/** What a bench module exports, run here in Node (bench/fixtures.ts's data). */
export async function nodeModule(file) {
  const code = await bundleOf(file, {platform: 'node'});
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
