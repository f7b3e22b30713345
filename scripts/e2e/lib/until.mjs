// The one polling wait of the end-to-end scripts: for what a page cannot wait for itself (a
// value read through several calls, a file on disk, another engine's tab over WebDriver).

/**
 * Calls `predicate` every `interval` ms until it returns something truthy, and returns that.
 * A throw counts as "not yet" (the page may be between renders). After `ms`, throws an error
 * that names `what` and the last value or error seen.
 */
export async function until(what, predicate, ms = 10_000, {interval = 100} = {}) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await predicate();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(interval);
  }
  throw new Error(`Timed out waiting for ${what} (last: ${String(last?.message ?? last)})`);
}

/** Resolves after `ms`. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
