// "Member directory" on the profile: whether other members (or the public listing) see the
// member, which fields show, role, skills, links, how to reach them (messages, their email on
// request). Hidden until the member opts in; shown only where the space runs a directory.
import {
  isPorticoError,
  type DirectoryEntry,
  type DirectoryEntryPatch,
  type DirectoryVisibility,
  type Space,
} from '@portico/sdk';
import {
  DIRECTORY_FIELDS,
  directoryEntryQuery,
  endpoints,
  updateDirectoryEntry,
} from '@portico/sdk/directory';
import {isHttpsUrl} from '@portico/sdk/domain';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import {submitButton} from '../internal/form-actions.template.js';
import {errorReason} from '../internal/error-message.js';
import type {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {retryNotice} from '../internal/retry-notice.js';
import {formFields} from '../internal/form-fields.js';
import {notice} from '../internal/notice.template.js';
import {radio} from '../internal/radio.template.js';

const LIMITS = endpoints.updateDirectoryEntry.limits;
const VISIBILITIES: readonly DirectoryVisibility[] = ['hidden', 'members', 'public'];

export class DirectorySettingsSection {
  readonly #host: PorticoClientElement;
  readonly #announce: (text: string) => void;
  readonly #space: QueryController<Space>;
  readonly #query: QueryController<DirectoryEntry>;
  saving = false;
  message: {kind: 'success' | 'error'; text: string} | null = null;

  constructor(host: PorticoClientElement, announce: (text: string) => void) {
    this.#host = host;
    this.#announce = announce;
    this.#space = new QueryController(host, (client) => spaceQuery(client));
    // A space without a directory answers 404 on its routes: never ask one.
    this.#query = new QueryController(host, (client) =>
      client.session.isLoggedIn && this.#space.state.data?.features.directory
        ? directoryEntryQuery(client)
        : undefined,
    );
  }

  render(locale: string): TemplateResult | typeof nothing {
    if (!this.#query.active) return nothing;
    const {data, error, status} = this.#query.state;
    return html`<section part="directory-settings" class="feed" aria-labelledby="directory-title">
      <h3 id="directory-title" class="feed__title">${msg(locale, 'profile.directory.title')}</h3>
      <p class="feed__hint">${msg(locale, 'profile.directory.hint')}</p>
      ${
        data
          ? this.#form(data, locale)
          : status === 'error'
            ? retryNotice(locale, 'profile.directory.error', error, () => this.#query.retry())
            : html`<p class="skeleton feed__skeleton" aria-hidden="true"></p>`
      }
    </section>`;
  }

  #form(entry: DirectoryEntry, locale: string): TemplateResult {
    const links = [...entry.links, ...Array(LIMITS.links).fill({label: '', url: ''})].slice(
      0,
      LIMITS.links,
    ) as DirectoryEntry['links'];
    return html`<form
      part="directory-form"
      class="profile__form"
      novalidate
      @submit=${(event: SubmitEvent) => void this.#save(event, locale)}
    >
      <fieldset class="profile__fieldset">
        <legend class="field__label">${msg(locale, 'profile.directory.visibility')}</legend>
        ${VISIBILITIES.map((visibility) => {
          const unavailable = visibility === 'public' && !entry.publicListing;
          return radio(msg(locale, `profile.directory.${visibility}`), {
            className: 'profile__choice',
            name: 'visibility',
            part: `visibility-${visibility}`,
            value: visibility,
            checked: entry.visibility === visibility,
            disabled: unavailable && entry.visibility !== 'public',
            describedBy: unavailable ? 'public-unavailable' : undefined,
          });
        })}
        ${
          entry.publicListing
            ? nothing
            : html`<p class="field__hint" id="public-unavailable">
                ${msg(locale, 'profile.directory.publicUnavailable')}
              </p>`
        }
      </fieldset>
      <fieldset class="profile__fieldset">
        <legend class="field__label">${msg(locale, 'profile.directory.fields')}</legend>
        <div class="profile__choices">
          ${DIRECTORY_FIELDS.map(
            (field) =>
              html`<label class="profile__choice">
                <input type="checkbox" name="field-${field}" ?checked=${entry.fields[field]} />
                ${msg(locale, `profile.directory.field.${field}`)}
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="profile__grid">
        ${this.#text('role', msg(locale, 'profile.directory.role'), entry.role ?? '', LIMITS.role, msg(locale, 'profile.directory.roleHint'))}
        ${this.#text(
          'skills',
          msg(locale, 'profile.directory.skills'),
          entry.skills.join(', '),
          LIMITS.skills * (LIMITS.skill + 2),
          msg(locale, 'profile.directory.skillsHint', {max: LIMITS.skills}),
        )}
      </div>
      <fieldset class="profile__fieldset">
        <legend class="field__label">${msg(locale, 'profile.directory.links')}</legend>
        <div class="profile__links">
          ${links.map(
            (link, i) =>
              html`<input
                  class="input"
                  name="link-label-${i}"
                  maxlength=${LIMITS.linkLabel}
                  aria-label=${msg(locale, 'profile.directory.linkLabel', {n: i + 1})}
                  .value=${link.label}
                /><input
                  class="input"
                  type="url"
                  name="link-url-${i}"
                  aria-label=${msg(locale, 'profile.directory.linkUrl', {n: i + 1})}
                  placeholder="https://"
                  .value=${link.url}
                />`,
          )}
        </div>
      </fieldset>
      <label class="profile__choice">
        <input type="checkbox" name="accepts-messages" ?checked=${entry.acceptsMessages} />
        ${msg(locale, 'profile.directory.messages')}
      </label>
      <label class="profile__choice">
        <input type="checkbox" name="reveals-email" ?checked=${entry.revealsEmail} />
        ${msg(locale, 'profile.directory.revealsEmail')}
      </label>
      ${this.message ? notice('directory-message', this.message.kind, this.message.text) : nothing}
      <div class="profile__actions">
        ${submitButton({
          label: msg(locale, this.saving ? 'profile.directory.saving' : 'profile.directory.save'),
          part: 'directory-save-button',
          busy: this.saving,
        })}
      </div>
    </form>`;
  }

  #text(name: string, label: string, value: string, max: number, hint: string): TemplateResult {
    return html`<div class="field">
      <label class="field__label" for="directory-${name}">${label}</label>
      <input
        class="input"
        id="directory-${name}"
        name=${name}
        part="directory-${name}-input"
        maxlength=${max}
        aria-describedby="directory-${name}-hint"
        .value=${value}
      />
      <span class="field__hint" id="directory-${name}-hint">${hint}</span>
    </div>`;
  }

  /** The form as a patch, or null when a link is half filled or not a web address. */
  #patch(form: HTMLFormElement): DirectoryEntryPatch | null {
    const {data, text} = formFields(form);
    const links = [];
    for (let i = 0; i < LIMITS.links; i++) {
      const label = text(`link-label-${i}`);
      const url = text(`link-url-${i}`);
      if (!label && !url) continue;
      if (!label || !isHttpsUrl(url)) return null;
      links.push({label, url});
    }
    return {
      visibility: text('visibility') as DirectoryVisibility,
      fields: Object.fromEntries(DIRECTORY_FIELDS.map((f) => [f, data.has(`field-${f}`)])),
      role: text('role') || null,
      skills: text('skills')
        .split(',')
        .map((skill) => skill.trim().slice(0, LIMITS.skill))
        .filter(Boolean)
        .slice(0, LIMITS.skills),
      links,
      acceptsMessages: data.has('accepts-messages'),
      revealsEmail: data.has('reveals-email'),
    };
  }

  async #save(event: SubmitEvent, locale: string): Promise<void> {
    event.preventDefault();
    const client = this.#host.resolvedClient;
    if (!client || this.saving) return;
    const patch = this.#patch(event.target as HTMLFormElement);
    if (!patch) {
      this.#say({kind: 'error', text: msg(locale, 'profile.directory.linkInvalid')});
      return;
    }
    this.saving = true;
    this.#say(null);
    try {
      await updateDirectoryEntry(client, patch);
      this.#say({kind: 'success', text: msg(locale, 'profile.directory.saved')});
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      const why = msg(locale, errorReason(error));
      this.#say({kind: 'error', text: `${msg(locale, 'profile.directory.saveError')} ${why}`});
    } finally {
      this.saving = false;
      this.#host.requestUpdate();
    }
  }

  #say(message: DirectorySettingsSection['message']): void {
    this.message = message;
    if (message) this.#announce(message.text);
    this.#host.requestUpdate();
  }
}
