import './helpdesk.messages.js';
import {isPorticoError, type Attachment, type Guide, type HelpRequest} from '@portico/sdk';
import {
  getAttachment,
  guideFeedback,
  guidesQuery,
  helpRequestsQuery,
  openHelpRequest,
  reopenHelpRequest,
  replyToHelpRequest,
  resolveHelpRequest,
  uploadAttachment,
} from '@portico/sdk/helpdesk';
import {isHttpsUrl, offers} from '@portico/sdk/domain';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {formatDateTime, msg, resolveLocale} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {listCardSkeleton} from '../internal/list-card.template.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {SeenItems} from '../internal/seen-items.js';
import {failureText} from '../internal/failure-text.js';
import {guideItem, guidesSection, suggestGuides, type GuidesOptions} from './helpdesk-guides.js';
import {
  LIMITS,
  PHOTO_TYPES,
  base64Of,
  fieldPart,
  requestForm,
  requestInput,
  type RequestField,
} from './helpdesk-form.js';
import {requestThread, statusBadge} from './helpdesk-thread.js';
import styles from './helpdesk.styles.js';

/**
 * @summary The member's help desk: the space's guides (search, categories, "Did this help?"),
 * their requests with their status, a new request (category, subject, Markdown description,
 * photos; the guides its words match are suggested first), and each request's thread, where
 * the member replies, marks it resolved or reopens it. The space's answers arrive live.
 * @status experimental
 * @since 0.3
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart guides - The guides: search, category and list.
 * @csspart search-input - Searches the guides.
 * @csspart category-select - Filters the guides by category.
 * @csspart guide - One guide (a disclosure).
 * @csspart helpful-button - "Yes" to "Did this help?".
 * @csspart not-helpful-button - "No" to "Did this help?".
 * @csspart thanks - Thanks for the feedback.
 * @csspart requests - The member's requests.
 * @csspart new-request-button - Opens the new-request form.
 * @csspart request-link - Opens one request.
 * @csspart form - The new-request form.
 * @csspart suggestions - The guides a new request's words match.
 * @csspart send-button - Sends the new request.
 * @csspart cancel-button - Closes the form.
 * @csspart request - One request's thread.
 * @csspart message - One message of the thread.
 * @csspart photo - An uploaded photo.
 * @csspart reply-button - Sends a reply.
 * @csspart resolve-button - Marks the request resolved.
 * @csspart reopen-button - Reopens a resolved request.
 * @csspart back-button - Back to the list.
 * @csspart news - What the space just did (live).
 * @csspart error - An error message.
 * @csspart retry-button - Tries loading again.
 * @csspart sign-in-button - Asks the page to sign the visitor in.
 *
 * @cssprop --portico-helpdesk-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-helpdesk-border-color - Card border. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-helpdesk-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-helpdesk-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-helpdesk-muted-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-helpdesk-padding - Card padding. Default `--portico-sys-space-lg`.
 *
 * @fires {PorticoRequestOpenedEvent} portico-request-opened - The member opened a request.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - A visitor pressed "Sign in".
 * @fires {PorticoErrorEvent} portico-error - Loading the help desk failed.
 */
