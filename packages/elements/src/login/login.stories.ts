import {createHandlers} from '@portico/mock-server/msw';
import type {PorticoClient} from '@portico/sdk';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {createTestClient, logIn, MEMBER} from '../../test/helpers/client.js';
import './login.js';

/** The knobs of every login story. */
interface StoryKnobs {
  /** Log the seeded member in before rendering. */
  loggedIn: boolean;
  /** The `email` attribute (prefilled address). */
  email: string;
  /** The `lang` of the story's wrapper. */
  lang: 'en' | 'fr';
}

const clients = new Map<string, PorticoClient>();

const meta: Meta<StoryKnobs> = {
  component: 'portico-login',
  title: 'Login',
  args: {loggedIn: false, email: '', lang: 'en'},
  argTypes: {lang: {control: 'inline-radio', options: ['en', 'fr']}},
  parameters: {msw: {handlers: createHandlers({scenario: 'demo'})}},
  async beforeEach(context) {
    const client = createTestClient();
    if (context.args.loggedIn) await logIn(client);
    clients.set(context.id, client);
    return () => {
      client.store.clear(); // abort whatever is still in flight
      clients.delete(context.id);
    };
  },
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} style=${styleMap({maxWidth: '22rem'})}>
      <portico-login .client=${clients.get(context.id)} email=${args.email}></portico-login>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Asks for an email; the code goes to the mock server's dev mailbox. */
export const Default: Story = {};

/** The host page already knows the address (`email` attribute). */
export const Prefilled: Story = {args: {email: MEMBER}};

/** Someone is logged in: who, and a way out. */
export const LoggedIn: Story = {args: {loggedIn: true}};

export const French: Story = {args: {lang: 'fr'}};
