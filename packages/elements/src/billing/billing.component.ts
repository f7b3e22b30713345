import './billing.messages.js';
import type {
  BillingDetails,
  Invoice,
  InvoiceStatus,
  PaymentMethod,
  Renewal,
  Space,
  UpcomingInvoice,
} from '@portico/sdk';
import {
  billingDetailsQuery,
  invoicesQuery,
  paymentMethodsQuery,
  renewalQuery,
  upcomingInvoiceQuery,
} from '@portico/sdk/billing';
import {calendarDayOf} from '@portico/sdk/domain';
import {spaceQuery} from '@portico/sdk/space';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, resolveLocale} from '../i18n/index.js';
import {DataStates} from '../internal/data-states.js';
import {PorticoClientElement} from '../internal/portico-client-element.js';
import {QueryController} from '../internal/query-controller.js';
import {money, renderNotice} from './billing-format.js';
import {dueInvoices, INVOICES_PAGE, totalDue} from './due-invoices.js';
import {DetailsController} from './details-controller.js';
import {renderDetails} from './details-view.js';
import {DownloadsController} from './downloads-controller.js';
import {renderUpcoming} from './invoice-lines.js';
import {
  downloadButton,
  renderDue,
  renderHistory,
  type HistoryView,
  type InvoicesViewOptions,
} from './invoices-view.js';
import {MethodsController} from './methods-controller.js';
import {renderMethods} from './methods-view.js';
import {PayController} from './pay-controller.js';
import {renderPayPanel} from './pay-panel.js';
import {RenewalController} from './renewal-controller.js';
import {renderRenewal} from './renewal-view.js';
import {renderStatement} from './statement-view.js';
import styles from './billing.styles.js';

type Page<T> = {items: T[]; nextCursor: string | null};

/**
 * @summary Everything a member sees of billing: what is due (Pay, Pay all, with a saved or a
 * new card, and the bank's confirmation step when it asks), the invoices with their details
 * and PDFs, the upcoming invoice, payment methods (add, default, remove), the billing details
 * the next invoices are made out to, and the statement of a period as CSV or PDF. It updates
 * by itself when a payment settles anywhere (realtime `invoice.changed`).
 * @status experimental
 * @since 0.3
 *
 * @slot signed-out - Replaces the default "Sign in" button when nobody is signed in.
 *
 * @csspart base - The component's wrapper.
 * @csspart due - "To pay": the open and overdue invoices.
 * @csspart pay-button - Pays one invoice. @csspart pay-all-button - Pays every due invoice.
 * @csspart pay-panel - Which method pays. @csspart pay-now-button - "Pay €36.00".
 * @csspart authentication - The bank's confirmation step. @csspart authentication-link - Opens the bank's page.
 * @csspart history - Every invoice, with a status filter. @csspart invoice - One invoice's detail.
 * @csspart more-button - Shows the next page of the history ("Show more invoices").
 * @csspart download-button - Downloads an invoice's PDF.
 * @csspart upcoming - The next invoice.
 * @csspart renewal - The membership's next renewal. @csspart auto-pay - The auto-pay switch.
 * @csspart methods - Saved payment methods. @csspart details - Billing details.
 * @csspart statement - The statement's period and downloads.
 * @csspart error - An error message. @csspart retry-button - Tries loading again.
 * @csspart sign-in-button - Asks the page to sign the visitor in.
 *
 * @cssprop --portico-billing-background - Card background. Default `--portico-sys-color-surface`.
 * @cssprop --portico-billing-border-color - Card border and separators. Default `--portico-sys-color-outline-variant`.
 * @cssprop --portico-billing-border-radius - Card corners. Default `--portico-sys-radius-lg`.
 * @cssprop --portico-billing-color - Text. Default `--portico-sys-color-on-surface`.
 * @cssprop --portico-billing-muted-color - Secondary text. Default `--portico-sys-color-on-surface-variant`.
 * @cssprop --portico-billing-padding - Card padding. Default `--portico-sys-space-lg`.
 *
 * @fires {PorticoInvoicePaidEvent} portico-invoice-paid - Invoices were paid (after the bank's step when it asked).
 * @fires {PorticoPaymentMethodAddedEvent} portico-payment-method-added - A card or bank account was saved.
 * @fires {PorticoErrorEvent} portico-error - Loading failed.
 * @fires {PorticoNeedsSignInEvent} portico-needs-sign-in - A visitor pressed "Sign in".
 */
export class PorticoBilling extends PorticoClientElement {
  static override styles = [...PorticoClientElement.styles, styles];

  /**
   * Outside test mode, the page's payment provider form (e.g. Stripe's) makes the token a new
   * card is saved with; without it (and outside test mode) "Add a payment method" is hidden.
   */
  @property({attribute: false}) createPaymentToken: (() => Promise<string>) | undefined;

