/// <reference types="mocha" />
// Each billing story shows what its name promises (the smoke test only checks that stories
// render without errors).
import {describeStories, stateStoryChecks} from '../../test/helpers/story-checks.js';
import {PorticoBillingHarness} from './billing.harness.js';
import * as stories from './billing.stories.js';

type Check = (h: PorticoBillingHarness) => boolean;

const EXPECTED: Record<string, Check> = {
  Default: (h) => h.due.length === 1 && h.history.length === 4 && h.methods.length === 2,
  Phone: (h) => h.due.length === 1 && h.element.getBoundingClientRect().width <= 390,
  PayPanel: (h) => h.partText('pay-now-button') === 'Pay €36.00',
  InvoiceDetail: (h) => h.partText('invoice').includes('Back to invoices Invoice CAN-000003'),
  EditDetails: (h) => h.part('details-form') !== null,
  RequiresAction: (h) =>
    h.partText('authentication').startsWith('Your bank needs you to confirm this payment'),
  Declined: (h) =>
    h.partText('pay-notice') ===
      'The payment did not go through: your card was declined. Nothing was charged.' &&
    h.due.length === 1,
  Empty: (h) => h.partText('empty') === 'No invoices yet.',
  Longest: (h) => h.history[0] === 'W'.repeat(40) && h.element.scrollWidth <= 390,
  ...stateStoryChecks('Loading your billing…'),
  French: (h) => h.partText('due').startsWith('À payer'),
  Dark: (h) => h.due.length === 1,
};

describeStories('portico-billing', stories, {
  Harness: PorticoBillingHarness,
  expected: EXPECTED,
});