export class PorticoHelpdesk extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** What shows: the guides and the list, the new-request form, or one request (its id). */
  @state() private view: 'list' | 'new' | string = 'list';
  @state() private search = '';
  @state() private category = '';
  @state() private suggestions: Guide[] = [];
  @state() private invalid: Partial<Record<RequestField, string>> = {};
  @state() private busy = false;
  @state() private failure: string | undefined;
  @state() private news: string | undefined;
  @state() private thanked = new Set<string>();
  /** Fetched photos as `data:` URLs (the API serves them to their owner only). */
  @state() private photos = new Map<string, string>();

  readonly #space = new QueryController(this, (client) => spaceQuery(client));
  /** The member's requests, once the space says it takes them (it may offer guides only). */
  readonly #requests = new QueryController(this, (client) =>
    client.session.isLoggedIn && this.requestsOffered ? helpRequestsQuery(client) : undefined,
  );
  readonly #guides = new QueryController(this, (client) =>
    client.session.isLoggedIn
      ? guidesQuery(client, {
          ...(this.search.trim() ? {q: this.search.trim()} : {}),
          ...(this.category ? {category: this.category} : {}),
        })
      : undefined,
  );
  /** Every guide, for the suggestions under a new request. */
  readonly #allGuides = new QueryController(this, (client) =>
    client.session.isLoggedIn ? guidesQuery(client) : undefined,
  );
  readonly #states = new DataStates(this, {
    // The requests count only once the space is known to take them.
    queries: () =>
      this.requestsOffered
        ? [this.#space, this.#requests, this.#allGuides]
        : [this.#space, this.#allGuides],
    errorMessage: 'helpdesk.error',
    loadingMessage: 'helpdesk.loading',
  });
  readonly #seen = new SeenItems<HelpRequest>();
  #fetching = new Set<string>();
  /** What takes focus once it is on screen (after a change of view). */
  #focusPending: string | undefined;

  /** The space takes requests (it may offer the guides alone). */
  private get requestsOffered(): boolean {
    const space = this.#space.state.data;
    return space !== undefined && offers(space.features, 'helpdeskRequests');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.#requests.state.data;
    if (!data) return;
    const answered = this.#seen
      .changes(data, data.items, (r) => `${r.status}:${r.messages.length}`)
      .filter((r) => r.mine && r.messages.at(-1)?.author === 'space')
      .at(-1);
    if (answered) {
      const locale = resolveLocale(this.resolvedLang);
      this.news = msg(locale, 'helpdesk.answered', {number: String(answered.number)});
      this.#states.announce(this.news);
    }
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase('helpdesk', {
      skeleton: listCardSkeleton,
      ready: () => this.renderReady(locale),
    });
  }

  private renderReady(locale: string): TemplateResult {
    // Undefined where the space offers the guides alone.
    const requests = this.requestsOffered ? this.#requests.state.data : undefined;
    const opened = requests?.items.find((r) => r.id === this.view);
    return html`<h2 class="helpdesk__title">${msg(locale, 'helpdesk.title')}</h2>
      ${this.news ? html`<p part="news" class="notice notice--info">${this.news}</p>` : nothing}
      ${
        opened
          ? requestThread({
              locale,
              timeZone: this.#space.state.data?.timeZone,
              request: opened,
              photo: (attachment) => this.photoOf(attachment),
              busy: this.busy,
              failure: this.failure,
              onBack: () => this.show('list'),
              onReply: (event) => void this.handleReply(event, opened),
              onResolve: () => void this.act(opened, resolveHelpRequest),
              onReopen: () => void this.act(opened, reopenHelpRequest),
            })
          : this.view === 'new' && requests
            ? html`${
                this.failure
                  ? html`<p part="error" class="notice notice--error">${this.failure}</p>`
                  : nothing
              }${requestForm({
                locale,
                categories: requests.categories,
                suggestions: this.suggestions,
                invalid: this.invalid,
                sending: this.busy,
                guide: (guide) => guideItem(this.guidesOptions(locale), guide),
                onInput: (text) => {
                  this.suggestions = suggestGuides(this.#allGuides.state.data?.items ?? [], text);
                },
                onSubmit: (event) => void this.handleOpen(event),
                onCancel: () => this.show('list'),
              })}`
            : html`${requests ? this.renderRequests(requests.items, locale) : nothing}
              ${guidesSection(this.guidesOptions(locale))}`
      }`;
  }

  private guidesOptions(locale: string): GuidesOptions {
    const found = this.#guides.state.data ?? this.#allGuides.state.data;
    return {
      locale,
      guides: found?.items ?? [],
      categories: this.#allGuides.state.data?.categories ?? [],
      search: this.search,
      category: this.category,
      thanked: this.thanked,
      onSearch: (text) => (this.search = text),
      onCategory: (id) => (this.category = id),
      onFeedback: (guide, helpful) => void this.handleFeedback(guide, helpful),
    };
  }

  private renderRequests(items: readonly HelpRequest[], locale: string): TemplateResult {
    const timeZone = this.#space.state.data?.timeZone;
    return html`<section part="requests" class="helpdesk__stack" aria-labelledby="requests-title">
      <div class="helpdesk__heading">
        <h3 id="requests-title" class="helpdesk__subtitle">${msg(locale, 'helpdesk.requests')}</h3>
        ${button(msg(locale, 'helpdesk.newRequest'), {
          class: 'button button--primary',
          part: 'new-request-button',
          onClick: () => this.show('new'),
        })}
      </div>
      ${
        this.failure
          ? html`<p part="error" class="notice notice--error">${this.failure}</p>`
          : nothing
      }
      ${
        items.length === 0
          ? html`<p class="helpdesk__hint">${msg(locale, 'helpdesk.noRequests')}</p>`
          : html`<ul class="helpdesk__list">
              ${items.map(
                (r) =>
                  html`<li>
                    <button
                      type="button"
                      part="request-link"
                      class="helpdesk__item helpdesk__request-link"
                      data-request=${r.id}
                      @click=${() => this.show(r.id)}
                    >
                      <span class="helpdesk__request-subject text">${r.subject}</span>
                      <span class="helpdesk__hint">
                        #${r.number} · ${r.category.name} ·
                        ${msg(locale, 'helpdesk.updated', {
                          when: formatDateTime(locale, r.updatedAt, timeZone),
                        })}
                      </span>
                      <span class="helpdesk__badges">
                        ${statusBadge(locale, r.status)}
                        ${
                          r.mine
                            ? nothing
                            : html`<span class="badge">${msg(locale, 'helpdesk.shared')}</span>`
                        }
                      </span>
                    </button>
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private photoOf(attachment: Attachment): string | undefined {
    const src = this.photos.get(attachment.id);
    const client = this.resolvedClient;
    if (src || !client || this.#fetching.has(attachment.id)) return src;
    this.#fetching.add(attachment.id);
    void getAttachment(client, attachment.id).then(
      (photo) => {
        // The server found the type from the bytes: one of three image types, never HTML.
        if (!PHOTO_TYPES.includes(photo.contentType)) return;
        this.photos = new Map(this.photos).set(
          attachment.id,
          `data:${photo.contentType};base64,${photo.data}`,
        );
      },
      () => this.#fetching.delete(attachment.id),
    );
    return undefined;
  }

  private show(view: 'list' | 'new' | string): void {
    this.view = view;
    this.failure = undefined;
    this.invalid = {};
    this.suggestions = [];
    this.#focusPending =
      view === 'list'
        ? '[part~="new-request-button"]'
        : view === 'new'
          ? '[part~="subject-input"]'
          : '#request-title';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A new request shows once the list has refetched it: focus waits for its heading.
    const el =
      this.#focusPending && this.shadowRoot?.querySelector<HTMLElement>(this.#focusPending);
    if (!el) return;
    this.#focusPending = undefined;
    if (el.id === 'request-title') el.tabIndex = -1;
    el.focus();
  }

  private reason(error: unknown, fallback: 'helpdesk.sendError' | 'helpdesk.actionError'): string {
    if (!isPorticoError(error)) throw error;
    const locale = resolveLocale(this.resolvedLang);
    switch (error.code) {
      case 'request_not_open':
      case 'request_not_resolved':
        return msg(locale, 'helpdesk.notOpen');
      case 'reopen_window_passed':
        return msg(locale, 'helpdesk.windowPassed');
      case 'unsupported_media_type':
      case 'payload_too_large':
        return msg(locale, 'helpdesk.photoRefused', {size: LIMITS.attachmentBytes / 1024});
      default:
        return failureText(locale, fallback, error);
    }
  }

  /** Photos picked in the form, checked before any upload; the first problem, if any. */
  private checkPhotos(files: readonly File[]): string | undefined {
    const locale = resolveLocale(this.resolvedLang);
    const size = LIMITS.attachmentBytes / 1024;
    if (files.length > LIMITS.attachments)
      return msg(locale, 'helpdesk.tooManyPhotos', {count: LIMITS.attachments});
    const wrongType = files.find((file) => !PHOTO_TYPES.includes(file.type));
    if (wrongType) return msg(locale, 'helpdesk.photoType', {name: wrongType.name});
    const tooBig = files.find((file) => file.size > LIMITS.attachmentBytes);
    return tooBig ? msg(locale, 'helpdesk.photoSize', {name: tooBig.name, size}) : undefined;
  }

  private async handleOpen(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    if (!client || this.busy) return;
    const locale = resolveLocale(this.resolvedLang);
    const form = event.target as HTMLFormElement;
    const {photos, ...input} = requestInput(form);
    const invalid: Partial<Record<RequestField, string>> = {};
    if (!input.subject) invalid.subject = msg(locale, 'helpdesk.form.required');
    if (!input.description) invalid.description = msg(locale, 'helpdesk.form.required');
    // The server takes https links only (http on localhost): say so at the field.
    if (input.photoUrl && !isHttpsUrl(input.photoUrl)) {
      invalid.photoUrl = msg(locale, 'helpdesk.form.photoUrlInvalid');
    }
    const photoProblem = this.checkPhotos(photos);
    if (photoProblem) invalid.photos = photoProblem;
    this.invalid = invalid;
    const first = (['subject', 'description', 'photoUrl', 'photos'] as const).find(
      (f) => invalid[f],
    );
    if (first) {
      this.shadowRoot?.querySelector<HTMLElement>(`[part~="${fieldPart(first)}"]`)?.focus();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    try {
      const uploaded = [];
      for (const file of photos) {
        uploaded.push(
          await uploadAttachment(client, {
            fileName: file.name.slice(0, 120) || 'photo',
            contentType: file.type,
            data: await base64Of(file),
          }),
        );
      }
      const request = await openHelpRequest(client, {
        ...input,
        attachmentIds: uploaded.map((photo) => photo.id),
      });
      this.emit('portico-request-opened', {detail: {request}});
      this.#states.announce(msg(locale, 'helpdesk.opened', {number: String(request.number)}));
      this.show(request.id);
    } catch (error) {
      this.failure = this.reason(error, 'helpdesk.sendError');
      this.#states.announce(this.failure);
    } finally {
      this.busy = false;
    }
  }

  private async handleReply(event: SubmitEvent, request: HelpRequest): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const body = String(new FormData(form).get('body') ?? '').trim();
    if (!body) {
      form.querySelector('textarea')?.focus();
      return;
    }
    if (await this.act(request, (client, id) => replyToHelpRequest(client, id, {body}))) {
      form.reset();
    }
  }

  /** Runs one action on a request; the store refreshes the list it changes. */
  private async act(
    request: HelpRequest,
    action: (client: NonNullable<typeof this.resolvedClient>, id: string) => Promise<HelpRequest>,
  ): Promise<boolean> {
    const client = this.resolvedClient;
    if (!client || this.busy) return false;
    this.busy = true;
    this.failure = undefined;
    try {
      await action(client, request.id);
      this.news = undefined;
      return true;
    } catch (error) {
      this.failure = this.reason(error, 'helpdesk.actionError');
      this.#states.announce(this.failure);
      return false;
    } finally {
      this.busy = false;
    }
  }

  private async handleFeedback(guide: Guide, helpful: boolean): Promise<void> {
    const client = this.resolvedClient;
    if (!client) return;
    try {
      await guideFeedback(client, guide.id, {helpful});
      this.thanked = new Set(this.thanked).add(guide.id);
      this.#states.announce(msg(resolveLocale(this.resolvedLang), 'helpdesk.thanks'));
    } catch (error) {
      this.failure = this.reason(error, 'helpdesk.actionError');
    }
  }
}
