import type {Invoice} from '@portico/sdk';
import {getInvoicePdf, getStatementFile} from '@portico/sdk/billing';
import {addDays} from '@portico/sdk/domain';
import {msg, resolveLocale} from '../i18n/index.js';
import {HostController} from '../internal/host-controller.js';
import {problemText, type BillingNotice} from './billing-format.js';
import type {PayHost} from './pay-controller.js';
import {saveFile} from './save-file.js';

/**
 * The files billing downloads with the member's token: an invoice's PDF, and the statement of
 * a period (CSV or PDF). Each is fetched through the SDK and saved from a blob URL.
 */
export class DownloadsController extends HostController<
  PayHost,
  Pick<DownloadsController, 'busy' | 'notice' | 'from' | 'to'>
> {
  /** What is downloading: an invoice's id, `csv` or `pdf`. */
  busy: string | undefined;
  /** A failed download, beside its button. */
  notice: (BillingNotice & {readonly about: string}) | undefined;
  /** The statement's period; empty until the element knows the space's today. */
  from = '';
  to = '';

  /** The statement's default period: the last twelve months up to `today` (the space's). */
  startAt(today: string): void {
    if (this.to) return;
    this.from = addDays(today, -364);
    this.to = today;
  }

  setPeriod(from: string, to: string): void {
    this.set({from, to, notice: undefined});
  }

  async invoice(invoice: Invoice): Promise<void> {
    await this.#download(invoice.id, `${invoice.number}.pdf`, (client) =>
      getInvoicePdf(client, invoice.id),
    );
  }

  async statement(format: 'csv' | 'pdf'): Promise<void> {
    const locale = resolveLocale(this.host.resolvedLang);
    if (!this.from || !this.to || this.from > this.to) {
      this.set({
        notice: {tone: 'error', text: msg(locale, 'billing.statementOrder'), about: 'statement'},
      });
      return;
    }
    const {from, to} = this;
    await this.#download(format, `statement-${from}-${to}.${format}`, (client) =>
      getStatementFile(client, {from, to, format}),
    );
  }

  async #download(
    what: string,
    filename: string,
    request: (client: NonNullable<PayHost['resolvedClient']>) => Promise<Blob>,
  ): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return;
    this.set({busy: what, notice: undefined});
    try {
      saveFile(await request(client), filename);
      this.set({busy: undefined});
    } catch (error) {
      const locale = resolveLocale(this.host.resolvedLang);
      const text = `${msg(locale, 'billing.downloadError')} ${problemText(locale, error)}`;
      const about = what === 'csv' || what === 'pdf' ? 'statement' : what;
      this.set({busy: undefined, notice: {tone: 'error', text, about}});
      this.host.announce(text);
    }
  }
}
