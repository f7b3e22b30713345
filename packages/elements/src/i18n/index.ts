export type {
  Catalog,
  Message,
  MessageArgs,
  MessageKey,
  MessageParams,
  PlainMessageKey,
  PluralMessage,
} from './catalog.js';
export {
  formatCalendarDay,
  formatDateTime,
  formatDay,
  formatHours,
  formatNumber,
  formatPercent,
  formatTime,
  formatTimeRange,
  pluralCategory,
} from './format.js';
export {addMessages, loadMessages, msg, resolveLocale, SUPPORTED_LANGUAGES} from './msg.js';
export type {AllMessages} from './messages.js';
