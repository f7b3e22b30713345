/** One page of a cursor-paginated list, as every list route answers. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * The first `pages` pages of a cursor-paginated list, fetched one after the other and joined:
 * a "Show more" list is one query, so a change refetches every page shown, in order. A row
 * that moved between two requests (an invoice paid meanwhile) shows once, where it came first.
 */
export async function fetchPages<T extends {id: string}>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  pages: number,
): Promise<Page<T>> {
  let page = await fetchPage(undefined);
  const byId = new Map(page.items.map((item) => [item.id, item]));
  for (let fetched = 1; fetched < pages && page.nextCursor !== null; fetched++) {
    page = await fetchPage(page.nextCursor);
    for (const item of page.items) if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return {items: [...byId.values()], nextCursor: page.nextCursor};
}
