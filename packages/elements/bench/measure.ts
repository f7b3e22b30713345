// What both benches share: waiting a turn, forcing layout, and the statistics they print.

export const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Resolves once the next frame has been rendered: its animation callbacks, style, layout and
 * paint run in one task, and a task queued from inside it runs after all of them.
 */
export const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Forces style and layout (reading a size does), so a measure pays for both. */
export const layout = (el: Element): number => (el as HTMLElement).offsetHeight;

/**
 * How long `change` takes to be on screen: from its start until the layout it causes in
 * `shown` is done. An element's change ends with its update (`change` awaits it); a direct
 * DOM change is synchronous, and is not made to wait a microtask.
 */
export async function timeShown(
  shown: Element,
  change: () => void | Promise<unknown>,
): Promise<number> {
  const start = performance.now();
  const pending = change();
  if (pending) await pending;
  layout(shown);
  return performance.now() - start;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)] as number;
export const median = (xs: number[]) => quantile(xs, 0.5);
/** The middle half of the runs, to show how noisy the machine was. */
export const spread = (xs: number[]) => [quantile(xs, 0.25), quantile(xs, 0.75)];

/**
 * Runs `measure('element')` and `measure('baseline')` `runs` times each, alternating which
 * goes first so neither always runs on a warmer heap, with a garbage collection before each
 * (bench/run.mjs starts Chromium with --expose-gc).
 */
export async function alternate(
  runs: number,
  measure: (which: 'element' | 'baseline') => Promise<void>,
): Promise<void> {
  for (let i = 0; i < runs; i++) {
    const order =
      i % 2 === 0 ? (['element', 'baseline'] as const) : (['baseline', 'element'] as const);
    for (const which of order) {
      (globalThis as {gc?: () => void}).gc?.();
      await nextFrame();
      await measure(which);
    }
  }
}

/** One path's timings in one run: its first paint, then one change shown. */
export interface Timings {
  readonly first: number;
  readonly update: number;
}

/**
 * {@link alternate}s the element and the baseline `runs` times and sums up both: the median
 * first paint and update of each, and the spread of the first paints.
 */
export async function firstAndUpdate(
  runs: number,
  paths: Record<'element' | 'baseline', () => Promise<Timings>>,
) {
  const seen = {element: [] as Timings[], baseline: [] as Timings[]};
  await alternate(runs, async (which) => void seen[which].push(await paths[which]()));
  const first = (which: 'element' | 'baseline') => seen[which].map((t) => t.first);
  const update = (which: 'element' | 'baseline') => seen[which].map((t) => t.update);
  return {
    runs,
    element: median(first('element')),
    baseline: median(first('baseline')),
    elementSpread: spread(first('element')),
    baselineSpread: spread(first('baseline')),
    elementUpdate: median(update('element')),
    baselineUpdate: median(update('baseline')),
  };
}