  /** The history shows only this status. */
  @state() private filter: InvoiceStatus | 'all' = 'all';
  /** How many pages of the history show ("Show more" adds one). */
  @state() private pages = 1;
  /** The invoice whose detail is open. */
  @state() private openInvoiceId: string | undefined;

  readonly #invoices = new QueryController<Page<Invoice>>(this, (client) =>
    client.session.isLoggedIn ? invoicesQuery(client, INVOICES_PAGE) : undefined,
  );
  // The history: the same first page when it shows every status, then as many as asked for.
  readonly #history = new QueryController<Page<Invoice>>(this, (client) =>
    client.session.isLoggedIn
      ? invoicesQuery(
          client,
          this.filter === 'all' ? INVOICES_PAGE : {...INVOICES_PAGE, status: this.filter},
          this.pages,
        )
      : undefined,
  );
  /** The history last shown, kept on screen while "Show more" loads the next page. */
  #historyShown: {filter: InvoiceStatus | 'all'; page: Page<Invoice>} | undefined;
  /** "Show more" was pressed with this many shown: say how many show once they do, and focus the first new one. */
  #moreFrom: number | undefined;
  readonly #methods = new QueryController<{items: PaymentMethod[]}>(this, (client) =>
    client.session.isLoggedIn ? paymentMethodsQuery(client) : undefined,
  );
  readonly #details = new QueryController<BillingDetails | null>(this, (client) =>
    client.session.isLoggedIn ? billingDetailsQuery(client) : undefined,
  );
  readonly #upcoming = new QueryController<UpcomingInvoice | null>(this, (client) =>
    client.session.isLoggedIn ? upcomingInvoiceQuery(client) : undefined,
  );
  readonly #renewal = new QueryController<Renewal>(this, (client) =>
    client.session.isLoggedIn ? renewalQuery(client) : undefined,
  );
  // The space's time zone says which day a payment was made, and whether it takes test cards.
  readonly #space = new QueryController<Space>(this, (client) => spaceQuery(client));

  readonly #states = new DataStates(this, {
    // The space too: its time zone dates payments, and test mode decides how a card is added.
    queries: [
      this.#invoices,
      this.#methods,
      this.#details,
      this.#upcoming,
      this.#renewal,
      this.#space,
    ],
    errorMessage: 'billing.error',
    loadingMessage: 'billing.loading',
    signedOutMessage: 'billing.signedOut',
  });

  readonly #pay = new PayController(this);
  readonly #methodsControl = new MethodsController(this);
  readonly #renewalControl = new RenewalController(this);
  readonly #detailsControl = new DetailsController(this);
  readonly #downloads = new DownloadsController(this);
  // The billing details form's code loads the first time the member edits them.
  readonly #detailsForm = this.lazy(() => import('./details-form.js'));
  // An invoice's detail loads the first time the member opens one; the list stays till then.
  readonly #detail = this.lazy(() => import('./invoice-detail.js'));

  /** Says an action's outcome to screen readers. */
  announce(text: string): void {
    this.#states.announce(text);
  }

  /** Focuses the part named once it is rendered (a checked radio first, for `pay-method`). */
  focusPart(part: string): void {
    void this.updateComplete.then(() => {
      const root = this.renderRoot;
      const target =
        root.querySelector<HTMLElement>(`[part~="${part}"]:checked`) ??
        root.querySelector<HTMLElement>(`[part~="${part}"]`);
      target?.focus();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const space = this.#space.state.data;
    if (space) this.#downloads.startAt(calendarDayOf(Date.now(), space.timeZone));
  }

  // After the render, not before it: only then has the history's query moved to the filter and
  // the number of pages asked for.
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const history = this.#history.state.data;
    if (!history) return;
    this.#historyShown = {filter: this.filter, page: history};
    const from = this.#moreFrom;
    if (from === undefined || (history.items.length <= from && history.nextCursor !== null)) return;
    this.#moreFrom = undefined;
    const first = history.items[from];
    const shown = msg(resolveLocale(this.resolvedLang), 'billing.shown', {
      count: history.items.length,
    });
    void this.updateComplete.then(() => {
      this.announce(shown);
      // The button may be gone (the last page): the member goes on from the first new invoice.
      if (first) this.#focusRow(first.number, 'history');
    });
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this.resolvedLang);
    return this.#states.renderBase('billing', {
      skeleton: () => html`
        <span class="skeleton billing__skeleton-title"></span>
        <span class="skeleton billing__skeleton-row"></span>
        <span class="skeleton billing__skeleton-row"></span>
        <span class="skeleton billing__skeleton-title"></span>
        <span class="skeleton billing__skeleton-row"></span>
      `,
      ready: () => this.renderReady(locale),
      announcement: () => {
        const due = dueInvoices(this.#invoices.state.data?.items ?? []);
        if (due.length === 0) return msg(locale, 'billing.nothingDue');
        const total = totalDue(due);
        return msg(locale, 'billing.dueSummary', {
          count: due.length,
          total: money(locale, total.amount, total.currency),
        });
      },
    });
  }

  private renderReady(locale: string): TemplateResult {
    const invoices = this.#invoices.state.data!.items;
    const methods = this.#methods.state.data!.items;
    const history = this.#historyView();
    const open = this.#known(this.openInvoiceId);
    const view = this.#viewOptions(locale, invoices);
    const detail = open && this.#detail.get();
    if (open && detail) {
      return detail.renderInvoiceDetail({
        locale,
        timeZone: this.#space.state.data?.timeZone,
        invoice: open,
        onBack: () => this.closeInvoice(),
        onOpen: (invoiceId) => void this.showInvoice(invoiceId),
        shown: new Set(this.#shown().map((invoice) => invoice.id)),
        actions: html`${downloadButton(view, open)}
        ${renderNotice(this.#downloads.notice?.about === open.id ? this.#downloads.notice : undefined, 'download-notice')}`,
      });
    }
    const payingInvoices = invoices.filter((invoice) => this.#pay.invoiceIds?.includes(invoice.id));
    const panel = renderPayPanel({
      locale,
      pay: this.#pay,
      invoices: payingInvoices,
      methods,
      testMode: this.#space.state.data?.testMode === true,
    });
    const downloadNotice = this.#downloads.notice;
    return html`<div class="billing__columns">
      <div class="billing__column">
        ${renderDue(view, panel)} ${renderHistory(view, history)}
        ${
          downloadNotice && downloadNotice.about !== 'statement'
            ? renderNotice(downloadNotice, 'download-notice')
            : nothing
        }
      </div>
      <div class="billing__column">
        ${renderUpcoming(
          locale,
          this.#upcoming.state.data ?? null,
          renderRenewal({
            locale,
            renewal: this.#renewal.state.data!,
            method: methods.find((method) => method.isDefault),
            controller: this.#renewalControl,
          }),
        )}
        ${renderMethods({
          locale,
          methods,
          controller: this.#methodsControl,
          testMode: this.#space.state.data?.testMode === true,
          createToken: this.createPaymentToken,
        })}
        ${renderDetails({
          locale,
          details: this.#details.state.data ?? null,
          controller: this.#detailsControl,
          form: this.#detailsControl.editing ? this.#detailsForm.get() : undefined,
        })}
        ${renderStatement(locale, this.#downloads)}
      </div>
    </div>`;
  }

  #viewOptions(locale: string, invoices: readonly Invoice[]): InvoicesViewOptions {
    return {
      locale,
      invoices,
      filter: this.filter,
      downloading: this.#downloads.busy,
      paying: this.#pay.invoiceIds !== undefined,
      onPay: (due) => this.#pay.open(due, this.#methods.state.data?.items ?? []),
      onView: (invoice) => this.showInvoice(invoice.id),
      onDownload: (invoice) => void this.#downloads.invoice(invoice),
      onFilter: (filter) => {
        this.filter = filter;
        this.pages = 1;
      },
    };
  }

  /** The invoices on screen: due, or in the history's pages. */
  #shown(): Invoice[] {
    return [
      ...(this.#invoices.state.data?.items ?? []),
      ...(this.#historyView().page?.items ?? []),
    ];
  }

  #known(invoiceId: string | undefined): Invoice | undefined {
    return this.#shown().find((invoice) => invoice.id === invoiceId);
  }

  #historyView(): HistoryView {
    const {state} = this.#history;
    const kept = this.#historyShown?.filter === this.filter ? this.#historyShown.page : undefined;
    return {
      page: state.data ?? kept,
      loadingMore: state.data === undefined && kept !== undefined && state.status !== 'error',
      error: state.status === 'error' ? state.error : undefined,
      onMore: () => {
        this.pages += 1;
        this.#moreFrom = state.data?.items.length ?? kept?.items.length;
      },
      onRetry: () => this.#history.retry(),
    };
  }

  /** Opens one invoice's detail (its heading takes focus). */
  async showInvoice(invoiceId: string): Promise<void> {
    this.openInvoiceId = invoiceId;
    await this.#detail.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#invoice-title')?.focus();
  }

  private async closeInvoice(): Promise<void> {
    const number = this.#known(this.openInvoiceId)?.number;
    this.openInvoiceId = undefined;
    await this.updateComplete;
    // Back where the member left: the invoice's own link.
    if (number) this.#focusRow(number);
  }

  /** Focuses the link of the invoice numbered `number` (its first row: due, else history). */
  #focusRow(number: string, section?: 'history'): void {
    const scope = section ? `[part~="${section}"] ` : '';
    const rows = this.renderRoot.querySelectorAll<HTMLElement>(`${scope}[data-invoice]`);
    const row = [...rows].find((li) => li.dataset.invoice === number);
    row?.querySelector<HTMLElement>('[part~="invoice-link"]')?.focus();
  }
}
