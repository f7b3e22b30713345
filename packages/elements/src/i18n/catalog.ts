import type {en} from './en.js';

/** A message with counts: one text per `Intl.PluralRules` category, `other` required. */
export type PluralMessage = {readonly other: string} & {
  readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

export type Message = string | PluralMessage;

export type MessageKey = keyof typeof en;

/** A language's messages: exactly the English keys, no more, no fewer. */
export type Catalog = {readonly [K in MessageKey]: Message};

type Text<M> = M extends string ? M : M extends {readonly other: infer O} ? O : never;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The names a message needs: its `{placeholders}`, plus `count` when it has plural forms. */
type ParamNames<K extends MessageKey> = (typeof en)[K] extends string
  ? Placeholders<(typeof en)[K]>
  : 'count' | Placeholders<Text<(typeof en)[K]>>;

/** The parameters of a message; `count` (which picks the plural form) is a number. */
export type MessageParams<K extends MessageKey> = {
  [P in ParamNames<K>]: P extends 'count' ? number : string | number;
};

/** `msg(lang, key)` for messages without parameters, `msg(lang, key, params)` otherwise. */
export type MessageArgs<K extends MessageKey> = [ParamNames<K>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Keys of messages that take no parameters, for code that picks a message at runtime. */
export type PlainMessageKey = {
  [K in MessageKey]: MessageArgs<K> extends [] ? K : never;
}[MessageKey];
