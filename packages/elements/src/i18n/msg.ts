import type {Catalog, Message, MessageArgs, MessageKey} from './catalog.js';
import {en} from './en.js';
import {formatNumber, pluralCategory} from './format.js';
import {fr} from './fr.js';

const catalogs: Readonly<Record<string, Catalog>> = {en, fr};

/** The languages Portico ships text for. */
export const SUPPORTED_LANGUAGES = Object.keys(catalogs);

/**
 * The locale to render `lang` with: `lang` itself when Portico has text in its language
 * (`fr-CA` keeps Canadian number formats with French text), else `en`, so numbers and words
 * never mix two languages.
 */
export function resolveLocale(lang: string): string {
  const language = lang.split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (!(language in catalogs)) return 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? language;
  } catch {
    return language; // a malformed tag such as `fr_FR`
  }
}

function catalogFor(locale: string): Catalog {
  return catalogs[locale.split(/[-_]/)[0]?.toLowerCase() ?? ''] ?? en;
}

/**
 * A localized message. Plural messages pick their form from `params.count`; numbers are
 * formatted for the locale. The result is plain text: render it with a Lit text binding.
 *
 * @example msg('fr', 'credits.expiry', {count: 12, date: '30 nov.'}) // "12 crédits expirent le 30 nov."
 */
export function msg<K extends MessageKey>(
  lang: string,
  key: K,
  ...[params]: MessageArgs<K>
): string {
  const locale = resolveLocale(lang);
  const values = (params ?? {}) as Record<string, string | number>;
  const text = pick(catalogFor(locale)[key], locale, values['count']);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

function pick(message: Message, locale: string, count: string | number | undefined): string {
  if (typeof message === 'string') return message;
  if (typeof count !== 'number') return message.other;
  return message[pluralCategory(locale, count)] ?? message.other;
}
