import './visitors.messages.js';
import {isPorticoError, type Visitor, type Visitors} from '@portico/sdk';
import {calendarDayOf} from '@portico/sdk/domain';
import {spaceQuery} from '@portico/sdk/space';
import {cancelVisitor, registerVisitor, updateVisitor, visitorsQuery} from '@portico/sdk/visitors';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {formatCalendarDay, formatTime, msg, resolveLocale} from '../i18n/index.js';
import {button, confirmAnswers} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {listCardSkeleton} from '../internal/list-card.template.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {SeenItems} from '../internal/seen-items.js';
import {notice} from '../internal/notice.template.js';
import type {Refusals} from '../internal/action-controller.js';
import {refusalText} from '../internal/failure-text.js';
import {visitorForm, visitorInput, type VisitorField} from './visitor-form.js';
import styles from './visitors.styles.js';

/** Why a visitor could not be saved, by the error's code (the daily limit says its number). */
const SAVE_REFUSALS: Refusals = {
  visitor_in_past: 'visitors.inPast',
  visitor_not_expected: 'visitors.notExpected',
  visitors_members_only: 'visitors.notAllowed',
};

/**
 * @summary The member's visitors: register one (name, company, email, day and time, a note
 * for the front desk), change or cancel it before arrival, and see past visits. When the
 * front desk marks a visitor arrived, the host sees and hears "Your visitor … has arrived".
 * @status experimental
 * @since 0.3
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart register-button - Opens the form for a new visitor.
 * @csspart form - The visitor form.
 * @csspart name-input - The visitor's name.
 * @csspart company-input - The visitor's company.
 * @csspart email-input - The visitor's email.
 * @csspart day-input - The day of the visit.
 * @csspart time-input - The time the visitor is expected.
 * @csspart note-input - The note for the front desk.
 * @csspart save-button - Registers the visitor or saves the change.
 * @csspart close-button - Closes the form.
 * @csspart upcoming - The expected visitors.
 * @csspart visitor - One expected visitor.
 * @csspart change-button - Changes an expected visitor.
 * @csspart cancel-button - Asks to cancel a visit.
 * @csspart confirm-cancel-button - Cancels the visit.
 * @csspart keep-button - Keeps the visit.
 * @csspart past - Past visits.
 * @csspart news - A visitor who just arrived (live).
 * @csspart not-allowed - Why this member cannot register visitors.
 * @csspart outcome - What the last action did.
 * @csspart error - An error message.
 * @csspart retry-button - Tries loading again.
 * @csspart sign-in-button - Asks the page to sign the visitor in.
 *
 * @cssprop --portico-visitors-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-visitors-border-color - Card border. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-visitors-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-visitors-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-visitors-muted-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-visitors-padding - Card padding. Default `--portico-sys-space-lg`.
 *
 * @fires {PorticoVisitorRegisteredEvent} portico-visitor-registered - The member registered a visitor.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - A visitor pressed "Sign in".
 * @fires {PorticoErrorEvent} portico-error - Loading the visitors failed.
 */
