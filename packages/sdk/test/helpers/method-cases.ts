// Every namespaced method of the client, with the route it must call and what it must send:
// the client tests check each against the route table.
import type {RouteName} from '../../src/contract/index.js';
import type {PorticoClient} from '../../src/index.js';
import {bookingRequest} from './fixtures.js';

export interface MethodCase {
  call: (client: PorticoClient) => Promise<unknown>;
  route: RouteName;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
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
  'auth.requestCode': {
    call: (c) => c.auth.requestCode({email: 'ada@example.com'}),
    route: 'requestCode',
    body: {email: 'ada@example.com'},
  },
  'auth.verifyCode': {
    call: (c) => c.auth.verifyCode({challengeId: 'ch_1', code: '123456'}),
    route: 'verifyCode',
    body: {challengeId: 'ch_1', code: '123456'},
  },
  'auth.acceptInvitation': {
    call: (c) => c.auth.acceptInvitation({token: 'inv_1'}),
    route: 'acceptInvitation',
    params: {token: 'inv_1'},
  },
  'auth.logout': {call: (c) => c.auth.logout(), route: 'logout'},
  'space.get': {call: (c) => c.space.get(), route: 'getSpace'},
  'me.get': {call: (c) => c.profile.get(), route: 'getProfile'},
  'me.update': {
    call: (c) => c.profile.update({company: 'Analytical Engines'}),
    route: 'updateProfile',
    body: {company: 'Analytical Engines'},
  },
  'me.acceptTerms': {
    call: (c) => c.profile.acceptTerms({version: '2024-02'}),
    route: 'acceptTerms',
    body: {version: '2024-02'},
  },
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
  'resources.list': {
    call: (c) => c.resources.list({type: 'meeting_room'}),
    route: 'listResources',
    query: {type: 'meeting_room'},
  },
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
  'bookings.list': {
    call: (c) => c.bookings.list({status: 'confirmed'}),
    route: 'listBookings',
    query: {status: 'confirmed'},
  },
  'bookings.quote': {
    call: (c) => c.bookings.quote(bookingRequest),
    route: 'quoteBooking',
    body: bookingRequest,
  },
  'bookings.create': {
    call: (c) => c.bookings.create(bookingRequest),
    route: 'createBooking',
    body: bookingRequest,
  },
  'bookings.cancel': {
    call: (c) => c.bookings.cancel('b_1'),
    route: 'cancelBooking',
    params: {bookingId: 'b_1'},
  },
  'products.list': {call: (c) => c.shop.listProducts(), route: 'listProducts'},
  'myProducts.list': {call: (c) => c.shop.listMyProducts(), route: 'listMyProducts'},
  'orders.quote': {call: (c) => c.shop.quoteOrder(order), route: 'quoteOrder', body: order},
  'orders.create': {call: (c) => c.shop.createOrder(order), route: 'createOrder', body: order},
  'orders.pay': {
    call: (c) => c.shop.payOrder('o_1', {paymentMethod: 'pm_card_visa'}),
    route: 'payOrder',
    params: {orderId: 'o_1'},
    body: {paymentMethod: 'pm_card_visa'},
  },
  'orders.cancel': {
    call: (c) => c.shop.cancelOrder('o_1'),
    route: 'cancelOrder',
    params: {orderId: 'o_1'},
  },
  'orders.list': {
    call: (c) => c.shop.listOrders({status: 'paid'}),
    route: 'listOrders',
    query: {status: 'paid'},
  },
  'membership.quote': {
    call: (c) => c.membership.quote({action: 'cancel', membershipId: 'ms_1'}),
    route: 'quoteMembership',
    body: {action: 'cancel', membershipId: 'ms_1'},
  },
  'membership.join': {
    call: (c) => c.membership.join({planId: 'plan-flex'}),
    route: 'joinPlan',
    body: {planId: 'plan-flex'},
  },
  'membership.changePlan': {
    call: (c) => c.membership.change('ms_1', 'plan-unlimited'),
    route: 'changePlan',
    params: {membershipId: 'ms_1'},
    body: {planId: 'plan-unlimited'},
  },
  'membership.undoChange': {
    call: (c) => c.membership.undoChange('ms_1'),
    route: 'undoPlanChange',
    params: {membershipId: 'ms_1'},
  },
  'membership.cancel': {
    call: (c) => c.membership.cancel('ms_1'),
    route: 'cancelMembership',
    params: {membershipId: 'ms_1'},
  },
  'membership.undoCancel': {
    call: (c) => c.membership.undoCancel('ms_1'),
    route: 'undoCancellation',
    params: {membershipId: 'ms_1'},
  },
  'entries.get': {call: (c) => c.entries.get(), route: 'getEntries'},
  'entries.checkIn': {call: (c) => c.entries.checkIn(), route: 'checkIn'},
  'notifications.list': {
    call: (c) => c.notifications.list({unread: true}),
    route: 'listNotifications',
    query: {unread: 'true'},
  },
  'billing.listInvoices': {
    call: (c) => c.billing.listInvoices({status: 'overdue'}),
    route: 'listInvoices',
    query: {status: 'overdue'},
  },
  'billing.getInvoice': {
    call: (c) => c.billing.getInvoice('inv_1'),
    route: 'getInvoice',
    params: {invoiceId: 'inv_1'},
  },
  'billing.getUpcomingInvoice': {
    call: (c) => c.billing.getUpcomingInvoice(),
    route: 'getUpcomingInvoice',
  },
  'billing.getRenewal': {
    call: (c) => c.billing.getRenewal(),
    route: 'getRenewal',
  },
  'billing.updateRenewal': {
    call: (c) => c.billing.updateRenewal({autoPay: false}),
    route: 'updateRenewal',
    body: {autoPay: false},
  },
  'billing.payInvoices': {
    call: (c) => c.billing.payInvoices({invoiceIds: ['inv_1'], paymentMethodId: 'pm_1'}),
    route: 'payInvoices',
    body: {invoiceIds: ['inv_1'], paymentMethodId: 'pm_1'},
  },
  'billing.confirmPayment': {
    call: (c) => c.billing.confirmPayment('pay_1'),
    route: 'confirmPayment',
    params: {paymentId: 'pay_1'},
  },
  'billing.listPaymentMethods': {
    call: (c) => c.billing.listPaymentMethods(),
    route: 'listPaymentMethods',
  },
  'billing.addPaymentMethod': {
    call: (c) => c.billing.addPaymentMethod({token: 'pm_card_visa'}),
    route: 'addPaymentMethod',
    body: {token: 'pm_card_visa'},
  },
  'billing.setDefaultPaymentMethod': {
    call: (c) => c.billing.setDefaultPaymentMethod('pm_1'),
    route: 'setDefaultPaymentMethod',
    params: {paymentMethodId: 'pm_1'},
  },
  'billing.removePaymentMethod': {
    call: (c) => c.billing.removePaymentMethod('pm_1'),
    route: 'removePaymentMethod',
    params: {paymentMethodId: 'pm_1'},
  },
  'billing.getBillingDetails': {
    call: (c) => c.billing.getBillingDetails(),
    route: 'getBillingDetails',
  },
  'billing.updateBillingDetails': {
    call: (c) => c.billing.updateBillingDetails(billingDetails),
    route: 'updateBillingDetails',
    body: billingDetails,
  },
  'billing.getStatement': {
    call: (c) => c.billing.getStatement({from: '2026-01-01', to: '2026-01-31'}),
    route: 'getStatement',
    query: {from: '2026-01-01', to: '2026-01-31'},
  },
  'directory.getDirectoryEntry': {
    call: (c) => c.directory.getDirectoryEntry(),
    route: 'getDirectoryEntry',
  },
  'directory.updateDirectoryEntry': {
    call: (c) => c.directory.updateDirectoryEntry({visibility: 'members'}),
    route: 'updateDirectoryEntry',
    body: {visibility: 'members'},
  },
  'directory.listDirectory': {
    call: (c) => c.directory.listDirectory({skill: 'Branding'}),
    route: 'listDirectory',
    query: {skill: 'Branding'},
  },
  'directory.getDirectoryMember': {
    call: (c) => c.directory.getDirectoryMember('mem_ben'),
    route: 'getDirectoryMember',
    params: {memberId: 'mem_ben'},
  },
  'directory.messageMember': {
    call: (c) => c.directory.messageMember('mem_ben', {body: 'Coffee?'}),
    route: 'messageMember',
    params: {memberId: 'mem_ben'},
    body: {body: 'Coffee?'},
  },
  'directory.revealMemberEmail': {
    call: (c) => c.directory.revealMemberEmail('mem_ben'),
    route: 'revealMemberEmail',
    params: {memberId: 'mem_ben'},
  },
  'directory.listPublicDirectory': {
    call: (c) => c.directory.listPublicDirectory({q: 'design'}),
    route: 'listPublicDirectory',
    query: {q: 'design'},
  },
  'posts.listPosts': {
    call: (c) => c.posts.listPosts({category: 'articles'}),
    route: 'listPosts',
    query: {category: 'articles'},
  },
  'posts.getPost': {
    call: (c) => c.posts.getPost('post_1'),
    route: 'getPost',
    params: {postId: 'post_1'},
  },
  'posts.markPostRead': {
    call: (c) => c.posts.markPostRead('post_1'),
    route: 'markPostRead',
    params: {postId: 'post_1'},
  },
  'posts.replyToPost': {
    call: (c) => c.posts.replyToPost('post_1', {body: 'Thanks!'}),
    route: 'replyToPost',
    params: {postId: 'post_1'},
    body: {body: 'Thanks!'},
  },
  'posts.deleteReply': {
    call: (c) => c.posts.deleteReply('post_1', 'rep_1'),
    route: 'deleteReply',
    params: {postId: 'post_1', replyId: 'rep_1'},
  },
  'helpdesk.listGuides': {
    call: (c) => c.helpdesk.listGuides({q: 'wifi'}),
    route: 'listGuides',
    query: {q: 'wifi'},
  },
  'helpdesk.guideFeedback': {
    call: (c) => c.helpdesk.guideFeedback('g_1', {helpful: true}),
    route: 'guideFeedback',
    params: {guideId: 'g_1'},
    body: {helpful: true},
  },
  'helpdesk.listRequests': {call: (c) => c.helpdesk.listRequests(), route: 'listHelpRequests'},
  'helpdesk.getRequest': {
    call: (c) => c.helpdesk.getRequest('req_1'),
    route: 'getHelpRequest',
    params: {requestId: 'req_1'},
  },
  'helpdesk.openRequest': {
    call: (c) => c.helpdesk.openRequest({categoryId: 'c', subject: 's', description: 'd'}),
    route: 'openHelpRequest',
    body: {categoryId: 'c', subject: 's', description: 'd'},
  },
  'helpdesk.reply': {
    call: (c) => c.helpdesk.reply('req_1', {body: 'b'}),
    route: 'replyToHelpRequest',
    params: {requestId: 'req_1'},
    body: {body: 'b'},
  },
  'helpdesk.resolve': {
    call: (c) => c.helpdesk.resolve('req_1'),
    route: 'resolveHelpRequest',
    params: {requestId: 'req_1'},
  },
  'helpdesk.reopen': {
    call: (c) => c.helpdesk.reopen('req_1'),
    route: 'reopenHelpRequest',
    params: {requestId: 'req_1'},
  },
  'helpdesk.upload': {
    call: (c) => c.helpdesk.upload({fileName: 'a.png', contentType: 'image/png', data: 'AA=='}),
    route: 'uploadAttachment',
    body: {fileName: 'a.png', contentType: 'image/png', data: 'AA=='},
  },
  'helpdesk.getAttachment': {
    call: (c) => c.helpdesk.getAttachment('att_1'),
    route: 'getAttachment',
    params: {attachmentId: 'att_1'},
  },
  'visitors.list': {call: (c) => c.visitors.list(), route: 'listVisitors'},
  'visitors.register': {
    call: (c) => c.visitors.register({name: 'Ana', day: '2026-03-04', time: '10:00'}),
    route: 'registerVisitor',
    body: {name: 'Ana', day: '2026-03-04', time: '10:00'},
  },
  'visitors.update': {
    call: (c) => c.visitors.update('vis_1', {time: '11:00'}),
    route: 'updateVisitor',
    params: {visitorId: 'vis_1'},
    body: {time: '11:00'},
  },
  'visitors.cancel': {
    call: (c) => c.visitors.cancel('vis_1'),
    route: 'cancelVisitor',
    params: {visitorId: 'vis_1'},
  },
  'deliveries.list': {call: (c) => c.deliveries.list(), route: 'listDeliveries'},
  'deliveries.collect': {
    call: (c) => c.deliveries.collect('dlv_1'),
    route: 'collectDelivery',
    params: {deliveryId: 'dlv_1'},
  },
  'events.list': {
    call: (c) => c.events.list({when: 'past', category: 'Workshop', q: 'pitch'}),
    route: 'listEvents',
    query: {when: 'past', category: 'Workshop', q: 'pitch'},
  },
  'events.categories': {call: (c) => c.events.categories(), route: 'listEventCategories'},
  'events.get': {
    call: (c) => c.events.get('evt_1'),
    route: 'getEvent',
    params: {eventId: 'evt_1'},
  },
  'events.quote': {
    call: (c) => c.events.quote('evt_1', {guests: 1}),
    route: 'quoteRegistration',
    params: {eventId: 'evt_1'},
    body: {guests: 1},
  },
  'events.register': {
    call: (c) => c.events.register('evt_1', {guests: 1, payWith: 'credits'}),
    route: 'register',
    params: {eventId: 'evt_1'},
    body: {guests: 1, payWith: 'credits'},
  },
  'events.listMine': {
    call: (c) => c.events.listMine({when: 'upcoming'}),
    route: 'listMyEvents',
    query: {when: 'upcoming'},
  },
  'events.getMine': {
    call: (c) => c.events.getMine('reg_1'),
    route: 'getMyEvent',
    params: {registrationId: 'reg_1'},
  },
  'events.confirmOffer': {
    call: (c) => c.events.confirmOffer('reg_1', {payWith: 'card'}),
    route: 'confirmOffer',
    params: {registrationId: 'reg_1'},
    body: {payWith: 'card'},
  },
  'events.cancel': {
    call: (c) => c.events.cancel('reg_1'),
    route: 'cancelRegistration',
    params: {registrationId: 'reg_1'},
  },
  'events.listPublic': {
    call: (c) => c.events.listPublic({limit: 10}),
    route: 'listPublicEvents',
    query: {limit: '10'},
  },
  'events.getPublic': {
    call: (c) => c.events.getPublic('evt_1'),
    route: 'getPublicEvent',
    params: {eventId: 'evt_1'},
  },
  'events.registerForPublicEvent': {
    call: (c) =>
      c.events.registerForPublicEvent('evt_1', {name: 'Margaret', email: 'm@example.org'}),
    route: 'registerForPublicEvent',
    params: {eventId: 'evt_1'},
    body: {name: 'Margaret', email: 'm@example.org'},
  },
  'events.cancelPublicRegistration': {
    call: (c) => c.events.cancelPublicRegistration({token: 'vc_key'}),
    route: 'cancelPublicRegistration',
    body: {token: 'vc_key'},
  },
  'notifications.markRead': {
    call: (c) => c.notifications.markRead('n_1'),
    route: 'markNotificationRead',
    params: {notificationId: 'n_1'},
  },
};
