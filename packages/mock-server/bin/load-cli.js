// Runs a command of src/cli/ as built: dist/cli/<name>.js, the code CI tested and npm ships.
// It is imported through the package's own `./cli/<name>` export, so in this repository
// `node --conditions=source --import tsx bin/<command>.js` runs the TypeScript source instead;
// only that explicit flag does, never the mere presence of tsx.

/** Imports the command's module and runs its main(). */
export async function runCli(name) {
  let module;
  try {
    module = await import(`@portico/mock-server/cli/${name}`);
  } catch (error) {
    // Only the command's own built file missing; a missing import inside it is another fault.
    const missing = `/dist/cli/${name}.js'`;
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(missing)) {
      throw error;
    }
    process.stderr.write(
      `[Portico] Failed to start ${name}: dist/cli/${name}.js is missing; build the package ` +
        `first (npm run build), or in its repository run the source with ` +
        `node --conditions=source --import tsx.\n`,
    );
    process.exit(1);
  }
  await module.main(process.argv.slice(2));
}
