import {collapse, PorticoElementHarness} from '../internal/element.harness.js';
import type {PorticoPortal} from './portal.component.js';

/** Reads and drives a `<portico-portal>` the way a member does. */
export class PorticoPortalHarness extends PorticoElementHarness<PorticoPortal> {
  /** Pages load on demand. */
  protected override readonly timeout = 6_000;

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

  /** A visitor's "Sign in" in the header (shown where the navigation folds away). */
  get signInLink(): HTMLAnchorElement | null {
    return this.part<HTMLAnchorElement>('sign-in-link');
  }

  /** Clicks the header's "Sign in", as a pointer would. */
  async clickSignIn(): Promise<void> {
    await this.clickShown(this.signInLink, 'No "Sign in" in the header');
  }

  /** The Community page's selected tab (`Events`, `Members`, `Posts`), '' without one. */
  get communityTab(): string {
    const tabs = this.find('portico-portal-community')?.shadowRoot;
    return collapse(tabs?.querySelector('[role="tab"][aria-selected="true"]')?.textContent);
  }

  get menuButton(): HTMLButtonElement {
    return this.part('menu-button') as HTMLButtonElement;
  }

  get nav(): HTMLElement {
    return this.part('nav')!;
  }

  /** The first element with `tag` on the current page (the Book page keeps its in its tabs). */
  find<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] | null {
    const main = this.part('main');
    return (
      main?.querySelector(tag) ??
      main?.querySelector('portico-portal-book')?.shadowRoot?.querySelector(tag) ??
      null
    );
  }

  /** The Book page's tabs (`Calendar`, `Floor plan`), empty when it has none. */
  get bookTabs(): {name: string; selected: boolean}[] {
    const book = this.part('main')?.querySelector('portico-portal-book');
    return [...(book?.shadowRoot?.querySelectorAll('[role="tab"]') ?? [])].map((tab) => ({
      name: collapse(tab.textContent),
      selected: tab.getAttribute('aria-selected') === 'true',
    }));
  }

  /** Chooses a tab of the Book page by its name. */
  async chooseBookTab(name: string): Promise<void> {
    const book = this.part('main')?.querySelector('portico-portal-book');
    const tab = [...(book?.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])].find(
      (each) => collapse(each.textContent) === name,
    );
    await this.clickShown(tab ?? null, `No Book tab "${name}"`);
  }

  /** The page's text (its own, not the elements' shadow roots). */
  override get text(): string {
    return this.partText('main');
  }

  /** Clicks the navigation link whose text starts with `text`, as a pointer would. */
  async clickLink(text: string): Promise<void> {
    const link = this.linkElements.find((each) => collapse(each.textContent).startsWith(text));
    await this.clickShown(link ?? null, `No link "${text}" in: ${this.links.join(', ')}`);
  }

  protected override describe(): string {
    return `the portal is on "${this.page}" with heading "${this.heading}"`;
  }
}
