import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http} from 'msw';
import {MEMBER, readCode, SPACE} from '../../test/helpers/client.js';
import {problem, unavailable} from '../../test/helpers/problem.js';
import {answering, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import type {PorticoLogin} from './login.component.js';
import {PorticoLoginHarness} from './login.harness.js';
import './login.js';

/** The knobs of every login story. */
interface StoryKnobs extends LangKnob {
  /** Sign this email in before rendering (empty: signed out). */
  signedInAs: string;
  /** The `email` attribute (prefilled address). */
  email: string;
  /** The `invitation` attribute (an invitation token). */
  invitation: string;
}

const clients = new StoryClients();

const meta: Meta<StoryKnobs> = {
  component: 'portico-login',
  title: 'Login',
  ...clients.meta<StoryKnobs>(({signedInAs}) => signedInAs || null),
  args: {signedInAs: '', email: '', invitation: '', lang: 'en'},
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '24rem'})}>
      <portico-login
        .client=${clients.get(context)}
        email=${args.email}
        invitation=${args.invitation}
      ></portico-login>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** The story's login, driven the way a member would (for the `play` functions). */
async function harnessIn(canvas: HTMLElement): Promise<PorticoLoginHarness> {
  const el = canvas.querySelector<PorticoLogin>('portico-login');
  if (!el) throw new globalThis.Error('The story has no <portico-login>');
  const harness = new PorticoLoginHarness(el);
  await harness.settled();
  return harness;
}

/** Asks for a code for `email` and waits for the code step. */
async function toCodeStep(canvas: HTMLElement, email = MEMBER): Promise<PorticoLoginHarness> {
  const harness = await harnessIn(canvas);
  await harness.type(email);
  await harness.submit();
  await harness.until((h) => h.input?.autocomplete === 'one-time-code');
  return harness;
}

async function wrongCode(email = MEMBER): Promise<string> {
  return (await readCode(email)) === '000000' ? '111111' : '000000';
}

/** The play reaches the code step and submits `code()`. */
const submitsCode = (code: () => string | Promise<string>): Story => ({
  play: async ({canvasElement}) => {
    const harness = await toCodeStep(canvasElement);
    await harness.type(await code());
    await harness.submit();
  },
});

/** `POST /auth/otp` answers with `answer`; the play asks for a code for the seeded member. */
const askingForACode = (answer: () => Response): Story => ({
  parameters: answering(http.post(`*/v1/spaces/${SPACE}/auth/otp`, answer)),
  play: async ({canvasElement}) => {
    const harness = await harnessIn(canvasElement);
    await harness.type(MEMBER);
    await harness.submit();
  },
});

/** Asks for an email, with the space's privacy notice; the code goes to the dev mailbox. */
export const Email: Story = {};

/** The host page already knows the address (`email` attribute). */
export const Prefilled: Story = {args: {email: MEMBER}};

/** The code step: one field (paste works), "Wrong email?", and a resend cooldown. */
export const Code: Story = {
  play: async ({canvasElement}) => {
    await toCodeStep(canvasElement);
  },
};

/** A wrong code: how many attempts are left before the lock. */
export const WrongCode: Story = submitsCode(() => wrongCode());

/** `12ab`: what format is expected; nothing was sent. */
export const CodeFormat: Story = submitsCode(() => '12ab');

/** Five wrong codes: the email is locked, with a live countdown from the server's `retryAfter`. */
export const Lockout: Story = {
  play: async ({canvasElement}) => {
    const harness = await toCodeStep(canvasElement);
    await harness.type(await wrongCode());
    for (let i = 0; i < 5; i++) await harness.submit();
  },
};

/** The server says the email is locked for 19 min 42 s (already locked when asking for a code). */
export const LockedEmail: Story = askingForACode(() =>
  problem(429, 'too_many_attempts', 'Too many attempts', {retryAfter: 1182}),
);

/** An invitation link (`invitation="welcome-frank"`): "Activate my account", no code needed. */
export const Invitation: Story = {args: {invitation: 'welcome-frank'}};

/** Chloé has never accepted the terms: they come before anything else. */
export const Terms: Story = {args: {signedInAs: 'chloe@example.com'}};

/** A brand-new member: the terms ask for their name too. */
export const TermsWithName: Story = {args: {signedInAs: 'nina@example.com'}};

/** After the terms, a new member is asked to complete their profile (skippable). */
export const ProfilePrompt: Story = {
  args: {invitation: 'welcome-frank'},
  play: async ({canvasElement}) => {
    const harness = await harnessIn(canvasElement);
    await harness.press(harness.invitationButton);
    harness.termsCheckbox?.click();
    await harness.submit();
  },
};

/** Signed in: the member's name and "Sign out". */
export const SignedIn: Story = {args: {signedInAs: MEMBER}};

/** The API is down: the reason, and nothing typed is lost. */
export const Error: Story = askingForACode(unavailable);

/** `lang="fr"`: the email step in French. */
export const French: Story = {args: {lang: 'fr'}};

/** Chloé's terms in French. */
export const FrenchTerms: Story = {args: {lang: 'fr', signedInAs: 'chloe@example.com'}};

/** The lockout in French. */
export const FrenchLockout: Story = {...Lockout, args: {lang: 'fr'}};
