import './login.messages.js';
import {isPorticoError, type Profile, type PorticoError, type Space} from '@portico/sdk';
import {acceptTerms, profileQuery, updateProfile} from '@portico/sdk/profile';
import {spaceQuery} from '@portico/sdk/space';
import {isHttpsUrl} from '@portico/sdk/domain';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {msg, resolveLocale, type PlainMessageKey} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {errorReason} from '../internal/error-message.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {
  field,
  needsName,
  renderProfile,
  renderSignedIn,
  renderTerms,
  submit,
  type StepContext,
} from './login-account.js';
import {Ticker, formatCountdown} from './login-countdown.js';
import {WrongCodes, normalizeCode, normalizeEmail} from './login-rules.js';
import styles from './login.styles.js';

type Step = 'email' | 'code';
/** A message in the current locale (so a locale switch re-translates a shown error). */
type Text = (locale: string) => string;
/** Where focus goes after the next update: a part name. */
type Focus = 'input' | 'heading' | 'name-input' | 'terms-checkbox';

/**
 * @summary Signs a member in with a one-time code sent by email (or an invitation link), has
 * them accept new terms and complete their profile, and signs them out again. When another
 * widget's "Sign in" button fires `portico-needs-sign-in` anywhere on the page, the form
 * scrolls into view and its field takes focus.
 * @status experimental
 * @since 0.1
 *
 * @csspart base - The component's wrapper.
 * @csspart form - The current step's form.
 * @csspart heading - The heading of a signed-in step (terms, profile, welcome); it takes focus.
 * @csspart label - A field's label.
 * @csspart input - The email or code field.
 * @csspart name-input - The name field (terms when the name is missing, profile).
 * @csspart phone-input - The phone field of the profile prompt.
 * @csspart company-input - The company field of the profile prompt.
 * @csspart terms-checkbox - The "I accept the terms" checkbox.
 * @csspart terms-link - The link to the space's terms of use (http(s) URLs only).
 * @csspart button - The form's submit button.
 * @csspart resend-button - "Send a new code", with its cooldown.
 * @csspart change-email-button - "Wrong email?".
 * @csspart invitation-button - "Activate my account" (with an invitation).
 * @csspart skip-button - Skips the profile prompt.
 * @csspart message - Text about the current step ("We sent a code to …", "Signed in as …").
 * @csspart privacy - The space's privacy notice under the email field.
 * @csspart error - Why the last step failed.
 * @csspart lockout - The lockout notice and its countdown.
 * @csspart logout-button - The sign out button.
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
 * @fires {PorticoLoginEvent} portico-login - The member signed in (code or invitation).
 * @fires {PorticoTermsAcceptedEvent} portico-terms-accepted - The member accepted the current terms.
 * @fires {PorticoProfileUpdatedEvent} portico-profile-updated - The member saved the profile prompt.
 * @fires {PorticoSignInCompleteEvent} portico-sign-in-complete - The member who just signed in
 * accepted the terms and saved or skipped the profile prompt: where a page goes on.
 * @fires {PorticoLogoutEvent} portico-logout - The member signed out with the element's button.
 * @fires {PorticoErrorEvent} portico-error - The API could not be reached or failed (not for a
 * wrong code or email: those are shown to the member).
 */
