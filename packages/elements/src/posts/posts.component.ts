import './posts.messages.js';
import {isPorticoError, type Post, type PostDetail, type PostsPage, type Space} from '@portico/sdk';
import {
  deleteReply,
  endpoints,
  markPostRead,
  postQuery,
  postsQuery,
  replyToPost,
} from '@portico/sdk/posts';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {formatDay, msg, resolveLocale, type PlainMessageKey} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {FeatureGate} from '../internal/feature-gate.js';
import {listSkeleton} from '../internal/list-skeleton.template.js';
import {markdownStyles} from '../internal/markdown.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {moreButton, moreShown} from '../internal/show-more.template.js';
import {failureText} from '../internal/failure-text.js';
import {postDetailTemplate} from './post-detail.js';
import styles from './posts.styles.js';

/** Posts per page; "Show older posts" adds as many again. */
const PAGE = 20;
const REPLY_MAX = endpoints.replyToPost.limits.reply;

/**
 * @summary The space's announcements and articles: pinned first, then newest, with a
 * category filter and what the member has not read yet; open one to read it and its replies,
 * and reply where the space allows it. Posts are Markdown, rendered without ever inserting HTML.
 * @status experimental
 * @since 0.3
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart heading - The title line.
 * @csspart badge - The number of unread posts.
 * @csspart categories - The category filter.
 * @csspart category - One category button (`aria-pressed` when chosen).
 * @csspart list - The list of posts.
 * @csspart item - One post (`item unread`, `item pinned`).
 * @csspart open-button - A post's title: opens it.
 * @csspart more-button - Shows older posts.
 * @csspart post - The open post.
 * @csspart back-button - Back to the list.
 * @csspart reply - One reply.
 * @csspart reply-form - The reply form.
 * @csspart reply-button - Sends the reply.
 * @csspart delete-button - Deletes one of the member's replies.
 * @csspart error - An error message.
 *
 * @cssprop --portico-posts-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-posts-border-color - Card border and separators. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-posts-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-posts-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-posts-muted-color - Dates, summaries, bylines. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-posts-padding - Card padding. Default `--portico-sys-space-lg`.
 * @cssprop --portico-posts-unread-color - The unread dot. Default `--portico-sys-color-primary`.
 *
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - The default "Sign in" button was pressed.
 * @fires {PorticoErrorEvent} portico-error - Loading the posts failed.
 */
