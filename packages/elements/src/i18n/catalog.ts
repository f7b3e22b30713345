import type {MessageParamNames} from './message-params.generated.js';
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

/**
 * The names a message needs: its `{placeholders}`, plus `count` when it has plural forms. Read
 * from the generated {@link MessageParamNames}: TypeScript types JSON text as `string`, so it
 * cannot see the placeholders in the catalogues themselves.
 */
type ParamNames<K extends MessageKey> = K extends keyof MessageParamNames
  ? MessageParamNames[K]
  : never;

/** The parameters of a message; `count` (which picks the plural form) is a number. */
export type MessageParams<K extends MessageKey> = {
  [P in ParamNames<K>]: P extends 'count' ? number : string | number;
};

/** `msg(lang, key)` for messages without parameters, `msg(lang, key, params)` otherwise. */
export type MessageArgs<K extends MessageKey> = [ParamNames<K>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Keys of messages that can be shown without parameters, for code that picks one at runtime. */
export type PlainMessageKey = {
  [K in MessageKey]: [] extends MessageArgs<K> ? K : never;
}[MessageKey];
