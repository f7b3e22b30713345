// What the journeys know of the mock server's seeded demo scenario, and the elements' tags.

/** The space every journey runs in. */
export const SPACE = 'demo';

/** Members: Ada (a time plan with credits), Farid, Ben (an entries plan), Nina (new). */
export const ADA = 'ada@example.com';
export const FARID = 'farid@example.com';
export const BEN = 'ben@example.com';
export const NINA = 'nina@example.com';

/** The meeting room the journeys book. */
export const ROOM = "L'Atelier";

export const BALANCE = 'portico-credit-balance';
export const BILLING = 'portico-billing';
export const CALENDAR = 'portico-booking-calendar';
export const DELIVERIES = 'portico-deliveries';
export const ENTRIES = 'portico-entries';
export const HELPDESK = 'portico-helpdesk';
export const EVENTS = 'portico-events';
export const LOGIN = 'portico-login';
export const MEMBERSHIP = 'portico-membership-card';
export const NOTIFICATIONS = 'portico-notifications';
export const PORTAL = 'portico-portal';
export const PROFILE = 'portico-profile';
export const SHOP = 'portico-shop';
export const VISITORS = 'portico-visitors';
