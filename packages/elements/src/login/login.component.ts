import './login.messages.js';
import {type Profile, type PorticoError, type Space} from '@portico/sdk';
import {profileQuery, updateProfile} from '@portico/sdk/profile';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {errorReason} from '../internal/error-message.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {TermsController} from '../internal/terms-controller.js';
import {needsName, renderSignedIn, type StepContext} from './login-account.js';
import {CodeWaits} from './login-countdown.js';
import {UrlOffer} from '../internal/url-offer.js';
import {WrongCodes, normalizeCode} from './login-rules.js';
import {
  renderCodeStep,
  renderEmailStep,
  renderLockout,
  type EmailContext,
  type SignInContext,
} from './login-sign-in.js';
import {ProfilePromptController} from './profile-prompt-controller.js';
import {StepController, key, type Focus, type Text} from './step-controller.js';
import styles from './login.styles.js';

type Step = 'email' | 'code';

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

  #challengeId: string | undefined;
  /** The member as the last sign-in or account step answered (fresher than `me` until it refetches). */
  #member: Profile | undefined;
  #memberAt = 0;
  /** From sending a code or invitation until the steps after it are done; see `signingIn`. */
  #signingIn = false;
  readonly #invitation = new UrlOffer('invitation');
  readonly #wrongCodes = new WrongCodes();
  readonly #waits = new CodeWaits(this);
  readonly #steps = new StepController(this, (error) => this.handleFailure(error));
  readonly #terms = new TermsController(this);
  /** A new member is asked to complete their profile once, after the terms. */
  readonly #profile = new ProfilePromptController(this);

  /** The invitation, terms and profile steps: code most sign-ins never need, loaded if shown. */
  readonly #onboarding = this.lazy(() => import('./login-onboarding.js'));

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
    this.#steps.focus = 'input';
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const client = this.resolvedClient;
    let content: TemplateResult | typeof nothing = nothing;
    if (!client) {
      // Waiting for a provider that may still upgrade; say something only once it is clear.
      if (this.notConfigured) {
        content = html`<p part="message" class="login__message">
          ${msg(locale, 'error.notConfigured')}
        </p>`;
      }
    } else if (client.session.isLoggedIn) content = this.renderAccount(locale);
    else if (this.step === 'code') content = this.renderCodeStep(locale);
    else if (this.invitationToken) {
      content =
        this.#onboarding.get()?.renderInvitation({
          ...this.signInContext(locale),
          onAccept: () => void this.handleAcceptInvitation(),
          onUseEmail: () => this.handleUseEmail(),
        }) ?? LOGIN_SKELETON;
    } else {
      content = renderEmailStep({
        ...this.emailContext(locale),
        onSubmit: (event) => void this.handleRequestCode(event),
      });
    }
    return html`<div part="base" class="login">
      <p class="visually-hidden" role="status">${this.#steps.announcement}</p>
      ${content}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Signed out (here, in another widget, or the session expired): forget who it was.
    if (!this.resolvedClient?.session.isLoggedIn) {
      this.#member = undefined;
      this.#profile.pending = false;
      // Not while the code is with the server; after a refused one (or a sign-out), over.
      if (!this.#steps.busy) this.#signingIn = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.completeSignIn();
    // A new step or an error: put the member where they read or type next.
    this.#steps.applyFocus();
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
    if (member.termsAccepted && !this.#profile.pending) {
      this.#signingIn = false;
      this.emit('portico-sign-in-complete', {detail: {member}});
    }
  }

  /** The invitation to offer: the attribute's, else the page URL's when asked; once only. */
  private get invitationToken(): string | undefined {
    return this.#invitation.token(this.invitation, this.invitationFromUrl);
  }

  // ---- signed out

  private signInContext(locale: string): SignInContext {
    return {...this.#steps.context(locale), space: this.#space.state.data};
  }

  /** The email steps' context, with the lock on the email typed (if any). */
  private emailContext(locale: string): EmailContext {
    const lockedUntil = this.#waits.lockedUntil(this.email);
    return {
      ...this.signInContext(locale),
      email: this.email,
      lockout: lockedUntil === undefined ? nothing : renderLockout(locale, lockedUntil),
      locked: this.isLocked(),
      onEmail: (email) => (this.email = email),
    };
  }

  private renderCodeStep(locale: string): TemplateResult {
    return renderCodeStep({
      ...this.emailContext(locale),
      code: this.code,
      resendAt: this.#waits.resendAt,
      onCode: (code) => (this.code = code),
      onSubmit: (event) => void this.handleVerify(event),
      onChangeEmail: () => this.handleChangeEmail(),
      onResend: () => void this.handleResend(),
    });
  }

  // ---- signed in

  private renderAccount(locale: string): TemplateResult {
    const member = this.currentMember;
    if (!member) {
      return this.#meStates.render({skeleton: () => LOGIN_SKELETON, ready: () => html``});
    }
    const context: StepContext = {...this.#steps.context(locale), member};
    if (!member.termsAccepted) {
      return (
        this.#onboarding.get()?.renderTerms({
          ...context,
          space: this.#space.state.data,
          onSubmit: (event) => void this.handleAcceptTerms(event),
        }) ?? LOGIN_SKELETON
      );
    }
    if (this.#profile.pending) {
      return (
        this.#onboarding.get()?.renderProfile({
          ...context,
          onSubmit: (event) => void this.handleSaveProfile(event),
          onSkip: () => this.finishProfile(),
        }) ?? LOGIN_SKELETON
      );
    }
    return renderSignedIn({...context, onLogout: () => void this.handleLogout()});
  }

  // ---- handlers

  private async handleRequestCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    if (!client || this.#steps.busy || this.isLocked()) return;
    const email = this.email.trim();
    const input = this.shadowRoot?.querySelector<HTMLInputElement>('[part~="input"]');
    if (!email || input?.validity.valid === false) return this.fail(key('login.invalidEmail'));
    await this.#steps.run(async () => {
      const {challengeId} = await client.auth.requestCode({email});
      this.#challengeId = challengeId;
      this.email = email;
      this.code = '';
      this.step = 'code';
      this.startCooldown();
      this.#steps.announce(msg(this.locale, 'login.codeSent', {email}));
      this.#steps.focus = 'input';
    });
  }

  private async handleVerify(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    const challengeId = this.#challengeId;
    if (!client || !challengeId || this.#steps.busy || this.isLocked()) return;
    const code = normalizeCode(this.code);
    // Not 6 digits: say what is expected, and send nothing (it cannot be right).
    if (!code) return this.fail(key('login.codeFormat'));
    await this.#steps.run(async () => {
      this.#signingIn = true;
      const {member, isNew} = await client.auth.verifyCode({challengeId, code});
      this.#wrongCodes.clear(this.email);
      this.signedIn(member, isNew);
    });
  }

  private async handleResend(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.#steps.busy || Date.now() < this.#waits.resendAt || this.isLocked()) return;
    const email = this.email;
    await this.#steps.run(async () => {
      const {challengeId} = await client.auth.requestCode({email});
      this.#challengeId = challengeId;
      this.#waits.unlock();
      this.code = '';
      this.startCooldown();
      this.#steps.announce(msg(this.locale, 'login.codeResent', {email}));
    });
  }

  private async handleAcceptInvitation(): Promise<void> {
    const client = this.resolvedClient;
    const token = this.invitationToken;
    if (!client || !token || this.#steps.busy) return;
    await this.#steps.run(async () => {
      this.#signingIn = true;
      const {member, isNew} = await client.auth.acceptInvitation({token});
      this.#invitation.settle(this.invitationFromUrl);
      this.signedIn(member, isNew);
    });
  }

  private handleUseEmail(): void {
    this.#invitation.settle(this.invitationFromUrl);
    this.#steps.go('input');
  }

  private handleChangeEmail(): void {
    this.step = 'email';
    this.code = '';
    this.#challengeId = undefined;
    this.#steps.go('input');
  }

  private async handleAcceptTerms(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const member = this.currentMember;
    if (!this.resolvedClient || !member || this.#steps.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const name = String(form.get('name') ?? '').trim();
    if (needsName(member) && !name) return this.fail(key('login.nameRequired'), 'name-input');
    if (form.get('accept') !== 'on') return this.fail(key('login.termsRequired'), 'terms-checkbox');
    await this.#steps.run(async () => {
      // A missing name is saved with the acceptance, in the same step.
      const accepted = await this.#terms.accept(
        needsName(member) ? (client) => updateProfile(client, {name}) : undefined,
      );
      if (!accepted) return;
      this.setMember(accepted.member);
      this.#steps.focus = 'heading';
      this.emit('portico-terms-accepted', {detail: accepted});
    });
  }

  private async handleSaveProfile(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.resolvedClient || this.#steps.busy) return;
    const fields = this.#profile.fieldsOf(event.target as HTMLFormElement);
    if (!fields) return this.fail(key('login.nameRequired'), 'name-input');
    await this.#steps.run(async () => {
      const saved = await this.#profile.save(fields);
      if (!saved) return;
      this.setMember(saved);
      this.#steps.announce(msg(this.locale, 'login.profileSaved'));
      this.emit('portico-profile-updated', {detail: {member: saved}});
      this.finishProfile();
    });
  }

  private finishProfile(): void {
    this.#profile.done();
    this.#steps.go('heading');
  }

  private async handleLogout(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.#steps.busy) return;
    // The email field shows as soon as the session is gone (before the server answers).
    this.step = 'email';
    this.#steps.focus = 'input';
    // The SDK forgets the session even when the server cannot be told.
    await this.#steps.run(() => client.auth.logout());
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
    this.#profile.signedIn(isNew);
    this.#challengeId = undefined;
    this.step = 'email';
    this.code = '';
    // The next step's heading (terms, profile or welcome), never the page's <body>.
    this.#steps.focus = 'heading';
    this.emit('portico-login', {detail: {member, isNew}});
  }

  private startCooldown(): void {
    this.#waits.startCooldown(this.resendCooldown);
  }

  private isLocked(): boolean {
    return this.#waits.isLocked(this.email);
  }

  /** Says why a step failed (an unreachable or failing API is also told to the page). */
  private handleFailure(error: PorticoError): void {
    this.sayFailure(error);
    if (error.status === 0 || error.status >= 500) this.emit('portico-error', {detail: {error}});
  }

  private sayFailure(error: PorticoError): void {
    switch (error.code) {
      case 'invalid_code': {
        const left = this.#wrongCodes.record(this.email);
        return this.fail((locale) => msg(locale, 'login.attemptsLeft', {count: left}));
      }
      case 'too_many_attempts':
      case 'rate_limited':
        if (error.retryAfter === undefined) return this.fail(key('login.tooManyAttempts'));
        this.#waits.lock(this.email, error.retryAfter);
        this.#steps.focus = 'input';
        return;
      case 'code_expired':
        return this.fail(key('login.codeExpired'));
      case 'invitation_invalid':
        this.#invitation.settle(this.invitationFromUrl);
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
    this.#steps.fail(error, field, this.resolvedClient?.session.isLoggedIn ? undefined : 'input');
  }
}

/** The loading state: while the member's profile, or the code of the step to show, loads. */
const LOGIN_SKELETON = html`<span class="skeleton login__skeleton"></span>
  <span class="skeleton login__skeleton login__skeleton--button"></span>`;
