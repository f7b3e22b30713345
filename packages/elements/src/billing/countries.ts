/**
 * The countries the billing form offers: the EU (whose VAT numbers are checked), the other
 * countries `checkTaxId` knows, and the usual others; names in the member's language.
 */
const CODES = [
  'AT',
  'AU',
  'BE',
  'BG',
  'CA',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'JP',
  'LI',
  'LT',
  'LU',
  'LV',
  'MA',
  'MT',
  'NL',
  'NO',
  'NZ',
  'PL',
  'PT',
  'RO',
  'SE',
  'SG',
  'SI',
  'SK',
  'SN',
  'TN',
  'US',
] as const;

/** `{code, name}` sorted by name in `locale`, with `current` kept if it is another country. */
export function countryOptions(locale: string, current: string): {code: string; name: string}[] {
  const names = new Intl.DisplayNames(locale, {type: 'region'});
  const codes: string[] = [...CODES];
  if (current && !codes.includes(current)) codes.push(current);
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({code, name: names.of(code) ?? code}))
    .toSorted((a, b) => collator.compare(a.name, b.name));
}
