import {createHandlers} from '@portico/mock-server/msw';
import type {PorticoClient} from '@portico/sdk';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http, HttpResponse} from 'msw';
import {createTestClient, logIn, SPACE} from '../../test/helpers/client.js';
import './profile.js';

/** Story-level parameters of this file. */
interface StoryParameters {
  /** Who signs in before the story renders (`null`: nobody). @default 'ben@example.com' */
  member?: string | null;
  /** Requests whose path ends with one of these never get an answer. */
  pendingPaths?: string[];
}

/** The knobs of every profile story. */
interface StoryKnobs {
  /** The `lang` of the story's wrapper. */
  lang: 'en' | 'fr';
}

const clients = new Map<string, PorticoClient>();
const MAX_TIMEOUT = 2_147_483_647;
const ME = `*/v1/spaces/${SPACE}/me`;

function pendingFetch(paths: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    if (!paths.some((path) => new URL(request.url).pathname.endsWith(path))) return fetch(request);
    return new Promise((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), {once: true});
    });
  };
}

const unavailable = () =>
  HttpResponse.json(
    {type: 'about:blank', title: 'Service unavailable', status: 503, code: 'service_unavailable'},
    {status: 503, headers: {'content-type': 'application/problem+json'}},
  );

const meta: Meta<StoryKnobs> = {
  component: 'portico-profile',
  title: 'Profile',
  args: {lang: 'en'},
  argTypes: {lang: {control: 'inline-radio', options: ['en', 'fr']}},
  parameters: {msw: {handlers: createHandlers({scenario: 'demo'})}},
  async beforeEach(context) {
    const {member = 'ben@example.com', pendingPaths = []} = context.parameters as StoryParameters;
    const client = createTestClient(
      pendingPaths.length > 0 ? {fetch: pendingFetch(pendingPaths), timeout: MAX_TIMEOUT} : {},
    );
    if (member) await logIn(client, member);
    clients.set(context.id, client);
    return () => {
      client.store.clear();
      clients.delete(context.id);
    };
  },
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '40rem'})}>
      <portico-profile .client=${clients.get(context.id)}></portico-profile>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ben: a name and a company, no phone or bio yet. */
export const Default: Story = {};

/** Ada's profile is complete. */
export const Complete: Story = {
  parameters: {member: 'ada@example.com'} satisfies StoryParameters,
};

/** Saving fails (503): press Save to see the message. */
export const SaveFails: Story = {
  parameters: {
    msw: {handlers: [http.patch(ME, unavailable), ...createHandlers({scenario: 'demo'})]},
  },
};

export const SignedOut: Story = {parameters: {member: null} satisfies StoryParameters};

export const Loading: Story = {
  parameters: {pendingPaths: ['/me']} satisfies StoryParameters,
};

/** The API answered 503 once: the reason and Retry. */
export const Error: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(ME, unavailable, {once: true}),
        http.get(ME, unavailable, {once: true}),
        ...createHandlers({scenario: 'demo'}),
      ],
    },
  },
};

export const French: Story = {args: {lang: 'fr'}};
