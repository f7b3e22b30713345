import type {AllMessages} from './messages.js';

/** A message with counts: one text per `Intl.PluralRules` category, `other` required. */
export type PluralMessage = {readonly other: string} & {
  readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

export type Message = string | PluralMessage;

/** Every message key of every element (`credits.label`, `state.retry`, …). */
export type MessageKey = keyof AllMessages;

/** A language's messages for one module: exactly its English keys, no more, no fewer. */
export type Catalog<English = AllMessages> = {readonly [K in keyof English]: Message};

type Text<M> = M extends string ? M : M extends {readonly other: infer O} ? O : never;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The names a message needs: its `{placeholders}`, plus `count` when it has plural forms. */
type ParamNames<K extends MessageKey> = AllMessages[K] extends string
  ? Placeholders<AllMessages[K]>
  : 'count' | Placeholders<Text<AllMessages[K]>>;

/** The parameters of a message; `count` (which picks the plural form) is a number. */
export type MessageParams<K extends MessageKey> = {
  [P in ParamNames<K>]: P extends 'count' ? number : string | number;
};

/**
 * A catalogue read from JSON types its text as `string`, not as the text itself, so TypeScript
 * cannot see its `{placeholders}`: its parameters are optional and unchecked (the catalogue
 * test checks that each language uses English's placeholders).
 */
type Unchecked<K extends MessageKey> = string extends Text<AllMessages[K]> ? true : false;

/** `msg(lang, key)` for messages without parameters, `msg(lang, key, params)` otherwise. */
export type MessageArgs<K extends MessageKey> =
  Unchecked<K> extends true
    ? [params?: Readonly<Record<string, string | number>>]
    : [ParamNames<K>] extends [never]
      ? []
      : [params: MessageParams<K>];

/** Keys of messages that can be shown without parameters, for code that picks one at runtime. */
export type PlainMessageKey = {
  [K in MessageKey]: [] extends MessageArgs<K> ? K : never;
}[MessageKey];
