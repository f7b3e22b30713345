import './directory.messages.js';
import {isPorticoError, type DirectoryMember, type DirectoryPage, type Profile} from '@portico/sdk';
import {
  directoryQuery,
  endpoints,
  messageMember,
  publicDirectoryQuery,
  revealMemberEmail,
} from '@portico/sdk/directory';
import {profileQuery} from '@portico/sdk/profile';
import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {moreButton, moreShown} from '../internal/show-more.template.js';
import {DataStates} from '../internal/data-states.js';
import {FeatureGate} from '../internal/feature-gate.js';
import {errorReason} from '../internal/error-message.js';
import {markdownStyles} from '../internal/markdown.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {searchField} from '../internal/field.template.js';
import {failureText} from '../internal/failure-text.js';
import {memberCard} from './member-card.js';
import styles from './directory.styles.js';

/** Members per page; "Show more members" adds as many again. */
const PAGE = 24;
/** Typing pauses this long before the search runs. */
const SEARCH_DELAY_MS = 300;
const MESSAGE_MAX = endpoints.messageMember.limits.message;
const SEARCH_MAX = endpoints.listDirectory.limits.search;

/**
 * @summary The member directory: the members who chose to be listed, with only what each
 * shows (photo, company, role, skills, bio, links); search, filter by skill or company, and
 * write to a member through the space without either address showing on the page, or ask
 * for the email of a member who shows it on request. Signed out, the space's public listing
 * (where it has one): the members who chose to be listed to everyone, and a way in.
 * @status experimental
 * @since 0.3
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart search - The search field.
 * @csspart skill-filter - The skill filter.
 * @csspart company-filter - The company filter.
 * @csspart clear-button - Clears the search and filters.
 * @csspart list - The members.
 * @csspart member - One member's card.
 * @csspart skill - A skill on a card: filters by it.
 * @csspart email-button - Asks for a member's email ("Show email"), where they allow it.
 * @csspart email - A member's email, once shown (a mailto link).
 * @csspart message-button - Opens the message form.
 * @csspart message-form - The message form.
 * @csspart send-button - Sends the message.
 * @csspart cancel-button - Closes the message form.
 * @csspart more-button - Shows more members.
 * @csspart error - An error message.
 *
 * @cssprop --portico-directory-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-directory-border-color - Borders. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-directory-border-radius - Corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-directory-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-directory-muted-color - Roles, companies, hints. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-directory-padding - Card padding. Default `--portico-sys-space-lg`.
 * @cssprop --portico-directory-photo-background - Initials in place of a photo. Default `--portico-sys-color-primary-container`.
 *
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - The default "Sign in" button was pressed.
 * @fires {PorticoErrorEvent} portico-error - Loading the directory failed.
 */
