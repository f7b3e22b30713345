import {createHandlers} from '@portico/mock-server/msw';
import type {PorticoClient} from '@portico/sdk';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {createTestClient, logIn} from '../../test/helpers/client.js';
import './portal.js';

/** Story-level parameters of this file. */
interface StoryParameters {
  /** Who signs in before the story renders (`null`: nobody). @default 'ada@example.com' */
  member?: string | null;
  /** The portal path the story opens on (hash routing). @default '/' */
  path?: string;
}

/** The knobs of every portal story. */
interface StoryKnobs {
  /** The `lang` of the story's wrapper. */
  lang: 'en' | 'fr';
}

const clients = new Map<string, PorticoClient>();

const meta: Meta<StoryKnobs> = {
  component: 'portico-portal',
  title: 'Portal',
  args: {lang: 'en'},
  argTypes: {lang: {control: 'inline-radio', options: ['en', 'fr']}},
  parameters: {msw: {handlers: createHandlers({scenario: 'demo'})}, layout: 'fullscreen'},
  async beforeEach(context) {
    const {member = 'ada@example.com', path = '/'} = context.parameters as StoryParameters;
    const client = createTestClient();
    if (member) await logIn(client, member);
    clients.set(context.id, client);
    // The portal reads its page from the URL's hash.
    const before = location.href;
    const title = document.title;
    history.replaceState(history.state, '', `#${path}`);
    return () => {
      history.replaceState(history.state, '', before);
      document.title = title;
      client.store.clear();
      clients.delete(context.id);
    };
  },
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang}>
      <portico-portal .client=${clients.get(context.id)} routing="hash"></portico-portal>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Ada signed in: the dashboard. */
export const Dashboard: Story = {};

/** Ben has no phone or bio: the dashboard asks him to complete his profile. */
export const CompleteYourProfile: Story = {
  parameters: {member: 'ben@example.com'} satisfies StoryParameters,
};

/** A visitor: sign-in, with the plans, rooms and shop to browse. */
export const SignIn: Story = {parameters: {member: null} satisfies StoryParameters};

/** A visitor on the calendar: read-only. (Each page's elements have their own stories.) */
export const BookAsVisitor: Story = {
  parameters: {member: null, path: '/book'} satisfies StoryParameters,
};

/** Chloé must accept the new terms first: the sign-in page asks. */
export const NewTerms: Story = {
  parameters: {member: 'chloe@example.com'} satisfies StoryParameters,
};

export const NotFound: Story = {parameters: {path: '/nowhere'} satisfies StoryParameters};

export const French: Story = {args: {lang: 'fr'}};
