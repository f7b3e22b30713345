import {createHandlers} from '@portico/mock-server/msw';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {signedOutStory, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob, StateParameters} from '../../test/helpers/stories.js';
import './portal.js';

/** Story-level parameters of this file. */
interface StoryParameters extends StateParameters {
  /** The portal path the story opens on (hash routing). @default '/' */
  path?: string;
}

/** The knobs of every portal story. */
type StoryKnobs = LangKnob;

/** Each story's client; Ada signs in unless the story says otherwise. */
const clients = new StoryClients();

const meta: Meta<StoryKnobs> = {
  component: 'portico-portal',
  title: 'Portal',
  ...clients.meta<StoryKnobs>('ada@example.com', (_, context) => {
    const {path = '/'} = context.parameters as StoryParameters;
    // The portal reads its page from the URL's hash.
    const before = location.href;
    const title = document.title;
    history.replaceState(history.state, '', `#${path}`);
    return () => {
      history.replaceState(history.state, '', before);
      document.title = title;
    };
  }),
  parameters: {msw: {handlers: createHandlers({scenario: 'demo'})}, layout: 'fullscreen'},
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang}>
      <portico-portal .client=${clients.get(context)} routing="hash"></portico-portal>
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
export const SignIn: Story = signedOutStory;

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
