import assert from 'node:assert/strict';
import {test} from 'node:test';
import {routes} from '@portico/sdk/contract';
import type {RouteName} from '@portico/sdk/contract';
import {freeSlot, setup} from './helpers/mock-api.js';
import type {Reply} from './helpers/mock-api.js';

test('every route answers its documented status with a body that matches the contract', async () => {
  const t = setup();
  const seen = new Set<RouteName>();
  const check = (name: RouteName, reply: Reply) => {
    const route = routes[name];
    assert.equal(reply.status, route.status, `${name}: ${JSON.stringify(reply.body)}`);
    if (route.response) {
      const parsed = route.response.safeParse(reply.body);
      assert.ok(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues)}`);
    }
    seen.add(name);
    return reply.body;
  };
  const enc = encodeURIComponent;
  check('getSpace', await t.call('GET', '/'));
  const challenge = check(
    'requestCode',
    await t.call('POST', '/auth/otp', {body: {email: 'ada@example.com'}}),
  );
  const mail = check('devMailbox', await t.call('GET', '/__dev/mailbox?email=ada@example.com'));
  const auth = check(
    'verifyCode',
    await t.call('POST', '/auth/otp/verify', {
      body: {challengeId: challenge.challengeId, code: mail.messages[0].code},
    }),
  );
  const token: string = auth.session.token;
  check('acceptInvitation', await t.call('POST', '/auth/invitations/welcome-frank/accept'));
  check('getProfile', await t.call('GET', '/me', {token}));
  check('updateProfile', await t.call('PATCH', '/me', {token, body: {bio: 'Poet of numbers'}}));
  check('acceptTerms', await t.call('POST', '/me/terms', {token, body: {version: '2024-09'}}));
  const feed = check('getCalendarFeed', await t.call('GET', '/me/calendar-feed', {token}));
  const file = await t.api.dispatch(new Request(feed.url));
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assert.match(await file.text(), /^BEGIN:VCALENDAR\r\n/);
  seen.add('calendarFeedFile');
  check('resetCalendarFeed', await t.call('POST', '/me/calendar-feed/reset', {token}));
  check('listPlans', await t.call('GET', '/plans'));
  check('getMembership', await t.call('GET', '/me/membership', {token}));
  check('getPlanAccess', await t.call('GET', '/me/plan-access', {token}));
  check('listMemberships', await t.call('GET', '/me/memberships', {token}));
  check('getCredits', await t.call('GET', '/me/credits', {token}));
  check('listCreditLedger', await t.call('GET', '/me/credits/ledger', {token}));
  check('listResources', await t.call('GET', '/resources?type=meeting_room'));
  check('listFloors', await t.call('GET', '/floors'));
  const drawing = {contentType: 'image/svg+xml', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>'};
  check(
    'devUploadFloorDrawing',
    await t.call('POST', '/__dev/floors/canopee-ground/drawing', {body: drawing}),
  );
  check(
    'getAvailability',
    await t.call(
      'GET',
      `/availability?from=${enc(t.at(t.day(0), '00:00'))}&to=${enc(t.at(t.day(7), '00:00'))}`,
    ),
  );
  check('listBookings', await t.call('GET', '/me/bookings', {token}));
  const slot = await freeSlot(t, 'room-verriere', t.day(2), 60, '08:00');
  check(
    'quoteBooking',
    await t.call('POST', '/bookings/quote', {token, body: {resourceId: 'room-verriere', ...slot}}),
  );
  const created = check(
    'createBooking',
    await t.call('POST', '/bookings', {
      token,
      key: 'c1',
      body: {resourceId: 'room-verriere', ...slot},
    }),
  );
  check('cancelBooking', await t.call('DELETE', `/bookings/${created.bookings[0].id}`, {token}));
  const loftSlot = await freeSlot(t, 'event-loft', t.day(3), 120, '09:00');
  const requested = (
    await t.call('POST', '/bookings', {
      token,
      key: 'c2',
      body: {resourceId: 'event-loft', ...loftSlot},
    })
  ).body;
  check(
    'devApproveBooking',
    await t.call('POST', `/__dev/bookings/${requested.bookings[0].id}/approve`),
  );
  check(
    'devDeclineBooking',
    await t.call('POST', `/__dev/bookings/${requested.bookings[0].id}/decline`),
  );
  check('listProducts', await t.call('GET', '/products'));
  check('listMyProducts', await t.call('GET', '/me/products', {token}));
  check(
    'quoteOrder',
    await t.call('POST', '/orders/quote', {
      token,
      body: {items: [{productId: 'pack-10', quantity: 1}], discountCode: 'WELCOME10'},
    }),
  );
  const order = check(
    'createOrder',
    await t.call('POST', '/orders', {
      token,
      key: 'o1',
      body: {items: [{productId: 'pack-10', quantity: 1}]},
    }),
  );
  check(
    'payOrder',
    await t.call('POST', `/orders/${order.id}/pay`, {
      token,
      key: 'p1',
      body: {paymentMethod: 'pm_card_visa'},
    }),
  );
  const other = check(
    'createOrder',
    await t.call('POST', '/orders', {
      token,
      body: {items: [{productId: 'coffee-card', quantity: 3}]},
    }),
  );
  check('cancelOrder', await t.call('DELETE', `/orders/${other.id}`, {token}));
  check('listOrders', await t.call('GET', '/me/orders', {token}));
  check('getEntries', await t.call('GET', '/me/entries', {token}));
  const invoices = check('listInvoices', await t.call('GET', '/me/invoices', {token}));
  check('getInvoice', await t.call('GET', `/me/invoices/${invoices.items[0].id}`, {token}));
  check('getUpcomingInvoice', await t.call('GET', '/me/upcoming-invoice', {token}));
  check('getRenewal', await t.call('GET', '/me/renewal', {token}));
  check('updateRenewal', await t.call('PATCH', '/me/renewal', {token, body: {autoPay: true}}));
  const methods = check('listPaymentMethods', await t.call('GET', '/me/payment-methods', {token}));
  const added = check(
    'addPaymentMethod',
    await t.call('POST', '/me/payment-methods', {token, key: 'pm1', body: {token: 'pm_card_visa'}}),
  );
  check(
    'setDefaultPaymentMethod',
    await t.call('POST', `/me/payment-methods/${added.id}/default`, {token}),
  );
  check('removePaymentMethod', await t.call('DELETE', `/me/payment-methods/${added.id}`, {token}));
  const secure = methods.items.find((m: {last4: string}) => m.last4 === '3155').id;
  const payment = check(
    'payInvoices',
    await t.call('POST', '/me/payments', {
      token,
      key: 'pay1',
      body: {invoiceIds: [invoices.items[0].id], paymentMethodId: secure},
    }),
  );
  const bank = await t.api.dispatch(new Request(payment.nextAction.url));
  assert.equal(bank.status, 200);
  assert.equal(bank.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(await bank.text(), /Approve/);
  seen.add('devPaymentAuthenticationPage');
  check(
    'devAuthenticatePayment',
    await t.call('POST', `/__dev/payments/${payment.id}/authentication?approve=true`),
  );
  check(
    'confirmPayment',
    await t.call('POST', `/me/payments/${payment.id}/confirm`, {token, key: 'cf1'}),
  );
  const byHand = check(
    'devIssueInvoice',
    await t.call('POST', '/__dev/invoices', {
      body: {
        member: 'ada@example.com',
        lines: [{description: 'Locker', quantity: 1, unitPrice: 900}],
      },
    }),
  );
  check(
    'devIssueCreditNote',
    await t.call('POST', `/__dev/invoices/${byHand.id}/credit-notes`, {body: {}}),
  );
  check('getBillingDetails', await t.call('GET', '/me/billing-details', {token}));
  const details = (await t.call('GET', '/me/billing-details', {token})).body;
  check(
    'updateBillingDetails',
    await t.call('PATCH', '/me/billing-details', {token, body: details}),
  );
  const period = `from=${t.day(-60)}&to=${t.day(0)}`;
  check('getStatement', await t.call('GET', `/me/statement?${period}`, {token}));
  const csv = await t.api.dispatch(t.request('GET', `/me/statement.csv?${period}`, {token}));
  assert.equal(csv.status, 200);
  assert.match(String(csv.headers.get('content-type')), /^text\/csv/);
  assert.match(await csv.text(), /^date,kind,reference,description,amount,balance,currency\r\n/);
  seen.add('statementCsv');
  for (const [name, path] of [
    ['invoicePdf', `/me/invoices/${invoices.items[0].id}/pdf`],
    ['statementPdf', `/me/statement.pdf?${period}`],
  ] as const) {
    const pdf = await t.api.dispatch(t.request('GET', path, {token}));
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5)), '%PDF-');
    seen.add(name);
  }
  check('listEvents', await t.call('GET', '/events?category=Workshop', {token}));
  check('listEventCategories', await t.call('GET', '/events/categories', {token}));
  check('getEvent', await t.call('GET', '/events/evt_pitch_practice', {token}));
  const ics = await t.api.dispatch(t.request('GET', '/events/evt_pitch_practice/ics', {token}));
  assert.match(String(ics.headers.get('content-type')), /^text\/calendar/);
  seen.add('eventIcs');
  const seat = {token, body: {}};
  check('quoteRegistration', await t.call('POST', '/events/evt_pitch_practice/quote', seat));
  const reg = check(
    'register',
    await t.call('POST', '/events/evt_pitch_practice/registrations', {...seat, key: 'ev'}),
  );
  check('listMyEvents', await t.call('GET', '/me/event-registrations', {token}));
  check('getMyEvent', await t.call('GET', `/me/event-registrations/${reg.id}`, {token}));
  check('cancelRegistration', await t.call('DELETE', `/me/event-registrations/${reg.id}`, {token}));
  check('listPublicEvents', await t.call('GET', '/public-events'));
  check('getPublicEvent', await t.call('GET', '/public-events/evt_winter_party'));
  const visitor = check(
    'registerForPublicEvent',
    await t.call('POST', '/public-events/evt_winter_party/registrations', {
      key: 'visitor',
      body: {name: 'Margaret Hamilton', email: 'margaret@example.org'},
    }),
  );
  check(
    'cancelPublicRegistration',
    await t.call('POST', '/public-event-registrations/cancel', {
      body: {token: visitor.cancelToken},
    }),
  );
  // Ines waits for the full founders' lunch; Chloe's seat going makes it hers to confirm.
  const chloe = await t.login('chloe@example.com');
  const lunch = (await t.call('GET', '/events/evt_founders_lunch', {token: chloe})).body;
  await t.call('DELETE', `/me/event-registrations/${lunch.myRegistration.id}`, {token: chloe});
  const ines = await t.login('ines@example.com');
  const offer = (await t.call('GET', '/events/evt_founders_lunch', {token: ines})).body;
  await t.call('POST', '/me/payment-methods', {token: ines, body: {token: 'pm_card_visa'}});
  check(
    'confirmOffer',
    await t.call('POST', `/me/event-registrations/${offer.myRegistration.id}/confirm`, {
      token: ines,
      key: 'co',
      body: {payWith: 'card'},
    }),
  );
  const ben = await t.login('ben@example.com');
  check('getDirectoryEntry', await t.call('GET', '/me/directory', {token}));
  check(
    'updateDirectoryEntry',
    await t.call('PATCH', '/me/directory', {token, body: {skills: ['Poetry']}}),
  );
  check('listDirectory', await t.call('GET', '/directory?skill=Poetry', {token}));
  check('getDirectoryMember', await t.call('GET', '/directory/mem_ben', {token}));
  check(
    'messageMember',
    await t.call('POST', '/directory/mem_ben/messages', {token, key: 'dm', body: {body: 'Hi'}}),
  );
  check('revealMemberEmail', await t.call('POST', '/directory/mem_dan/email', {token}));
  check('listPublicDirectory', await t.call('GET', '/public-directory'));
  check('listPosts', await t.call('GET', '/posts', {token}));
  check('getPost', await t.call('GET', '/posts/post-coffee', {token}));
  check('markPostRead', await t.call('POST', '/posts/post-coffee/read', {token}));
  const reply = check(
    'replyToPost',
    await t.call('POST', '/posts/post-coffee/replies', {token: ben, key: 'r', body: {body: 'Hi'}}),
  );
  check('devHideReply', await t.call('POST', `/__dev/posts/post-coffee/replies/${reply.id}/hide`));
  check(
    'devPublishPost',
    await t.call('POST', '/__dev/posts', {
      body: {title: 'News', summary: 'In short.', body: '**News**', categoryId: 'articles'},
    }),
  );
  check(
    'deleteReply',
    await t.call('DELETE', `/posts/post-coffee/replies/${reply.id}`, {token: ben}),
  );
  check('checkIn', await t.call('POST', '/me/entries/check-in', {token: ben, key: 'ci'}));
  const notes = check(
    'listNotifications',
    await t.call('GET', '/me/notifications?unread=true', {token}),
  );
  check(
    'markNotificationRead',
    await t.call('POST', `/me/notifications/${notes.items[0].id}/read`, {token}),
  );
  const ms = (await t.call('GET', '/me/membership', {token})).body.membership.id;
  check(
    'quoteMembership',
    await t.call('POST', '/me/memberships/quote', {
      token,
      body: {action: 'change', membershipId: ms, planId: 'plan-unlimited'},
    }),
  );
  const change = {token, key: 'ch', body: {planId: 'plan-unlimited'}};
  check('changePlan', await t.call('POST', `/me/memberships/${ms}/change`, change));
  check('undoPlanChange', await t.call('DELETE', `/me/memberships/${ms}/change`, {token}));
  check('cancelMembership', await t.call('POST', `/me/memberships/${ms}/cancel`, {token}));
  check('undoCancellation', await t.call('DELETE', `/me/memberships/${ms}/cancel`, {token}));
  const dan = await t.login('dan@example.com');
  const joined = check(
    'joinPlan',
    await t.call('POST', '/me/memberships', {token: dan, key: 'j', body: {planId: 'plan-flex'}}),
  );
  check('devApproveMembership', await t.call('POST', `/__dev/memberships/${joined.id}/approve`));
  check('listGuides', await t.call('GET', '/help/guides?q=wifi', {token}));
  const feedback = {token, body: {helpful: true}};
  check('guideFeedback', await t.call('POST', '/help/guides/guide-wifi/feedback', feedback));
  check('listHelpRequests', await t.call('GET', '/me/help/requests', {token}));
  check('getHelpRequest', await t.call('GET', '/me/help/requests/req_s1', {token}));
  const png =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const photo = check(
    'uploadAttachment',
    await t.call('POST', '/me/help/attachments', {
      token,
      body: {fileName: 'a.png', contentType: 'image/png', data: png},
    }),
  );
  check('getAttachment', await t.call('GET', `/me/help/attachments/${photo.id}`, {token}));
  const help = {
    categoryId: 'help-wifi',
    subject: 'Wi-Fi',
    description: 'Down',
    attachmentIds: [photo.id],
  };
  const req = check(
    'openHelpRequest',
    await t.call('POST', '/me/help/requests', {token, key: 'h', body: help}),
  );
  const reqPath = `/me/help/requests/${req.id}`;
  check(
    'devAnswerHelpRequest',
    await t.call('POST', `/__dev/help/requests/${req.id}/answer`, {body: {body: 'Better?'}}),
  );
  check(
    'replyToHelpRequest',
    await t.call('POST', `${reqPath}/replies`, {token, body: {body: 'Yes'}}),
  );
  check('resolveHelpRequest', await t.call('POST', `${reqPath}/resolve`, {token}));
  check('reopenHelpRequest', await t.call('POST', `${reqPath}/reopen`, {token}));
  check(
    'devSetHelpRequestStatus',
    await t.call('POST', `/__dev/help/requests/${req.id}/status`, {body: {status: 'closed'}}),
  );
  check('listVisitors', await t.call('GET', '/me/visitors', {token}));
  const visit = {name: 'Ana', day: t.day(4), time: '10:00'};
  const guest = check(
    'registerVisitor',
    await t.call('POST', '/me/visitors', {token, key: 'v', body: visit}),
  );
  check(
    'updateVisitor',
    await t.call('PATCH', `/me/visitors/${guest.id}`, {token, body: {time: '11:00'}}),
  );
  check('devVisitorArrived', await t.call('POST', `/__dev/visitors/${guest.id}/arrive`));
  const second = check(
    'registerVisitor',
    await t.call('POST', '/me/visitors', {token, key: 'w', body: visit}),
  );
  check('cancelVisitor', await t.call('DELETE', `/me/visitors/${second.id}`, {token}));
  check('listDeliveries', await t.call('GET', '/me/deliveries', {token}));
  const parcel = {member: 'ada@example.com', carrier: 'DHL', size: 'small', location: 'Desk'};
  const posted = check(
    'devPostDelivery',
    await t.call('POST', '/__dev/deliveries', {body: parcel}),
  );
  check('collectDelivery', await t.call('POST', `/me/deliveries/${posted.id}/collect`, {token}));
  const handed = check(
    'devPostDelivery',
    await t.call('POST', '/__dev/deliveries', {body: parcel}),
  );
  check('devCollectDelivery', await t.call('POST', `/__dev/deliveries/${handed.id}/collect`));
  const events = await t.api.dispatch(t.request('GET', '/stream', {token}));
  assert.equal(events.status, 200);
  await events.body?.cancel();
  seen.add('stream');
  check('logout', await t.call('POST', '/auth/logout', {token: ben}));
  check(
    'devSetClock',
    await t.call('POST', '/__dev/clock', {body: {now: '2026-03-03T09:00:00+01:00'}}),
  );
  check('devSetLatency', await t.call('POST', '/__dev/latency', {body: {ms: 0}}));
  check('devReset', await t.call('POST', '/__dev/reset', {body: {scenario: 'empty'}}));
  assert.deepEqual(
    [...Object.keys(routes)].filter((name) => !seen.has(name as RouteName)),
    [],
  );
});

test('each scenario answers every list route within the contract', async () => {
  for (const scenario of ['demo', 'empty', 'busy'] as const) {
    const t = setup({scenario});
    for (const email of [
      'ada@example.com',
      'ben@example.com',
      'chloe@example.com',
      'dan@example.com',
      'eve@example.com',
    ]) {
      const token = await t.login(email);
      for (const [name, path] of [
        ['getProfile', '/me'],
        ['getMembership', '/me/membership'],
        ['getPlanAccess', '/me/plan-access'],
        ['listMemberships', '/me/memberships'],
        ['getCredits', '/me/credits'],
        ['listCreditLedger', '/me/credits/ledger'],
        ['listBookings', '/me/bookings?limit=100'],
        ['listMyProducts', '/me/products'],
        ['listOrders', '/me/orders'],
        ['getEntries', '/me/entries'],
        ['listNotifications', '/me/notifications'],
        ['listInvoices', '/me/invoices'],
        ['getUpcomingInvoice', '/me/upcoming-invoice'],
        ['listPaymentMethods', '/me/payment-methods'],
        ['getBillingDetails', '/me/billing-details'],
        ['getStatement', '/me/statement?from=2025-03-02&to=2026-03-02'],
        ['listVisitors', '/me/visitors'],
        ['listHelpRequests', '/me/help/requests'],
        ['listGuides', '/help/guides'],
        ['listDeliveries', '/me/deliveries'],
      ] as const) {
        const reply = await t.call('GET', path, {token});
        assert.equal(
          reply.status,
          200,
          `${scenario} ${email} ${path}: ${JSON.stringify(reply.body)}`,
        );
        assert.ok(
          routes[name].response.safeParse(reply.body).success,
          `${scenario} ${email} ${name}`,
        );
      }
    }
  }
});
