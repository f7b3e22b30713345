import {parseArgs} from 'node:util';
import type {ParseArgsConfig} from 'node:util';
import {SCENARIOS} from '@portico/sdk/contract';
import type {Scenario} from '@portico/sdk/contract';

/** A command-line mistake: printed with the usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError' as const;
}

type Flags = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` as both commands use it: named flags only, unknown ones refused, and `--help`
 * (`-h`) added; a mistake is a {@link UsageError}.
 */
export function parseFlags<const F extends Flags>(args: string[], flags: F) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {...flags, help: {type: 'boolean', short: 'h'}} as const,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Runs a command's `parse(args)`: `--help` prints `usage` and answers undefined (the command
 * stops there); a {@link UsageError} or any other throw exits 2 with a hint to `--help`.
 */
export function parseCommandLine<T>(
  command: string,
  usage: string,
  parse: () => T | 'help',
): T | undefined {
  let parsed: T | 'help';
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(
      `${command}: ${(error as Error).message}\nRun ${command} --help for the options.\n`,
    );
    process.exit(2);
  }
  if (parsed !== 'help') return parsed;
  process.stdout.write(usage);
  return undefined;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new UsageError(`--port must be a number from 0 to 65535, got "${value}".`);
  return port;
}

export function parseScenario(value: string): Scenario {
  if (!(SCENARIOS as readonly string[]).includes(value)) {
    throw new UsageError(`--scenario must be one of ${SCENARIOS.join(', ')}, got "${value}".`);
  }
  return value as Scenario;
}

/** `200` (fixed) or `0-300` (a range drawn from on each request), in milliseconds. */
export function parseLatency(value: string): number | [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(value);
  const min = Number(match?.[1]);
  const max = match?.[2] === undefined ? min : Number(match[2]);
  if (!match || max < min || max > 60_000) {
    throw new UsageError(
      `--latency must be milliseconds like 200 or a range like 0-300 (at most 60000), got "${value}".`,
    );
  }
  return match[2] === undefined ? min : [min, max];
}