export class PorticoLogin extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** The email address, e.g. prefilled by the host page. */
  @property() email = '';

  /** The one-time code typed so far (a host page's dev helper may fill it). */
  @property({attribute: false}) code = '';

  /** An invitation token to accept ("Activate my account") instead of asking for an email. */
  @property() invitation: string | undefined;

  /** Reads the invitation token from the page URL's `?invitation=` parameter. */
  @property({type: Boolean, reflect: true, attribute: 'invitation-from-url'})
  invitationFromUrl = false;

  /** Seconds before "Send a new code" works again after a code was sent. */
  @property({type: Number, attribute: 'resend-cooldown'}) resendCooldown = 30;

  @state() private step: Step = 'email';
  @state() private busy = false;
  @state() private error: Text | undefined;
  @state() private announcement = '';

  #challengeId: string | undefined;
  /** The member as the last sign-in or account step answered (fresher than `me` until it refetches). */
  #member: Profile | undefined;
  #memberAt = 0;
  /** A new member is asked to complete their profile once, after the terms. */
  #profilePending = false;
  /** From sending a code or invitation until the steps after it are done; see `signingIn`. */
  #signingIn = false;
  #invitationSettled = false;
  #lock: {email: string; until: number} | undefined;
  #resendAt = 0;
  #focus: Focus | undefined;
  readonly #wrongCodes = new WrongCodes();
  readonly #ticker = new Ticker(this);

  readonly #me = new QueryController<Profile>(this, (client) =>
    client.session.isLoggedIn ? profileQuery(client) : undefined,
  );
  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));
  readonly #meStates = new DataStates(this, {
    queries: [this.#me],
    errorMessage: 'login.profileError',
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('portico-needs-sign-in', this.handleNeedsSignIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('portico-needs-sign-in', this.handleNeedsSignIn);
  }

  /** Another widget's "Sign in": bring the form to the member. */
  private readonly handleNeedsSignIn = (): void => {
    if (this.resolvedClient?.session.isLoggedIn) return;
    this.scrollIntoView({block: 'center', behavior: 'smooth'});
    this.#focus = 'input';
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const client = this.resolvedClient;
    let content: TemplateResult | typeof nothing = nothing;
    if (!client) {
      // Waiting for a provider that may still upgrade; say something only once it is clear.
      if (this.notConfigured) content = this.renderText(msg(locale, 'error.notConfigured'));
    } else if (client.session.isLoggedIn) content = this.renderAccount(locale);
    else if (this.step === 'code') content = this.renderCodeStep(locale);
    else if (this.invitationToken) content = this.renderInvitation(locale);
    else content = this.renderEmailStep(locale);
    return html`<div part="base" class="login">
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${content}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Signed out (here, in another widget, or the session expired): forget who it was.
    if (!this.resolvedClient?.session.isLoggedIn) {
      this.#member = undefined;
      this.#profilePending = false;
      // Not while the code is with the server; after a refused one (or a sign-out), over.
      if (!this.busy) this.#signingIn = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.completeSignIn();
    // A new step or an error: put the member where they read or type next.
    if (!this.#focus) return;
    const target = this.shadowRoot?.querySelector<HTMLElement>(`[part~="${this.#focus}"]`);
    if (!target) return; // not rendered yet (the profile is loading): try after the next update
    this.#focus = undefined;
    target.focus();
  }

  /**
   * True from the moment a code or an invitation goes to the server until the member who
   * signs in here is through the terms and the profile prompt (then `portico-sign-in-complete`
   * fires). A page that moves on after sign-in waits while this holds.
   */
  get signingIn(): boolean {
    return this.#signingIn;
  }

  /** Once the member who signed in here is through the terms and the profile prompt. */
  private completeSignIn(): void {
    const member = this.currentMember;
    if (!this.#signingIn || !this.resolvedClient?.session.isLoggedIn || !member) return;
    if (member.termsAccepted && !this.#profilePending) {
      this.#signingIn = false;
      this.emit('portico-sign-in-complete', {detail: {member}});
    }
  }

  /** The invitation to offer: the attribute's, else the page URL's when asked; once only. */
  private get invitationToken(): string | undefined {
    if (this.#invitationSettled) return undefined;
    if (this.invitation) return this.invitation;
    if (!this.invitationFromUrl) return undefined;
    return new URLSearchParams(location.search).get('invitation') ?? undefined;
  }

  // ---- signed out

  private renderEmailStep(locale: string): TemplateResult {
    const space = this.#space.state.data;
    const link = isHttpsUrl(space?.terms.url) ? space.terms.url : undefined;
    return html`
      <form part="form" class="login__form" novalidate @submit=${this.handleRequestCode}>
        ${field(
          'email',
          msg(locale, 'login.email'),
          html`<input
            part="input"
            class="login__input"
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            required
            .value=${live(this.email)}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'error privacy' : 'privacy'}
            @input=${(event: Event) => (this.email = (event.target as HTMLInputElement).value)}
          />`,
        )}
        <p part="privacy" class="login__hint" id="privacy">
          ${
            space
              ? msg(locale, 'login.privacy', {space: space.name})
              : msg(locale, 'login.privacyGeneric')
          }
          ${
            link
              ? html`<a
                  part="terms-link"
                  class="login__link"
                  href=${link}
                  target="_blank"
                  rel="noopener"
                  >${msg(locale, 'login.termsLink')}</a
                >`
              : nothing
          }
        </p>
        ${this.renderLockout(locale)} ${this.renderError()}
        <div class="login__actions">
          ${submit(locale, this.busy, 'login.sendCode', 'login.sending', this.isLocked())}
        </div>
      </form>
    `;
  }

  private renderCodeStep(locale: string): TemplateResult {
    const locked = this.isLocked();
    const cooling = !locked && Date.now() < this.#resendAt;
    return html`
      <form part="form" class="login__form" novalidate @submit=${this.handleVerify}>
        <p part="message" class="login__message" id="sent">
          ${msg(locale, 'login.codeSent', {email: this.email})}
        </p>
        ${field(
          'code',
          msg(locale, 'login.code'),
          html`<input
            part="input"
            class="login__input login__input--code"
            id="code"
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            required
            .value=${live(this.code)}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'sent code-hint error' : 'sent code-hint'}
            @input=${(event: Event) => (this.code = (event.target as HTMLInputElement).value)}
          />`,
        )}
        <p class="login__hint" id="code-hint">${msg(locale, 'login.codeHint')}</p>
        ${this.renderLockout(locale)} ${this.renderError()}
        <div class="login__actions">
          ${submit(locale, this.busy, 'login.verify', 'login.verifying', locked)}
          <button
            part="change-email-button"
            class="login__link"
            type="button"
            @click=${this.handleChangeEmail}
          >
            ${msg(locale, 'login.changeEmail')}
          </button>
          <button
            part="resend-button"
            class="login__link"
            type="button"
            aria-disabled=${cooling || locked || this.busy ? 'true' : 'false'}
            @click=${this.handleResend}
          >
            ${
              cooling
                ? msg(locale, 'login.resendIn', {time: formatCountdown(this.#resendAt)})
                : msg(locale, 'login.resend')
            }
          </button>
        </div>
      </form>
    `;
  }

  private renderInvitation(locale: string): TemplateResult {
    const space = this.#space.state.data;
    return html`<div part="form" class="login__form">
      <p part="message" class="login__message">
        ${
          space
            ? msg(locale, 'login.invitation', {space: space.name})
            : msg(locale, 'login.invitationGeneric')
        }
      </p>
      ${this.renderError()}
      <div class="login__actions">
        <button
          part="invitation-button"
          class="login__button"
          type="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          aria-busy=${this.busy ? 'true' : 'false'}
          @click=${this.handleAcceptInvitation}
        >
          ${msg(locale, this.busy ? 'login.accepting' : 'login.acceptInvitation')}
        </button>
        <button class="login__link" type="button" @click=${this.handleUseEmail}>
          ${msg(locale, 'login.useEmail')}
        </button>
      </div>
    </div>`;
  }

  /** The lock on this email, with a live countdown (a `timer`: not read out every second). */
  private renderLockout(locale: string): TemplateResult | typeof nothing {
    const lock = this.#lock;
    if (!lock || lock.email !== normalizeEmail(this.email)) return nothing;
    if (Date.now() >= lock.until) {
      return html`<p part="lockout" class="notice notice--info" role="status">
        ${msg(locale, 'login.tryAgainNow')}
      </p>`;
    }
    return html`<div part="lockout error" class="notice notice--error login__lockout">
      <p class="login__message" role="alert">${msg(locale, 'login.locked')}</p>
      <p class="login__message" role="timer">
        ${msg(locale, 'login.tryAgainIn', {time: formatCountdown(lock.until)})}
      </p>
    </div>`;
  }

  private renderError(): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    const locale = resolveLocale(this.resolvedLang);
    return html`<p part="error" class="login__error" id="error" role="alert">
      ${this.error(locale)}
    </p>`;
  }

  private renderText(text: string): TemplateResult {
    return html`<p part="message" class="login__message">${text}</p>`;
  }

  // ---- signed in

  private renderAccount(locale: string): TemplateResult {
    const member = this.currentMember;
    if (!member) {
      return this.#meStates.render({
        skeleton: () =>
          html`<span class="skeleton login__skeleton"></span>
            <span class="skeleton login__skeleton login__skeleton--button"></span>`,
        ready: () => html``,
      });
    }
    const context: StepContext = {
      locale,
      member,
      busy: this.busy,
      error: this.renderError(),
      hasError: this.error !== undefined,
    };
    if (!member.termsAccepted) {
      return renderTerms({
        ...context,
        space: this.#space.state.data,
        onSubmit: (event) => void this.handleAcceptTerms(event),
      });
    }
    if (this.#profilePending) {
      return renderProfile({
        ...context,
        onSubmit: (event) => void this.handleSaveProfile(event),
        onSkip: () => this.finishProfile(),
      });
    }
    return renderSignedIn({...context, onLogout: () => void this.handleLogout()});
  }

  // ---- handlers

  private async handleRequestCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    if (!client || this.busy || this.isLocked()) return;
    const email = this.email.trim();
    const input = this.shadowRoot?.querySelector<HTMLInputElement>('[part~="input"]');
    if (!email || input?.validity.valid === false) return this.fail(key('login.invalidEmail'));
    await this.run(async () => {
      const {challengeId} = await client.auth.requestCode({email});
      this.#challengeId = challengeId;
      this.email = email;
      this.code = '';
      this.step = 'code';
      this.startCooldown();
      this.announcement = msg(this.locale, 'login.codeSent', {email});
      this.#focus = 'input';
    });
  }

  private async handleVerify(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    const challengeId = this.#challengeId;
    if (!client || !challengeId || this.busy || this.isLocked()) return;
    const code = normalizeCode(this.code);
    // Not 6 digits: say what is expected, and send nothing (it cannot be right).
    if (!code) return this.fail(key('login.codeFormat'));
    await this.run(async () => {
      this.#signingIn = true;
      const {member, isNew} = await client.auth.verifyCode({challengeId, code});
      this.#wrongCodes.clear(this.email);
      this.signedIn(member, isNew);
    });
  }

  private async handleResend(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.busy || Date.now() < this.#resendAt || this.isLocked()) return;
    const email = this.email;
    await this.run(async () => {
      const {challengeId} = await client.auth.requestCode({email});
      this.#challengeId = challengeId;
      this.#lock = undefined;
      this.code = '';
      this.startCooldown();
      this.announcement = msg(this.locale, 'login.codeResent', {email});
    });
  }

  private async handleAcceptInvitation(): Promise<void> {
    const client = this.resolvedClient;
    const token = this.invitationToken;
    if (!client || !token || this.busy) return;
    await this.run(async () => {
      this.#signingIn = true;
      const {member, isNew} = await client.auth.acceptInvitation({token});
      this.settleInvitation();
      this.signedIn(member, isNew);
    });
  }

  private handleUseEmail(): void {
    this.settleInvitation();
    this.error = undefined;
    this.#focus = 'input';
  }

  private handleChangeEmail(): void {
    this.step = 'email';
    this.error = undefined;
    this.code = '';
    this.#challengeId = undefined;
    this.#focus = 'input';
  }

  private async handleAcceptTerms(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    const member = this.currentMember;
    if (!client || !member || this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const name = String(form.get('name') ?? '').trim();
    if (needsName(member) && !name) return this.fail(key('login.nameRequired'), 'name-input');
    if (form.get('accept') !== 'on') return this.fail(key('login.termsRequired'), 'terms-checkbox');
    await this.run(async () => {
      // The version to accept is the space's current one (loading still, on a fast click).
      const space = this.#space.state.data ?? (await client.store.fetch(spaceQuery(client)));
      const version = space.terms.version;
      if (needsName(member)) await updateProfile(client, {name});
      const accepted = await acceptTerms(client, {version});
      this.setMember(accepted);
      this.#focus = 'heading';
      this.emit('portico-terms-accepted', {detail: {member: accepted, version}});
    });
  }

  private async handleSaveProfile(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    if (!client || this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    if (!value('name')) return this.fail(key('login.nameRequired'), 'name-input');
    await this.run(async () => {
      const saved = await updateProfile(client, {
        name: value('name'),
        phone: value('phone') || null,
        company: value('company') || null,
      });
      this.setMember(saved);
      this.announcement = msg(this.locale, 'login.profileSaved');
      this.emit('portico-profile-updated', {detail: {member: saved}});
      this.finishProfile();
    });
  }

  private finishProfile(): void {
    this.#profilePending = false;
    this.error = undefined;
    this.#focus = 'heading';
    this.requestUpdate();
  }

  private async handleLogout(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.busy) return;
    // The email field shows as soon as the session is gone (before the server answers).
    this.step = 'email';
    this.#focus = 'input';
    // The SDK forgets the session even when the server cannot be told.
    await this.run(() => client.auth.logout());
    this.emit('portico-logout');
  }

  // ---- helpers

  /**
   * The member as last answered: by this element's own steps, or by the `me` query when it is
   * newer (mounted while already signed in, or the profile changed elsewhere).
   */
  private get currentMember(): Profile | undefined {
    const me = this.#me.state;
    if (me.data && (!this.#member || me.updatedAt > this.#memberAt)) return me.data;
    return this.#member;
  }

  private setMember(member: Profile): void {
    this.#member = member;
    this.#memberAt = Date.now();
  }

  private get locale(): string {
    return resolveLocale(this.resolvedLang);
  }

  private signedIn(member: Profile, isNew: boolean): void {
    this.setMember(member);
    this.#profilePending = isNew;
    this.#challengeId = undefined;
    this.step = 'email';
    this.code = '';
    // The next step's heading (terms, profile or welcome), never the page's <body>.
    this.#focus = 'heading';
    this.emit('portico-login', {detail: {member, isNew}});
  }

  /** The invitation is used (or declined): drop it from the page URL too when it came from there. */
  private settleInvitation(): void {
    this.#invitationSettled = true;
    if (!this.invitationFromUrl) return;
    const url = new URL(location.href);
    if (!url.searchParams.has('invitation')) return;
    url.searchParams.delete('invitation');
    history.replaceState(history.state, '', url);
  }

  private startCooldown(): void {
    this.#resendAt = Date.now() + this.resendCooldown * 1000;
    this.#ticker.track(this.#resendAt);
  }

  private isLocked(): boolean {
    const lock = this.#lock;
    return !!lock && lock.email === normalizeEmail(this.email) && Date.now() < lock.until;
  }

  /** Runs one step with the busy state, turning failures into a message for the member. */
  private async run(step: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    this.announcement = '';
    try {
      await step();
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.handleFailure(error);
      if (error.status === 0 || error.status >= 500) this.emit('portico-error', {detail: {error}});
    } finally {
      this.busy = false;
    }
  }

  private handleFailure(error: PorticoError): void {
    switch (error.code) {
      case 'invalid_code': {
        const left = this.#wrongCodes.record(this.email);
        return this.fail((locale) => msg(locale, 'login.attemptsLeft', {count: left}));
      }
      case 'too_many_attempts':
      case 'rate_limited':
        if (error.retryAfter === undefined) return this.fail(key('login.tooManyAttempts'));
        this.#lock = {
          email: normalizeEmail(this.email),
          until: Date.now() + error.retryAfter * 1000,
        };
        this.#ticker.track(this.#lock.until);
        this.#focus = 'input';
        return;
      case 'code_expired':
        return this.fail(key('login.codeExpired'));
      case 'invitation_invalid':
        this.settleInvitation();
        return this.fail(key('login.invitationInvalid'));
      case 'validation_failed':
      case 'bad_request':
        if (this.resolvedClient?.session.isLoggedIn) return this.fail(key(errorReason(error)));
        return this.fail(key(this.step === 'code' ? 'login.codeFormat' : 'login.invalidEmail'));
      default:
        return this.fail(
          key(error.status === 0 || error.status >= 500 ? errorReason(error) : 'login.error'),
        );
    }
  }

  /** Shows `error`, and puts focus on `field` (by default the email or code field, when shown). */
  private fail(error: Text, field?: Focus): void {
    this.error = error;
    this.#focus =
      field ?? this.#focus ?? (this.resolvedClient?.session.isLoggedIn ? undefined : 'input');
  }
}

const key =
  (message: PlainMessageKey): Text =>
  (locale) =>
    msg(locale, message);