export class PorticoDirectory extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, markdownStyles, styles];

  /** How many members show at first; "Show more members" adds as many again. */
  @property({type: Number}) limit = PAGE;

  /**
   * Keeps the title out of sight (a page that has its own heading); screen readers still find
   * it above the members' names.
   */
  @property({type: Boolean, reflect: true, attribute: 'hide-title'}) hideTitle = false;

  @state() private q = '';
  @state() private skill = '';
  @state() private company = '';
  @state() private shown = 0;
  @state() private writingTo: string | null = null;
  @state() private draft = '';
  @state() private sending = false;
  @state() private actionError = '';
  @state() private outcome = '';
  @state() private revealing: string | null = null;
  @state() private emailError: {memberId: string; text: string} | null = null;
  /** The emails members showed on request, kept while the element lives. */
  readonly #emails = new Map<string, string>();

  #typing: ReturnType<typeof setTimeout> | undefined;
  /** What the search field holds, ahead of `q` while the member types. */
  #typed = '';
  /** The last page, shown (dimmed) while the next search loads, so the page does not jump. */
  #previous: DirectoryPage | undefined;

  readonly #gate = new FeatureGate(this, 'directory');
  readonly #list = new QueryController<DirectoryPage>(this, (client) =>
    client.session.isLoggedIn
      ? this.#gate.when(directoryQuery(client, this.#filters()))
      : undefined,
  );
  readonly #me = new QueryController<Profile>(this, (client) =>
    client.session.isLoggedIn ? profileQuery(client) : undefined,
  );
  // A visitor sees the space's public listing: the members who chose to be listed to everyone,
  // without any way to contact them. A space without one answers 404: "Sign in", as before.
  readonly #public = new QueryController<DirectoryPage>(this, (client) =>
    client.session.isLoggedIn
      ? undefined
      : this.#gate.when(publicDirectoryQuery(client, this.#filters())),
  );

  readonly #memberStates = new DataStates(this, {
    // The profile too: the member's own card must never offer "Send a message", even briefly.
    queries: [this.#list, this.#me],
    gate: this.#gate,
    active: () => !this.#visitor,
    errorMessage: 'directory.error',
    loadingMessage: 'directory.loading',
    signedOutMessage: 'directory.signedOut',
  });
  readonly #visitorStates = new DataStates(this, {
    queries: [this.#public],
    member: false,
    gate: this.#gate,
    active: () => this.#visitor,
    errorMessage: 'directory.error',
    loadingMessage: 'directory.loading',
  });

  /** Nobody is signed in, and the space has a public listing (or may: it is loading). */
  get #visitor(): boolean {
    const {error, data} = this.#public.state;
    const none = error?.status === 404 && data === undefined;
    return this.resolvedClient?.session.isLoggedIn === false && !none;
  }

  get #states(): DataStates {
    return this.#visitor ? this.#visitorStates : this.#memberStates;
  }

  /** The search and filters, as the listing's query. */
  #filters() {
    return {
      limit: this.shown || this.limit,
      ...(this.q ? {q: this.q} : {}),
      ...(this.skill ? {skill: this.skill} : {}),
      ...(this.company ? {company: this.company} : {}),
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    const data = (this.#visitor ? this.#public : this.#list).state.data;
    if (data) this.#previous = data;
    return this.#states.renderBase('directory', {
      skeleton: () =>
        this.#previous
          ? this.renderReady(locale, this.#previous)
          : html`<span class="skeleton directory__skeleton-bar"></span>
              <div class="directory__grid">
                ${[1, 2, 3].map(() => html`<span class="skeleton directory__skeleton-card"></span>`)}
              </div>`,
      ready: () => this.renderReady(locale, data!),
      announcement: () =>
        this.outcome || (data ? msg(locale, 'directory.count', {count: data.items.length}) : ''),
    });
  }

  private renderReady(locale: string, page: DirectoryPage): TemplateResult {
    const filtered = this.q !== '' || this.skill !== '' || this.company !== '';
    return html`
      <h2 class=${this.hideTitle ? 'visually-hidden' : 'directory__title'}>
        ${msg(locale, 'directory.title')}
      </h2>
      <div class="directory__filters" role="search">
        ${searchField({
          label: msg(locale, 'directory.search'),
          className: 'directory__search',
          value: this.#typed,
          maxlength: SEARCH_MAX,
          placeholder: msg(locale, 'directory.searchHint'),
          onSearch: (text) => this.handleSearch(text),
        })}
        ${this.select(locale, 'skill', page.skills, this.skill)}
        ${this.select(locale, 'company', page.companies, this.company)}
        ${
          filtered
            ? button(msg(locale, 'directory.clear'), {
                class: 'button button--ghost directory__clear',
                part: 'clear-button',
                onClick: () => this.clearFilters(),
              })
            : nothing
        }
      </div>
      ${this.#visitor ? this.renderMembersWayIn(locale, page) : nothing}
      ${this.outcome && !this.actionError ? html`<p class="notice notice--success">${this.outcome}</p>` : nothing}
      ${
        page.items.length === 0
          ? html`<p class="directory__empty">
              ${msg(locale, filtered ? 'directory.noMatch' : 'directory.empty')}
            </p>`
          : html`<ul part="list" class="directory__grid">
              ${page.items.map((member) =>
                memberCard(member, {
                  locale,
                  selfId: this.#me.state.data?.id,
                  writingTo: this.writingTo,
                  draft: this.draft,
                  max: MESSAGE_MAX,
                  sending: this.sending,
                  error: this.actionError,
                  emails: this.#emails,
                  revealing: this.revealing,
                  emailError: this.emailError,
                  onReveal: (member) => void this.handleReveal(member),
                  onSkill: (skill) => {
                    this.skill = skill;
                    this.shown = 0;
                  },
                  onWrite: (id) => this.write(id),
                  onInput: (value) => (this.draft = value),
                  onSend: (to) => void this.handleSend(to),
                }),
              )}
            </ul>`
      }
      ${
        page.nextCursor
          ? moreButton(msg(locale, 'directory.more'), () => {
              this.shown = moreShown(this.shown, this.limit);
            })
          : nothing
      }
    `;
  }

  /** A visitor on the public listing: members sign in to see everyone and get in touch. */
  private renderMembersWayIn(locale: string, page: DirectoryPage): TemplateResult {
    const empty = page.items.length === 0 && !this.q && !this.skill && !this.company;
    return html`<div class="state state--signed-out directory__members">
      <p part="message" class="state__message">
        ${msg(locale, empty ? 'directory.signedOut' : 'directory.visitor')}
      </p>
      <slot name="signed-out">
        ${button(msg(locale, 'state.signIn'), {
          class: 'button button--secondary',
          part: 'sign-in-button',
          onClick: () => this.emit('portico-needs-sign-in'),
        })}
      </slot>
    </div>`;
  }

  private select(
    locale: string,
    name: 'skill' | 'company',
    facets: DirectoryPage['skills'],
    value: string,
  ): TemplateResult {
    return html`<label class="field directory__filter">
      <span class="field__label">${msg(locale, `directory.${name}`)}</span>
      <select
        class="input"
        part="${name}-filter"
        @change=${(event: Event) => {
          this[name] = (event.target as HTMLSelectElement).value;
          this.shown = 0;
        }}
      >
        <option value="" ?selected=${value === ''}>${msg(locale, 'directory.any')}</option>
        ${facets.map(
          (facet) =>
            html`<option
              value=${facet.value}
              ?selected=${facet.value.toLocaleLowerCase() === value.toLocaleLowerCase()}
            >
              ${facet.value} (${facet.count})
            </option>`,
        )}
      </select>
    </label>`;
  }

  private handleSearch(value: string): void {
    this.#typed = value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => {
      this.q = value.trim();
      this.shown = 0;
    }, SEARCH_DELAY_MS);
  }

  private clearFilters(): void {
    clearTimeout(this.#typing);
    this.#typed = '';
    this.q = '';
    this.skill = '';
    this.company = '';
    this.shown = 0;
  }

  private write(memberId: string | null): void {
    const closing = this.writingTo;
    this.writingTo = memberId;
    this.draft = '';
    this.actionError = '';
    this.outcome = '';
    void this.updateComplete.then(() => {
      const card = this.shadowRoot?.querySelector(
        `[data-id="${CSS.escape(memberId ?? closing ?? '')}"]`,
      );
      card?.querySelector<HTMLElement>(memberId ? 'textarea' : '[part~="message-button"]')?.focus();
    });
  }

  private async handleReveal(member: DirectoryMember): Promise<void> {
    const client = this.resolvedClient;
    const locale = resolveLocale(this.resolvedLang);
    if (!client || this.revealing) return;
    this.revealing = member.id;
    this.emailError = null;
    try {
      const {email} = await revealMemberEmail(client, member.id);
      this.#emails.set(member.id, email);
      this.outcome = '';
      this.#states.announce(msg(locale, 'directory.emailShown', {name: member.name, email}));
      await this.updateComplete;
      // The button gave way to the address: keep the keyboard there.
      this.shadowRoot
        ?.querySelector<HTMLElement>(`[data-id="${CSS.escape(member.id)}"] [part~="email"]`)
        ?.focus();
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      // 404: they stopped showing it (or left the directory) since the page loaded.
      const why = error.status === 404 ? 'directory.emailGone' : errorReason(error);
      this.emailError = {
        memberId: member.id,
        text: `${msg(locale, 'directory.emailError')} ${msg(locale, why)}`,
      };
    } finally {
      this.revealing = null;
    }
  }

  private async handleSend(member: DirectoryMember): Promise<void> {
    const client = this.resolvedClient;
    const locale = resolveLocale(this.resolvedLang);
    if (!client || this.sending) return;
    if (this.draft.trim() === '') {
      this.actionError = msg(locale, 'directory.messageEmpty');
      return;
    }
    this.sending = true;
    this.actionError = '';
    try {
      await messageMember(client, member.id, {body: this.draft});
      this.write(null);
      this.outcome = msg(locale, 'directory.sent', {name: member.name});
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.actionError = failureText(locale, 'directory.messageError', error);
    } finally {
      this.sending = false;
    }
  }
}
