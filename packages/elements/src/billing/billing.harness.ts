import {collapse, PorticoElementHarness} from '../internal/element.harness.js';
import type {PorticoBilling} from './billing.component.js';

/** Reads and drives a `<portico-billing>` the way a member does. */
export class PorticoBillingHarness extends PorticoElementHarness<PorticoBilling> {
  protected override readonly timeout = 5_000;

  /** One entry per due invoice: `CAN-000003 Day pass with a guest · Overdue since … €36.00 Overdue Pay`. */
  get due(): string[] {
    return this.listItemTexts('due');
  }

  /** The invoice numbers of the history, in order. */
  get history(): string[] {
    return [...(this.part('history')?.querySelectorAll<HTMLElement>('li') ?? [])].map(
      (li) => li.dataset.invoice ?? '',
    );
  }

  /** One entry per saved method, as shown. */
  get methods(): string[] {
    return this.partTexts('method');
  }

  /** The billing details' lines, as shown (name, company, address…). */
  get details(): string[] {
    return this.texts(this.part('details-summary')?.children);
  }

  /** The row of the invoice numbered `number` in `section` (`due` or `history`). */
  row(section: 'due' | 'history', number: string): HTMLElement | null {
    return this.part(section)?.querySelector<HTMLElement>(`li[data-invoice="${number}"]`) ?? null;
  }

  /** The row of a saved method (by its id). */
  method(id: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="method"][data-method="${id}"]`);
  }

  /** A button by its part inside `scope` (the whole element by default). */
  button(part: string, scope: ParentNode = this.root): HTMLButtonElement | null {
    return scope.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
  }

  /** Presses a button of `part` inside `scope`, as a pointer would. */
  async press(part: string, scope: ParentNode = this.root): Promise<void> {
    await this.clickShown(this.button(part, scope), `No ${part} is shown`);
  }

  /** Shows only invoices of `status` in the history, and waits until they show. */
  async filterBy(status: string): Promise<void> {
    await this.select('filter', status, 'No history filter is shown');
    await this.until((h) => h.part('history')?.getAttribute('aria-busy') === 'false');
  }

  /** Presses "Show more invoices" and waits until the next page shows. */
  async showMore(): Promise<void> {
    const before = this.history.length;
    await this.press('more-button');
    await this.until((h) => h.history.length > before);
  }

  /** Picks a method in the pay panel: a saved method's id, or `new`. */
  async chooseMethod(value: string): Promise<void> {
    const radio = [...this.root.querySelectorAll<HTMLInputElement>('[part~="pay-method"]')].find(
      (input) => input.value === value,
    );
    if (!radio) throw new Error(`No method ${value} in the pay panel`);
    radio.click();
    await this.settled();
  }

  /** Picks a test card in the open form (pay panel or add form). */
  async chooseTestCard(token: string): Promise<void> {
    await this.select('test-card', token, 'No test card field is shown');
  }

  /** Types into a field of the billing details form, by its `name`. */
  async fill(name: string, value: string): Promise<void> {
    const input = this.root.querySelector<HTMLInputElement | HTMLSelectElement>(
      `[part~="details-form"] [name="${name}"]`,
    );
    if (!input) throw new Error(`No field ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await this.settled();
  }

  /** A field's error message in the details form ('' when it has none). */
  fieldError(name: string): string {
    const input = this.root.querySelector(`[part~="details-form"] [name="${name}"]`);
    const id = input?.getAttribute('aria-describedby');
    return id ? collapse(this.root.getElementById(id)?.textContent) : '';
  }
}
