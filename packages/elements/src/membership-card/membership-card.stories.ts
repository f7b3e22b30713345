import {createMockApi} from '@portico/mock-server';
import {createHandlers} from '@portico/mock-server/msw';
import type {Space} from '@portico/sdk';
import type {Membership, MembershipStatus, PorticoClient} from '@portico/sdk';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http, HttpResponse} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {answering, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import './membership-card.js';

/** Story-level parameters of this file. */
interface StoryParameters extends StateParameters {
  /** Shows the seeded member's current membership with this status instead (not seeded). */
  status?: MembershipStatus;
  /**
   * Done through the API before rendering: a plan change or a cancellation scheduled, or (a
   * new member) the terms accepted and a plan joined without paying.
   */
  prepare?: 'change' | 'cancel' | 'terms' | 'join-unpaid';
}

/** The knobs of every membership card story. */
interface StoryKnobs extends LangKnob {
  /** The seeded member signed in before rendering (`none`: signed out). */
  member: 'ada' | 'ben' | 'chloe' | 'dan' | 'eve' | 'none';
  /** The `history-open` attribute. */
  historyOpen: boolean;
}

const MEMBERSHIP = `*/v1/spaces/${SPACE}/me/membership`;

/** Each story gets its own client, signed in by `beforeEach` (after msw is ready). */
const clients = new StoryClients();

/** The membership the `status` stories answer with, read from the mock server by `beforeEach`. */
let statusOverride: Membership | undefined;

const meta: Meta<StoryKnobs> = {
  component: 'portico-membership-card',
  title: 'Membership card',
  ...clients.meta<StoryKnobs>(
    ({member}) => (member === 'none' ? null : `${member}@example.com`),
    async (client, context) => {
      const {status, prepare} = context.parameters as StoryParameters;
      if (prepare) await prepareMembership(client, prepare);
      if (status) {
        // The history is not overridden: its newest entry is the current membership.
        const {items} = await client.membership.list();
        statusOverride = items[0] && {...items[0], status, nextBilling: null};
      }
      return () => void (statusOverride = undefined);
    },
  ),
  args: {member: 'ada', historyOpen: false, lang: 'en'},
  argTypes: {
    member: {control: 'select', options: ['ada', 'ben', 'chloe', 'dan', 'eve', 'none']},
    lang: {control: 'inline-radio', options: ['en', 'fr']},
  },
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '26rem'})}>
      <portico-membership-card
        .client=${clients.get(context)}
        ?history-open=${args.historyOpen}
      ></portico-membership-card>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/**
 * Brings the signed-in member to the story's state through the API. Idempotent: Storybook
 * keeps a story's mock state when it is shown again.
 */
async function prepareMembership(
  client: PorticoClient,
  prepare: NonNullable<StoryParameters['prepare']>,
): Promise<void> {
  const {membership} = await client.membership.get();
  if (prepare === 'terms' || prepare === 'join-unpaid') {
    const space = await client.space.get();
    await client.profile.acceptTerms({version: space.terms.version});
    if (prepare === 'join-unpaid' && !membership)
      await client.membership.join({planId: 'plan-unlimited'});
    return;
  }
  if (!membership) return;
  if (prepare === 'change' && !membership.scheduledChange) {
    if (membership.cancellation) await client.membership.undoCancel(membership.id);
    await client.membership.change(membership.id, 'plan-unlimited');
  }
  if (prepare === 'cancel' && !membership.cancellation) {
    if (membership.scheduledChange) await client.membership.undoChange(membership.id);
    await client.membership.cancel(membership.id);
  }
}

/** A story that changes the mock's state gets its own, so no other story sees the change. */
const ownState = (parameters: StoryParameters): StoryParameters & Record<string, unknown> => ({
  ...parameters,
  msw: {handlers: createHandlers({scenario: 'demo'})},
});

/** The demo space with plan changes kept at its front desk (seed 002's switches). */
function frontDeskHandlers() {
  const api = createMockApi({scenario: 'demo'});
  api.db.transaction((tx) => {
    const space = tx.get<Space & Record<string, unknown>>('spaces', 'sp_demo');
    if (!space) return;
    const selfService = {join: false, change: false, cancel: false};
    tx.put('spaces', {...space, membershipPolicy: {...space.membershipPolicy, selfService}});
  });
  return createHandlers({api});
}

