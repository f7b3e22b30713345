import type {PorticoPortal} from './portal.component.js';

/** Reads and drives a `<portico-portal>` the way a member does. */
export class PorticoPortalHarness {
  constructor(readonly element: PorticoPortal) {}

  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  /** Waits until `predicate` holds (pages load on demand), or fails after `timeout`. */
  async until(predicate: (harness: this) => boolean, timeout = 6_000): Promise<void> {
    const deadline = performance.now() + timeout;
    while (!predicate(this)) {
      if (performance.now() > deadline) {
        throw new Error(
          `Timed out; the portal is on "${this.page}" with heading "${this.heading}"`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      await this.settled();
    }
  }

  get root(): ShadowRoot {
    if (!this.element.shadowRoot) throw new Error('The element has not rendered');
    return this.element.shadowRoot;
  }

  /** The page shown (`dashboard`, `signIn`, `book`…), `loading` while it loads. */
  get page(): string {
    return this.part('main')?.dataset.page ?? '';
  }

  /** The page's `<h1>`. */
  get heading(): string {
    return collapse(this.headingElement?.textContent);
  }

  get headingElement(): HTMLElement | null {
    return this.root.querySelector('h1');
  }

  /** The navigation's link texts, in order. */
  get links(): string[] {
    return this.linkElements.map((link) => collapse(link.textContent));
  }

  get linkElements(): HTMLAnchorElement[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
  }

  /** The current page's link text. */
  get currentLink(): string {
    return collapse(this.root.querySelector('[aria-current="page"]')?.textContent);
  }

  get menuButton(): HTMLButtonElement {
    return this.part('menu-button') as HTMLButtonElement;
  }

  get nav(): HTMLElement {
    return this.part('nav')!;
  }

  /** The first element with `tag` on the current page. */
  find<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] | null {
    return this.part('main')?.querySelector(tag) ?? null;
  }

  /** The page's text (its own, not the elements' shadow roots). */
  get text(): string {
    return collapse(this.part('main')?.textContent);
  }

  /** Clicks the navigation link whose text starts with `text`, as a pointer would. */
  async clickLink(text: string): Promise<void> {
    const link = this.linkElements.find((each) => collapse(each.textContent).startsWith(text));
    if (!link) throw new Error(`No link "${text}" in: ${this.links.join(', ')}`);
    link.click();
    await this.settled();
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
