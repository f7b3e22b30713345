// Every namespaced method of the client, with the route it must call and what it must send:
// the client tests check each against the route table.
import {routes, type RouteName} from '../../src/contract/index.js';
import type {PorticoClient} from '../../src/index.js';
import {bookingRequest} from './fixtures.js';

export interface MethodCase {
  call: (client: PorticoClient) => Promise<unknown>;
  route: RouteName;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/** A body as the method gets it: a copy, which it may change. */
type Copy<T> = {-readonly [K in keyof T]: Copy<T[K]>};

/** The name of a route's one path parameter, e.g. `bookingId`. */
function paramOf(route: RouteName): string {
  const [, name] = /:(\w+)/.exec(routes[route].path) ?? [];
  if (name === undefined) throw new Error(`${route} has no path parameter`);
  return name;
}

/** A method given one thing's id: it must send it as the route's path parameter. */
function byId(
  route: RouteName,
  id: string,
  call: (client: PorticoClient, id: string) => Promise<unknown>,
): MethodCase {
  return {call: (c) => call(c, id), route, params: {[paramOf(route)]: id}};
}

/** A method given an id and a body: the id in the path, the body sent as it is (the method gets a copy). */
function withIdAndBody<const B>(
  route: RouteName,
  id: string,
  body: B,
  call: (client: PorticoClient, id: string, body: Copy<B>) => Promise<unknown>,
): MethodCase {
  return {...byId(route, id, (c) => call(c, id, structuredClone(body) as Copy<B>)), body};
}

/** A method given a body, which it must send as it is (the method gets a copy). */
function withBody<const B>(
  route: RouteName,
  body: B,
  call: (client: PorticoClient, body: Copy<B>) => Promise<unknown>,
): MethodCase {
  return {call: (c) => call(c, structuredClone(body) as Copy<B>), route, body};
}

/** A method given a query of strings, which it must send as it is. */
function withQuery<const Q extends Record<string, string>>(
  route: RouteName,
  query: Q,
  call: (client: PorticoClient, query: Copy<Q>) => Promise<unknown>,
): MethodCase {
  return {call: (c) => call(c, structuredClone(query) as Copy<Q>), route, query};
}

const billingDetails = {
  name: 'Ada Lovelace',
  company: null,
  address: {
    line1: '12 rue des Arts',
    line2: null,
    postalCode: '75011',
    city: 'Paris',
    region: null,
    country: 'FR',
  },
  taxId: null,
  email: null,
};
const order = {items: [{productId: 'p_pack', quantity: 1}], discountCode: 'WELCOME'};

/** Every namespaced method, with what it must send. */
export const METHOD_CASES: Record<string, MethodCase> = {
  'auth.requestCode': withBody('requestCode', {email: 'ada@example.com'}, (c, body) =>
    c.auth.requestCode(body),
  ),
  'auth.verifyCode': withBody('verifyCode', {challengeId: 'ch_1', code: '123456'}, (c, body) =>
    c.auth.verifyCode(body),
  ),
  'auth.acceptInvitation': {
    call: (c) => c.auth.acceptInvitation({token: 'inv_1'}),
    route: 'acceptInvitation',
    params: {token: 'inv_1'},
  },
  'auth.logout': {call: (c) => c.auth.logout(), route: 'logout'},
  'space.get': {call: (c) => c.space.get(), route: 'getSpace'},
  'me.get': {call: (c) => c.profile.get(), route: 'getProfile'},
  'me.update': withBody('updateProfile', {company: 'Analytical Engines'}, (c, body) =>
    c.profile.update(body),
  ),
  'me.acceptTerms': withBody('acceptTerms', {version: '2024-02'}, (c, body) =>
    c.profile.acceptTerms(body),
  ),
  'me.calendarFeed': {call: (c) => c.profile.getCalendarFeed(), route: 'getCalendarFeed'},
  'me.resetCalendarFeed': {call: (c) => c.profile.resetCalendarFeed(), route: 'resetCalendarFeed'},
  'plans.list': {call: (c) => c.membership.listPlans(), route: 'listPlans'},
  'membership.current': {call: (c) => c.membership.get(), route: 'getMembership'},
  'membership.planAccess': {call: (c) => c.membership.planAccess(), route: 'getPlanAccess'},
  'membership.history': {
    call: (c) => c.membership.list({cursor: 'c2', limit: 5}),
    route: 'listMemberships',
    query: {cursor: 'c2', limit: '5'},
  },
  'credits.balance': {call: (c) => c.credits.get(), route: 'getCredits'},
  'credits.ledger': {
    call: (c) => c.credits.listLedger({limit: 20}),
    route: 'listCreditLedger',
    query: {limit: '20'},
  },
  'resources.list': withQuery('listResources', {type: 'meeting_room'}, (c, query) =>
    c.resources.list(query),
  ),
  'availability.get': {
    call: (c) =>
      c.resources.getAvailability({
        from: '2030-03-04T00:00:00Z',
        to: '2030-03-05T00:00:00Z',
        resourceIds: ['r_1', 'r_2'],
      }),
    route: 'getAvailability',
    query: {from: '2030-03-04T00:00:00Z', to: '2030-03-05T00:00:00Z', resourceIds: 'r_1,r_2'},
  },
  'resources.floors': {
    call: (c) => c.resources.floors(),
    route: 'listFloors',
    query: {},
  },
  'bookings.list': withQuery('listBookings', {status: 'confirmed'}, (c, query) =>
    c.bookings.list(query),
  ),
  'bookings.quote': withBody('quoteBooking', bookingRequest, (c, body) => c.bookings.quote(body)),
  'bookings.create': withBody('createBooking', bookingRequest, (c, body) =>
    c.bookings.create(body),
  ),
  'bookings.cancel': byId('cancelBooking', 'b_1', (c, id) => c.bookings.cancel(id)),
  'products.list': {call: (c) => c.shop.listProducts(), route: 'listProducts'},
  'myProducts.list': {call: (c) => c.shop.listMyProducts(), route: 'listMyProducts'},
  'orders.quote': withBody('quoteOrder', order, (c, body) => c.shop.quoteOrder(body)),
  'orders.create': withBody('createOrder', order, (c, body) => c.shop.createOrder(body)),
  'orders.pay': withIdAndBody('payOrder', 'o_1', {paymentMethod: 'pm_card_visa'}, (c, id, body) =>
    c.shop.payOrder(id, body),
  ),
  'orders.cancel': byId('cancelOrder', 'o_1', (c, id) => c.shop.cancelOrder(id)),
  'orders.list': withQuery('listOrders', {status: 'paid'}, (c, query) => c.shop.listOrders(query)),
  'membership.quote': withBody(
    'quoteMembership',
    {action: 'cancel', membershipId: 'ms_1'},
    (c, body) => c.membership.quote(body),
  ),
  'membership.join': withBody('joinPlan', {planId: 'plan-flex'}, (c, body) =>
    c.membership.join(body),
  ),
  'membership.changePlan': {
    call: (c) => c.membership.change('ms_1', 'plan-unlimited'),
    route: 'changePlan',
    params: {membershipId: 'ms_1'},
    body: {planId: 'plan-unlimited'},
  },
  'membership.undoChange': byId('undoPlanChange', 'ms_1', (c, id) => c.membership.undoChange(id)),
  'membership.cancel': byId('cancelMembership', 'ms_1', (c, id) => c.membership.cancel(id)),
  'membership.undoCancel': byId('undoCancellation', 'ms_1', (c, id) => c.membership.undoCancel(id)),
  'entries.get': {call: (c) => c.entries.get(), route: 'getEntries'},
  'entries.checkIn': {call: (c) => c.entries.checkIn(), route: 'checkIn'},
  'notifications.list': {
    call: (c) => c.notifications.list({unread: true}),
    route: 'listNotifications',
    query: {unread: 'true'},
  },
  'billing.listInvoices': withQuery('listInvoices', {status: 'overdue'}, (c, query) =>
    c.billing.listInvoices(query),
  ),
  'billing.getInvoice': byId('getInvoice', 'inv_1', (c, id) => c.billing.getInvoice(id)),
  'billing.getUpcomingInvoice': {
    call: (c) => c.billing.getUpcomingInvoice(),
    route: 'getUpcomingInvoice',
  },
  'billing.getRenewal': {
    call: (c) => c.billing.getRenewal(),
    route: 'getRenewal',
  },
  'billing.updateRenewal': withBody('updateRenewal', {autoPay: false}, (c, body) =>
    c.billing.updateRenewal(body),
  ),
  'billing.payInvoices': withBody(
    'payInvoices',
    {invoiceIds: ['inv_1'], paymentMethodId: 'pm_1'},
    (c, body) => c.billing.payInvoices(body),
  ),
  'billing.confirmPayment': byId('confirmPayment', 'pay_1', (c, id) =>
    c.billing.confirmPayment(id),
  ),
  'billing.listPaymentMethods': {
    call: (c) => c.billing.listPaymentMethods(),
    route: 'listPaymentMethods',
  },
  'billing.addPaymentMethod': withBody('addPaymentMethod', {token: 'pm_card_visa'}, (c, body) =>
    c.billing.addPaymentMethod(body),
  ),
  'billing.setDefaultPaymentMethod': byId('setDefaultPaymentMethod', 'pm_1', (c, id) =>
    c.billing.setDefaultPaymentMethod(id),
  ),
  'billing.removePaymentMethod': byId('removePaymentMethod', 'pm_1', (c, id) =>
    c.billing.removePaymentMethod(id),
  ),
  'billing.getBillingDetails': {
    call: (c) => c.billing.getBillingDetails(),
    route: 'getBillingDetails',
  },
  'billing.updateBillingDetails': withBody('updateBillingDetails', billingDetails, (c, body) =>
    c.billing.updateBillingDetails(body),
  ),
  'billing.getStatement': withQuery(
    'getStatement',
    {from: '2026-01-01', to: '2026-01-31'},
    (c, query) => c.billing.getStatement(query),
  ),
  'directory.getDirectoryEntry': {
    call: (c) => c.directory.getDirectoryEntry(),
    route: 'getDirectoryEntry',
  },
  'directory.updateDirectoryEntry': withBody(
    'updateDirectoryEntry',
    {visibility: 'members'},
    (c, body) => c.directory.updateDirectoryEntry(body),
  ),
  'directory.listDirectory': withQuery('listDirectory', {skill: 'Branding'}, (c, query) =>
    c.directory.listDirectory(query),
  ),
  'directory.getDirectoryMember': byId('getDirectoryMember', 'mem_ben', (c, id) =>
    c.directory.getDirectoryMember(id),
  ),
  'directory.messageMember': withIdAndBody(
    'messageMember',
    'mem_ben',
    {body: 'Coffee?'},
    (c, id, body) => c.directory.messageMember(id, body),
  ),
  'directory.revealMemberEmail': byId('revealMemberEmail', 'mem_ben', (c, id) =>
    c.directory.revealMemberEmail(id),
  ),
  'directory.listPublicDirectory': withQuery('listPublicDirectory', {q: 'design'}, (c, query) =>
    c.directory.listPublicDirectory(query),
  ),
  'posts.listPosts': withQuery('listPosts', {category: 'articles'}, (c, query) =>
    c.posts.listPosts(query),
  ),
  'posts.getPost': byId('getPost', 'post_1', (c, id) => c.posts.getPost(id)),
  'posts.markPostRead': byId('markPostRead', 'post_1', (c, id) => c.posts.markPostRead(id)),
  'posts.replyToPost': withIdAndBody('replyToPost', 'post_1', {body: 'Thanks!'}, (c, id, body) =>
    c.posts.replyToPost(id, body),
  ),
  'posts.deleteReply': {
    call: (c) => c.posts.deleteReply('post_1', 'rep_1'),
    route: 'deleteReply',
    params: {postId: 'post_1', replyId: 'rep_1'},
  },
  'helpdesk.listGuides': withQuery('listGuides', {q: 'wifi'}, (c, query) =>
    c.helpdesk.listGuides(query),
  ),
  'helpdesk.guideFeedback': withIdAndBody('guideFeedback', 'g_1', {helpful: true}, (c, id, body) =>
    c.helpdesk.guideFeedback(id, body),
  ),
  'helpdesk.listRequests': {call: (c) => c.helpdesk.listRequests(), route: 'listHelpRequests'},
  'helpdesk.getRequest': byId('getHelpRequest', 'req_1', (c, id) => c.helpdesk.getRequest(id)),
  'helpdesk.openRequest': withBody(
    'openHelpRequest',
    {categoryId: 'c', subject: 's', description: 'd'},
    (c, body) => c.helpdesk.openRequest(body),
  ),
  'helpdesk.reply': withIdAndBody('replyToHelpRequest', 'req_1', {body: 'b'}, (c, id, body) =>
    c.helpdesk.reply(id, body),
  ),
  'helpdesk.resolve': byId('resolveHelpRequest', 'req_1', (c, id) => c.helpdesk.resolve(id)),
  'helpdesk.reopen': byId('reopenHelpRequest', 'req_1', (c, id) => c.helpdesk.reopen(id)),
  'helpdesk.upload': withBody(
    'uploadAttachment',
    {fileName: 'a.png', contentType: 'image/png', data: 'AA=='},
    (c, body) => c.helpdesk.upload(body),
  ),
  'helpdesk.getAttachment': byId('getAttachment', 'att_1', (c, id) => c.helpdesk.getAttachment(id)),
  'visitors.list': {call: (c) => c.visitors.list(), route: 'listVisitors'},
  'visitors.register': withBody(
    'registerVisitor',
    {name: 'Ana', day: '2026-03-04', time: '10:00'},
    (c, body) => c.visitors.register(body),
  ),
  'visitors.update': withIdAndBody('updateVisitor', 'vis_1', {time: '11:00'}, (c, id, body) =>
    c.visitors.update(id, body),
  ),
  'visitors.cancel': byId('cancelVisitor', 'vis_1', (c, id) => c.visitors.cancel(id)),
  'deliveries.list': {call: (c) => c.deliveries.list(), route: 'listDeliveries'},
  'deliveries.collect': byId('collectDelivery', 'dlv_1', (c, id) => c.deliveries.collect(id)),
  'events.list': withQuery(
    'listEvents',
    {when: 'past', category: 'Workshop', q: 'pitch'},
    (c, query) => c.events.list(query),
  ),
  'events.categories': {call: (c) => c.events.categories(), route: 'listEventCategories'},
  'events.get': byId('getEvent', 'evt_1', (c, id) => c.events.get(id)),
  'events.quote': withIdAndBody('quoteRegistration', 'evt_1', {guests: 1}, (c, id, body) =>
    c.events.quote(id, body),
  ),
  'events.register': withIdAndBody(
    'register',
    'evt_1',
    {guests: 1, payWith: 'credits'},
    (c, id, body) => c.events.register(id, body),
  ),
  'events.listMine': withQuery('listMyEvents', {when: 'upcoming'}, (c, query) =>
    c.events.listMine(query),
  ),
  'events.getMine': byId('getMyEvent', 'reg_1', (c, id) => c.events.getMine(id)),
  'events.confirmOffer': withIdAndBody('confirmOffer', 'reg_1', {payWith: 'card'}, (c, id, body) =>
    c.events.confirmOffer(id, body),
  ),
  'events.cancel': byId('cancelRegistration', 'reg_1', (c, id) => c.events.cancel(id)),
  'events.listPublic': {
    call: (c) => c.events.listPublic({limit: 10}),
    route: 'listPublicEvents',
    query: {limit: '10'},
  },
  'events.getPublic': byId('getPublicEvent', 'evt_1', (c, id) => c.events.getPublic(id)),
  'events.registerForPublicEvent': {
    call: (c) =>
      c.events.registerForPublicEvent('evt_1', {name: 'Margaret', email: 'm@example.org'}),
    route: 'registerForPublicEvent',
    params: {eventId: 'evt_1'},
    body: {name: 'Margaret', email: 'm@example.org'},
  },
  'events.cancelPublicRegistration': withBody(
    'cancelPublicRegistration',
    {token: 'vc_key'},
    (c, body) => c.events.cancelPublicRegistration(body),
  ),
  'notifications.markRead': byId('markNotificationRead', 'n_1', (c, id) =>
    c.notifications.markRead(id),
  ),
};