export class PorticoPosts extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, markdownStyles, styles];

  /** How many posts show at first; "Show older posts" adds as many again. */
  @property({type: Number}) limit = PAGE;

  /** Hides the category filter and "Show older posts" (a dashboard's summary). */
  @property({type: Boolean, reflect: true}) compact = false;

  /** The post shown open, by id (`null`: the list). Set it to open a post from the page. */
  @property({attribute: 'post-id'}) postId: string | null = null;

  @state() private category: string | undefined;
  @state() private shown = 0;
  @state() private draft = '';
  @state() private sending = false;
  @state() private deleting: string | null = null;
  @state() private actionError = '';
  @state() private outcome = '';

  /** What takes focus once it renders: the open post's title, or the post just closed. */
  #focusNext: string | undefined;

  readonly #gate = new FeatureGate(this, 'posts');
  readonly #list = new QueryController<PostsPage>(this, (client) =>
    client.session.isLoggedIn
      ? this.#gate.when(
          postsQuery(client, {
            limit: this.shown || this.limit,
            ...(this.category ? {category: this.category} : {}),
          }),
        )
      : undefined,
  );
  readonly #post = new QueryController<PostDetail>(this, (client) =>
    client.session.isLoggedIn && this.postId
      ? this.#gate.when(postQuery(client, this.postId))
      : undefined,
  );
  readonly #space: QueryController<Space> = this.#gate.space;

  readonly #listStates = this.#statesOf(this.#list, 'posts.error', () => this.postId === null);
  readonly #postStates = this.#statesOf(
    this.#post,
    'posts.detailError',
    () => this.postId !== null,
  );

  /** The states of one mode (the list, or a post open): only the mode shown reports errors. */
  #statesOf(
    query: QueryController<unknown>,
    errorMessage: PlainMessageKey,
    active: () => boolean,
  ): DataStates {
    return new DataStates(this, {
      queries: [query],
      gate: this.#gate,
      errorMessage,
      loadingMessage: 'posts.loading',
      signedOutMessage: 'posts.signedOut',
      active,
    });
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    if (this.postId !== null) {
      return this.#postStates.renderBase('posts', {
        skeleton: () =>
          html`<span class="skeleton posts__skeleton-title"></span
            ><span class="skeleton posts__skeleton-body"></span>`,
        ready: () => this.renderPost(locale),
        announcement: () => this.outcome,
      });
    }
    return this.#listStates.renderBase('posts', {
      skeleton: () => listSkeleton('posts'),
      ready: () => this.renderList(locale),
      announcement: () => this.outcome,
    });
  }

  private renderList(locale: string): TemplateResult {
    const page = this.#list.state.data!;
    return html`
      <div part="heading" class="posts__head">
        <h2 class="posts__title">${msg(locale, 'posts.title')}</h2>
        ${
          page.unread > 0
            ? html`<span part="badge" class="badge badge--info"
                >${msg(locale, 'posts.unreadBadge', {count: page.unread})}</span
              >`
            : nothing
        }
      </div>
      ${this.compact || page.categories.length < 2 ? nothing : this.renderCategories(page, locale)}
      ${
        page.items.length === 0
          ? html`<p class="posts__empty">
              ${msg(locale, this.category ? 'posts.emptyCategory' : 'posts.empty')}
            </p>`
          : html`<ul part="list" class="posts__list">
              ${page.items.map((post) => this.renderItem(post, locale))}
            </ul>`
      }
      ${
        page.nextCursor && !this.compact
          ? moreButton(msg(locale, 'posts.more'), () => {
              this.shown = moreShown(this.shown, this.limit);
            })
          : nothing
      }
    `;
  }

  private renderCategories(page: PostsPage, locale: string): TemplateResult {
    const choices = [{id: undefined, name: msg(locale, 'posts.all')}, ...page.categories];
    return html`<div
      part="categories"
      class="posts__categories"
      role="group"
      aria-label=${msg(locale, 'posts.categories')}
    >
      ${choices.map((choice) =>
        button(choice.name, {
          part: 'category',
          class: 'chip',
          pressed: this.category === choice.id,
          onClick: () => (this.category = choice.id),
        }),
      )}
    </div>`;
  }

  private renderItem(post: Post, locale: string): TemplateResult {
    const parts = ['item', post.read ? '' : 'unread', post.pinned ? 'pinned' : ''];
    return html`<li part=${parts.join(' ').trim()} class="posts__item" data-id=${post.id}>
      <div class="posts__meta">
        ${post.pinned ? html`<span class="badge badge--warning">${msg(locale, 'posts.pinned')}</span>` : nothing}
        <span class="posts__category">${post.category.name}</span>
        <time datetime=${post.publishedAt}>${this.day(locale, post.publishedAt)}</time>
        ${
          post.read
            ? nothing
            : html`<span class="posts__dot" aria-hidden="true"></span
                ><span class="visually-hidden">${msg(locale, 'posts.unread')}</span>`
        }
      </div>
      <h3 class="posts__item-title">
        <button
          type="button"
          part="open-button"
          class="posts__open"
          @click=${() => this.open(post.id)}
        >
          ${post.title}
        </button>
      </h3>
      <p class="posts__summary">${post.summary}</p>
      ${
        post.replyCount > 0
          ? html`<p class="posts__replies-count">
              ${msg(locale, 'posts.replyCount', {count: post.replyCount})}
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderPost(locale: string): TemplateResult {
    const post = this.#post.state.data!;
    return postDetailTemplate(post, {
      locale,
      day: (instant) => this.day(locale, instant),
      draft: this.draft,
      max: REPLY_MAX,
      sending: this.sending,
      deleting: this.deleting,
      error: this.actionError,
      onBack: () => this.close(),
      onInput: (value) => (this.draft = value),
      onSubmit: () => void this.handleReply(post),
      onDelete: (replyId) => void this.handleDelete(post, replyId),
    });
  }

  private day(locale: string, instant: string): string {
    return formatDay(locale, instant, this.#space.state.data?.timeZone);
  }

  /** Opens a post and marks it read (once: a read post is not marked again). */
  open(postId: string): void {
    this.postId = postId;
    this.draft = '';
    this.actionError = '';
    this.outcome = '';
    const client = this.resolvedClient;
    const listed = this.#list.state.data?.items.find((post) => post.id === postId);
    if (client && listed && !listed.read) {
      markPostRead(client, postId).catch(() => undefined);
    }
    this.#focusNext = '[part~="post"] h2';
  }

  /** Back to the list, focus on the post that was open. */
  close(): void {
    const id = this.postId;
    this.postId = null;
    this.actionError = '';
    this.#focusNext = `[data-id="${CSS.escape(id ?? '')}"] [part~="open-button"]`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Opening loads the post, closing may load the list: focus moves once it is there.
    const target = this.#focusNext && this.shadowRoot?.querySelector<HTMLElement>(this.#focusNext);
    if (target) {
      this.#focusNext = undefined;
      target.focus({preventScroll: true});
    }
  }

  private focusPart(selector: string): void {
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus({preventScroll: true});
  }

  /** A reply could not be sent or deleted: `why` shows with the post and is said aloud. */
  private refuse(why: string): void {
    this.actionError = why;
    this.outcome = why;
  }

  private async handleReply(post: PostDetail): Promise<void> {
    const client = this.resolvedClient;
    const locale = resolveLocale(this.resolvedLang);
    if (!client || this.sending) return;
    if (this.draft.trim() === '') return this.refuse(msg(locale, 'posts.replyEmpty'));
    this.sending = true;
    this.actionError = '';
    try {
      await replyToPost(client, post.id, {body: this.draft});
      this.draft = '';
      this.outcome = msg(locale, 'posts.sent');
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.refuse(failureText(locale, 'posts.replyError', error));
    } finally {
      this.sending = false;
    }
  }

  private async handleDelete(post: PostDetail, replyId: string): Promise<void> {
    const client = this.resolvedClient;
    const locale = resolveLocale(this.resolvedLang);
    if (!client || this.deleting) return;
    this.deleting = replyId;
    this.actionError = '';
    try {
      await deleteReply(client, post.id, replyId);
      this.outcome = msg(locale, 'posts.deleted');
      await this.updateComplete;
      this.focusPart('[part~="post"] h2');
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.refuse(failureText(locale, 'posts.deleteError', error));
    } finally {
      this.deleting = null;
    }
  }
}
