// The list view (narrow screens by default): each resource's free slots of the day as
// buttons; choosing one selects it as a click on its cell would.
import type {Availability, Resource} from '@portico/sdk';
import {html, type TemplateResult} from 'lit';
import {formatTime, formatTimeRange, msg} from '../i18n/index.js';
import type {ResourceTimes} from './calendar-grid.js';
import {listSlots} from './calendar-view.js';
import type {Picked} from './selection-controller.js';
import {notice} from '../internal/notice.template.js';

export interface ListInput {
  readonly locale: string;
  readonly timeZone: string;
  readonly availability: Availability;
  readonly resources: readonly Resource[];
  /** Epoch ms: slots that started are left out. */
  readonly now: number;
  /** The selection (the member's, or one another element on the page chose), shown pressed. */
  readonly picked: Picked | null;
  readonly readonly: boolean;
  readonly onPick: (resourceId: string, start: number) => void;
}

export function renderList(input: ListInput): TemplateResult {
  const {locale, timeZone, picked} = input;
  const map = new Map<string, ResourceTimes>(
    input.availability.resources.map((r) => [r.resourceId, r]),
  );
  const entries = listSlots(input.resources, map, timeZone)
    .map((e) => ({...e, slots: e.slots.filter((s) => Date.parse(s.start) >= input.now)}))
    .filter((e) => e.slots.length > 0);
  if (entries.length === 0) {
    return notice('list', 'info', msg(locale, 'calendar.listEmpty'));
  }
  return html`<div part="list" class="list">
    ${entries.map(
      ({resource, slots}) =>
        html`<section class="list__resource" aria-label=${resource.name}>
          <h3 class="list__name">
            ${resource.name}
            <span class="list__seats"
              >${msg(locale, 'calendar.seats', {count: resource.capacity})}</span
            >
          </h3>
          <ul class="list__slots">
            ${slots.map((slot) => {
              const chosen =
                picked?.resourceId === resource.id && picked.anchor === Date.parse(slot.start);
              return html`<li>
                <button
                  type="button"
                  class=${`button button--secondary list__slot${chosen ? ' list__slot--selected' : ''}`}
                  aria-pressed=${chosen ? 'true' : 'false'}
                  aria-label=${
                    // Starts with the visible time, so voice control finds it (WCAG 2.5.3).
                    `${formatTime(locale, slot.start, timeZone)}, ${resource.name}, ${formatTimeRange(locale, slot.start, slot.end, timeZone)}`
                  }
                  ?disabled=${input.readonly}
                  @click=${() => input.onPick(resource.id, Date.parse(slot.start))}
                >
                  ${formatTime(locale, slot.start, timeZone)}
                </button>
              </li>`;
            })}
          </ul>
        </section>`,
    )}
  </div>`;
}
