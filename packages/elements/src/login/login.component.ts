import './login.messages.js';
import {isPorticoError, meQuery, type Member, type PorticoError} from '@portico/sdk';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {msg, resolveLocale, type PlainMessageKey} from '../i18n/index.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import styles from './login.styles.js';

type Step = 'email' | 'code';

/**
 * @summary Logs a member in with a one-time code sent by email, and out again.
 * @status experimental
 * @since 0.1
 *
 * @csspart base - The component's wrapper.
 * @csspart form - The email form, then the code form.
 * @csspart label - A field's label.
 * @csspart input - The email or code field.
 * @csspart button - The form's submit button.
 * @csspart message - Text about the current step ("We sent a code to …", "Logged in as …").
 * @csspart error - Why the last step failed.
 * @csspart logout-button - The log out button.
 *
 * @cssprop --portico-login-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-login-border-color - Card border. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-login-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-login-button-background - Button fill. Default `--portico-sys-color-primary`.
 * @cssprop --portico-login-button-color - Button text. Default `--portico-sys-color-on-primary`.
 * @cssprop --portico-login-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-login-error-background - Error fill. Default `--portico-sys-color-error-container`.
 * @cssprop --portico-login-error-color - Error text. Default `--portico-sys-color-on-error-container`.
 * @cssprop --portico-login-input-background - Field fill. Default `--portico-sys-color-surface`.
 * @cssprop --portico-login-input-border-color - Field border. Default `--portico-sys-color-outline`.
 * @cssprop --portico-login-label-color - Labels. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-login-padding - Card padding. Default `--portico-sys-space-lg`.
 * @cssprop --portico-login-shadow - Card shadow. Default `--portico-sys-elevation-1`.
 *
 * @fires {PorticoLoginEvent} portico-login - The member logged in.
 * @fires {PorticoLogoutEvent} portico-logout - The member logged out with the element's button.
 * @fires {PorticoErrorEvent} portico-error - The API could not be reached or failed (not for a
 * wrong code or email: those are shown to the member).
 */