export class PorticoVisitors extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** The form: closed, a new visitor (`null`), or the visitor being changed. */
  @state() private editing: Visitor | null | undefined;
  @state() private saving = false;
  @state() private invalid: Partial<Record<VisitorField, string>> = {};
  /** The visitor whose cancellation is being confirmed, then run. */
  @state() private cancelAsked: string | undefined;
  @state() private cancelling = false;
  @state() private outcome: {kind: 'done' | 'error'; text: string} | undefined;
  /** The last visitor who arrived while the page was open. */
  @state() private news: string | undefined;

  readonly #visitors = new QueryController(this, (client) =>
    client.session.isLoggedIn ? visitorsQuery(client) : undefined,
  );
  readonly #space = new QueryController(this, (client) => spaceQuery(client));
  readonly #states = new DataStates(this, {
    queries: [this.#visitors, this.#space],
    errorMessage: 'visitors.error',
    loadingMessage: 'visitors.loading',
  });
  readonly #seen = new SeenItems<Visitor>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.#visitors.state.data;
    if (!data) return;
    const changes = this.#seen.changes(data, [...data.upcoming, ...data.past], (v) => v.status);
    const arrived = changes.filter((v) => v.status === 'arrived').at(-1);
    if (arrived) {
      this.news = msg(resolveLocale(this.resolvedLang), 'visitors.arrived', {name: arrived.name});
      this.#states.announce(this.news);
    }
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase('visitors', {
      skeleton: listCardSkeleton,
      ready: () => this.renderReady(this.#visitors.state.data!, locale),
    });
  }

  private get timeZone(): string | undefined {
    return this.#space.state.data?.timeZone;
  }

  private when(locale: string, visitor: Pick<Visitor, 'day' | 'time'>): string {
    return msg(locale, 'visitors.when', {
      day: formatCalendarDay(locale, visitor.day, 'short'),
      // A wall time of the space: formatted as that time on a neutral day.
      time: formatTime(locale, `1970-01-01T${visitor.time}:00Z`, 'UTC'),
    });
  }

  private renderReady({upcoming, past, rules}: Visitors, locale: string): TemplateResult {
    return html`<h2 class="visitors__title">${msg(locale, 'visitors.title')}</h2>
      ${this.news ? html`<p part="news" class="notice notice--success">${this.news}</p>` : nothing}
      ${
        this.outcome
          ? this.outcome.kind === 'done'
            ? notice('outcome', 'info', this.outcome.text)
            : notice('error', 'error', this.outcome.text)
          : nothing
      }
      ${
        !rules.allowed
          ? html`<p part="not-allowed" class="notice notice--warning">
              ${msg(locale, 'visitors.notAllowed')}
            </p>`
          : this.editing !== undefined
            ? visitorForm({
                locale,
                visitor: this.editing ?? undefined,
                today: calendarDayOf(Date.now(), this.timeZone ?? 'UTC'),
                perDay: rules.perDay,
                invalid: this.invalid,
                saving: this.saving,
                onSubmit: (event) => void this.handleSubmit(event, rules.perDay),
                onClose: () => this.closeForm(),
              })
            : html`<div>
                ${button(msg(locale, 'visitors.register'), {
                  class: 'button button--primary',
                  part: 'register-button',
                  onClick: () => this.openForm(null),
                })}
              </div>`
      }
      ${this.renderSection('upcoming', msg(locale, 'visitors.upcoming'), upcoming, {
        empty: msg(locale, 'visitors.noUpcoming'),
        item: (visitor) => this.renderUpcoming(visitor, locale),
      })}
      ${this.renderSection('past', msg(locale, 'visitors.past'), past, {
        empty: msg(locale, 'visitors.noPast'),
        item: (visitor) => this.renderPast(visitor, locale),
      })}`;
  }

  /** The expected visitors or the past visits: a titled list, or a sentence saying it is empty. */
  private renderSection(
    part: 'upcoming' | 'past',
    title: string,
    visitors: readonly Visitor[],
    {empty, item}: {empty: string; item: (visitor: Visitor) => TemplateResult},
  ): TemplateResult {
    return html`<section part=${part} class="visitors__stack" aria-labelledby=${`${part}-title`}>
      <h3 id=${`${part}-title`} class="visitors__subtitle">${title}</h3>
      ${
        visitors.length === 0
          ? html`<p class="visitors__hint">${empty}</p>`
          : html`<ul class="visitors__list">
              ${visitors.map(item)}
            </ul>`
      }
    </section>`;
  }

  private renderIdentity(visitor: Visitor): TemplateResult {
    return html`<p class="visitors__name text">
      <strong>${visitor.name}</strong>${visitor.company ? html` · ${visitor.company}` : nothing}
    </p>`;
  }

  private renderUpcoming(visitor: Visitor, locale: string): TemplateResult {
    const asked = this.cancelAsked === visitor.id;
    return html`<li part="visitor" class="visitors__item" data-visitor=${visitor.id}>
      ${this.renderIdentity(visitor)}
      <p class="visitors__when">${this.when(locale, visitor)}</p>
      ${visitor.email ? html`<p class="visitors__hint text">${visitor.email}</p>` : nothing}
      ${
        visitor.note
          ? html`<p class="visitors__hint text">
              ${msg(locale, 'visitors.note', {note: visitor.note})}
            </p>`
          : nothing
      }
      ${
        asked
          ? html`<div class="visitors__confirm" role="group" aria-labelledby=${`ask-${visitor.id}`}>
              <p id=${`ask-${visitor.id}`} class="text">
                ${msg(locale, 'visitors.cancelQuestion', {name: visitor.name})}
              </p>
              <div class="visitors__actions">
                ${confirmAnswers(
                  {
                    label: msg(locale, this.cancelling ? 'visitors.cancelling' : 'visitors.cancel'),
                    part: 'confirm-cancel-button',
                    running: this.cancelling,
                    run: () => void this.handleCancel(visitor),
                  },
                  {
                    label: msg(locale, 'visitors.keep'),
                    part: 'keep-button',
                    keep: () => (this.cancelAsked = undefined),
                  },
                )}
              </div>
            </div>`
          : html`<div class="visitors__actions">
              ${button(msg(locale, 'visitors.change'), {
                class: 'button button--secondary',
                part: 'change-button',
                onClick: () => this.openForm(visitor),
              })}
              ${button(msg(locale, 'visitors.cancel'), {
                class: 'button button--ghost',
                part: 'cancel-button',
                onClick: () => (this.cancelAsked = visitor.id),
              })}
            </div>`
      }
    </li>`;
  }

  private renderPast(visitor: Visitor, locale: string): TemplateResult {
    const [tone, label] =
      visitor.status === 'arrived'
        ? [
            'success',
            msg(locale, 'visitors.status.arrived', {
              time: formatTime(locale, visitor.arrivedAt!, this.timeZone),
            }),
          ]
        : visitor.status === 'cancelled'
          ? ['', msg(locale, 'visitors.status.cancelled')]
          : ['warning', msg(locale, 'visitors.status.missed')];
    return html`<li class="visitors__past-item">
      ${this.renderIdentity(visitor)}
      <p class="visitors__hint">
        ${this.when(locale, visitor)}
        <span class="badge ${tone ? `badge--${tone}` : ''}">${label}</span>
      </p>
    </li>`;
  }

  private openForm(visitor: Visitor | null): void {
    this.editing = visitor;
    this.invalid = {};
    this.outcome = undefined;
    this.cancelAsked = undefined;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLInputElement>('[part~="name-input"]')?.focus(),
    );
  }

  private closeForm(): void {
    this.editing = undefined;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLElement>('[part~="register-button"]')?.focus(),
    );
  }

  private async handleSubmit(event: SubmitEvent, perDay: number): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    if (!client || this.saving) return;
    const locale = resolveLocale(this.resolvedLang);
    const input = visitorInput(event.target as HTMLFormElement);
    const required = (['name', 'day', 'time'] as const).filter((field) => !input[field]);
    this.invalid = Object.fromEntries(
      required.map((field) => [field, msg(locale, 'visitors.form.required')]),
    );
    if (required.length > 0) {
      this.shadowRoot?.querySelector<HTMLElement>(`[part~="${required[0]}-input"]`)?.focus();
      return;
    }
    const editing = this.editing;
    this.saving = true;
    try {
      const visitor = editing
        ? await updateVisitor(client, editing.id, input)
        : await registerVisitor(client, input);
      if (!editing) this.emit('portico-visitor-registered', {detail: {visitor}});
      const when = this.when(locale, visitor);
      this.outcome = {
        kind: 'done',
        text: msg(locale, editing ? 'visitors.updated' : 'visitors.registered', {
          name: visitor.name,
          when,
        }),
      };
      this.closeForm();
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      const text =
        error.code === 'visitor_limit_reached'
          ? msg(locale, 'visitors.limit', {count: perDay})
          : refusalText(locale, 'visitors.saveError', error, SAVE_REFUSALS);
      this.outcome = {kind: 'error', text};
    } finally {
      this.saving = false;
    }
    this.#states.announce(this.outcome?.text ?? '');
  }

  private async handleCancel(visitor: Visitor): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.cancelling) return;
    const locale = resolveLocale(this.resolvedLang);
    this.cancelling = true;
    try {
      await cancelVisitor(client, visitor.id);
      this.outcome = {kind: 'done', text: msg(locale, 'visitors.cancelled', {name: visitor.name})};
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.outcome = {
        kind: 'error',
        text: refusalText(locale, 'visitors.saveError', error, {
          visitor_not_expected: 'visitors.notExpected',
        }),
      };
    } finally {
      this.cancelling = false;
      this.cancelAsked = undefined;
    }
    this.#states.announce(this.outcome.text);
    this.shadowRoot?.querySelector<HTMLElement>('[part~="base"]')?.focus({preventScroll: true});
  }
}
