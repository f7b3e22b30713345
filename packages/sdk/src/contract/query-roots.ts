/**
 * The first element of every cached query's key: what a route's `invalidates` and a realtime
 * event's invalidations name. A root is either the space's public data or a member's own.
 */
export const QUERY_ROOTS = {
  space: 'public',
  profile: 'member',
  plans: 'public',
  membership: 'member',
  credits: 'member',
  resources: 'public',
  availability: 'public',
  floors: 'public',
  bookings: 'member',
  products: 'public',
  myProducts: 'member',
  orders: 'member',
  entries: 'member',
  notifications: 'member',
  invoices: 'member',
  paymentMethods: 'member',
  billingDetails: 'member',
  directory: 'member',
  posts: 'member',
  guides: 'member',
  helpRequests: 'member',
  visitors: 'member',
  deliveries: 'member',
  /** Events carry the caller's registration, so they are the member's view. */
  events: 'member',
} as const;

export type QueryRoot = keyof typeof QUERY_ROOTS;
