import assert from 'node:assert/strict';
import {test} from 'node:test';
import {BILLING_LIMITS} from '@portico/sdk/contract';
import {creditInvoice, issueInvoices} from './helpers/billing.js';
import type {Json} from './helpers/mock-api.js';
import {setup} from './helpers/mock-api.js';
import {downloadPdf} from './helpers/pdf-text.js';

const HEBREW_NAME = 'שרה כהן';
const ARABIC_COMPANY = 'شركة النور للتجارة';
const HEBREW_STREET = 'רחוב הרצל 12, דירה 4';
const CHINESE_STREET = '北京市朝阳区建国路88号';
const JAPANESE_CITY = '東京都 (渋谷区)';
const KOREAN_LINE = '회의실 예약 2시간 (강남점)';
const LINES = ['מנוי חודשי (דצמבר)', 'اشتراك شهري - مكتب خاص', '会议室预订 2 小时', KOREAN_LINE];

/** `text` repeated up to `length` characters: the longest value the contract allows. */
const longest = (text: string, length: number) =>
  text
    .repeat(Math.ceil(length / text.length))
    .slice(0, length)
    .trim();

/**
 * What pdf.js extracts, Arabic in the joined forms the PDF draws (NFKC gives the letters back).
 * pdf.js reads a right-to-left run back in logical order: it comes out as it was written only
 * when the PDF draws it right to left.
 */
const letters = (line: string) => line.normalize('NFKC').replace(/\s+/g, ' ');
const only = (script: RegExp, text: string) =>
  [...text.normalize('NFKC')].filter((c) => script.test(c));

/** Ada's billing details in these scripts, then an invoice issued to them with these lines. */
async function invoiceInScripts(
  t: ReturnType<typeof setup>,
  details: {name: string; company: string; address: Json},
  descriptions: string[],
) {
  const token = await t.login('ada@example.com');
  const update = await t.call('PATCH', '/me/billing-details', {
    token,
    body: {...details, taxId: null, email: null},
  });
  assert.equal(update.status, 200, JSON.stringify(update.body));
  const issued = await t.call('POST', '/__dev/invoices', {
    body: {
      member: 'ada@example.com',
      paid: false,
      lines: descriptions.map((description) => ({description, quantity: 1, unitPrice: 1200})),
    },
  });
  assert.equal(issued.status, 201, JSON.stringify(issued.body));
  return {token, invoice: issued.body as Json};
}

const ADDRESS = {
  line1: HEBREW_STREET,
  line2: CHINESE_STREET,
  postalCode: '100022',
  city: JAPANESE_CITY,
  region: null,
  country: 'IL',
};

test('the invoice and credit note PDFs write Hebrew and Arabic right to left, Arabic joined, and Chinese, Japanese and Korean', async () => {
  const t = setup();
  const {token, invoice} = await invoiceInScripts(
    t,
    {name: HEBREW_NAME, company: ARABIC_COMPANY, address: ADDRESS},
    LINES,
  );
  const note = (await creditInvoice(t, invoice.id)).body;
  for (const id of [invoice.id, note.id]) {
    const {lines, bytes} = await downloadPdf(t, `/me/invoices/${id}/pdf`, token);
    const text = lines.map(letters);
    const has = (end: string) =>
      assert.ok(
        text.some((l) => l.endsWith(end)),
        `${end} in\n${text.join('\n')}`,
      );
    has(ARABIC_COMPANY);
    has(HEBREW_NAME);
    // The number and the comma keep their place inside the Hebrew street.
    has(HEBREW_STREET);
    has(CHINESE_STREET);
    has(`100022 ${JAPANESE_CITY}`);
    assert.ok(
      // The brackets are drawn mirrored (a right-to-left "(" opens on the right), which pdf.js
      // turns around with the run without mirroring them back.
      text.some((l) => l.startsWith('מנוי חודשי )דצמבר( 1 ')),
      text.join('\n'),
    );
    assert.ok(text.some((l) => l.startsWith('اشتراك شهري - مكتب خاص 1 ')));
    assert.ok(text.some((l) => l.startsWith('会议室预订 2 小时 1 ')));
    assert.ok(
      text.some((l) => l.startsWith(`${KOREAN_LINE} 1 `)),
      text.join('\n'),
    );
    // Arabic is drawn in its joined (presentation) forms, not as isolated letters.
    assert.ok(lines.some((l) => /[\ufe70-\ufefc]/.test(l)));
    assert.ok(!lines.join('').includes('\ufffd'));
    const pdf = new TextDecoder('latin1').decode(bytes);
    for (const font of ['NotoSansHebrew', 'NotoSansArabic', 'NotoSansSC', 'NotoSansKR'])
      assert.ok(pdf.includes(`/BaseFont /${font}`), font);
  }
});

