// Runs a command of src/cli/. In this repository (or any install that ships src/ and has
// tsx), the TypeScript source runs directly: no build step, never a stale dist/. Otherwise
// the built dist/cli/*.js runs.
import {existsSync} from 'node:fs';
import {register as registerHooks} from 'node:module';
import {fileURLToPath} from 'node:url';

// Resolve workspace packages (@portico/sdk) to their `source` export, as
// `node --conditions=source` would; a flag cannot be added once the process has started.
const SOURCE_CONDITION = `export async function resolve(specifier, context, next) {
  return next(specifier, {...context, conditions: [...context.conditions, 'source']});
}`;

/** Imports src/cli/<name>.ts (or dist/cli/<name>.js) and runs its main(). */
export async function runCli(name) {
  const source = new URL(`../src/cli/${name}.ts`, import.meta.url);
  let module;
  if (existsSync(source) && (await registerTsx())) {
    module = await import(source.href);
  } else {
    const built = new URL(`../dist/cli/${name}.js`, import.meta.url);
    if (!existsSync(built)) {
      process.stderr.write(
        `[Portico] Failed to start ${name}: install tsx to run from source, or build the package first.\n`,
      );
      process.exit(1);
    }
    module = await import(built.href);
  }
  await module.main(process.argv.slice(2));
}

async function registerTsx() {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    return false;
  }
  registerHooks(`data:text/javascript,${encodeURIComponent(SOURCE_CONDITION)}`);
  tsx.register({tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url))});
  return true;
}
