// The Community page's tabs: Events · Members · Posts, each shown only where the space runs
// that part. Internal to the portal; the tab panels are the elements a page can place alone.
import '../../directory/directory.js';
import '../../posts/posts.js';
import '../../events/events.js';
import type {Features} from '@portico/sdk';
import {css, html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, resolveLocale} from '../../i18n/index.js';
import {PorticoElement} from '../../internal/portico-element.js';
import {sys} from '../../internal/tokens.js';
import {wrap} from '../../internal/layout.styles.js';

/** Each tab: its feature, its label and its panel. */
const TABS = [
  {
    feature: 'events',
    label: 'portal.community.events',
    panel: () => html`<portico-events hide-title></portico-events>`,
  },
  {
    feature: 'directory',
    label: 'portal.community.members',
    panel: () => html`<portico-directory hide-title></portico-directory>`,
  },
  {
    feature: 'posts',
    label: 'portal.community.posts',
    panel: () => html`<portico-posts></portico-posts>`,
  },
] as const satisfies readonly {feature: keyof Features; label: string; panel: () => unknown}[];

type Tab = (typeof TABS)[number]['feature'];

/**
 * The Community page's tabs (ARIA tabs: arrow keys, Home and End move between them).
 * @internal
 */
export class PorticoPortalCommunity extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      .tabs {
        ${wrap}
        gap: ${sys('space-xs')};
        margin-block-end: ${sys('space-md')};
        border-block-end: 1px solid ${sys('color-outline-variant')};
      }

      .tab {
        min-height: 2.75rem;
        padding: 0 ${sys('space-md')};
        border: 0;
        border-block-end: 3px solid transparent;
        color: ${sys('color-on-surface-variant')};
        background: none;
        font: inherit;
        font-weight: ${sys('font-weight-medium')};
        cursor: pointer;
      }

      .tab[aria-selected='true'] {
        border-block-end-color: ${sys('color-primary')};
        color: ${sys('color-on-surface')};
      }

      .tab:focus-visible {
        outline: ${sys('focus-ring-width')} solid ${sys('color-focus-ring')};
        outline-offset: -2px;
      }

      [role='tabpanel']:focus-visible {
        outline: ${sys('focus-ring-width')} solid ${sys('color-focus-ring')};
      }
    `,
  ];

  /** The parts of the portal the space runs: a tab shows for each one it runs. */
  @property({attribute: false}) features: Features | undefined;

  /** The tab to open on (the first offered one when unset or not offered). */
  @property({attribute: false}) tab: Tab | undefined;

  /** The chosen tab; `tab` until the member picks another. */
  @state() private chosen: Tab | undefined;

  /** The tabs offered, in order. */
  get tabs(): Tab[] {
    const features = this.features;
    return TABS.filter((tab) => features?.[tab.feature]).map((tab) => tab.feature);
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = resolveLocale(this.resolvedLang);
    const tabs = this.tabs;
    const current = this.#current(tabs);
    if (!current) return nothing;
    const panel = TABS.find((tab) => tab.feature === current)!;
    return html`<div
        class="tabs"
        role="tablist"
        aria-label=${msg(locale, 'portal.community.tabs')}
        @keydown=${this.handleKeydown}
      >
        ${TABS.filter((tab) => tabs.includes(tab.feature)).map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              class="tab"
              part="tab"
              id="tab-${tab.feature}"
              data-tab=${tab.feature}
              aria-selected=${tab.feature === current ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${tab.feature === current ? '0' : '-1'}
              @click=${() => (this.chosen = tab.feature)}
            >
              ${msg(locale, tab.label)}
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${current}" tabindex="0">
        ${panel.panel()}
      </div>`;
  }

  #current(tabs: Tab[]): Tab | undefined {
    return [this.chosen, this.tab].find((tab) => tab && tabs.includes(tab)) ?? tabs[0];
  }

  private async handleKeydown(event: KeyboardEvent): Promise<void> {
    const tabs = this.tabs;
    const index = tabs.indexOf(this.#current(tabs)!);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step: Record<string, number> = {
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
      Home: -index,
      End: tabs.length - 1 - index,
    };
    const move = step[event.key];
    if (move === undefined) return;
    event.preventDefault();
    this.chosen = tabs[(index + move + tabs.length) % tabs.length];
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[data-tab="${this.chosen}"]`)?.focus();
  }
}

PorticoPortalCommunity.define('portico-portal-community');

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal-community': PorticoPortalCommunity;
  }
}
