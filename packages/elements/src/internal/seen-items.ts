/**
 * Remembers each item's state as last shown, so an element can say what changed live (a
 * visitor arrived, a parcel came in) without repeating it on every render.
 */
export class SeenItems<T extends {id: string}> {
  #data: unknown;
  #seen: Map<string, string> | undefined;

  /**
   * The items that are new or whose `state` changed since the last `data` (none the first
   * time: what a member finds on opening the page is not news). The same `data` again is
   * no change.
   */
  changes(data: unknown, items: readonly T[], state: (item: T) => string): T[] {
    if (data === this.#data) return [];
    this.#data = data;
    const before = this.#seen;
    this.#seen = new Map(items.map((item) => [item.id, state(item)]));
    return before ? items.filter((item) => before.get(item.id) !== state(item)) : [];
  }
}
