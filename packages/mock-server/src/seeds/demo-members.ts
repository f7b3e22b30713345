import type {InvitationRow, MemberRow, ResourceRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import {bookingParams, describeDay, describeSlot} from '../areas/shared/notify.js';
import {orderNumber} from '../state/order-number.js';
import type {SpaceSeed} from './builder.js';

const TERMS = '2024-09';
const eur = (amount: number) => ({amount, currency: 'EUR'});

type Profile = Pick<MemberRow, 'id' | 'email' | 'name'> & Partial<MemberRow>;

function addMember(s: SpaceSeed, profile: Profile, createdDaysAgo: number): MemberRow {
  return s.member({
    locale: 'en',
    termsAcceptedVersion: TERMS,
    lastLoginAt: s.at(-1, '09:00'),
    createdAt: s.at(-createdDaysAgo, '10:00'),
    ...profile,
  });
}

/** The demo space's members, the documented ones first, each with a life that fits their story. */
export function seedDemoMembers(s: SpaceSeed, options: {activity: boolean}): void {
  const {b} = s;
  const resource = (id: string) => {
    const found = b.rows<ResourceRow>(TABLES.resources).find((r) => r.id === id);
    if (!found) throw new Error(`[Portico] Failed to seed: no resource ${id}.`);
    return found;
  };
  const ada = addMember(
    s,
    {
      id: 'mem_ada',
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      company: 'Analytical Engines Ltd',
      phone: '+33 6 12 34 56 78',
      bio: 'Writes programs for machines that do not exist yet.',
    },
    200,
  );
  const ben = addMember(
    s,
    {
      id: 'mem_ben',
      email: 'ben@example.com',
      name: 'Ben Okafor',
      company: 'Okafor Design',
      locale: 'fr',
    },
    90,
  );
  // Chloé has never logged in: her first login answers isNew, and she must accept the terms.
  const chloe = addMember(
    s,
    {
      id: 'mem_chloe',
      email: 'chloe@example.com',
      name: 'Chloé Martin',
      locale: 'fr',
      termsAcceptedVersion: null,
      lastLoginAt: null,
    },
    1,
  );
  const dan = addMember(
    s,
    {id: 'mem_dan', email: 'dan@example.com', name: 'Dan Brooks', company: 'Brooks & Co'},
    150,
  );
  const eve = addMember(s, {id: 'mem_eve', email: 'eve@example.com', name: 'Eve Nakamura'}, 2);
  const others = [
    addMember(
      s,
      {id: 'mem_farid', email: 'farid@example.com', name: 'Farid Haddad', company: 'Haddad Studio'},
      300,
    ),
    addMember(
      s,
      {id: 'mem_grace', email: 'grace@example.com', name: 'Grace Hopper', company: 'Compilers Inc'},
      260,
    ),
    addMember(
      s,
      {id: 'mem_hugo', email: 'hugo@example.com', name: 'Hugo Lefèvre', locale: 'fr'},
      120,
    ),
    addMember(
      s,
      {
        id: 'mem_ines',
        email: 'ines@example.com',
        name: 'Inès Diallo',
        company: 'Diallo Conseil',
        locale: 'fr',
      },
      45,
    ),
  ];
  b.add<InvitationRow>(TABLES.invitations, {
    id: 'welcome-frank',
    spaceId: s.space.id,
    email: 'frank@example.com',
    name: 'Frank Moreau',
    expiresAt: s.at(14, '00:00'),
    acceptedAt: null,
  });
  b.add<InvitationRow>(TABLES.invitations, {
    id: 'expired-gina',
    spaceId: s.space.id,
    email: 'gina@example.com',
    name: 'Gina Rossi',
    expiresAt: s.at(-1, '00:00'),
    acceptedAt: null,
  });
  s.notification(chloe, 60, {
    kind: 'announcement',
    params: {},
    title: 'Welcome to La Canopée',
    body: 'Accept the house rules, pick a plan, and come and say hello at the bar.',
  });
  if (!options.activity) return;

  // ---- Ada: Flex monthly (time-based), credits in three buckets, bookings, a pending order.
  const flex = {planId: 'plan-flex', planName: 'Flex monthly', price: eur(25000), credits: 20};
  const {membership: adaOld, bucket: adaOldCredits} = s.paidMembership(ada, {
    ...flex,
    from: -40,
    to: -11,
    createdAt: s.at(-41, '18:00'),
  });
  const packOrder = s.order(ada, {
    status: 'paid',
    lines: [
      {
        productId: 'pack-50',
        name: '50 credits',
        quantity: 1,
        includedQuantity: 0,
        paidQuantity: 1,
        unitPrice: eur(18000),
        total: eur(18000),
      },
    ],
    subtotal: eur(18000),
    discount: null,
    total: eur(18000),
    membershipId: adaOld.id,
    createdAt: s.at(-38, '11:15'),
    paidAt: s.at(-38, '11:20'),
    cancelledAt: null,
  });
  s.payment({
    memberId: ada.id,
    orderId: packOrder.id,
    amount: eur(18000),
    status: 'paid',
    description: `Order ${orderNumber(packOrder.id)}`,
    createdAt: s.at(-38, '11:20'),
    paidAt: s.at(-38, '11:20'),
  });
  s.grant(
    ada,
    {amount: 50, source: 'purchase', at: s.at(-38, '11:20'), expiresAt: s.at(142, '11:20')},
    'purchase',
    '1 × 50 credits',
    packOrder.id,
  );
  const atelier = resource('room-atelier');
  const verriere = resource('room-verriere');
  const desk = resource('desk-hot');
  s.booking({
    member: ada,
    resource: atelier,
    day: s.openDay(atelier, -33, '10:00', '12:00', 1),
    start: '10:00',
    end: '12:00',
    note: 'Sprint planning',
  });
  s.booking({
    member: ada,
    resource: verriere,
    day: s.openDay(verriere, -25, '14:00', '16:00', 1),
    start: '14:00',
    end: '16:00',
  });
  s.booking({
    member: ada,
    resource: desk,
    day: s.openDay(desk, -15, '09:00', '13:00', 1),
    start: '09:00',
    end: '13:00',
    bookedDaysBefore: 1,
  });
  s.expire(ada, adaOldCredits);
  const {membership: adaNow} = s.paidMembership(ada, {
    ...flex,
    from: -10,
    to: 19,
    createdAt: s.at(-11, '18:00'),
    paidAt: s.at(-10, '08:05'),
  });
  s.order(ada, {
    status: 'paid',
    lines: [
      {
        productId: 'coffee-card',
        name: 'Coffee card',
        quantity: 1,
        includedQuantity: 1,
        paidQuantity: 0,
        unitPrice: eur(1500),
        total: eur(0),
      },
    ],
    subtotal: eur(0),
    discount: null,
    total: eur(0),
    membershipId: adaNow.id,
    createdAt: s.at(-7, '09:30'),
    paidAt: s.at(-7, '09:30'),
    cancelledAt: null,
  });
  s.booking({
    member: ada,
    resource: atelier,
    day: s.openDay(atelier, -3, '10:00', '11:00', -1),
    start: '10:00',
    end: '11:00',
    bookedDaysBefore: 2,
  });
  const booth = resource('booth-cabine');
  s.booking({
    member: ada,
    resource: booth,
    day: s.openDay(booth, -1, '12:00', '12:30', -1),
    start: '12:00',
    end: '12:30',
    bookedDaysBefore: 1,
    cancelled: {daysBefore: 0.5, percent: 100},
  });
  const soon = s.booking({
    member: ada,
    resource: verriere,
    day: s.openDay(verriere, 1, '14:00', '16:00', 1),
    start: '14:00',
    end: '16:00',
    bookedDaysBefore: 3,
    note: 'Client workshop',
  });
  s.booking({
    member: ada,
    resource: desk,
    day: s.openDay(desk, 3, '09:00', '13:00', 1),
    start: '09:00',
    end: '13:00',
    bookedDaysBefore: 4,
  });
  const studio = resource('studio-podcast');
  s.booking({
    member: ada,
    resource: studio,
    day: s.openDay(studio, 5, '10:00', '12:00', 1),
    start: '10:00',
    end: '12:00',
    bookedDaysBefore: 6,
    note: 'Episode 12 recording',
  });
  // Credits that expire in two days: the balance widget's warning has something to say.
  const adaGrant = s.grant(
    ada,
    {amount: 5, source: 'grant', at: s.ago(180), expiresAt: s.at(2, '23:00')},
    'grant',
    'Thanks for hosting the community breakfast',
  );
  s.order(ada, {
    status: 'pending_payment',
    lines: [
      {
        productId: 'pack-10',
        name: '10 credits',
        quantity: 1,
        includedQuantity: 0,
        paidQuantity: 1,
        unitPrice: eur(4000),
        total: eur(4000),
      },
    ],
    subtotal: eur(4000),
    discount: null,
    total: eur(4000),
    membershipId: adaNow.id,
    createdAt: s.ago(26 * 60),
    paidAt: null,
    cancelledAt: null,
  });
  s.notification(ada, 25 * 24 * 60, {
    kind: 'order.paid',
    params: {orderNumber: orderNumber(packOrder.id), total: packOrder.total},
    title: 'Payment received',
    body: `Order ${orderNumber(packOrder.id)} is paid (€180.00). Thank you!`,
    read: true,
  });
  s.notification(ada, 3 * 24 * 60, {
    kind: 'booking.confirmed',
    params: bookingParams(soon, verriere),
    title: 'La Verrière booked',
    body: `${describeSlot(s.space, soon.start, soon.end)}. See you there!`,
    read: true,
  });
  s.notification(ada, 180, {
    kind: 'credits.expiring',
    params: {credits: 5, expiresAt: adaGrant.expiresAt ?? s.at(2, '23:00')},
    title: '5 credits expire soon',
    body: 'Use them before they expire in two days.',
  });
  s.notification(ada, 45, {
    kind: 'announcement',
    params: {},
    title: 'Community lunch on Friday',
    body: 'Bring a dish, we bring the drinks. 12:30 in the Loft.',
  });

  // ---- Ben: 10 days a month (entries), four used.
  const {membership: benPlan} = s.paidMembership(ben, {
    planId: 'plan-10-days',
    planName: '10 days a month',
    price: eur(19000),
    credits: 10,
    from: -12,
    to: 17,
    createdAt: s.at(-13, '17:00'),
  });
  let used = 0;
  for (let d = -11; d < 0 && used < 4; d += 2) {
    if (!s.isOpen(desk, d, '09:00', '10:00')) continue;
    s.checkIn(ben, benPlan, d, `09:${String(10 + used * 7).padStart(2, '0')}`);
    used++;
  }
  s.booking({
    member: ben,
    resource: booth,
    day: s.openDay(booth, -2, '11:00', '11:30', -1),
    start: '11:00',
    end: '11:30',
    bookedDaysBefore: 0.5,
  });
  s.booking({
    member: ben,
    resource: desk,
    day: s.openDay(desk, 2, '14:00', '16:00', 1),
    start: '14:00',
    end: '16:00',
    bookedDaysBefore: 1,
  });
  s.notification(ben, 600, {
    kind: 'entries.left',
    params: {used: 4, total: 10},
    title: '6 days left this month',
    body: 'You have used 4 of your 10 days.',
  });

  // ---- Dan: Resident for three months, expired a month ago; payments and history.
  const periods = [
    [-120, -91],
    [-90, -61],
    [-60, -31],
  ] as const;
  for (const [index, [from, to]] of periods.entries()) {
    const m = s.membership({
      memberId: dan.id,
      planId: 'plan-unlimited',
      status: 'active',
      validFrom: s.day(from),
      validUntil: s.day(to),
      createdAt: s.at(from - 1, '12:00'),
    });
    if (index === 1)
      s.payment({
        memberId: dan.id,
        membershipId: m.id,
        amount: eur(39000),
        status: 'failed',
        description: 'Resident (card expired)',
        createdAt: s.at(from, '08:00'),
        paidAt: null,
      });
    s.payment({
      memberId: dan.id,
      membershipId: m.id,
      amount: eur(39000),
      status: 'paid',
      description: 'Resident',
      createdAt: s.at(from, index === 1 ? '18:00' : '08:00'),
      paidAt: s.at(from, index === 1 ? '18:02' : '08:00'),
    });
  }
  const danCredits = s.grant(
    dan,
    {amount: 40, source: 'membership', at: s.at(-60, '08:00'), expiresAt: s.at(-30, '00:00')},
    'membership',
    'Resident: 40 credits',
  );
  const salon = resource('room-grand-salon');
  s.booking({
    member: dan,
    resource: salon,
    day: s.openDay(salon, -45, '09:00', '11:00', 1),
    start: '09:00',
    end: '11:00',
    note: 'Board meeting',
  });
  s.booking({
    member: dan,
    resource: verriere,
    day: s.openDay(verriere, -40, '16:00', '17:00', 1),
    start: '16:00',
    end: '17:00',
  });
  s.expire(dan, danCredits);
  s.notification(dan, 30 * 24 * 60, {
    kind: 'membership.ended',
    params: {planName: 'Resident', day: s.day(-31)},
    title: 'Your membership has ended',
    body: 'We miss you already. Renew any time from your portal.',
    read: true,
  });

  // ---- Eve: Resident, starting in three days, payment pending.
  const evePlan = s.membership({
    memberId: eve.id,
    planId: 'plan-unlimited',
    status: 'pending',
    awaiting: 'payment',
    validFrom: s.day(3),
    validUntil: s.day(32),
    createdAt: s.ago(24 * 60),
  });
  s.payment({
    memberId: eve.id,
    membershipId: evePlan.id,
    amount: eur(39000),
    status: 'pending',
    description: 'Resident',
    createdAt: s.ago(24 * 60),
    paidAt: null,
  });
  s.notification(eve, 24 * 60, {
    kind: 'membership.starting',
    params: {planName: 'Resident', day: s.day(3)},
    title: 'Welcome aboard',
    body: `Your Resident membership starts on ${describeDay(s.space, s.day(3))}, once the payment is through.`,
  });

  // ---- Everyone else: memberships, and bookings around this week so the calendar looks real.
  for (const [i, member] of others.entries()) {
    s.membership({
      memberId: member.id,
      planId: i % 2 ? 'plan-flex' : 'plan-unlimited',
      status: 'active',
      validFrom: s.day(-5 - i * 3),
      validUntil: s.day(24 - i * 3),
      createdAt: s.at(-6 - i * 3, '10:00'),
    });
    s.grant(
      member,
      {
        amount: 40,
        source: 'membership',
        at: s.at(-5 - i * 3, '08:00'),
        expiresAt: s.at(25 - i * 3, '00:00'),
      },
      'membership',
      'Monthly credits',
    );
  }
  const loft = resource('event-loft');
  const loftDay = s.openDay(loft, 9, '18:00', '21:00', 1);
  s.booking({
    member: others[1] as MemberRow,
    resource: loft,
    day: loftDay,
    start: '18:00',
    end: '21:00',
    note: 'Product launch',
    charge: false,
  });
  seedCalendar(
    s,
    others,
    [
      'room-atelier',
      'room-verriere',
      'room-grand-salon',
      'desk-hot',
      'booth-cabine',
      'studio-podcast',
      'parking-p1',
    ].map(resource),
  );
}

const BLOCKS: [string, string][] = [
  ['09:00', '10:00'],
  ['10:00', '12:00'],
  ['13:00', '14:00'],
  ['14:00', '16:00'],
  ['16:00', '17:00'],
  ['18:00', '19:00'],
];

/** About a third of the day's blocks taken by other members, from five days ago to ten ahead. */
export function seedCalendar(s: SpaceSeed, members: MemberRow[], resources: ResourceRow[]): void {
  for (let day = -5; day <= 10; day++) {
    for (const [r, resource] of resources.entries()) {
      for (const [k, [start, end]] of BLOCKS.entries()) {
        if ((day * 7 + r * 3 + k) % 3 !== 0) continue;
        // Blocks longer than the resource allows are cut to its maximum.
        const block = [
          start,
          wallTime(Math.min(minutes(end), minutes(start) + resource.rules.maxMinutes)),
        ] as const;
        if (!s.isOpen(resource, day, block[0], block[1])) continue;
        if (!s.isFree(resource, s.ms(day, block[0]), s.ms(day, block[1]))) continue;
        const member = members[
          (((day + r + k) % members.length) + members.length) % members.length
        ] as MemberRow;
        s.booking({member, resource, day, start: block[0], end: block[1], charge: false});
      }
    }
  }
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const wallTime = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
