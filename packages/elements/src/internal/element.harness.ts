/** An element a harness can drive: it renders into an open shadow root, asynchronously. */
export interface HarnessedElement extends HTMLElement {
  readonly updateComplete: Promise<unknown>;
}

/**
 * What every Portico harness does the same way: wait for renders and for data, find `part`s,
 * read text as a member sees it, and the parts every element that shows data has (its error,
 * Retry and Sign in buttons, its live region). Each element's harness adds what only it has.
 */
export class PorticoElementHarness<E extends HarnessedElement> {
  /** How long {@link until} waits by default, in ms. */
  protected readonly timeout: number = 4_000;
  /**
   * Whether {@link until} waits for a pending render before its first look. Off by default:
   * tests look right after their own `settled()` (the portal shows a page, then focuses its
   * heading in a second update, and a later first look can land between the two).
   */
  protected readonly settleFirst: boolean = false;

  constructor(readonly element: E) {}

  /** Resolves when the element has rendered its current state. */
  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  /**
   * Waits until `predicate` holds (data arrives asynchronously), or fails after `timeout` with
   * what the element shows. A predicate that throws has not held yet (its part is not there).
   */
  async until(predicate: (harness: this) => boolean, timeout = this.timeout): Promise<void> {
    const deadline = performance.now() + timeout;
    if (this.settleFirst) await this.settled();
    for (;;) {
      try {
        if (predicate(this)) return;
      } catch {
        // not there yet
      }
      if (performance.now() > deadline) throw new Error(`Timed out; ${this.describe()}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      await this.settled();
    }
  }

  get root(): ShadowRoot {
    if (!this.element.shadowRoot) throw new Error('The element has not rendered');
    return this.element.shadowRoot;
  }

  part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.root.querySelector<T>(`[part~="${name}"]`);
  }

  /** The text of a part, whitespace collapsed ('' when it is not shown). */
  partText(name: string): string {
    return collapse(this.part(name)?.textContent);
  }

  /** The whole visible text, whitespace collapsed. */
  get text(): string {
    return this.partText('base');
  }

  /** The element in the shadow root that has focus, or null. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** What the element's polite live region (its `role="status"`) says now. */
  get announcement(): string {
    return collapse(this.root.querySelector('[role="status"]')?.textContent);
  }

  /** The error state's reason, or ''. */
  get error(): string {
    return this.partText('error');
  }

  get isLoading(): boolean {
    return this.part('base')?.getAttribute('aria-busy') === 'true';
  }

  get retryButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('retry-button');
  }

  /** The signed-out state's default "Sign in" button. */
  get signInButton(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('sign-in-button');
  }

  /** What a timeout says the element showed. */
  protected describe(): string {
    return `the element shows: "${this.text}"`;
  }

  /** The text of every element with the part `name`, in order ([] when none is shown). */
  partTexts(name: string): string[] {
    return this.texts(this.root.querySelectorAll(`[part~="${name}"]`));
  }

  /** The text of each `<li>` in the part `name` ([] when it is not shown). */
  listItemTexts(name: string): string[] {
    return this.texts(this.part(name)?.querySelectorAll('li'));
  }

  /** The text of each of `nodes`, whitespace collapsed. */
  protected texts(nodes: Iterable<Element> | undefined): string[] {
    return [...(nodes ?? [])].map((node) => collapse(node.textContent));
  }

  /** Picks `value` in the `<select>` of `part`, as a member would, and waits for the render. */
  protected async select(part: string, value: string, missing: string): Promise<void> {
    const select = this.part<HTMLSelectElement>(part);
    if (!select) throw new Error(missing);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.settled();
  }

  /**
   * Replaces the value of `field` as typing or pasting would (one `input` event) and waits for
   * the render; `missing` says why it is not.
   */
  protected async typeInto(
    field: HTMLInputElement | HTMLTextAreaElement | null,
    value: string,
    missing: string,
  ): Promise<void> {
    if (!field) throw new Error(missing);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await this.settled();
  }

  /** Clicks `button` as a pointer would and waits for the render; `missing` says why it is not. */
  protected async clickShown(button: HTMLElement | null, missing: string): Promise<void> {
    if (!button) throw new Error(missing);
    button.click();
    await this.settled();
  }
}

/** Parts a harness reads by name: `{planName: 'plan-name'}` is a getter `planName`. */
type PartTable = Readonly<Record<string, string>>;
type Getters<T extends PartTable, V> = {readonly [K in keyof T]: V};

/** The getters a harness declares as tables (see {@link harnessWithParts}). */
export interface HarnessParts<
  T extends PartTable,
  B extends PartTable,
  I extends PartTable,
  A extends PartTable,
  L extends PartTable,
> {
  /** Each getter reads the text of its part ('' when it is not shown). */
  readonly texts?: T;
  /** Each getter finds the button of its part (null when it is not shown). */
  readonly buttons?: B;
  /** Each getter finds the `<input>` of its part (null when it is not shown). */
  readonly inputs?: I;
  /** Each getter reads the text of every element with its part, e.g. each `parcel`. */
  readonly every?: A;
  /** Each getter reads the text of each `<li>` in its part, e.g. the `history` list's. */
  readonly listItems?: L;
}

/**
 * The base of an element's harness, with one getter per part it reads (the part's text, its
 * button, its field) declared as tables instead of written one by one.
 *
 * @example
 * class PorticoShopHarness extends harnessWithParts<PorticoShop>()({
 *   texts: {totals: 'totals'},
 *   buttons: {checkoutButton: 'checkout-button'},
 * }) {}
 */
export function harnessWithParts<E extends HarnessedElement>() {
  return <
    T extends PartTable = Record<never, string>,
    B extends PartTable = Record<never, string>,
    I extends PartTable = Record<never, string>,
    A extends PartTable = Record<never, string>,
    L extends PartTable = Record<never, string>,
  >(
    parts: HarnessParts<T, B, I, A, L>,
  ) => {
    class Harness extends PorticoElementHarness<E> {}
    const define = (table: PartTable | undefined, read: (h: Harness, part: string) => unknown) => {
      for (const [name, part] of Object.entries(table ?? {})) {
        Object.defineProperty(Harness.prototype, name, {
          get(this: Harness) {
            return read(this, part);
          },
        });
      }
    };
    define(parts.texts, (h, part) => h.partText(part));
    define(parts.buttons, (h, part) => h.part<HTMLButtonElement>(part));
    define(parts.inputs, (h, part) => h.part<HTMLInputElement>(part));
    define(parts.every, (h, part) => h.partTexts(part));
    define(parts.listItems, (h, part) => h.listItemTexts(part));
    return Harness as new (
      element: E,
    ) => PorticoElementHarness<E> &
      Getters<T, string> &
      Getters<B, HTMLButtonElement | null> &
      Getters<I, HTMLInputElement | null> &
      Getters<A, string[]> &
      Getters<L, string[]>;
  };
}

/** Text as a member reads it: runs of whitespace as one space, trimmed. */
export function collapse(text: string | null | undefined): string {
  // ASCII whitespace only: a no-break space inside `1 234 €` is part of what the member sees.
  return (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
