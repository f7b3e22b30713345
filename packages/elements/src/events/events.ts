export type {PorticoCartChangedEvent} from './portico-cart-changed.js';
export type {PorticoCheckedInEvent} from './portico-checked-in.js';
export type {PorticoErrorEvent} from './portico-error.js';
export type {PorticoLoginEvent} from './portico-login.js';
export type {PorticoLogoutEvent} from './portico-logout.js';
export type {PorticoNeedsSignInEvent} from './portico-needs-sign-in.js';
export type {PorticoOrderCreatedEvent} from './portico-order-created.js';
export type {PorticoOrderPaidEvent} from './portico-order-paid.js';
