// "Calendar" on the profile: the member's secret feed of bookings, to subscribe to in a
// calendar app (webcal://), copy (https), or reset when the link has leaked. Renders inside
// the profile.
import {isPorticoError, type CalendarFeed} from '@portico/sdk';
import {calendarFeedQuery, resetCalendarFeed} from '@portico/sdk/profile';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {button, confirmAnswers} from '../internal/button.template.js';
import {inputField} from '../internal/field.template.js';
import type {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {retryNotice} from '../internal/retry-notice.js';
import {notice} from '../internal/notice.template.js';
import {failureText} from '../internal/failure-text.js';

/**
 * The address calendar apps open on: `webcal://` is `https://` (or `http://` on a dev
 * server) with the scheme that makes the browser hand it to the calendar app.
 */
export const webcalUrl = (url: string): string => url.replace(/^https?:/i, 'webcal:');

/** Only a web address is ever put in a link (never `javascript:` or the like). */
const isWebUrl = (url: string) => /^https?:\/\/\S+$/i.test(url);

export class CalendarFeedSection {
  readonly #host: PorticoClientElement;
  readonly #announce: (text: string) => void;
  readonly #query: QueryController<CalendarFeed>;
  /** Whether "Reset link" waits for confirmation. */
  confirming = false;
  resetting = false;
  message: {kind: 'success' | 'error'; text: string} | null = null;

  constructor(host: PorticoClientElement, announce: (text: string) => void) {
    this.#host = host;
    this.#announce = announce;
    this.#query = new QueryController(host, (client) =>
      client.session.isLoggedIn ? calendarFeedQuery(client) : undefined,
    );
  }

  render(locale: string): TemplateResult | typeof nothing {
    if (!this.#query.active) return nothing;
    const {data, error, status} = this.#query.state;
    return html`<section part="calendar-feed" class="feed" aria-labelledby="feed-title">
      <h3 id="feed-title" class="feed__title">${msg(locale, 'profile.feed.title')}</h3>
      <p class="feed__hint" id="feed-hint">${msg(locale, 'profile.feed.hint')}</p>
      ${
        data && isWebUrl(data.url)
          ? this.#feed(data.url, locale)
          : status === 'error' || data
            ? retryNotice(locale, 'profile.feed.error', error, () => this.#query.retry())
            : html`<p class="skeleton feed__skeleton" aria-hidden="true"></p>`
      }
    </section>`;
  }

  #feed(url: string, locale: string): TemplateResult {
    return html`<div class="feed__actions">
        <a part="subscribe-link" class="button button--primary" href=${webcalUrl(url)}>
          ${msg(locale, 'profile.feed.subscribe')}
        </a>
        ${button(msg(locale, 'profile.feed.copy'), {
          class: 'button button--secondary',
          part: 'copy-button',
          onClick: () => this.#copy(url, locale),
        })}
        ${
          this.confirming
            ? nothing
            : button(msg(locale, 'profile.feed.reset'), {
                class: 'button button--ghost',
                part: 'reset-button',
                onClick: () => this.#ask(true),
              })
        }
      </div>
      ${inputField({
        id: 'feed-url',
        label: msg(locale, 'profile.feed.link'),
        part: 'feed-url',
        type: 'url',
        readonly: true,
        describedBy: 'feed-hint',
        value: url,
        onFocus: (event) => (event.target as HTMLInputElement).select(),
      })}
      ${this.confirming ? this.#confirm(locale) : nothing}
      ${this.message ? notice('feed-message', this.message.kind, this.message.text) : nothing}`;
  }

  #confirm(locale: string): TemplateResult {
    return html`<div
      part="reset-confirm"
      class="feed__confirm notice notice--warning"
      role="group"
      aria-labelledby="feed-confirm-text"
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.#ask(false)}
    >
      <p id="feed-confirm-text">${msg(locale, 'profile.feed.resetWarning')}</p>
      ${confirmAnswers(
        {
          label: msg(
            locale,
            this.resetting ? 'profile.feed.resetting' : 'profile.feed.resetConfirm',
          ),
          part: 'reset-confirm-button',
          running: this.resetting,
          run: () => this.#reset(locale),
        },
        {
          label: msg(locale, 'profile.feed.keep'),
          part: 'reset-keep-button',
          keep: () => this.#ask(false),
        },
      )}
    </div>`;
  }

  /** Opens or closes the confirmation, moving focus to its safe choice, or back. */
  async #ask(confirming: boolean): Promise<void> {
    if (this.resetting) return;
    this.confirming = confirming;
    this.message = null;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#focus(confirming ? 'reset-keep-button' : 'reset-button');
  }

  #focus(part: string): void {
    this.#host.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus();
  }

  async #copy(url: string, locale: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.#say('success', msg(locale, 'profile.feed.copied'));
    } catch {
      // No clipboard (an insecure page, a denied permission): the link is selected to copy.
      this.#focus('feed-url');
      this.#say('error', msg(locale, 'profile.feed.copyFailed'));
    }
  }

  async #reset(locale: string): Promise<void> {
    const client = this.#host.resolvedClient;
    if (!client || this.resetting) return;
    this.resetting = true;
    this.#host.requestUpdate();
    try {
      const feed = await resetCalendarFeed(client);
      // Show the new link with the message at once, not after the refetch it triggers.
      client.store.setData(calendarFeedQuery(client).key, feed);
      this.confirming = false;
      this.#say('success', msg(locale, 'profile.feed.resetDone'));
      await this.#host.updateComplete;
      this.#focus('subscribe-link');
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.#say('error', failureText(locale, 'profile.feed.resetFailed', error));
    } finally {
      this.resetting = false;
      this.#host.requestUpdate();
    }
  }

  #say(kind: 'success' | 'error', text: string): void {
    this.message = {kind, text};
    this.#announce(text);
    this.#host.requestUpdate();
  }
}
