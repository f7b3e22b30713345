import {LitElement, type PropertyValues} from 'lit';
import {loadMessages} from '../i18n/msg.js';
import {resolveLang, watchLang} from './lang.js';
import baseStyles from './base.styles.js';
import uiStyles from './ui.styles.js';

/** Set by the CDN build (rollup.config.mjs); undefined elsewhere. */
declare const __PORTICO_CDN__: boolean | undefined;
const CDN_BUILD = typeof __PORTICO_CDN__ !== 'undefined' && __PORTICO_CDN__;

/** Every `portico-*` event on the global event map (each event file adds its own). */
export type PorticoEventName = Extract<keyof GlobalEventHandlersEventMap, `portico-${string}`>;

type DetailOf<K extends PorticoEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** `detail` is required unless the event's detail is empty (`Record<PropertyKey, never>`). */
export type PorticoEventInit<D> = Omit<CustomEventInit<D>, 'detail'> &
  (Record<PropertyKey, never> extends D ? {detail?: D} : {detail: D});

type EmitArgs<K extends PorticoEventName> =
  Record<PropertyKey, never> extends DetailOf<K>
    ? [options?: PorticoEventInit<DetailOf<K>>]
    : [options: PorticoEventInit<DetailOf<K>>];

/**
 * The base of every Portico element: registration, typed events, shared styles and the
 * element's language, whose text it waits for before it renders.
 */
export class PorticoElement extends LitElement {
  static override styles = [baseStyles, uiStyles];

  /**
   * Registers the element under `tag`. Defining the same class twice is a no-op (a page may
   * import an element's entry point and the CDN bundle); another class under the same tag
   * is an error, because the page would silently get one of two versions (except in the CDN
   * folder, see below).
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (existing === this) return;
    // The CDN folder carries each element twice, in portico.js and in its own file (each loads
    // alone); both use this one runtime, so on a page that loads both it is the same element.
    if (CDN_BUILD && existing?.prototype instanceof PorticoElement) return;
    if (existing) {
      throw new Error(
        `[Portico] Failed to define <${tag}>: the tag is already taken by another class. ` +
          'Is a second copy of @portico/elements loaded on this page?',
      );
    }
    customElements.define(tag, this);
  }

  #stopWatchingLang: (() => void) | undefined;

  /**
   * The language the element renders in: the closest `lang` attribute (its own, an
   * ancestor's, a provider's `locale`), else the document's, else `en`.
   */
  get resolvedLang(): string {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatchingLang = watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingLang?.();
    this.#stopWatchingLang = undefined;
  }

  /**
   * Renders once the text of its language has loaded (French is a lazy chunk): a French page
   * never flashes English, and a page switching language keeps the old text until the new one
   * is there. What the update changed is kept for the update that renders.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const loading = loadMessages(this.resolvedLang);
    if (!loading) return super.shouldUpdate(changed);
    const deferred = new Map(changed);
    void loading.then(() => {
      for (const [key, previous] of deferred) this.requestUpdate(key, previous);
      this.requestUpdate();
    });
    return false;
  }

  /** Also waits for an update put off for the language's text, and for that update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let loading = loadMessages(this.resolvedLang); loading;) {
      await loading;
      complete = await super.getUpdateComplete();
      loading = loadMessages(this.resolvedLang);
    }
    return complete;
  }

  /**
   * Dispatches a typed `portico-*` event: bubbles and composed (it leaves shadow roots, so a
   * host page hears it on any ancestor), not cancelable unless asked.
   */
  emit<K extends PorticoEventName>(
    name: K,
    ...[options]: EmitArgs<K>
  ): GlobalEventHandlersEventMap[K] {
    const event = new CustomEvent(name, {
      bubbles: true,
      cancelable: false,
      composed: true,
      detail: {},
      ...options,
    });
    this.dispatchEvent(event);
    return event as GlobalEventHandlersEventMap[K];
  }
}
