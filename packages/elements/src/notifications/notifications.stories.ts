import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {http, HttpResponse} from 'msw';
import {SPACE} from '../../test/helpers/client.js';
import {unavailable} from '../../test/helpers/problem.js';
import {answering, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import './notifications.js';

/** The knobs of every notifications story. */
interface StoryKnobs extends LangKnob {
  /** Only the unread notifications (a dashboard's summary). */
  unreadOnly: boolean;
  /** How many show at first. */
  limit: number;
}

/** Each story's client; Ada signs in unless the story says otherwise. */
const clients = new StoryClients();
const LIST = `*/v1/spaces/${SPACE}/me/notifications`;
const MARK = `*/v1/spaces/${SPACE}/me/notifications/:id/read`;

const meta: Meta<StoryKnobs> = {
  component: 'portico-notifications',
  title: 'Notifications',
  ...clients.meta<StoryKnobs>('ada@example.com'),
  args: {lang: 'en', unreadOnly: false, limit: 20},
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '32rem'})}>
      <portico-notifications
        .client=${clients.get(context)}
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
  parameters: answering(http.get(LIST, () => HttpResponse.json({items: [], nextCursor: null}))),
};

/** Everything read: no badge, no "Mark" buttons. */
export const AllRead: Story = {
  parameters: answering(
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
  ),
};

/** Marking fails (503): press "Mark as read" to see the message. */
export const MarkReadFails: Story = {
  parameters: answering(http.post(MARK, unavailable)),
};

const {SignedOut, Loading, Error, French} = stateStories<StoryKnobs>('/me/notifications', 2);
export {SignedOut, Loading, Error, French};
