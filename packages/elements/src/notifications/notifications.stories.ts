import {createHandlers} from '@portico/mock-server/msw';
import type {PorticoClient} from '@portico/sdk';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http, HttpResponse, type RequestHandler} from 'msw';
import {createTestClient, logIn, SPACE} from '../../test/helpers/client.js';
import './notifications.js';

/** Story-level parameters of this file. */
interface StoryParameters {
  /** Who signs in before the story renders (`null`: nobody). @default 'ada@example.com' */
  member?: string | null;
  /** Requests whose path ends with one of these never get an answer. */
  pendingPaths?: string[];
}

/** The knobs of every notifications story. */
interface StoryKnobs {
  /** The `lang` of the story's wrapper. */
  lang: 'en' | 'fr';
  /** Only the unread notifications (a dashboard's summary). */
  unreadOnly: boolean;
  /** How many show at first. */
  limit: number;
}

const clients = new Map<string, PorticoClient>();
const MAX_TIMEOUT = 2_147_483_647;
const LIST = `*/v1/spaces/${SPACE}/me/notifications`;
const MARK = `*/v1/spaces/${SPACE}/me/notifications/:id/read`;

const unavailable = () =>
  HttpResponse.json(
    {type: 'about:blank', title: 'Service unavailable', status: 503, code: 'service_unavailable'},
    {status: 503, headers: {'content-type': 'application/problem+json'}},
  );

function pendingFetch(paths: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    if (!paths.some((path) => new URL(request.url).pathname.endsWith(path))) return fetch(request);
    return new Promise((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), {once: true});
    });
  };
}

const meta: Meta<StoryKnobs> = {
  component: 'portico-notifications',
  title: 'Notifications',
  args: {lang: 'en', unreadOnly: false, limit: 20},
  argTypes: {lang: {control: 'inline-radio', options: ['en', 'fr']}},
  parameters: {msw: {handlers: createHandlers({scenario: 'demo'})}},
  async beforeEach(context) {
    const {member = 'ada@example.com', pendingPaths = []} = context.parameters as StoryParameters;
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
    <div lang=${args.lang} style=${styleMap({maxWidth: '32rem'})}>
      <portico-notifications
        .client=${clients.get(context.id)}
        ?unread-only=${args.unreadOnly}
        .limit=${args.limit}
      ></portico-notifications>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ada: two unread notifications (an announcement, expiring credits) and two read ones. */
export const Default: Story = {};

/** Only the unread ones, as a dashboard shows them. */
export const UnreadOnly: Story = {args: {unreadOnly: true}};

/** Two at first, with "Show older notifications". */
export const Paged: Story = {args: {limit: 2}};

/** Nothing has happened yet. */
export const Empty: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(LIST, () => HttpResponse.json({items: [], nextCursor: null})),
        ...createHandlers({scenario: 'demo'}),
      ],
    },
  } satisfies StoryParameters & {msw: {handlers: RequestHandler[]}},
};

/** Everything read: no badge, no "Mark" buttons. */
export const AllRead: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(LIST, ({request}) =>
          new URL(request.url).searchParams.get('unread') === 'true'
            ? HttpResponse.json({items: [], nextCursor: null})
            : HttpResponse.json({
                items: [
                  {
                    id: 'ntf_story_1',
                    kind: 'order.paid',
                    params: {orderNumber: '1042', total: {amount: 18000, currency: 'EUR'}},
                    title: 'Payment received',
                    body: 'Order 1042 is paid (€180.00). Thank you!',
                    createdAt: '2031-11-03T09:15:00+01:00',
                    readAt: '2031-11-03T10:00:00+01:00',
                  },
                ],
                nextCursor: null,
              }),
        ),
        ...createHandlers({scenario: 'demo'}),
      ],
    },
  },
};

/** Marking fails (503): press "Mark as read" to see the message. */
export const MarkReadFails: Story = {
  parameters: {
    msw: {handlers: [http.post(MARK, unavailable), ...createHandlers({scenario: 'demo'})]},
  },
};

export const SignedOut: Story = {parameters: {member: null} satisfies StoryParameters};

export const Loading: Story = {
  parameters: {pendingPaths: ['/me/notifications']} satisfies StoryParameters,
};

/** The API answered 503 once: the reason and Retry. */
export const Error: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(LIST, unavailable, {once: true}),
        http.get(LIST, unavailable, {once: true}),
        ...createHandlers({scenario: 'demo'}),
      ],
    },
  },
};

export const French: Story = {args: {lang: 'fr'}};
