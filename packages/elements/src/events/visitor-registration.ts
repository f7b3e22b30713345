// A visitor (nobody signed in) registering for a public event: their name and email, guests
// where allowed, then a seat or a place on the waitlist, confirmed by mail; the key that came
// back cancels it while the page is open (the mail carries it too). A paid ticket is paid
// from a member account, so a paid public event asks the visitor to sign in instead.
import {
  isPorticoError,
  type Event as CommunityEvent,
  type PorticoCore,
  type PorticoError,
} from '@portico/sdk';
import {cancelPublicRegistration, endpoints, registerForPublicEvent} from '@portico/sdk/events';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {ActionController, type ActionHost, type Refusals} from '../internal/action-controller.js';
import {button} from '../internal/button.template.js';
import {notice} from '../internal/notice.template.js';
import {wrappedField} from '../internal/field.template.js';
import {scriptedForm} from '../internal/form.template.js';

const LIMITS = endpoints.registerForPublicEvent.limits;

/** The visitor's fields: their name and where the confirmation goes. */
const FIELDS = [
  {key: 'name', type: 'text', label: 'events.visitor.name'},
  {key: 'email', type: 'email', label: 'events.visitor.email'},
] as const;

/** What the visitor is told, by the problem's code, when registering fails. */
const REFUSALS: Refusals = {
  already_registered: 'events.visitor.already',
  registration_closed: 'events.closed',
  sign_in_to_pay: 'events.visitor.paid',
  already_cancelled: 'events.visitor.gone',
};

export interface VisitorHost extends ActionHost {
  readonly resolvedClient: PorticoCore | undefined;
}

export class VisitorRegistration extends ActionController<VisitorHost> {
  name = '';
  email = '';
  guests = 0;
  busy = false;
  /** The keys that cancel this page's registrations, by event. */
  readonly #keys = new Map<string, string>();

  /** Whether the visitor registered for `eventId` on this page (and may cancel it here). */
  registered(eventId: string): boolean {
    return this.#keys.has(eventId);
  }

  set(changes: Partial<Pick<VisitorRegistration, 'name' | 'email' | 'guests'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Another event opens: a fresh form (the name and email typed stay). */
  reset(): void {
    this.notice = undefined;
    this.guests = 0;
  }

  async submit(event: CommunityEvent): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return;
    this.busy = true;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      const email = this.email.trim();
      const registration = await registerForPublicEvent(client, event.id, {
        name: this.name.trim(),
        email,
        ...(this.guests > 0 ? {guests: this.guests} : {}),
      });
      const waiting = registration.status === 'waitlisted';
      this.#keys.set(event.id, registration.cancelToken);
      this.busy = false;
      this.tell(
        'success',
        waiting
          ? this.msg('events.visitor.waitlisted', {
              email,
              position: registration.waitlistPosition ?? 0,
            })
          : this.msg('events.visitor.registered', {email}),
      );
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.busy = false;
      this.#refuse(error);
    }
  }

  /** Gives the visitor's seat (or place in line) back; the form shows again. */
  async cancel(event: CommunityEvent): Promise<void> {
    const client = this.host.resolvedClient;
    const token = this.#keys.get(event.id);
    if (!client || !token || this.busy) return;
    this.busy = true;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      await cancelPublicRegistration(client, {token});
      this.#keys.delete(event.id);
      this.busy = false;
      this.tell('success', this.msg('events.visitor.cancelled', {title: event.title}));
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.busy = false;
      // Cancelled elsewhere already (the mail's key): nothing is left to cancel here.
      if (error.code === 'already_cancelled') this.#keys.delete(event.id);
      this.#refuse(error);
    }
  }

  #refuse(error: PorticoError): void {
    this.tell('error', this.failure(error, 'events.actionError', REFUSALS));
  }
}

/** The visitor's part of an event's details: the form, or "sign in" for a paid ticket. */
export function renderVisitorForm(
  locale: string,
  event: CommunityEvent,
  form: VisitorRegistration,
  now: number,
  signIn: () => void,
): TemplateResult | typeof nothing {
  const outcome = form.notice ? notice('notice', form.notice.tone, form.notice.text) : nothing;
  if (now >= Date.parse(event.end)) return nothing;
  if (now > Date.parse(event.registrationDeadline))
    return html`<p class="events__closed">${msg(locale, 'events.closed')}</p>`;
  if (event.price.kind !== 'free')
    return html`<p class="events__hint">${msg(locale, 'events.visitor.paid')}</p>
      <div class="events__actions">
        ${button(msg(locale, 'state.signIn'), {
          class: 'button button--primary',
          part: 'sign-in-button',
          onClick: signIn,
        })}
      </div>`;
  if (form.registered(event.id))
    return html`${outcome}
      <div class="events__actions">
        ${button(msg(locale, 'events.visitor.cancel'), {
          class: 'button button--secondary',
          part: 'cancel-button',
          busy: form.busy,
          disabled: form.busy,
          onClick: () => void form.cancel(event),
        })}
      </div>`;
  const full = event.seatsLeft === 0 || event.waitlistLength > 0;
  return html`${scriptedForm(
    {
      part: 'visitor-form',
      className: 'events__quote',
      labelledBy: 'visitor-title',
      onSubmit: () => void form.submit(event),
    },
    html`<h4 id="visitor-title" class="events__quote-title">
        ${msg(locale, 'events.visitor.title')}
      </h4>
      <p class="events__hint">${msg(locale, 'events.visitor.hint')}</p>
      ${FIELDS.map(({key, type, label}) =>
        wrappedField(
          msg(locale, label),
          html`<input
            class="input"
            part=${`visitor-${key}`}
            name=${key}
            type=${type}
            autocomplete=${key}
            required
            maxlength=${LIMITS[key]}
            .value=${form[key]}
            @input=${(e: InputEvent) => form.set({[key]: (e.target as HTMLInputElement).value})}
          />`,
        ),
      )}
      ${
        event.maxGuests > 0
          ? wrappedField(
              msg(locale, 'events.guests'),
              html`<input
                class="input events__guests"
                part="guests"
                type="number"
                min="0"
                max=${Math.min(event.maxGuests, LIMITS.guests)}
                inputmode="numeric"
                .value=${String(form.guests)}
                @change=${(e: Event) => form.set({guests: Math.min(event.maxGuests, Math.max(0, Number((e.target as HTMLInputElement).value) || 0))})}
              />`,
            )
          : nothing
      }
      <div class="events__actions">
        ${button(msg(locale, full ? 'events.joinWaitlist' : 'events.register'), {
          class: 'button button--primary',
          part: 'register-button',
          type: 'submit',
          busy: form.busy,
          disabled: form.busy,
        })}
      </div>`,
  )}
  ${outcome}`;
}
