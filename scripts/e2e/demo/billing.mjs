// Ada pays her overdue day pass on the Billing page with her card that needs her bank's
// confirmation (approved on the mock bank's page, in the tab it opens); the dashboard in her
// other tab drops its "1 unpaid invoice" line live; then she downloads the invoice's PDF and
// its text says it is paid.
import {readFile} from 'node:fs/promises';
import {tsImport} from 'tsx/esm/api';
import {clickOn, element, navTo, onPage, stateOf, textIn, waitFor} from '../lib/portal.mjs';
import {BILLING} from '../lib/seed.mjs';
import {until} from '../lib/until.mjs';

/** The mock server tests' PDF reader (pdf.js), reused: the text of a PDF, line by line. */
const {pdfText} = await tsImport(
  '../../../packages/mock-server/test/helpers/pdf-text.ts',
  import.meta.url,
);

const OVERDUE = 'CAN-000003';

/** The dashboard's unpaid line ('' when there is none). */
async function unpaidLine(page) {
  const line = await element(page, 'portico-portal-unpaid-invoices', '[part~="base"]');
  const text = (await line?.evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim())) ?? '';
  await line?.dispose();
  return text;
}

export async function billing(demo) {
  const {page} = demo;
  // Ada's second tab, on the dashboard: it must hear of the payment by itself.
  const dashboard = await demo.ada.context.newPage();
  await dashboard.goto(`${demo.origin}/members/`, {waitUntil: 'load'});
  await onPage(dashboard, 'dashboard');
  const line = await until(
    'the unpaid line on the dashboard',
    async () => (await unpaidLine(dashboard)) || false,
  );
  await demo.check(
    'the dashboard says "1 unpaid invoice · €36.00 · Pay"',
    line === '1 unpaid invoice · €36.00 · Pay',
    line,
  );

  // "Pay" on the dashboard's line opens the Billing page.
  await navTo(page, 'Dashboard');
  await onPage(page, 'dashboard');
  await waitFor(page, 'portico-portal-unpaid-invoices', '[part~="pay-link"]');
  await clickOn(page, 'portico-portal-unpaid-invoices', '[part~="pay-link"]');
  await onPage(page, 'billing', /^Billing$/);
  await waitFor(page, BILLING, `[part~="due"] li[data-invoice="${OVERDUE}"]`);
  await demo.screenshot(page, 'desktop-light-billing');
  // The same page on a phone (390 px): one column, nothing wider than the screen.
  await page.setViewportSize({width: 390, height: 844});
  await waitFor(page, BILLING, `[part~="due"] li[data-invoice="${OVERDUE}"]`);
  const phoneWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await demo.check(
    'at 390 px the Billing page does not scroll sideways',
    phoneWidth <= 390,
    `${phoneWidth} px`,
  );
  await demo.screenshot(page, 'phone-billing');
  await page.setViewportSize({width: 1280, height: 900});

  // Pay it with the card that asks her bank (Visa 3155).
  await clickOn(page, BILLING, `[part~="due"] li[data-invoice="${OVERDUE}"] [part~="pay-button"]`);
  const card = await waitFor(page, BILLING, '[part~="pay-panel"] label', {
    text: 'Visa ending in 3155',
  });
  await card.click();
  await card.dispose();
  await clickOn(page, BILLING, '[part~="pay-now-button"]');
  await waitFor(page, BILLING, '[part~="authentication-link"]');
  await demo.check(
    'a card that needs strong authentication asks Ada to confirm with her bank',
    /Your bank needs you to confirm this payment/.test(await textIn(page, BILLING)),
  );
  await demo.screenshot(page, 'desktop-light-billing-authentication');
  const [bank] = await Promise.all([
    page.context().waitForEvent('page'),
    clickOn(page, BILLING, '[part~="authentication-link"]'),
  ]);
  await bank.waitForLoadState('load');
  const bankText = await bank.textContent('body');
  await demo.check(
    "the bank's page opens in a new tab with the amount",
    /Confirm your payment/.test(bankText) && /€36\.00/.test(bankText),
    bankText.replace(/\s+/g, ' ').trim(),
  );
  await bank.click('button:has-text("Approve")');
  await bank.waitForLoadState('load');
  await bank.close();
  // Back on the portal (the tab takes focus again): the element asks for the outcome.
  await page.bringToFront();
  const paid = await until(
    'the payment confirmed',
    async () => (await textIn(page, BILLING)).match(/Paid €36\.00\. Thank you!/)?.[0],
  );
  await demo.check('once the bank approves, the invoice is paid on the Billing page', true, paid);
  const gone = await until(
    'the dashboard line gone',
    async () => (await unpaidLine(dashboard)) === '',
  );
  await demo.check("the other tab's dashboard drops its unpaid line live", gone);
  await dashboard.close();

  // Its PDF: the API's file, downloaded with Ada's token, says it is paid.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    clickOn(
      page,
      BILLING,
      `[part~="history"] li[data-invoice="${OVERDUE}"] [part~="download-button"]`,
    ),
  ]);
  const bytes = new Uint8Array(await readFile(await download.path()));
  const header = new TextDecoder().decode(bytes.slice(0, 5));
  // pdf.js takes the buffer it reads (it is detached afterwards).
  const {lines} = await pdfText(bytes);
  const text = lines.join('\n');
  await demo.check(
    `the downloaded ${download.suggestedFilename()} is a PDF whose text says it is paid`,
    download.suggestedFilename() === `${OVERDUE}.pdf` &&
      header === '%PDF-' &&
      text.includes(OVERDUE) &&
      /Paid/.test(text),
    lines.filter((l) => /Paid|CAN-/.test(l)).join(' | '),
  );
  const state = await stateOf(page);
  await demo.check(
    'downloading keeps the portal on the Billing page',
    state.page === 'billing',
    state.path,
  );
}
