import './notifications.messages.js';
import {isPorticoError, type Notification, type Space} from '@portico/sdk';
import {markNotificationRead, notificationsQuery} from '@portico/sdk/notifications';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {formatDateTime, msg, resolveLocale} from '../i18n/index.js';
import {button} from '../internal/button.template.js';
import {DataStates} from '../internal/data-states.js';
import {errorReason} from '../internal/error-message.js';
import {listSkeleton} from '../internal/list-skeleton.template.js';
import {notificationText} from './notification-text.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {MAX_SHOWN, moreButton, moreShown} from '../internal/show-more.template.js';
import {failureText} from '../internal/failure-text.js';
import styles from './notifications.styles.js';

type NotificationPage = {items: Notification[]; nextCursor: string | null};

/** Notifications per "Show older". */
const PAGE = 20;

/**
 * @summary The member's notifications (bookings, payments, membership, announcements),
 * newest first, with the number of unread ones; mark one or all as read. New ones appear
 * live (realtime `notification.created`).
 * @status experimental
 * @since 0.2
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart heading - The title line.
 * @csspart badge - The number of unread notifications.
 * @csspart list - The list of notifications.
 * @csspart item - One notification (`item unread` while unread).
 * @csspart mark-read-button - Marks one notification read.
 * @csspart mark-all-button - Marks every notification read.
 * @csspart more-button - Shows older notifications.
 * @csspart error - An error message.
 * @csspart retry-button - Tries loading again.
 * @csspart sign-in-button - The default content of the `signed-out` slot.
 *
 * @cssprop --portico-notifications-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-notifications-border-color - Card border and separators. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-notifications-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-notifications-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-notifications-muted-color - Dates and bodies. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-notifications-padding - Card padding. Default `--portico-sys-space-lg`.
 * @cssprop --portico-notifications-unread-background - An unread notification. Default `--portico-sys-color-surface-container`.
 * @cssprop --portico-notifications-unread-color - The unread dot. Default `--portico-sys-color-primary`.
 *
 * @fires {PorticoNotificationsChangedEvent} portico-notifications-changed - The unread count
 * changed (detail: `unreadCount`).
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - The default "Sign in" button was pressed.
 * @fires {PorticoErrorEvent} portico-error - Loading the notifications failed.
 */
