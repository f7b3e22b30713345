import {stripBidiControls} from '@portico/sdk/domain';
import type {Catalog, Message, MessageArgs, MessageKey} from './catalog.js';
import en from './common.messages.en.json' with {type: 'json'};
import {formatNumber, pluralCategory} from './format.js';

type Messages = Readonly<Record<string, Message>>;
/** A language's catalogue as a JSON module: `import('./<name>.messages.fr.json', …)`. */
type CatalogModule<English = Messages> = {readonly default: Catalog<English>};

const LANGUAGES = ['en', 'fr'] as const;
/** A language other than English: its text loads on demand. */
type Translated = Exclude<(typeof LANGUAGES)[number], 'en'>;

/** The languages Portico ships text for. */
export const SUPPORTED_LANGUAGES: string[] = [...LANGUAGES];

/**
 * The text of each language loaded so far: English at once, the others as they load. English
 * is the reference: every other language has exactly its keys and the same `{placeholders}`
 * (the catalogue test). A message with counts is an object keyed by `Intl.PluralRules`
 * categories, chosen by its `count` parameter; French uses the singular for 0 and 1
 * ("0 crédit"), which `Intl.PluralRules` knows.
 */
const catalogs: Record<string, Record<string, Message>> = {en: {...en}};
/** Per language, the modules whose text has not started loading. */
const unloaded: Record<string, (() => Promise<CatalogModule>)[]> = {
  fr: [() => import('./common.messages.fr.json', {with: {type: 'json'}})],
};
/** Per language, the text being loaded. */
const loading: Record<string, Promise<void> | undefined> = {};

/**
 * Adds a module's English messages and a loader for each other language's, which must have
 * exactly the English keys (a type error otherwise). An element's `<name>.messages.ts` calls
 * it when it loads; the translations load with a page in their language, or when an element
 * first renders in it. Registering the same messages twice (a page with two copies of an
 * element) is harmless.
 */
export function addMessages<const English extends Messages>(
  en: English,
  translations: {readonly [L in Translated]: () => Promise<CatalogModule<English>>},
): void {
  Object.assign(catalogs.en!, en);
  for (const [language, load] of Object.entries(translations)) {
    (unloaded[language] ??= []).push(load);
  }
  loadPageLanguage();
}

/**
 * Loads what is not loaded yet of `lang`'s text. Resolves when it has (a module that fails
 * to load leaves its messages in English); undefined when there is nothing to wait for.
 */
export function loadMessages(lang: string): Promise<void> | undefined {
  const language = languageOf(resolveLocale(lang));
  const loaders = unloaded[language] ?? [];
  if (loaders.length > 0) {
    unloaded[language] = [];
    const current: Promise<void> = Promise.all([
      loading[language],
      ...loaders.map(async (load) => {
        Object.assign((catalogs[language] ??= {}), (await load()).default);
      }),
    ]).then(
      () => {
        if (loading[language] === current) loading[language] = undefined;
      },
      (error: unknown) => {
        if (loading[language] === current) loading[language] = undefined;
        console.error(`[Portico] Failed to load the ${language} text:`, error);
      },
    );
    loading[language] = current;
  }
  return loading[language];
}

/** The page's own language loads with the code that needs it, not at the first render. */
function loadPageLanguage(): void {
  if (typeof document !== 'undefined') void loadMessages(document.documentElement.lang || 'en');
}
loadPageLanguage();

function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The locale to render `lang` with: `lang` itself when Portico has text in its language
 * (`fr-CA` keeps Canadian number formats with French text), else `en`, so numbers and words
 * never mix two languages.
 */
export function resolveLocale(lang: string): string {
  const language = languageOf(lang);
  if (!SUPPORTED_LANGUAGES.includes(language)) return 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? language;
  } catch {
    return language; // a malformed tag such as `fr_FR`
  }
}

function catalogFor(locale: string): Record<string, Message> {
  return catalogs[languageOf(locale)] ?? catalogs.en!;
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
