// The dashboard's "1 unpaid invoice · €36.00 · Pay" line, linking to the Billing page. Internal
// to the portal; it reads the same invoices query as <portico-billing>, so a payment anywhere
// (or realtime `invoice.changed`) removes it at once.
import type {Invoice} from '@portico/sdk';
import {invoicesQuery} from '@portico/sdk/billing';
import {formatMoney} from '@portico/sdk/domain';
import {css, html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {dueInvoices, INVOICES_PAGE, totalDue} from '../../billing/due-invoices.js';
import {msg, resolveLocale} from '../../i18n/index.js';
import {PorticoClientElement} from '../../internal/portico-client-element.js';
import {QueryController} from '../../internal/query-controller.js';
import {sys} from '../../internal/tokens.js';

/**
 * What the member owes, as one line on the dashboard; nothing when nothing is due (or while it
 * loads: a reminder, not a card).
 * @internal
 */
export class PorticoPortalUnpaidInvoices extends PorticoClientElement {
  static override styles = [
    ...PorticoClientElement.styles,
    css`
      .unpaid {
        justify-content: flex-start;
        flex-wrap: wrap;
        margin: 0;
      }

      .unpaid__link {
        color: inherit;
        font-weight: ${sys('font-weight-bold')};
      }
    `,
  ];

  /** Where "Pay" goes: the portal's Billing page. */
  @property({attribute: false}) billingHref = '#';

  readonly #invoices = new QueryController<{items: Invoice[]; nextCursor: string | null}>(
    this,
    (client) => (client.session.isLoggedIn ? invoicesQuery(client, INVOICES_PAGE) : undefined),
  );

  protected override render(): TemplateResult | typeof nothing {
    const due = dueInvoices(this.#invoices.state.data?.items ?? []);
    if (due.length === 0) return nothing;
    const locale = resolveLocale(this.resolvedLang);
    const total = totalDue(due);
    return html`<p part="base" class="notice notice--warning unpaid">
      <span
        >${msg(locale, 'portal.unpaid', {count: due.length, total: formatMoney(total, locale)})}</span
      >
      ·
      <a part="pay-link" class="unpaid__link" href=${this.billingHref}
        >${msg(locale, 'portal.pay')}</a
      >
    </p>`;
  }
}

PorticoPortalUnpaidInvoices.define('portico-portal-unpaid-invoices');

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal-unpaid-invoices': PorticoPortalUnpaidInvoices;
  }
}
