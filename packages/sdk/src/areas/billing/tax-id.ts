/**
 * VAT and tax numbers on billing details: the format each EU member state publishes for VIES
 * (plus Northern Ireland, the UK, Switzerland and Norway), checked before an invoice is issued
 * to a number that cannot exist. A format check, not a registry lookup: a real backend may still
 * ask VIES. Numbers are compared without spaces, dots or dashes, upper case.
 */

/** The longest tax number accepted, as typed (with separators). */
export const MAX_TAX_ID_LENGTH = 24;

/** Country (ISO 3166-1 alpha-2) → its VAT number's format, prefix included. */
const FORMATS: Readonly<Record<string, RegExp>> = {
  AT: /^ATU\d{8}$/,
  BE: /^BE[01]\d{9}$/,
  BG: /^BG\d{9,10}$/,
  CY: /^CY\d{8}[A-Z]$/,
  CZ: /^CZ\d{8,10}$/,
  DE: /^DE\d{9}$/,
  DK: /^DK\d{8}$/,
  EE: /^EE\d{9}$/,
  // Greece's VAT prefix is EL, not its ISO code GR.
  GR: /^EL\d{9}$/,
  ES: /^ES[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^FI\d{8}$/,
  FR: /^FR[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^HR\d{11}$/,
  HU: /^HU\d{8}$/,
  IE: /^IE(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^IT\d{11}$/,
  LT: /^LT(?:\d{9}|\d{12})$/,
  LU: /^LU\d{8}$/,
  LV: /^LV\d{11}$/,
  MT: /^MT\d{8}$/,
  NL: /^NL\d{9}B\d{2}$/,
  PL: /^PL\d{10}$/,
  PT: /^PT\d{9}$/,
  RO: /^RO\d{2,10}$/,
  SE: /^SE\d{10}01$/,
  SI: /^SI\d{8}$/,
  SK: /^SK\d{10}$/,
  XI: /^XI(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
  GB: /^GB(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
  CH: /^CHE\d{9}(?:MWST|TVA|IVA)?$/,
  NO: /^NO\d{9}(?:MVA)?$/,
};

/** Anything else: letters and digits, as the member typed them. */
const OTHER = /^[A-Z0-9]{2,20}$/;

export type TaxIdCheck = {ok: true; taxId: string} | {ok: false; example: string | null};

/** Example numbers, shown when a number does not fit (`FRXX999999999`). */
const EXAMPLES: Readonly<Record<string, string>> = {
  AT: 'ATU12345678',
  BE: 'BE0123456789',
  DE: 'DE123456789',
  ES: 'ESX1234567X',
  FR: 'FR40303265045',
  GR: 'EL123456789',
  IT: 'IT12345678901',
  NL: 'NL123456789B01',
};

/** Compares numbers the way tax offices print them: no spaces, dots or dashes, upper case. */
export const normalizeTaxId = (taxId: string) => taxId.replace(/[\s.-]/g, '').toUpperCase();

/**
 * Whether `taxId` can be a VAT number of `country` (ISO alpha-2). French numbers also have their
 * key checked (`(12 + 3 × (SIREN mod 97)) mod 97`), which catches most typos.
 */
export function checkTaxId(taxId: string, country: string): TaxIdCheck {
  const normalized = normalizeTaxId(taxId);
  const format = FORMATS[country.toUpperCase()] ?? OTHER;
  const fits =
    format.test(normalized) && (country.toUpperCase() !== 'FR' || frenchKeyOk(normalized));
  return fits ? {ok: true, taxId: normalized} : {ok: false, example: EXAMPLES[country] ?? null};
}

function frenchKeyOk(normalized: string): boolean {
  const key = normalized.slice(2, 4);
  // Letter keys are the newer scheme, with no published arithmetic check.
  if (!/^\d{2}$/.test(key)) return true;
  const siren = BigInt(normalized.slice(4));
  return Number((12n + 3n * (siren % 97n)) % 97n) === Number(key);
}
