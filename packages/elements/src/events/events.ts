export type {PorticoErrorEvent} from './portico-error.js';
export type {PorticoLoginEvent} from './portico-login.js';
export type {PorticoLogoutEvent} from './portico-logout.js';
export type {PorticoNeedsSignInEvent} from './portico-needs-sign-in.js';
export type {PorticoPlanSelectedEvent} from './portico-plan-selected.js';
export type {PorticoProfileUpdatedEvent} from './portico-profile-updated.js';
export type {PorticoTermsAcceptedEvent} from './portico-terms-accepted.js';
