/**
 * Tells whether data read around the opening of the realtime stream may have missed an event.
 * Every answer carries `Portico-Seq`, the commits it reflects at least; the stream's answer
 * carries one its events start at or before. Data read below the stream's is fetched again:
 * an event between that read and the stream's start was sent to no one. A server that sends
 * no `Portico-Seq` gets the safe answer: everything read before the stream opened is refetched.
 */
export class StaleReads {
  /** The lowest `Portico-Seq` read while no stream was open; -1 when an answer had none. */
  #oldest: number | undefined;
  /** The open stream's `Portico-Seq`, if it had one. */
  #stream: number | undefined;
  #open = false;

  /** Notes an answer; true when it was read before the open stream starts and may be stale. */
  read(header: string | null): boolean {
    const seq = parseSeq(header);
    if (this.#open) return seq !== undefined && this.#stream !== undefined && seq < this.#stream;
    this.#oldest = Math.min(this.#oldest ?? Infinity, seq ?? -1);
    return false;
  }

  /** The stream (re)opened; true when data read before it may have missed an event. */
  opened(header: string | null): boolean {
    const oldest = this.#oldest;
    this.#oldest = undefined;
    this.#open = true;
    this.#stream = parseSeq(header);
    if (oldest === undefined) return false;
    return this.#stream === undefined || oldest < this.#stream;
  }

  /** The stream closed (logout): reads count as before an opening again. */
  closed(): void {
    this.#open = false;
    this.#stream = undefined;
    this.#oldest = undefined;
  }
}

function parseSeq(header: string | null): number | undefined {
  if (header === null || !/^\d{1,15}$/.test(header)) return undefined;
  return Number(header);
}