/** Presses a button of the card once it shows (a story's `play`). */
function press(part: string, name?: string) {
  return async ({canvasElement}: {canvasElement: HTMLElement}) => {
    const card = canvasElement.querySelector('portico-membership-card');
    const deadline = performance.now() + 5_000;
    while (performance.now() < deadline) {
      const buttons = [
        ...(card?.shadowRoot?.querySelectorAll<HTMLButtonElement>(`[part~="${part}"]`) ?? []),
      ];
      const button = buttons.find((b) => !name || b.textContent?.includes(name));
      if (button) return button.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
}

/** The seeded member's membership shown with a status no seeded member has. */
const withStatus = (status: MembershipStatus): Story => ({
  parameters: {
    status,
    ...answering(
      http.get(MEMBERSHIP, () => HttpResponse.json({membership: statusOverride ?? null})),
    ),
  } satisfies StoryParameters & Record<string, unknown>,
});

/** Ada: Flex monthly (time-based), active; days elapsed as a progress bar. */
export const Active: Story = {};

/** Ben: 10 days a month (entries), 4 used. */
export const Entries: Story = {args: {member: 'ben'}};

/** Eve: Resident starting in three days, payment pending. */
export const Pending: Story = {args: {member: 'eve'}};

/** Dan: Resident, ended a month ago; the plans to renew below. */
export const Expired: Story = {args: {member: 'dan'}};

/** Ada's membership marked inactive (no seeded member is). */
export const Inactive: Story = withStatus('inactive');

/** Ada's membership marked cancelled (no seeded member is). */
export const Cancelled: Story = withStatus('cancelled');

/** Dan's three memberships with their payments (one failed, then paid). */
export const History: Story = {args: {member: 'dan', historyOpen: true}};

/** Ada pressed "Choose" on Resident: the confirmation states price, date and what changes. */
export const ChangeConfirmation: Story = {play: press('choose-button', 'Resident')};

/** Ada scheduled a change to Resident: "Changes to Resident on …" with Undo. */
export const ChangeScheduled: Story = {parameters: ownState({prepare: 'change'})};

/** Ada pressed "Cancel membership": the last day (after the notice) and what she loses. */
export const CancelConfirmation: Story = {play: press('cancel-button')};

/** Ada cancelled: "Ends on …" with Undo; nothing more is billed. */
export const CancellationScheduled: Story = {parameters: ownState({prepare: 'cancel'})};

/** Chloé, terms accepted, pressed "Choose" on Flex monthly: "Pay €250.00 and join". */
export const JoinConfirmation: Story = {
  args: {member: 'chloe'},
  parameters: ownState({prepare: 'terms'}),
  play: press('choose-button', 'Flex monthly'),
};

/** Chloé joined Resident without paying: pending, "Waiting for payment" and a Pay button. */
export const AwaitingPayment: Story = {
  args: {member: 'chloe'},
  parameters: ownState({prepare: 'join-unpaid'}),
};

/** The space keeps plan changes at its front desk: no Choose or Cancel, whom to contact. */
export const FrontDesk: Story = {parameters: {msw: {handlers: frontDeskHandlers()}}};

/** Chloé has no membership: the plans on offer, each with "Choose". */
export const NoMembership: Story = {args: {member: 'chloe'}};

/** Nobody is signed in: a message and a "Sign in" button (or the `signed-out` slot). */
export const SignedOut: Story = {args: {member: 'none'}};

const states = stateStories('/me/membership');

/** The membership request has not answered yet: a skeleton the size of the card. */
export const Loading: Story = states.Loading;

/** The API answered 503 once: the reason and a Retry button that works. */
export const Error: Story = states.Error;

/** `lang="fr"`: Ben's membership in French, with his history. */
export const French: Story = {args: {member: 'ben', lang: 'fr', historyOpen: true}};

/** Chloé in French: « Choisissez une formule ». */
export const FrenchNoMembership: Story = {args: {member: 'chloe', lang: 'fr'}};