test('the longest names, address lines and line descriptions in these scripts wrap on the page and lose no letter', async () => {
  const t = setup();
  const name = longest(`${HEBREW_NAME} `, 120);
  const company = longest(`${ARABIC_COMPANY} `, 120);
  const address = {
    ...ADDRESS,
    line1: longest(`${HEBREW_STREET} `, BILLING_LIMITS.addressLine),
    line2: longest(CHINESE_STREET, BILLING_LIMITS.addressLine),
    city: longest(`${JAPANESE_CITY} `, BILLING_LIMITS.addressLine),
  };
  const descriptions = LINES.map((line) => longest(`${line} `, 200));
  const {token, invoice} = await invoiceInScripts(t, {name, company, address}, descriptions);
  const {lines} = await downloadPdf(t, `/me/invoices/${invoice.id}/pdf`, token);
  const text = lines.join('\n');
  const written = [name, company, address.line1, address.line2, address.city, ...descriptions].join(
    '',
  );
  for (const script of [
    /\p{Script=Hebrew}/u,
    /\p{Script=Arabic}/u,
    /\p{Script=Han}/u,
    /\p{Script=Hiragana}|\p{Script=Katakana}/u,
    /\p{Script=Hangul}/u,
  ])
    assert.deepEqual(only(script, text).sort(), only(script, written).sort(), String(script));
  // Wrapped: no line of the page holds a whole 200-character value.
  assert.ok(
    lines.every((line) => letters(line).replace(/ /g, '').length < 150),
    text,
  );
});

test('a statement PDF writes its holder’s Hebrew name; a Latin-only invoice, invisible marks and all, embeds no font', async () => {
  const t = setup();
  const {token} = await invoiceInScripts(
    t,
    {name: HEBREW_NAME, company: ARABIC_COMPANY, address: ADDRESS},
    LINES,
  );
  const period = `from=${t.day(-60)}&to=${t.day(0)}`;
  const statement = await downloadPdf(t, `/me/statement.pdf?${period}`, token);
  assert.ok(statement.lines.map(letters).includes(HEBREW_NAME), statement.lines.join('\n'));
  const ben = await t.login('ben@example.com');
  // A right-to-left mark and a zero-width space: nothing to draw, no font to embed.
  const details = await t.call('PATCH', '/me/billing-details', {
    token: ben,
    body: {
      name: 'Ben\u200f Okafor\u200b',
      company: null,
      address: {...ADDRESS, line1: '3 rue de la Paix', line2: null, city: 'Paris', country: 'FR'},
      taxId: null,
      email: null,
    },
  });
  assert.equal(details.status, 200, JSON.stringify(details.body));
  const [latin] = await issueInvoices(t, 'ben@example.com', 1);
  const {bytes, lines} = await downloadPdf(t, `/me/invoices/${latin?.id}/pdf`, ben);
  assert.ok(
    lines.some((l) => l.startsWith('Locker, week 1')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.endsWith(' Ben Okafor')),
    lines.join('\n'),
  );
  const pdf = new TextDecoder('latin1').decode(bytes);
  assert.ok(pdf.includes('/BaseFont /Helvetica'));
  assert.ok(!pdf.includes('/FontFile2'), 'an embedded TrueType font');
  assert.ok(!pdf.includes('NotoSans'));
});

test('a font package that is not installed (they are optional peers) reads as none, not an error', async () => {
  const {pdfFontFile} = await import('../src/areas/billing/pdf-font-files.node.js');
  assert.equal(pdfFontFile('@expo-google-fonts/noto-sans-none/400Regular/None.ttf'), undefined);
  assert.ok(
    pdfFontFile('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf'),
  );
});
