export type {PorticoBuyCreditsEvent} from './portico-buy-credits.js';
export type {PorticoErrorEvent} from './portico-error.js';
export type {PorticoLoginEvent} from './portico-login.js';
export type {PorticoLogoutEvent} from './portico-logout.js';
export type {PorticoNeedsSignInEvent} from './portico-needs-sign-in.js';
export type {PorticoPlanSelectedEvent} from './portico-plan-selected.js';
