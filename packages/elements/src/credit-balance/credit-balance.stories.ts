import {createHandlers} from '@portico/mock-server/msw';
import type {PorticoClient} from '@portico/sdk';
import {darkTheme, type Theme} from '@portico/themes';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http, HttpResponse} from 'msw';
import {createTestClient, logIn, SPACE} from '../../test/helpers/client.js';
import './credit-balance.js';

/** Story-level parameters of this file. */
interface StoryParameters {
  /** Requests whose URL path ends with one of these never get an answer (until aborted). */
  pendingPaths?: string[];
}

/** The knobs of every credit balance story. */
interface StoryKnobs {
  /** Log the seeded member (ada@example.com) in before rendering. */
  loggedIn: boolean;
  /** The `show-buckets` attribute. */
  showBuckets: boolean;
  /** The `lang` of the story's wrapper. */
  lang: 'en' | 'fr';
}

const CREDITS = `*/v1/spaces/${SPACE}/me/credits`;

/** Each story gets its own client, logged in by `beforeEach` (after msw is ready). */
const clients = new Map<string, PorticoClient>();

/** A theme as custom properties on a wrapper (styleMap sets them through the CSSOM: CSP-safe). */
const themeStyle = (theme: Theme, background: string) =>
  styleMap({
    ...Object.fromEntries(
      Object.entries(theme).map(([token, value]) => [`--portico-sys-${token}`, value]),
    ),
    background,
    padding: '1.5rem',
  });

const meta: Meta<StoryKnobs> = {
  component: 'portico-credit-balance',
  title: 'Credit balance',
  args: {loggedIn: true, showBuckets: false, lang: 'en'},
  argTypes: {
    lang: {control: 'inline-radio', options: ['en', 'fr']},
  },
  parameters: {
    // A fresh seeded space for this file; stories add their own overrides in front.
    msw: {handlers: createHandlers({scenario: 'demo'})},
  },
  async beforeEach(context) {
    const {pendingPaths = []} = context.parameters as StoryParameters;
    const client = createTestClient(
      pendingPaths.length > 0 ? {fetch: pendingFetch(pendingPaths), timeout: MAX_TIMEOUT} : {},
    );
    if (context.args.loggedIn) await logIn(client);
    clients.set(context.id, client);
    return () => {
      // Aborts what is still in flight (the Loading story's request never gets an answer).
      client.store.clear();
      clients.delete(context.id);
    };
  },
  render: (args, context) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '22rem'})}>
      <portico-credit-balance .client=${clientFor(context)} ?show-buckets=${args.showBuckets}>
      </portico-credit-balance>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** ky's longest timeout (2^31 - 1 ms): "loading" stays loading. */
const MAX_TIMEOUT = 2_147_483_647;

/**
 * A fetch that leaves some requests unanswered until they are aborted. Unlike an msw handler
 * that never resolves, nothing stays pending after the story (msw's `worker.stop()` waits
 * for every request it is still handling).
 */
function pendingFetch(paths: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    if (!paths.some((path) => new URL(request.url).pathname.endsWith(path))) return fetch(request);
    return new Promise((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), {once: true});
    });
  };
}

function clientFor(context: StoryContext<StoryKnobs>): PorticoClient | undefined {
  return clients.get(context.id);
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

/** The request has not answered yet: a skeleton, `aria-busy`, and "Loading…" for screen readers. */
export const Loading: Story = {
  parameters: {pendingPaths: ['/me/credits']} satisfies StoryParameters,
};

/** The API answered 503 once: the message and a Retry button that works. */
export const Error: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(
          CREDITS,
          () =>
            HttpResponse.json(
              {
                type: 'about:blank',
                title: 'Service unavailable',
                status: 503,
                code: 'service_unavailable',
              },
              {status: 503, headers: {'content-type': 'application/problem+json'}},
            ),
          {once: true},
        ),
        ...createHandlers({scenario: 'demo'}),
      ],
    },
  },
};

/** No credits left. */
export const Empty: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(CREDITS, () => HttpResponse.json({total: 0, buckets: [], nextExpiry: null})),
        ...createHandlers({scenario: 'demo'}),
      ],
    },
  },
};

/** `lang="fr"` on an ancestor: French text, numbers and dates. */
export const French: Story = {args: {lang: 'fr', showBuckets: true}};

/** The dark theme's tokens on an ancestor (what `data-portico-theme="dark"` does with dark.css). */
export const Dark: Story = {
  args: {showBuckets: true},
  render: (args, context) => html`
    <div lang=${args.lang} style=${themeStyle(darkTheme, darkTheme['color-surface-container'])}>
      <portico-credit-balance
        .client=${clientFor(context)}
        ?show-buckets=${args.showBuckets}
      ></portico-credit-balance>
    </div>
  `,
};
