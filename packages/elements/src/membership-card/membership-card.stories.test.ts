/// <reference types="mocha" />
// Each membership card story shows what its name promises (the smoke test only checks that
// stories render without errors).
import {describeStories, stateStoryChecks} from '../../test/helpers/story-checks.js';
import {PorticoMembershipCardHarness} from './membership-card.harness.js';
import * as stories from './membership-card.stories.js';

type Check = (h: PorticoMembershipCardHarness) => boolean;

const EXPECTED: Record<string, Check> = {
  Active: (h) => h.status === 'Status: Active' && h.planName === 'Flex monthly',
  Entries: (h) => h.progressBar?.getAttribute('aria-valuetext') === '4 of 10 entries used',
  Pending: (h) => h.status === 'Status: Pending',
  Expired: (h) => h.status === 'Status: Expired' && h.chooseButtons.length === 4,
  Inactive: (h) => h.status === 'Status: Inactive',
  Cancelled: (h) => h.status === 'Status: Cancelled',
  History: (h) => h.historyItems.length === 3,
  NoMembership: (h) => h.plans.length === 4,
  ...stateStoryChecks('Loading your membership…'),
  French: (h) => h.status === 'Statut : Actif' && h.historyItems.length === 1,
  FrenchNoMembership: (h) => h.text.includes('Choisissez une formule'),
  ChangeConfirmation: (h) =>
    h.confirmation.startsWith('Change to Resident Price €390.00 / month') &&
    h.confirmButton !== null,
  ChangeScheduled: (h) => h.scheduled.startsWith('Changes to Resident on') && h.undoButton !== null,
  CancelConfirmation: (h) => h.confirmation.includes('Last day') && h.confirmButton !== null,
  CancellationScheduled: (h) => h.scheduled.startsWith('Ends on') && h.undoButton !== null,
  JoinConfirmation: (h) => h.confirmButton?.textContent?.trim() === 'Pay €250.00 and join',
  AwaitingPayment: (h) => h.awaiting === 'Waiting for payment' && h.payButton !== null,
  FrontDesk: (h) => h.contact.includes('hello@canopee.example') && h.chooseButtons.length === 0,
};

describeStories('portico-membership-card', stories, {
  Harness: PorticoMembershipCardHarness,
  expected: EXPECTED,
});
