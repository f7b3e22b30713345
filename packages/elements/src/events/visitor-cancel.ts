// A visitor who came back with the key from their confirmation mail (`cancel-key`, or the page
// URL's `?cancel-registration=`): "Cancel your registration?", then the outcome. Loaded only
// when a key is there.
import {cancelPublicRegistration} from '@portico/sdk/events';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {ActionController, type Refusals} from '../internal/action-controller.js';
import {confirmAnswers} from '../internal/button.template.js';
import type {VisitorHost} from './visitor-registration.js';

/** What the visitor is told, by the problem's code, when the key does not cancel. */
const REFUSALS: Refusals = {
  not_found: 'events.visitor.noKey',
  already_cancelled: 'events.visitor.gone',
  registration_closed: 'events.closed',
};

export class KeyCancellation extends ActionController<VisitorHost> {
  busy = false;
  /** Asked, not answered yet. */
  asking = true;

  constructor(
    host: VisitorHost,
    say: (text: string) => void,
    /** The key from the mail. */
    readonly token: string,
    /** Called once the visitor answers: the key is used or declined. */
    private readonly settle: () => void,
  ) {
    super(host, say);
  }

  keep(): void {
    this.asking = false;
    this.settle();
    this.host.requestUpdate();
  }

  /** Cancels the key's registration; `titleOf` names its event when the page lists it. */
  async confirm(titleOf: (eventId: string) => string | undefined): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const {eventId} = await cancelPublicRegistration(client, {token: this.token});
      const title = titleOf(eventId);
      this.#answered();
      this.tell(
        'success',
        title
          ? this.msg('events.visitor.cancelled', {title})
          : this.msg('events.visitor.cancelledByKey'),
      );
    } catch (error) {
      const text = this.failure(error, 'events.actionError', REFUSALS);
      this.#answered();
      this.tell('error', text);
    }
  }

  #answered(): void {
    this.busy = false;
    this.asking = false;
    this.settle();
  }
}

/** The question above the public events, then its outcome in its place. */
export function renderKeyCancellation(
  locale: string,
  cancellation: KeyCancellation,
  titleOf: (eventId: string) => string | undefined,
): TemplateResult | typeof nothing {
  const {notice} = cancellation;
  if (!cancellation.asking) {
    return notice
      ? html`<p part="notice" class="notice notice--${notice.tone}" tabindex="-1">
          ${notice.text}
        </p>`
      : nothing;
  }
  return html`<section
    part="visitor-cancel"
    class="events__quote"
    aria-labelledby="visitor-cancel-title"
  >
    <h3 id="visitor-cancel-title" class="events__quote-title">
      ${msg(locale, 'events.visitor.cancelTitle')}
    </h3>
    <p class="events__hint">${msg(locale, 'events.visitor.cancelHint')}</p>
    <div class="events__actions">
      ${confirmAnswers(
        {
          label: msg(locale, 'events.visitor.cancel'),
          part: 'confirm-cancel-button',
          running: cancellation.busy,
          run: () => void cancellation.confirm(titleOf),
        },
        {
          label: msg(locale, 'events.visitor.keep'),
          part: 'keep-button',
          keep: () => cancellation.keep(),
        },
      )}
    </div>
  </section>`;
}
