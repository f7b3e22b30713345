import {createMockServer} from '../node/create-mock-server.js';
import {DurableDb} from '../persistence/durable-db.js';
import type {MockServerOptions} from '../node/create-mock-server.js';
import {parseCommandLine, parseFlags, parseLatency, parsePort, parseScenario} from './options.js';

const USAGE = `Usage: portico-mock-server [options]

Serves the Portico API with a seeded coworking space on http://HOST:PORT/v1.

Options:
  --port <n>          port to listen on, 0 for a free one        (default 4010)
  --host <address>    interface to listen on                    (default 127.0.0.1)
  --scenario <name>   demo, empty, busy or errors                (default demo)
  --data <dir>        keep the state in this folder across restarts
                      (every change is fsynced before it is answered)
  --no-dev-routes     turn off the /__dev/ routes: mailbox, clock, latency, reset, and
                      approving or declining bookings
  --latency <ms>      delay every answer: 200, or a range like 0-300
  --help              show this help
`;

/** Parses the flags into server options; throws {@link UsageError} on a bad flag. */
export function parseMockServerArgs(args: string[]): MockServerOptions | 'help' {
  const values = parseFlags(args, {
    port: {type: 'string'},
    host: {type: 'string'},
    scenario: {type: 'string'},
    data: {type: 'string'},
    'no-dev-routes': {type: 'boolean'},
    latency: {type: 'string'},
  });
  if (values.help) return 'help';
  const options: MockServerOptions = {devRoutes: !values['no-dev-routes']};
  if (values.port !== undefined) options.port = parsePort(values.port);
  if (values.host !== undefined) options.host = values.host;
  if (values.scenario !== undefined) options.scenario = parseScenario(values.scenario);
  if (values.data !== undefined) options.dataDir = values.data;
  if (values.latency !== undefined) options.latency = parseLatency(values.latency);
  return options;
}

/** `portico-mock-server`: runs until SIGINT or SIGTERM, then closes cleanly and exits 0. */
export async function main(args = process.argv.slice(2)): Promise<void> {
  const options = parseCommandLine('portico-mock-server', USAGE, () => parseMockServerArgs(args));
  if (!options) return;
  let server;
  try {
    server = await createMockServer(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE'
        ? `[Portico] Failed to start: port ${options.port ?? 4010} is in use (try --port 0).`
        : (error as Error).message;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  const stop = (signal: NodeJS.Signals) => {
    // A second signal while closing means "now".
    process.once(signal, () => process.exit(1));
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`[Portico] Failed to close cleanly: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const db = server.api.db;
  if (db instanceof DurableDb) {
    // stderr, so stdout stays the one line scripts wait for.
    const state = db.restored ? `continuing from seq ${db.seq}` : 'new, seeded';
    const note =
      db.restored && options.scenario
        ? ` (--scenario applies only to a new folder or to POST /__dev/reset)`
        : '';
    process.stderr.write(`[Portico] Data folder ${db.dir}: ${state}${note}.\n`);
  }
  process.stdout.write(`Portico mock server listening on ${server.url}\n`);
}
