export type {PorticoErrorEvent} from './portico-error.js';
export type {PorticoLoginEvent} from './portico-login.js';
export type {PorticoLogoutEvent} from './portico-logout.js';
export type {PorticoNeedsSignInEvent} from './portico-needs-sign-in.js';
export type {PorticoBookingCancelledEvent} from './portico-booking-cancelled.js';
export type {PorticoBookingCreatedEvent} from './portico-booking-created.js';
export type {PorticoNeedsCreditsEvent} from './portico-needs-credits.js';
export type {PorticoSlotSelectedEvent} from './portico-slot-selected.js';
