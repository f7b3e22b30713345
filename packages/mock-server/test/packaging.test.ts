// The packages as a user installs them, outside this repository: each declares what it
// imports, the mock server's root entry loads in a browser, and its command-line tools run
// the built code.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import {isBuiltin} from 'node:module';
import {join, relative} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import ts from 'typescript';
import {tempDir} from './helpers/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MOCK_SERVER = join(ROOT, 'packages/mock-server');

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(fs.readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** `@scope/name/sub` → `@scope/name`, `lit/decorators.js` → `lit`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Files a package ships and runs (not its tests, stories or test setup). */
const isDevFile = (file: string) =>
  /(^|\/)test\//.test(file) || /\.(test|stories|test-setup)\.ts$/.test(file);

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true})
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.split('/').includes('node_modules'))
    .map((file) => join(dir, file));
}

/**
 * Every package a file imports or re-exports (type-only and dynamic imports too): not relative
 * paths, the package's own `#imports`, Node built-ins or `virtual:` modules.
 */
function bareImports(file: string): string[] {
  const {importedFiles} = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((ref) => ref.fileName)
    .filter((name) => !/^[./#]/.test(name) && !name.includes(':'))
    .filter((name) => !isBuiltin(name));
}

const workspaces = (
  JSON.parse(fs.readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    workspaces: string[];
  }
).workspaces;
const rootDev = new Set(Object.keys(readManifest(ROOT).devDependencies ?? {}));

for (const workspace of workspaces) {
  const dir = join(ROOT, workspace);
  const manifest = readManifest(dir);
  test(`${manifest.name} declares every package it imports`, () => {
    const shipped = new Set([
      manifest.name,
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]);
    // Tests and stories may also use the package's devDependencies and the repository's tools.
    const dev = new Set([...shipped, ...Object.keys(manifest.devDependencies ?? {}), ...rootDev]);
    const undeclared: string[] = [];
    for (const file of [...tsFiles(join(dir, 'src')), ...tsFiles(join(dir, 'test'))]) {
      const path = relative(dir, file);
      const allowed = isDevFile(path) ? dev : shipped;
      for (const specifier of bareImports(file)) {
        if (!allowed.has(packageOf(specifier))) undeclared.push(`${path}: ${specifier}`);
      }
    }
    assert.deepEqual(undeclared, [], `imports ${manifest.name}/package.json does not declare`);
  });
}

test('@portico/mock-server declares msw as a peer, so a user and its handlers share one msw', () => {
  const manifest = readManifest(MOCK_SERVER);
  assert.equal(manifest.dependencies?.['msw'], undefined);
  assert.ok(manifest.peerDependencies?.['msw'], 'msw is a peer dependency');
  assert.ok(manifest.devDependencies?.['msw'], 'and a dev dependency, for its own tests');
});

/** What an entry loads, as a browser bundler sees it: the Node built-ins it reaches. */
async function nodeModulesReachedFrom(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(MOCK_SERVER, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    conditions: ['source'],
    logLevel: 'silent',
    plugins: [
      {
        // Follow the workspace packages' source; leave every other package and built-in out,
        // and record them.
        name: 'externals',
        setup(builder) {
          builder.onResolve({filter: /^[^./]/}, (args) =>
            args.path.startsWith('@portico/') ? undefined : {path: args.path, external: true},
          );
        },
      },
    ],
  });
  const reached = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (imported.external && isBuiltin(imported.path)) reached.add(imported.path);
    }
  }
  return [...reached].sort();
}

test("@portico/mock-server's root entry reaches no Node module: it loads in a browser", async () => {
  assert.deepEqual(await nodeModulesReachedFrom('src/index.ts'), []);
  assert.deepEqual(await nodeModulesReachedFrom('src/msw.ts'), []);
  // The check sees them where they are: the standalone server is Node only.
  const node = await nodeModulesReachedFrom('src/node/index.ts');
  assert.ok(node.includes('node:http'), `./node reaches ${node.join(', ')}`);
});

/**
 * Lays out `node_modules/@portico/mock-server` as npm installs it — the real package.json and
 * bin/, a source and a built `cli/mock-server` that each print which one ran — with tsx
 * installed beside it (a common dev dependency of the user's project).
 */
function installedPackage({built}: {built: boolean}): string {
  const project = tempDir('portico-install-');
  const pkg = join(project, 'node_modules/@portico/mock-server');
  fs.mkdirSync(join(pkg, 'src/cli'), {recursive: true});
  fs.cpSync(join(MOCK_SERVER, 'bin'), join(pkg, 'bin'), {recursive: true});
  fs.copyFileSync(join(MOCK_SERVER, 'package.json'), join(pkg, 'package.json'));
  fs.writeFileSync(join(pkg, 'tsconfig.json'), '{}');
  const cli = (which: string) =>
    `export async function main(args${which === 'source' ? ': string[]' : ''}) {\n` +
    `  console.log('ran ${which} with ' + JSON.stringify(args));\n}\n`;
  fs.writeFileSync(join(pkg, 'src/cli/mock-server.ts'), cli('source'));
  if (built) {
    fs.mkdirSync(join(pkg, 'dist/cli'), {recursive: true});
    fs.writeFileSync(join(pkg, 'dist/cli/mock-server.js'), cli('dist'));
  }
  fs.symlinkSync(join(ROOT, 'node_modules/tsx'), join(project, 'node_modules/tsx'), 'dir');
  return pkg;
}

test('an installed portico-mock-server runs the built dist/cli, even with tsx installed', () => {
  const pkg = installedPackage({built: true});
  const run = spawnSync(process.execPath, [join(pkg, 'bin/portico-mock-server.js'), '--help'], {
    encoding: 'utf8',
    cwd: join(pkg, '../../..'),
  });
  assert.equal(run.stderr, '');
  assert.equal(run.stdout, 'ran dist with ["--help"]\n');
  assert.equal(run.status, 0);
});

test('without dist/, portico-mock-server says to build it (and how to run the source)', () => {
  const pkg = installedPackage({built: false});
  const run = spawnSync(process.execPath, [join(pkg, 'bin/portico-mock-server.js')], {
    encoding: 'utf8',
    cwd: join(pkg, '../../..'),
  });
  assert.equal(run.stdout, '');
  assert.equal(
    run.stderr,
    '[Portico] Failed to start mock-server: dist/cli/mock-server.js is missing; build the ' +
      'package first (npm run build), or in its repository run the source with ' +
      'node --conditions=source --import tsx.\n',
  );
  assert.equal(run.status, 1);
});

test('only an explicit --conditions=source --import tsx runs the source', () => {
  const pkg = installedPackage({built: true});
  const run = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(pkg, 'bin/portico-mock-server.js'), '-p', '1'],
    {encoding: 'utf8', cwd: join(pkg, '../../..')},
  );
  assert.equal(run.stdout, 'ran source with ["-p","1"]\n');
  assert.equal(run.status, 0);
});
