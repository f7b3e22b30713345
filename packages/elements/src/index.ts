// Importing this module registers every element: the first eight here (each `<name>.ts`
// defines its tag), the later areas' on first use (lazy-elements.ts; their classes come from
// their own entry points, `@portico/elements/<name>.js`). portico.js is this module.
import {autoload} from './internal/autoloader.js';
import {LAZY_ELEMENTS} from './lazy-elements.js';

export {PorticoProvider} from './provider/provider.js';
export {PorticoCreditBalance} from './credit-balance/credit-balance.js';
export {PorticoLogin} from './login/login.js';
export {PorticoMembershipCard} from './membership-card/membership-card.js';
export {PorticoShop} from './shop/shop.js';
export {PorticoEntries} from './entries/entries.js';
export {PorticoBookingCalendar} from './booking-calendar/booking-calendar.js';
export {PorticoNotifications} from './notifications/notifications.js';
export {PorticoProfile} from './profile/profile.js';
// Registered on first use (lazy-elements.ts): the classes are types here, not code.
export type {PorticoHelpdesk} from './helpdesk/helpdesk.js';
export type {PorticoVisitors} from './visitors/visitors.js';
export type {PorticoDeliveries} from './deliveries/deliveries.js';
export {PorticoPortal} from './portal/portal.js';

export {PorticoElement} from './internal/portico-element.js';
export type {PorticoEventInit, PorticoEventName} from './internal/portico-element.js';
export {PorticoClientElement} from './internal/portico-client-element.js';
export {clientContext} from './internal/client-context.js';
export {clearSharedClients, sharedClient} from './internal/client-registry.js';
export {QueryController} from './internal/query-controller.js';
export type {QueryControllerOptions, QueryHost} from './internal/query-controller.js';
export type {
  PorticoBuyCreditsEvent,
  PorticoCartChangedEvent,
  PorticoCheckedInEvent,
  PorticoErrorEvent,
  PorticoEventRegisteredEvent,
  PorticoEventWaitlistedEvent,
  PorticoLoginEvent,
  PorticoLogoutEvent,
  PorticoMembershipChangedEvent,
  PorticoNeedsSignInEvent,
  PorticoPlanSelectedEvent,
  PorticoProfileUpdatedEvent,
  PorticoSignInCompleteEvent,
  PorticoTermsAcceptedEvent,
  PorticoOrderCreatedEvent,
  PorticoOrderPaidEvent,
  PorticoBookingCancelledEvent,
  PorticoBookingCreatedEvent,
  PorticoNeedsCreditsEvent,
  PorticoNotificationsChangedEvent,
  PorticoSlotSelectedEvent,
  PorticoInvoicePaidEvent,
  PorticoPaymentMethodAddedEvent,
  PorticoVisitorRegisteredEvent,
  PorticoRequestOpenedEvent,
  PorticoDeliveryCollectedEvent,
} from './dom-events/events.js';
export {msg, resolveLocale, SUPPORTED_LANGUAGES} from './i18n/index.js';
export type {Catalog, MessageKey} from './i18n/index.js';

if (typeof document !== 'undefined') autoload(LAZY_ELEMENTS);
