// Storybook bundles every *.stories.ts with Vite, outside the test runner: a story that reaches
// @open-wc/testing or @web/test-runner-* (directly or through a test helper) builds in the
// browser suite but breaks `npm run build-storybook` ("Module not found: …/commands.mjs").
// This walks each story's relative imports and names the chain to the first test-only module.
import {existsSync, globSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import ts from 'typescript';

const TEST_ONLY = [/^@open-wc\/testing/, /^@web\/test-runner/];
const root = resolve(import.meta.dirname, '..');
const stories = globSync('packages/elements/src/**/*.stories.ts', {cwd: root});

/** The file a relative specifier names: `./x.js` is written for `./x.ts`. */
function fileOf(from, specifier) {
  const path = resolve(dirname(from), specifier);
  for (const candidate of [
    path.replace(/\.js$/, '.ts'),
    path,
    `${path}.ts`,
    join(path, 'index.ts'),
  ]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  return null;
}

/** The chain of files from `file` to a test-only import, or null. */
function findTestOnly(file, seen) {
  if (seen.has(file)) return null;
  seen.add(file);
  const {importedFiles} = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  for (const {fileName} of importedFiles) {
    if (TEST_ONLY.some((pattern) => pattern.test(fileName))) return [file, fileName];
    if (!fileName.startsWith('.')) continue;
    const next = fileOf(file, fileName);
    const chain = next && findTestOnly(next, seen);
    if (chain) return [file, ...chain];
  }
  return null;
}

let failed = 0;
for (const story of stories) {
  const chain = findTestOnly(resolve(root, story), new Set());
  if (!chain) continue;
  failed += 1;
  const names = chain.map((step) => (step.startsWith('/') ? relative(root, step) : step));
  console.error(`${story} reaches a test-only module:\n  ${names.join('\n  → ')}`);
}
if (failed > 0) {
  console.error(
    `\n${failed} story file(s) would break the Storybook build; move the data they need`,
  );
  console.error('into a helper that imports no test framework.');
  process.exit(1);
}
console.log(`${stories.length} story files import no test-only module`);
