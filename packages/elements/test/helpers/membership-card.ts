/// <reference types="mocha" />
// Shared by the membership card's test files: a card bound to a test client for one of the
// seeded members, and how the card writes a day.
import type {Membership, PorticoClient} from '@portico/sdk';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {describeElement} from './hooks.js';
import {createTestClient, logIn, SPACE} from './mock-api.js';
import {mountElement, untilReady} from './mount.js';
import '../../src/membership-card/membership-card.js';
import {PorticoMembershipCardHarness} from '../../src/membership-card/membership-card.harness.js';

export const MEMBERSHIP = `*/v1/spaces/${SPACE}/me/membership`;
export const HISTORY = `*/v1/spaces/${SPACE}/me/memberships`;

export interface SetupOptions {
  /** The seeded member to sign in as; none when `null`. */
  member?: string | null;
  lang?: string;
  historyOpen?: boolean;
  plansOnly?: boolean;
  /** The `payment-method` attribute (the card's default when left out). */
  paymentMethod?: string;
  /** Accepts the space's terms before rendering (a new member after onboarding). */
  acceptTerms?: boolean;
}

export async function setupTest(options: SetupOptions = {}) {
  const client = createTestClient();
  const {member = 'ada'} = options;
  if (member) await logIn(client, `${member}@example.com`);
  if (options.acceptTerms) {
    const space = await client.space.get();
    await client.profile.acceptTerms({version: space.terms.version});
  }
  const mounted = await mountElement(
    'portico-membership-card',
    PorticoMembershipCardHarness,
    html`<portico-membership-card
      .client=${client}
      ?history-open=${options.historyOpen ?? false}
      ?plans-only=${options.plansOnly ?? false}
      payment-method=${ifDefined(options.paymentMethod)}
    ></portico-membership-card>`,
    options.lang,
  );
  return {...mounted, client};
}

/** The day as the card shows it: `18 Nov`, with the year when not this year. */
export function shown(day: string, locale = 'en'): string {
  const date = new Date(`${day}T12:00:00Z`);
  const sameYear = date.getUTCFullYear() === new Date().getUTCFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export async function current(client: PorticoClient): Promise<Membership> {
  const {membership} = await client.membership.get();
  if (!membership) throw new Error('The member has no membership');
  return membership;
}

export const ready = (h: PorticoMembershipCardHarness) => h.planName !== '' || h.plans.length > 0;

/** {@link setupTest}, then waits until the card shows a plan or the plans on offer. */
export const setupLoaded = untilReady(setupTest, ready);

/** `describe('<portico-membership-card>')` with {@link describeElement}'s hooks. */
export function describeMembershipCard(tests: () => void): void {
  describeElement('portico-membership-card', tests);
}
