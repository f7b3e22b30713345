import './profile.messages.js';
import {isPorticoError, type Profile, type ProfilePatch, type Space} from '@portico/sdk';
import {profileQuery, updateProfile} from '@portico/sdk/profile';
import {isHttpsUrl} from '@portico/sdk/domain';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {msg, resolveLocale, SUPPORTED_LANGUAGES} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {inputField, textareaField} from '../internal/field.template.js';
import {submitButton} from '../internal/form-actions.template.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {formFields} from '../internal/form-fields.js';
import {notice} from '../internal/notice.template.js';
import {failureText} from '../internal/failure-text.js';
import {CalendarFeedSection} from './calendar-feed.js';
import type {DirectorySettingsSection} from './directory-settings.js';
import styles from './profile.styles.js';

type Field = 'name' | 'phone' | 'company' | 'bio' | 'photoUrl';

/**
 * @summary The member's profile: name, phone, company, bio, photo URL and language, saved with
 * one button; signing out; and their calendar feed (subscribe, copy the link, reset it).
 * @status experimental
 * @since 0.2
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart form - The profile form.
 * @csspart name-input - The name field.
 * @csspart phone-input - The phone field.
 * @csspart company-input - The company field.
 * @csspart bio-input - The "about you" field.
 * @csspart photo-url-input - The photo URL field.
 * @csspart locale-select - The language picker.
 * @csspart save-button - Saves the profile.
 * @csspart sign-out-button - Signs the member out.
 * @csspart saved - The "saved" message.
 * @csspart error - An error message.
 * @csspart retry-button - Tries loading again.
 * @csspart sign-in-button - The default content of the `signed-out` slot.
 * @csspart directory-settings - The "Member directory" section (where the space runs one).
 * @csspart directory-form - Its form: who sees the member, which fields, role, skills, links.
 * @csspart visibility-hidden - Not listed (the default).
 * @csspart visibility-members - Listed to the space's members.
 * @csspart visibility-public - Also on the space's public listing (where it offers one).
 * @csspart directory-role-input - The role.
 * @csspart directory-skills-input - The skills, separated by commas.
 * @csspart directory-save-button - Saves the directory settings.
 * @csspart directory-message - What saving them did.
 * @csspart calendar-feed - The "Calendar" section.
 * @csspart subscribe-link - "Subscribe in your calendar" (a `webcal://` link).
 * @csspart copy-button - Copies the feed's https link.
 * @csspart feed-url - The feed's https link, read-only.
 * @csspart reset-button - Asks to reset the feed link.
 * @csspart reset-confirm - The confirmation that old subscriptions stop updating.
 * @csspart reset-confirm-button - Resets the feed link.
 * @csspart reset-keep-button - Keeps the feed link.
 * @csspart feed-message - What copying or resetting did.
 *
 * @cssprop --portico-profile-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-profile-border-color - Card border. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-profile-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-profile-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-profile-muted-color - The email line. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-profile-padding - Card padding. Default `--portico-sys-space-lg`.
 *
 * @fires {PorticoProfileUpdatedEvent} portico-profile-updated - The profile was saved (detail: the member).
 * @fires {PorticoLogoutEvent} portico-logout - The member signed out with the element's button.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - The default "Sign in" button was pressed.
 * @fires {PorticoErrorEvent} portico-error - Loading the profile failed.
 */
