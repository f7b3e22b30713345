import type {ReactiveControllerHost} from 'lit';

/**
 * The language of an element: its closest `[lang]` ancestor, crossing shadow roots, else
 * the document's, else `en`. An empty `lang=""` means "unknown" and is skipped.
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') ?? 'en';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || 'en';
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-renders `host` whenever a `lang` attribute changes anywhere in the document's light
 * DOM (the page switching language, a provider's `locale`). One observer serves every
 * element; it is created on first use so importing an element costs nothing.
 * @returns stop watching
 */
export function watchLang(host: ReactiveControllerHost): () => void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of hosts) each.requestUpdate();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    hosts.delete(host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
