import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {INVOICES, longestInvoice} from '../../test/helpers/billing.js';
import {answering, darkStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
import type {LangKnob} from '../../test/helpers/stories.js';
import {cssomStyle} from '../internal/cssom-style.js';
import './billing.js';

/** The knobs of every billing story. */
interface StoryKnobs extends LangKnob {
  /** The width of the story's frame: a phone (390 px) or a desktop page. */
  width: '390px' | '1280px';
  dir: 'ltr' | 'rtl';
}

/** Each story's client; Ada (an overdue invoice, two cards) signs in unless told otherwise. */
const clients = new StoryClients();

const meta: Meta<StoryKnobs> = {
  component: 'portico-billing',
  title: 'Billing',
  ...clients.meta<StoryKnobs>('ada@example.com'),
  args: {lang: 'en', width: '1280px', dir: 'ltr'},
  argTypes: {
    lang: {control: 'inline-radio', options: ['en', 'fr']},
    width: {control: 'inline-radio', options: ['390px', '1280px']},
    dir: {control: 'inline-radio', options: ['ltr', 'rtl']},
  },
  render: (args, context: StoryContext<StoryKnobs>) => html`
    <div lang=${args.lang} dir=${args.dir} ${cssomStyle({'max-width': args.width})}>
      <portico-billing .client=${clients.get(context)}></portico-billing>
    </div>
  `,
};

export default meta;

type Story = StoryObj<StoryKnobs>;

/** Presses the first button of `part` in the element once it shows (a story's `play`). */
function press(...parts: string[]) {
  return async ({canvasElement}: {canvasElement: HTMLElement}) => {
    const root = () => canvasElement.querySelector('portico-billing')?.shadowRoot;
    for (const part of parts) {
      const deadline = performance.now() + 5_000;
      let button: HTMLElement | null | undefined;
      while (!(button = root()?.querySelector<HTMLElement>(`[part~="${part}"]`))) {
        if (performance.now() > deadline)
          // `Error` is this file's story of that name.
          throw new globalThis.Error(`No ${part} to press`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      button.click();
    }
  };
}

/** Ada: an overdue day pass first under "To pay", her invoices, her cards and details. */
export const Default: Story = {};

/** Ada on a phone. */
export const Phone: Story = {args: {width: '390px'}};

/** Ada pressed Pay: her default Visa is chosen; a new (test) card is offered too. */
export const PayPanel: Story = {play: press('pay-button')};

/** Ada opened an invoice: both parties as on the day, the lines, VAT by rate, the totals. */
export const InvoiceDetail: Story = {play: press('invoice-link')};

/** Ada edits her billing details. */
export const EditDetails: Story = {play: press('edit-details-button')};

/** Nothing is due and no invoice yet (a new member). */
export const Empty: Story = {
  parameters: answering(http.get(INVOICES, () => HttpResponse.json({items: [], nextCursor: null}))),
};

/** The longest values the contract allows, in Hebrew, right to left, on a phone. */
export const Longest: Story = {
  args: {width: '390px', dir: 'rtl'},
  parameters: answering(
    http.get(INVOICES, () => HttpResponse.json({items: [longestInvoice()], nextCursor: null})),
  ),
};

const states = stateStories('/me/invoices');

export const SignedOut: Story = states.signedOut;

export const Loading: Story = states.loading;

/** The API answered 503 once: the reason and Retry. */
export const Error: Story = states.error;

export const French: Story = {args: {lang: 'fr'}};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div lang=${args.lang} dir=${args.dir} ${darkStyle({'max-width': args.width})}>
      <portico-billing .client=${clients.get(context)}></portico-billing>
    </div>
  `,
};
