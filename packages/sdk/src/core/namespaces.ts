import type {RouteName} from '../contract/routes.js';
import type {
  BodyOf,
  CallOptions,
  MutationOptions,
  QueryOf,
  RequestArgs,
  ResponseOf,
} from '../types/request.js';

type Request = <N extends RouteName>(name: N, ...args: RequestArgs<N>) => Promise<ResponseOf<N>>;

/** `resourceIds` as a list; the wire format is comma-separated. */
export type AvailabilityParams = Omit<QueryOf<'getAvailability'>, 'resourceIds'> & {
  resourceIds?: readonly string[] | undefined;
};

/** `unread` as a boolean; the wire format is `'true' | 'false'`. */
export type NotificationsParams = Omit<QueryOf<'listNotifications'>, 'unread'> & {
  unread?: boolean | undefined;
};

/**
 * The namespaced methods: each is a one-liner over `request()`, so paths and shapes come from
 * the route table only. Mutations that change cached data invalidate it inside `request()`.
 */
export function createNamespaces(request: Request) {
  return {
    auth: {
      /** Emails a one-time code; answers the challenge to verify it against. */
      requestCode: (body: BodyOf<'requestCode'>, options?: MutationOptions) =>
        request('requestCode', {...options, body}),
      /** Exchanges the code for a session, which the client keeps and sends from now on. */
      verifyCode: (body: BodyOf<'verifyCode'>, options?: MutationOptions) =>
        request('verifyCode', {...options, body}),
      /** Logs in from an invitation link's token. */
      acceptInvitation: (body: {token: string}, options?: MutationOptions) =>
        request('acceptInvitation', {...options, params: body}),
      /** Revokes the session on the server and forgets it here (also if the server fails). */
      logout: (options?: MutationOptions) => request('logout', options),
    },
    space: {
      get: (options?: CallOptions) => request('getSpace', options),
    },
    me: {
      get: (options?: CallOptions) => request('getMe', options),
      update: (patch: BodyOf<'updateMe'>, options?: MutationOptions) =>
        request('updateMe', {...options, body: patch}),
      acceptTerms: (body: BodyOf<'acceptTerms'>, options?: MutationOptions) =>
        request('acceptTerms', {...options, body}),
    },
    plans: {
      list: (options?: CallOptions) => request('listPlans', options),
    },
    membership: {
      current: (options?: CallOptions) => request('getMembership', options),
      history: (query?: QueryOf<'listMemberships'>, options?: CallOptions) =>
        request('listMemberships', {...options, query}),
    },
    credits: {
      balance: (options?: CallOptions) => request('getCredits', options),
      ledger: (query?: QueryOf<'listCreditLedger'>, options?: CallOptions) =>
        request('listCreditLedger', {...options, query}),
    },
    resources: {
      list: (query?: QueryOf<'listResources'>, options?: CallOptions) =>
        request('listResources', {...options, query}),
    },
    availability: {
      get: ({resourceIds, ...query}: AvailabilityParams, options?: CallOptions) =>
        request('getAvailability', {
          ...options,
          query: {...query, resourceIds: resourceIds?.join(',')},
        }),
    },
    bookings: {
      list: (query?: QueryOf<'listBookings'>, options?: CallOptions) =>
        request('listBookings', {...options, query}),
      /** What a booking would cost, and its cancellation terms; changes nothing. */
      quote: (body: BodyOf<'quoteBooking'>, options?: MutationOptions) =>
        request('quoteBooking', {...options, body}),
      create: (body: BodyOf<'createBooking'>, options?: MutationOptions) =>
        request('createBooking', {...options, body}),
      cancel: (bookingId: string, options?: MutationOptions) =>
        request('cancelBooking', {...options, params: {bookingId}}),
    },
    products: {
      list: (options?: CallOptions) => request('listProducts', options),
    },
    myProducts: {
      list: (options?: CallOptions) => request('listMyProducts', options),
    },
    orders: {
      quote: (body: BodyOf<'quoteOrder'>, options?: MutationOptions) =>
        request('quoteOrder', {...options, body}),
      create: (body: BodyOf<'createOrder'>, options?: MutationOptions) =>
        request('createOrder', {...options, body}),
      pay: (orderId: string, body: BodyOf<'payOrder'>, options?: MutationOptions) =>
        request('payOrder', {...options, params: {orderId}, body}),
      cancel: (orderId: string, options?: MutationOptions) =>
        request('cancelOrder', {...options, params: {orderId}}),
      list: (query?: QueryOf<'listOrders'>, options?: CallOptions) =>
        request('listOrders', {...options, query}),
    },
    entries: {
      get: (options?: CallOptions) => request('getEntries', options),
      /** Uses today's entry; calling it again the same day changes nothing. */
      checkIn: (options?: MutationOptions) => request('checkIn', options),
    },
    notifications: {
      list: ({unread, ...query}: NotificationsParams = {}, options?: CallOptions) =>
        request('listNotifications', {
          ...options,
          query: {...query, unread: unread === undefined ? undefined : unread ? 'true' : 'false'},
        }),
      markRead: (notificationId: string, options?: MutationOptions) =>
        request('markNotificationRead', {...options, params: {notificationId}}),
    },
  };
}

export type Namespaces = ReturnType<typeof createNamespaces>;