export class PorticoProfile extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  @state() private saving = false;
  @state() private signingOut = false;
  /** What the last save did: shown under the form and said to screen readers. */
  @state() private outcome: {kind: 'saved' | 'error'; text: string} | undefined;
  /** Fields the browser-side checks or the server refused, with their message. */
  @state() private invalid: Partial<Record<Field, string>> = {};

  readonly #me = new QueryController<Profile>(this, (client) =>
    client.session.isLoggedIn ? profileQuery(client) : undefined,
  );

  readonly #states = new DataStates(this, {
    queries: [this.#me],
    errorMessage: 'profile.error',
    loadingMessage: 'profile.loading',
    signedOutMessage: 'profile.signedOut',
  });

  readonly #feed = new CalendarFeedSection(this, (text) => this.#states.announce(text));
  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));
  /** The "Member directory" section: its code loads only where the space runs a directory. */
  #directory: DirectorySettingsSection | undefined;
  readonly #directoryPart = this.lazy(() =>
    import('./directory-settings.js').then((module) => {
      this.#directory ??= new module.DirectorySettingsSection(this, (text) =>
        this.#states.announce(text),
      );
      return module;
    }),
  );

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase('profile', {
      skeleton: () =>
        html`${[1, 2, 3, 4].map(() => html`<span class="skeleton profile__skeleton-field"></span>`)}`,
      ready: () => this.renderForm(this.#me.state.data!, locale),
      announcement: () => this.outcome?.text ?? '',
    });
  }

  private renderForm(member: Profile, locale: string): TemplateResult {
    const field = (
      name: Field,
      label: string,
      value: string | null,
      options: {type?: string; autocomplete?: string; hint?: string} = {},
    ) => {
      const error = this.invalid[name];
      return inputField({
        id: name,
        label,
        part: name === 'photoUrl' ? 'photo-url-input' : `${name}-input`,
        name,
        type: options.type,
        autocomplete: options.autocomplete ?? 'off',
        value: value ?? '',
        required: name === 'name',
        validated: true,
        hint: options.hint,
        error: error ? {text: error, className: 'profile__error'} : undefined,
      });
    };
    const languages = SUPPORTED_LANGUAGES.includes(member.locale as never)
      ? SUPPORTED_LANGUAGES
      : [...SUPPORTED_LANGUAGES, member.locale];
    return html`<h2 class="profile__title">${msg(locale, 'profile.title')}</h2>
      <p class="profile__email">${msg(locale, 'profile.email')}: ${member.email}</p>
      <form part="form" class="profile__form" novalidate @submit=${this.handleSubmit}>
        <div class="profile__grid">
          ${field('name', msg(locale, 'profile.name'), member.name, {autocomplete: 'name'})}
          ${field('phone', msg(locale, 'profile.phone'), member.phone, {
            type: 'tel',
            autocomplete: 'tel',
          })}
          ${field('company', msg(locale, 'profile.company'), member.company, {
            autocomplete: 'organization',
          })}
          ${field('photoUrl', msg(locale, 'profile.photoUrl'), member.photoUrl, {
            type: 'url',
            autocomplete: 'photo',
            hint: msg(locale, 'profile.photoUrlHint'),
          })}
          <div class="field">
            <label class="field__label" for="locale">${msg(locale, 'profile.locale')}</label>
            <select part="locale-select" class="input" id="locale" name="locale">
              ${languages.map(
                (language) =>
                  html`<option value=${language} ?selected=${language === member.locale}>
                    ${
                      language === 'en' || language === 'fr'
                        ? msg(locale, `profile.language.${language}`)
                        : language
                    }
                  </option>`,
              )}
            </select>
          </div>
        </div>
        ${textareaField({
          id: 'bio',
          label: msg(locale, 'profile.bio'),
          part: 'bio-input',
          name: 'bio',
          className: 'profile__bio',
          value: member.bio ?? '',
          validated: true,
          error: this.invalid.bio
            ? {text: this.invalid.bio, className: 'profile__error'}
            : undefined,
        })}
        ${
          this.outcome
            ? this.outcome.kind === 'saved'
              ? notice('saved', 'success', this.outcome.text)
              : notice('error', 'error', this.outcome.text)
            : nothing
        }
        <div class="profile__actions">
          ${submitButton({
            label: msg(locale, this.saving ? 'profile.saving' : 'profile.save'),
            part: 'save-button',
            busy: this.saving,
          })}
          ${button(msg(locale, this.signingOut ? 'profile.signingOut' : 'profile.signOut'), {
            class: 'button button--secondary profile__sign-out',
            part: 'sign-out-button',
            disabled: this.signingOut,
            onClick: this.handleSignOut,
          })}
        </div>
      </form>
      ${this.renderDirectory(locale)} ${this.#feed.render(locale)}`;
  }

  private renderDirectory(locale: string): TemplateResult | typeof nothing {
    if (!this.#space.state.data?.features.directory) return nothing;
    this.#directoryPart.get();
    return (
      this.#directory?.render(locale) ??
      html`<p class="skeleton feed__skeleton" aria-hidden="true"></p>`
    );
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    if (!client || this.saving) return;
    const locale = resolveLocale(this.resolvedLang);
    const {text, optional} = formFields(event.target as HTMLFormElement);
    const patch: ProfilePatch = {
      name: text('name'),
      phone: optional('phone'),
      company: optional('company'),
      bio: optional('bio'),
      photoUrl: optional('photoUrl'),
      locale: text('locale'),
    };
    const invalid: Partial<Record<Field, string>> = {};
    if (!patch.name) invalid.name = msg(locale, 'profile.nameRequired');
    // The contract's own rule: https, or http only on this machine.
    if (patch.photoUrl && !isHttpsUrl(patch.photoUrl)) {
      invalid.photoUrl = msg(locale, 'profile.photoUrlInvalid');
    }
    this.invalid = invalid;
    this.outcome = undefined;
    if (Object.keys(invalid).length > 0) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.saving = true;
    try {
      const member = await updateProfile(client, patch);
      this.outcome = {kind: 'saved', text: msg(locale, 'profile.saved')};
      this.emit('portico-profile-updated', {detail: {member}});
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.outcome = {
        kind: 'error',
        text: failureText(locale, 'profile.saveError', error),
      };
    } finally {
      this.saving = false;
    }
  }

  private async handleSignOut(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.signingOut) return;
    this.signingOut = true;
    try {
      // The SDK forgets the session even when the server cannot be told.
      await client.auth.logout().catch((error: unknown) => {
        if (!isPorticoError(error)) throw error;
      });
      this.emit('portico-logout');
    } finally {
      this.signingOut = false;
    }
  }
}
