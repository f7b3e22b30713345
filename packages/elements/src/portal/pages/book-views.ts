// The Book page's two ways to book: the calendar, and the floor plan when the space has one
// (`features.floorPlans`). Both stay on the page (one hidden), so choosing a time in the
// calendar shows it on the plan. Internal to the portal.
import type {Space} from '@portico/sdk';
import {spaceQuery} from '@portico/sdk/space';
import {css, html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import '../../booking-calendar/booking-calendar.js';
import '../../floor-plan/floor-plan.js';
import {msg, resolveLocale} from '../../i18n/index.js';
import {PorticoClientElement} from '../../internal/portico-client-element.js';
import {QueryController} from '../../internal/query-controller.js';
import {sys} from '../../internal/tokens.js';

type BookView = 'calendar' | 'floorPlan';
const VIEWS: readonly BookView[] = ['calendar', 'floorPlan'];

/**
 * The calendar and the floor plan as tabs, inside `<portico-portal>` only.
 * @internal
 */
export class PorticoPortalBook extends PorticoClientElement {
  static override styles = [
    ...PorticoClientElement.styles,
    css`
      /* One column that never grows past the page: long names wrap inside it. */
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: ${sys('space-md')};
        min-width: 0;
      }

      .tabs {
        display: flex;
        gap: ${sys('space-xxs')};
        border-bottom: 1px solid ${sys('color-outline-variant')};
      }

      .tab {
        margin-bottom: -1px;
        border-radius: ${sys('radius-md')} ${sys('radius-md')} 0 0;
      }

      .tab[aria-selected='true'] {
        font-weight: ${sys('font-weight-bold')};
        border-bottom: 3px solid ${sys('color-primary')};
      }

      [hidden] {
        display: none !important;
      }
    `,
  ];

  /** Availability only (a visitor). */
  @property({type: Boolean}) readonly = false;

  /** The time the calendar selects (back from buying credits). */
  @property({attribute: false}) initialSlot:
    {resourceId: string; start: string; end: string} | undefined;

  @state() private view: BookView = 'calendar';

  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    // Until the space says otherwise, no tab: a space without floor plans never sees one.
    const plans = this.#space.state.data?.features.floorPlans === true;
    const view = plans ? this.view : 'calendar';
    return html`
      ${
        plans
          ? html`<div class="tabs" role="tablist" aria-label=${msg(locale, 'portal.book.views')}>
              ${VIEWS.map(
                (v) =>
                  html`<button
                    type="button"
                    role="tab"
                    id=${`tab-${v}`}
                    class="button button--ghost tab"
                    part=${`tab-${v}`}
                    aria-selected=${v === view ? 'true' : 'false'}
                    aria-controls=${`panel-${v}`}
                    tabindex=${v === view ? 0 : -1}
                    @click=${() => (this.view = v)}
                    @keydown=${this.#handleTabKey}
                  >
                    ${msg(locale, `portal.book.${v}`)}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <div
        id="panel-calendar"
        role=${plans ? 'tabpanel' : nothing}
        aria-labelledby=${plans ? 'tab-calendar' : nothing}
        ?hidden=${view !== 'calendar'}
      >
        <portico-booking-calendar
          ?readonly=${this.readonly}
          .initialSlot=${this.initialSlot}
        ></portico-booking-calendar>
      </div>
      ${
        plans
          ? html`<div
              id="panel-floorPlan"
              role="tabpanel"
              aria-labelledby="tab-floorPlan"
              ?hidden=${view !== 'floorPlan'}
            >
              <portico-floor-plan></portico-floor-plan>
            </div>`
          : nothing
      }
    `;
  }

  /** Arrow keys move between the tabs (the ARIA tabs pattern), and choose. */
  readonly #handleTabKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    this.view = this.view === 'calendar' ? 'floorPlan' : 'calendar';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.view}`)?.focus(),
    );
  };
}

PorticoPortalBook.define('portico-portal-book');

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal-book': PorticoPortalBook;
  }
}
