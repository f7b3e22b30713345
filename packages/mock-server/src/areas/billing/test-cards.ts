/**
 * The payment provider's test tokens the mock knows (Stripe's names): what is saved for each,
 * and what happens when it is charged.
 */
import type {PaymentFailure} from '@portico/sdk/contract';

export type ChargeOutcome = 'succeeds' | 'requires_action' | PaymentFailure;

export interface TestCard {
  type: 'card' | 'sepa_debit';
  brand: string | null;
  last4: string;
  outcome: ChargeOutcome;
}

const card = (brand: string, last4: string, outcome: ChargeOutcome): TestCard => ({
  type: 'card',
  brand,
  last4,
  outcome,
});

export const TEST_CARDS: Readonly<Record<string, TestCard>> = {
  pm_card_visa: card('visa', '4242', 'succeeds'),
  pm_card_mastercard: card('mastercard', '4444', 'succeeds'),
  pm_card_authenticationRequired: card('visa', '3155', 'requires_action'),
  pm_card_chargeDeclined: card('visa', '0002', 'card_declined'),
  pm_card_chargeDeclinedInsufficientFunds: card('visa', '9995', 'insufficient_funds'),
  pm_card_chargeDeclinedExpiredCard: card('visa', '0069', 'expired_card'),
  pm_sepa_debit: {type: 'sepa_debit', brand: null, last4: '3000', outcome: 'succeeds'},
};

export function testCard(token: string): TestCard | undefined {
  return Object.hasOwn(TEST_CARDS, token) ? TEST_CARDS[token] : undefined;
}
