import assert from 'node:assert/strict';
import {test} from 'node:test';
import {csvCell, toCsv} from '../src/areas/billing/csv.js';

test('CSV quotes fields with commas, quotes or line breaks, doubling quotes (RFC 4180)', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('the "Loft"'), '"the ""Loft"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell('cr\r\nlf'), '"cr\r\nlf"');
  assert.equal(
    toCsv(
      ['a', 'b'],
      [
        ['1, 2', 'x'],
        ['"', ''],
      ],
    ),
    'a,b\r\n"1, 2",x\r\n"""",\r\n',
  );
});

test('CSV text a spreadsheet would run as a formula starts with a quote; numbers stay numbers', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+33 6 12'), "'+33 6 12");
  assert.equal(csvCell('-cmd'), "'-cmd");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\tx'), "'\tx");
  assert.equal(csvCell('-36.00'), '-36.00');
  assert.equal(csvCell(-3600), '-3600');
  assert.equal(csvCell('36.00'), '36.00');
});