export class PorticoNotifications extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /** Shows only the unread notifications (a dashboard's summary). */
  @property({type: Boolean, reflect: true, attribute: 'unread-only'}) unreadOnly = false;

  /** How many notifications show at first; "Show older" adds as many again. */
  @property({type: Number}) limit = PAGE;

  /** Hides the title line (a page that has its own heading). The unread badge stays. */
  @property({type: Boolean, reflect: true, attribute: 'hide-title'}) hideTitle = false;

  @state() private shown = 0;
  /** The ids being marked read, or `all`. */
  @state() private marking: ReadonlySet<string> | 'all' = new Set();
  @state() private actionError = '';
  /** What the last action did, kept in the live region until the next one. */
  @state() private outcome = '';

  #lastCount: number | undefined;
  /**
   * Ids this element marked read. The list and the unread count are two queries that refetch on
   * their own; reading through this set keeps the item and the badge in step until both have.
   */
  readonly #markedRead = new Set<string>();

  readonly #list = new QueryController<NotificationPage>(this, (client) =>
    client.session.isLoggedIn
      ? notificationsQuery(client, {
          limit: this.pageSize,
          ...(this.unreadOnly ? {unread: true} : {}),
        })
      : undefined,
  );
  // One query for the count, shared by every notifications element on the page; the largest
  // page there is, so the count says "99+" past it.
  readonly #unread = new QueryController<NotificationPage>(this, (client) =>
    client.session.isLoggedIn
      ? notificationsQuery(client, {unread: true, limit: MAX_SHOWN})
      : undefined,
  );
  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));

  readonly #states = new DataStates(this, {
    queries: [this.#list, this.#unread],
    errorMessage: 'notifications.error',
    loadingMessage: 'notifications.loading',
    signedOutMessage: 'notifications.signedOut',
  });

  /** The number of unread notifications (0 until they load, or when signed out). Read-only. */
  get unreadCount(): number {
    return this.resolvedClient?.session.isLoggedIn
      ? (this.#unread.state.data?.items.filter((item) => !this.#markedRead.has(item.id)).length ??
          0)
      : 0;
  }

  private get pageSize(): number {
    return Math.min(MAX_SHOWN, Math.max(1, this.shown || this.limit));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const count = this.unreadCount;
    this.setAttribute('unread-count', String(count));
    const loaded =
      this.#unread.state.data !== undefined || !this.resolvedClient?.session.isLoggedIn;
    if (loaded && count !== this.#lastCount) {
      this.#lastCount = count;
      this.emit('portico-notifications-changed', {detail: {unreadCount: count}});
    }
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase('notifications', {
      skeleton: () => listSkeleton('notifications'),
      ready: () => this.renderReady(locale),
      announcement: () => this.outcome,
    });
  }

  private renderReady(locale: string): TemplateResult {
    const list = this.#list.state.data!;
    const items = this.unreadOnly
      ? list.items.filter((item) => !this.#markedRead.has(item.id))
      : list.items;
    const count = this.unreadCount;
    const unreadMore = this.#unread.state.data?.nextCursor != null;
    const busyAll = this.marking === 'all';
    return html`
      <div part="heading" class="notifications__head">
        ${this.hideTitle ? nothing : html`<h2 class="notifications__title">${msg(locale, 'notifications.title')}</h2>`}
        ${
          count > 0
            ? html`<span part="badge" class="badge badge--info notifications__badge"
                >${msg(locale, unreadMore ? 'notifications.unreadMany' : 'notifications.unreadBadge', {count})}</span
              >`
            : nothing
        }
        ${
          count > 0
            ? button(msg(locale, busyAll ? 'notifications.marking' : 'notifications.markAllRead'), {
                class: 'button button--secondary notifications__mark-all',
                part: 'mark-all-button',
                disabled: busyAll,
                onClick: this.handleMarkAll,
              })
            : nothing
        }
      </div>
      ${this.actionError ? html`<p part="error" class="notice notice--error">${this.actionError}</p>` : nothing}
      ${
        items.length === 0
          ? html`<p class="notifications__empty">
              ${msg(locale, this.unreadOnly ? 'notifications.allRead' : 'notifications.empty')}
            </p>`
          : html`<ul part="list" class="notifications__list">
              ${items.map((item) => this.renderItem(item, locale))}
            </ul>`
      }
      ${
        list.nextCursor && this.pageSize < MAX_SHOWN && !this.unreadOnly
          ? moreButton(msg(locale, 'notifications.more'), () => {
              this.shown = moreShown(this.pageSize, this.limit);
            })
          : nothing
      }
    `;
  }

  private renderItem(item: Notification, locale: string): TemplateResult {
    const unread = item.readAt === null && !this.#markedRead.has(item.id);
    const busy = this.marking === 'all' || this.marking.has(item.id);
    const timeZone = this.#space.state.data?.timeZone;
    const text = notificationText(item, locale, timeZone);
    return html`<li
      part=${unread ? 'item unread' : 'item'}
      class="notifications__item ${unread ? 'notifications__item--unread' : ''}"
      data-id=${item.id}
      tabindex="-1"
    >
      <div class="notifications__meta">
        <span class="notifications__kind">${text.kind}</span>
        <time datetime=${item.createdAt}>${formatDateTime(locale, item.createdAt, timeZone)}</time>
        ${
          unread
            ? html`<span class="notifications__dot" aria-hidden="true"></span
                ><span class="visually-hidden">${msg(locale, 'notifications.unread')}</span>`
            : nothing
        }
      </div>
      <p class="notifications__item-title">${text.title}</p>
      <p class="notifications__body">${text.body}</p>
      ${
        unread
          ? button(
              html`${msg(locale, busy ? 'notifications.marking' : 'notifications.markRead')}<span
                  class="visually-hidden"
                  >: <bdi>${text.title}</bdi></span
                >`,
              {
                class: 'button button--ghost notifications__mark',
                part: 'mark-read-button',
                disabled: busy,
                onClick: () => this.handleMarkRead(item),
              },
            )
          : nothing
      }
    </li>`;
  }

  private async handleMarkRead(item: Notification): Promise<void> {
    const client = this.resolvedClient;
    if (!client || this.marking === 'all' || this.marking.has(item.id)) return;
    const locale = resolveLocale(this.resolvedLang);
    this.marking = new Set([...this.marking, item.id]);
    this.actionError = '';
    this.outcome = '';
    try {
      await markNotificationRead(client, item.id);
      this.#markedRead.add(item.id);
      this.outcome = msg(locale, 'notifications.markedRead');
      // The button is gone: keep keyboard focus on the notification it belonged to.
      await this.updateComplete;
      this.shadowRoot
        ?.querySelector<HTMLElement>(`[data-id="${CSS.escape(item.id)}"]`)
        ?.focus({preventScroll: true});
    } catch (error) {
      if (!isPorticoError(error)) throw error;
      this.actionError = failureText(locale, 'notifications.markError', error);
      this.outcome = this.actionError;
    } finally {
      const rest = new Set(this.marking instanceof Set ? this.marking : []);
      rest.delete(item.id);
      this.marking = rest;
    }
  }

  private async handleMarkAll(): Promise<void> {
    const client = this.resolvedClient;
    const unread = this.#unread.state.data?.items ?? [];
    if (!client || this.marking === 'all' || unread.length === 0) return;
    const locale = resolveLocale(this.resolvedLang);
    this.marking = 'all';
    this.actionError = '';
    this.outcome = '';
    // The API marks one at a time; each call invalidates the list once it answers.
    const results = await Promise.allSettled(
      unread.map((item) => markNotificationRead(client, item.id)),
    );
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') this.#markedRead.add(unread[i]!.id);
    });
    const failures = results.filter((result) => result.status === 'rejected');
    const done = results.length - failures.length;
    this.marking = new Set();
    if (failures.length > 0) {
      const reason = (failures[0] as PromiseRejectedResult).reason;
      const why = isPorticoError(reason) ? msg(locale, errorReason(reason)) : '';
      this.actionError =
        `${msg(locale, 'notifications.markAllError', {count: failures.length})} ${why}`.trim();
      this.outcome = this.actionError;
      return;
    }
    this.outcome = msg(locale, 'notifications.markedAllRead', {count: done});
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[part~="base"]')?.focus({preventScroll: true});
  }
}
