/** Loads the module that defines a tag (an element's own file). */
export type ElementLoader = () => Promise<unknown>;

/**
 * Registers elements on first use: each tag of `loaders` that appears in `root` (now or
 * later, as the page adds it) has its module loaded once, which defines it; the browser then
 * upgrades the elements already there. portico.js uses it for the elements it does not carry
 * (src/lazy-elements.ts), as Shoelace's autoloader does.
 *
 * @returns stops watching `root`
 */
export function autoload(
  loaders: Readonly<Record<string, ElementLoader>>,
  root: ParentNode & Node = document,
): () => void {
  const pending = new Map(Object.entries(loaders));
  if (pending.size === 0) return () => undefined;
  const selector = [...pending.keys()].join(',');
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader || customElements.get(tag)) return;
    pending.delete(tag);
    loader().catch((error: unknown) => {
      pending.set(tag, loader); // tried again when the next one appears
      console.error(`[Portico] Failed to load <${tag}>:`, error);
    });
  };
  const scan = (node: Node) => {
    if (!(node instanceof Element) || pending.size === 0) return;
    load(node.localName);
    for (const each of node.querySelectorAll(selector)) load(each.localName);
  };
  for (const each of root.querySelectorAll(selector)) load(each.localName);
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(scan);
  });
  observer.observe(root, {childList: true, subtree: true});
  return () => observer.disconnect();
}
