import {updateRenewal} from '@portico/sdk/billing';
import {msg, resolveLocale} from '../i18n/index.js';
import {problemText, type BillingNotice} from './billing-format.js';
import {BillingController} from './billing-controller.js';

/** Auto-pay: the member turns it on or off; the outcome is said and shown under the switch. */
export class RenewalController extends BillingController<
  Pick<RenewalController, 'busy' | 'notice'>
> {
  /** The change is being saved (the switch waits). */
  busy = false;
  notice: BillingNotice | undefined;

  async setAutoPay(autoPay: boolean): Promise<void> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return;
    const locale = resolveLocale(this.host.resolvedLang);
    this.set({busy: true, notice: undefined});
    try {
      await updateRenewal(client, {autoPay});
      const text = msg(locale, autoPay ? 'billing.autoPayOn' : 'billing.autoPayOff');
      this.tell('success', text, {busy: false});
    } catch (error) {
      const text = problemText(locale, error);
      this.tell('error', text, {busy: false});
    }
  }
}
