import {stripBidiControls} from '@portico/sdk/domain';
import type {Catalog, Message, MessageArgs, MessageKey} from './catalog.js';
import {en} from './en.js';
import {formatNumber, pluralCategory} from './format.js';
import {fr} from './fr.js';

type Messages = Readonly<Record<string, Message>>;

/** The text of each language: the common messages, then each element's as it loads. */
const catalogs: Record<string, Record<string, Message>> = {en: {...en}, fr: {...fr}};

/**
 * Adds a module's English messages and their French translation, which must have exactly the
 * English keys (a type error otherwise), and returns the French. An element's
 * `<name>.messages.ts` calls it when it loads. Registering the same messages twice (a page with
 * two copies of an element) is harmless.
 */
export function addMessages<const English extends Messages>(
  en: English,
  fr: Catalog<English>,
): Catalog<English> {
  Object.assign(catalogs.en!, en);
  Object.assign(catalogs.fr!, fr);
  return fr;
}

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

function catalogFor(locale: string): Record<string, Message> {
  return catalogs[locale.split(/[-_]/)[0]?.toLowerCase() ?? ''] ?? catalogs.en!;
}

/**
 * A localized message. Plural messages pick their form from `params.count`; numbers are
 * formatted for the locale. The result is plain text: render it with a Lit text binding.
 * A value loses its bidi controls, so a name such as `Ada \u202Efdp.exe` cannot reverse the
 * sentence around it (or itself: it shows as "Ada fdp.exe", not "Ada exe.pdf").
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
  // A key whose module was not loaded shows as itself: visible in tests, never a crash.
  const message = catalogFor(locale)[key] ?? catalogs.en![key] ?? key;
  const text = pick(message, locale, values['count']);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(locale, value) : stripBidiControls(value);
  });
}

function pick(message: Message, locale: string, count: string | number | undefined): string {
  if (typeof message === 'string') return message;
  if (typeof count !== 'number') return message.other;
  return message[pluralCategory(locale, count)] ?? message.other;
}
