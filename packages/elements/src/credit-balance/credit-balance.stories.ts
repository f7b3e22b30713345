import type {PorticoClient} from '@portico/sdk';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http, HttpResponse} from 'msw';
import {MEMBER, SPACE} from '../../test/helpers/client.js';
import {darkTheme} from '@portico/themes';
import {answering, themedStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import './credit-balance.js';

/** The knobs of every credit balance story. */
interface StoryKnobs extends LangKnob {
  /** Log the seeded member (ada@example.com) in before rendering. */
  loggedIn: boolean;
  /** The `show-buckets` attribute. */
  showBuckets: boolean;
}

const CREDITS = `*/v1/spaces/${SPACE}/me/credits`;

/** Each story gets its own client, logged in by `beforeEach` (after msw is ready). */
const clients = new StoryClients();

const meta: Meta<StoryKnobs> = {
  component: 'portico-credit-balance',
  title: 'Credit balance',
  ...clients.meta<StoryKnobs>(({loggedIn}) => (loggedIn ? MEMBER : null)),
  args: {loggedIn: true, showBuckets: false, lang: 'en'},
  render: (args, context) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '22rem'})}>
      <portico-credit-balance .client=${clientFor(context)} ?show-buckets=${args.showBuckets}>
      </portico-credit-balance>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

function clientFor(context: StoryContext<StoryKnobs>): PorticoClient | undefined {
  return clients.get(context);
}

/** The seeded member's balance and the soonest expiry. */
export const Default: Story = {};

/** With `show-buckets`: where the credits come from and when each lot expires. */
export const Buckets: Story = {args: {showBuckets: true}};

/** Nobody is signed in: a short message and a "Sign in" button (`portico-needs-sign-in`). */
export const SignedOut: Story = {args: {loggedIn: false}};

/** The `signed-out` slot replaces the button, e.g. with a link to the space's login page. */
export const SignedOutWithLink: Story = {
  args: {loggedIn: false},
  render: (args, context) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '22rem'})}>
      <portico-credit-balance .client=${clientFor(context)}>
        <a slot="signed-out" href="#login">Go to the sign-in page</a>
      </portico-credit-balance>
    </div>
  `,
};

/** The history of credit movements, opened. */
export const History: Story = {
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('portico-credit-balance');
    // The button appears with the balance.
    for (let i = 0; i < 50; i++) {
      const button = el?.shadowRoot?.querySelector<HTMLButtonElement>('[part="history-button"]');
      if (button) return button.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  },
};

const states = stateStories('/me/credits');

/** The request has not answered yet: a skeleton, `aria-busy`, and "Loading…" for screen readers. */
export const Loading: Story = states.Loading;

/** The API answered 503 once: the message and a Retry button that works. */
export const Error: Story = states.Error;

/** No credits left. */
export const Empty: Story = {
  parameters: answering(
    http.get(CREDITS, () => HttpResponse.json({total: 0, buckets: [], nextExpiry: null})),
  ),
};

/** `lang="fr"` on an ancestor: French text, numbers and dates. */
export const French: Story = {args: {lang: 'fr', showBuckets: true}};

/** The dark theme's tokens on an ancestor (what `data-portico-theme="dark"` does with dark.css). */
export const Dark: Story = {
  args: {showBuckets: true},
  render: (args, context) => html`
    <div lang=${args.lang} ${themedStyle(darkTheme)}>
      <portico-credit-balance
        .client=${clientFor(context)}
        ?show-buckets=${args.showBuckets}
      ></portico-credit-balance>
    </div>
  `,
};
