// The payment provider's test tokens a space in test mode accepts (Stripe's names, the mock's).
import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';

/** Every test card the mock knows, the one that pays first. */
export const TEST_TOKENS = [
  'pm_card_visa',
  'pm_card_mastercard',
  'pm_card_authenticationRequired',
  'pm_card_chargeDeclined',
  'pm_card_chargeDeclinedInsufficientFunds',
  'pm_card_chargeDeclinedExpiredCard',
  'pm_sepa_debit',
] as const;

export type TestToken = (typeof TEST_TOKENS)[number];

/**
 * The "Test card" field that stands for the provider's card form in test mode: each option
 * says how the card behaves, so a tester picks the path to try.
 */
export function testCardSelect(
  locale: string,
  value: string,
  tokens: readonly TestToken[],
  onChange: (token: TestToken) => void,
): TemplateResult {
  return html`<label class="field">
    <span class="field__label">${msg(locale, 'billing.testCard')}</span>
    <select
      part="test-card"
      class="input"
      .value=${value}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as TestToken)}
    >
      ${tokens.map(
        (token) =>
          html`<option value=${token} ?selected=${token === value}>
            ${msg(locale, `billing.testCard.${token}`)}
          </option>`,
      )}
    </select>
    <span class="field__hint">${msg(locale, 'billing.testCardHint')}</span>
  </label>`;
}
