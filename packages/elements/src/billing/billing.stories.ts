import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {http, HttpResponse} from 'msw';
import {INVOICES, longestInvoice} from '../../test/helpers/billing-data.js';
import {darkTheme} from '@portico/themes';
import {answering, themedStyle, stateStories, StoryClients} from '../../test/helpers/stories.js';
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

/**
 * Clicks, in turn, the first element matching each selector (`[part~="pay-button"]`) in the
 * element once it shows (a story's `play`).
 */
function press(...selectors: string[]) {
  return async ({canvasElement}: {canvasElement: HTMLElement}) => {
    const root = () => canvasElement.querySelector('portico-billing')?.shadowRoot;
    for (const selector of selectors) {
      const deadline = performance.now() + 5_000;
      let target: HTMLElement | null | undefined;
      while (!(target = root()?.querySelector<HTMLElement>(selector))) {
        if (performance.now() > deadline)
          // `Error` is this file's story of that name.
          throw new globalThis.Error(`Nothing to press: ${selector}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      target.click();
    }
  };
}

const part = (name: string) => `[part~="${name}"]`;

/** Ada: an overdue day pass first under "To pay", her invoices, her cards and details. */
export const Default: Story = {};

/** Ada on a phone. */
export const Phone: Story = {args: {width: '390px'}};

/** Ada pressed Pay: her default Visa is chosen; a new (test) card is offered too. */
export const PayPanel: Story = {play: press(part('pay-button'))};

/** Ada opened an invoice: both parties as on the day, the lines, VAT by rate, the totals. */
export const InvoiceDetail: Story = {play: press(part('invoice-link'))};

/** Ada edits her billing details. */
export const EditDetails: Story = {play: press(part('edit-details-button'))};

/** Ada pays with her Visa 3155: her bank asks her to confirm (the mock bank's page, a new tab). */
export const RequiresAction: Story = {
  play: press(
    part('pay-button'),
    `${part('pay-method')}:not(:checked):not([value="new"])`,
    part('pay-now-button'),
  ),
};

/** Ada pays with a new card that is declined: the reason, and the invoice stays due. */
export const Declined: Story = {
  play: async (context) => {
    await press(part('pay-button'), `${part('pay-method')}[value="new"]`)(context);
    const billing = context.canvasElement.querySelector('portico-billing')!;
    await billing.updateComplete;
    const select = billing.shadowRoot!.querySelector<HTMLSelectElement>(part('test-card'))!;
    select.value = 'pm_card_chargeDeclined';
    select.dispatchEvent(new Event('change'));
    await press(part('pay-now-button'))(context);
  },
};

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

const {SignedOut, Loading, Error, French} = stateStories<StoryKnobs>('/me/invoices');
export {SignedOut, Loading, Error, French};

/** The dark theme's tokens on an ancestor. */
export const Dark: Story = {
  render: (args, context) => html`
    <div lang=${args.lang} dir=${args.dir} ${themedStyle(darkTheme, {'max-width': args.width})}>
      <portico-billing .client=${clients.get(context)}></portico-billing>
    </div>
  `,
};