export class PorticoLogin extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** The email address, e.g. prefilled by the host page. */
  @property() email = '';

  /** The one-time code typed so far (a host page's dev helper may fill it). */
  @property({attribute: false}) code = '';

  @state() private step: Step = 'email';
  @state() private busy = false;
  @state() private error: PlainMessageKey | undefined;

  @query('.login__input') private input: HTMLInputElement | null | undefined;

  #challengeId: string | undefined;
  /** Who logged in through this element, until the `me` query has loaded. */
  #member: Member | undefined;
  #focusInput = false;

  readonly #me = new QueryController<Member>(this, (client) =>
    client.session.isLoggedIn ? meQuery(client) : undefined,
  );

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const client = this.resolvedClient;
    let content: TemplateResult | typeof nothing = nothing;
    if (!client) {
      // Waiting for a provider that may still upgrade; say something only once it is clear.
      if (this.notConfigured) content = this.renderMessage(msg(locale, 'error.notConfigured'));
    } else if (client.session.isLoggedIn) content = this.renderLoggedIn(locale);
    else if (this.step === 'code') content = this.renderCodeStep(locale);
    else content = this.renderEmailStep(locale);
    return html`<div part="base" class="login">${content}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A new step or an error: put the member where they type next.
    if (this.#focusInput) {
      this.#focusInput = false;
      this.input?.focus();
    }
  }

  private renderEmailStep(locale: string): TemplateResult {
    return html`
      <form part="form" class="login__form" novalidate @submit=${this.handleRequestCode}>
        <div class="login__field">
          <label part="label" class="login__label" for="email">${msg(locale, 'login.email')}</label>
          <input
            part="input"
            class="login__input"
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            required
            .value=${live(this.email)}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'error' : nothing}
            @input=${(event: Event) => (this.email = (event.target as HTMLInputElement).value)}
          />
        </div>
        ${this.renderError(locale)}
        <div class="login__actions">
          ${this.renderSubmit(locale, 'login.sendCode', 'login.sending')}
        </div>
      </form>
    `;
  }

  private renderCodeStep(locale: string): TemplateResult {
    return html`
      <form part="form" class="login__form" novalidate @submit=${this.handleVerify}>
        <p part="message" class="login__message" id="sent">
          ${msg(locale, 'login.codeSent', {email: this.email})}
        </p>
        <div class="login__field">
          <label part="label" class="login__label" for="code">${msg(locale, 'login.code')}</label>
          <input
            part="input"
            class="login__input login__input--code"
            id="code"
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="6"
            required
            .value=${live(this.code)}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'sent error' : 'sent'}
            @input=${(event: Event) => (this.code = (event.target as HTMLInputElement).value)}
          />
        </div>
        ${this.renderError(locale)}
        <div class="login__actions">
          ${this.renderSubmit(locale, 'login.verify', 'login.verifying')}
          <button class="login__link" type="button" @click=${this.handleChangeEmail}>
            ${msg(locale, 'login.changeEmail')}
          </button>
        </div>
      </form>
    `;
  }

  private renderLoggedIn(locale: string): TemplateResult {
    const email = this.#me.state.data?.email ?? this.#member?.email;
    return html`
      ${email ? html`<p part="message" class="login__message">${msg(locale, 'login.loggedInAs', {email})}</p>` : nothing}
      ${this.renderError(locale)}
      <div class="login__actions">
        <button
          part="logout-button"
          class="login__button"
          type="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.handleLogout}
        >
          ${msg(locale, 'login.logout')}
        </button>
      </div>
    `;
  }

  private renderSubmit(
    locale: string,
    idle: PlainMessageKey,
    busy: PlainMessageKey,
  ): TemplateResult {
    return html`<button
      part="button"
      class="login__button"
      type="submit"
      aria-disabled=${this.busy ? 'true' : 'false'}
    >
      ${msg(locale, this.busy ? busy : idle)}
    </button>`;
  }

  private renderError(locale: string): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    return html`<p part="error" class="login__error" id="error" role="alert">
      ${msg(locale, this.error)}
    </p>`;
  }

  private renderMessage(text: string): TemplateResult {
    return html`<p part="message" class="login__message">${text}</p>`;
  }

  private async handleRequestCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    if (!client || this.busy) return;
    const email = this.email.trim();
    if (!email || this.input?.validity.valid === false) return this.fail('login.invalidEmail');
    await this.run(async () => {
      const {challengeId} = await client.auth.requestCode({email});
      this.#challengeId = challengeId;
      this.email = email;
      this.code = '';
      this.step = 'code';
      this.#focusInput = true;
    });
  }

  private async handleVerify(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    const challengeId = this.#challengeId;
    if (!client || !challengeId || this.busy) return;
    const code = this.code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) return this.fail('login.invalidCode');
    await this.run(async () => {
      const {member, isNew} = await client.auth.verifyCode({challengeId, code});
      this.#member = member;
      this.step = 'email';
      this.code = '';
      this.emit('portico-login', {detail: {member, isNew}});
    });
  }

  private handleChangeEmail(): void {
    this.step = 'email';
    this.error = undefined;
    this.code = '';
    this.#focusInput = true;
  }

  private async handleLogout(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.busy) return;
    // The SDK forgets the session even when the server cannot be told.
    await this.run(() => client.auth.logout());
    this.#member = undefined;
    this.emit('portico-logout');
  }

  /** Runs one step with the busy state, turning failures into a message for the member. */
  private async run(step: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    try {
      await step();
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.fail(this.messageFor(error));
      if (error.status === 0 || error.status >= 500) this.emit('portico-error', {detail: {error}});
    } finally {
      this.busy = false;
    }
  }

  private fail(error: PlainMessageKey): void {
    this.error = error;
    this.#focusInput = true;
  }

  private messageFor(error: PorticoError): PlainMessageKey {
    switch (error.code) {
      case 'validation_failed':
      case 'bad_request':
        return this.step === 'code' ? 'login.invalidCode' : 'login.invalidEmail';
      case 'invalid_code':
        return 'login.invalidCode';
      case 'code_expired':
        return 'login.codeExpired';
      case 'too_many_attempts':
      case 'rate_limited':
        return 'login.tooManyAttempts';
      case 'network_error':
        return 'error.offline';
      case 'timeout':
        return 'error.unavailable';
      default:
        return error.status >= 500 ? 'error.unavailable' : 'login.error';
    }
  }
}
