import {runConformance} from '../conformance/run-conformance.js';
import {UsageError, parseCommandLine, parseFlags} from './options.js';

const USAGE = `Usage: portico-conformance --api <url> [--space <slug>] [--grep <pattern>]

Runs the Portico conformance suite (black-box HTTP) against a server and prints
"N passed, N failed". The server must expose the dev routes (/__dev/mailbox,
/__dev/clock, /__dev/latency, /__dev/reset), the seeded demo members and a second
seeded space. Exit code 1 if any case failed.

Options:
  --api <url>        the API root, e.g. http://127.0.0.1:4010/v1 (default $PORTICO_API_URL)
  --space <slug>     the seeded space                           (default demo)
  --other-space <s>  a second seeded space                      (default harbour)
  --grep <pattern>   run only the cases whose "group › name" matches
  --help             show this help
`;

interface ConformanceArgs {
  apiUrl: string;
  space: string;
  otherSpace: string;
  grep: string | undefined;
}

export function parseConformanceArgs(args: string[], env = process.env): ConformanceArgs | 'help' {
  const values = parseFlags(args, {
    api: {type: 'string'},
    space: {type: 'string'},
    'other-space': {type: 'string'},
    grep: {type: 'string'},
  });
  if (values.help) return 'help';
  const apiUrl = values.api ?? env.PORTICO_API_URL;
  if (!apiUrl)
    throw new UsageError(
      '--api is required (or set PORTICO_API_URL), e.g. --api http://127.0.0.1:4010/v1',
    );
  if (!URL.canParse(apiUrl) || !/^https?:$/.test(new URL(apiUrl).protocol)) {
    throw new UsageError(`--api must be an http(s) URL, got "${apiUrl}".`);
  }
  return {
    apiUrl,
    space: values.space ?? 'demo',
    otherSpace: values['other-space'] ?? 'harbour',
    grep: values.grep,
  };
}

/** `portico-conformance`: exit 0 when every case passed, 1 otherwise, 2 on a bad flag. */
export async function main(args = process.argv.slice(2)): Promise<void> {
  const parsed = parseCommandLine('portico-conformance', USAGE, () => parseConformanceArgs(args));
  if (!parsed) return;
  let report;
  try {
    report = await runConformance({
      apiUrl: parsed.apiUrl,
      space: parsed.space,
      otherSpace: parsed.otherSpace,
      grep: parsed.grep,
      log: (line) => process.stdout.write(`${line}\n`),
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  process.exitCode = report.failed > 0 || report.results.length === 0 ? 1 : 0;
}
