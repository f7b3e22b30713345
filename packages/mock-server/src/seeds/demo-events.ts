/**
 * The demo space's programme, relative to today: two past events the members went to, then a
 * month of upcoming ones — free and paid (credits, money), one seat left at the pitch
 * practice, a full founders' lunch with a waitlist, a free breakfast nobody has joined yet
 * (the conformance race uses it), and Ada's drinks tomorrow (her reminder is due).
 */
import type {EventPrice, PayWith} from '@portico/sdk/contract';
import {HOUR_MS, formatInstant, parseInstant} from '@portico/sdk/domain';
import type {EventRow, RegistrationRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';

const eur = (amount: number) => ({amount, currency: 'EUR'});
const FREE: EventPrice = {kind: 'free'};
/** Free events: cancelling costs nothing. */
const NO_FEE = {freeUntilHoursBefore: 0, lateRefundPercent: 100};
/** Paid events: full refund until two days before, half after. */
const PAID_RULE = {freeUntilHoursBefore: 48, lateRefundPercent: 50};

interface SeedEvent {
  id: string;
  title: string;
  category: string;
  day: number;
  from: string;
  to: string;
  place: EventRow['place'];
  description: string;
  capacity: number | null;
  price?: EventPrice;
  payWith?: PayWith[];
  audience?: EventRow['audience'];
  maxGuests?: number;
  /** Hours before the start that registration closes. */
  closesHoursBefore?: number;
  /** Members registered (in arrival order), then those waiting. */
  registered?: string[];
  waitlisted?: string[];
}

const room = (id: string, name: string) => ({resourceId: id, name, address: null});

const PROGRAMME: SeedEvent[] = [
  {
    id: 'evt_breakfast_intros',
    title: 'Breakfast & introductions',
    category: 'Community',
    day: -12,
    from: '09:00',
    to: '10:00',
    place: room('room-grand-salon', 'Grand Salon'),
    description:
      'Croissants, coffee and **two minutes each** to say what you are working on.\n\nNew members especially welcome.',
    capacity: 30,
    registered: ['mem_ada', 'mem_ben', 'mem_chloe', 'mem_hugo'],
  },
  {
    id: 'evt_design_critique',
    title: 'Design critique night',
    category: 'Workshop',
    day: -5,
    from: '18:30',
    to: '20:30',
    place: room('event-loft', 'Le Loft'),
    description:
      'Bring a screen, a print or a prototype. Three rounds of *kind, specific and helpful* feedback.',
    capacity: 16,
    price: {kind: 'credits', credits: 2},
    payWith: ['credits'],
    registered: ['mem_ada', 'mem_farid', 'mem_grace'],
  },
  {
    id: 'evt_friday_drinks',
    title: 'Friday drinks on the terrace',
    category: 'Social',
    day: 1,
    from: '18:00',
    to: '20:00',
    place: room('event-loft', 'Le Loft'),
    description:
      'End the week with the people you see at the coffee machine.\n\n- Natural wines and alcohol-free spritz\n- Snacks from *Chez Lucien* next door\n\nBring a friend: each member may bring **two guests**.',
    capacity: 40,
    maxGuests: 2,
    registered: ['mem_ada', 'mem_chloe', 'mem_dan', 'mem_eve'],
  },
  {
    id: 'evt_pitch_practice',
    title: 'Lunch & learn: pitch practice',
    category: 'Workshop',
    day: 3,
    from: '12:30',
    to: '14:00',
    place: room('room-atelier', "L'Atelier"),
    description:
      '## How it works\n\n1. Five minutes to pitch\n2. Ten minutes of questions from the room\n3. Written notes to take home\n\nSandwiches provided. See the [pitch checklist](https://example.com/pitch-checklist).',
    capacity: 8,
    closesHoursBefore: 2,
    registered: [
      'mem_chloe',
      'mem_dan',
      'mem_eve',
      'mem_farid',
      'mem_grace',
      'mem_hugo',
      'mem_ines',
    ],
  },
  {
    id: 'evt_founders_lunch',
    title: 'Founders’ lunch: raising a seed round in 2027',
    category: 'Talk',
    day: 6,
    from: '12:00',
    to: '14:00',
    place: room('room-grand-salon', 'Grand Salon'),
    description:
      'An honest conversation with **Camille Roux** (Partner, Seine Ventures) about what investors ask for now.\n\nLunch is included in the ticket. Seats are limited to keep it a conversation.',
    capacity: 6,
    price: {kind: 'money', money: eur(1500)},
    payWith: ['card', 'invoice'],
    closesHoursBefore: 24,
    registered: ['mem_chloe', 'mem_dan', 'mem_eve', 'mem_farid', 'mem_grace', 'mem_hugo'],
    waitlisted: ['mem_ines', 'mem_ben'],
  },
  {
    id: 'evt_a11y_workshop',
    title: 'Accessibility testing, hands on',
    category: 'Workshop',
    day: 9,
    from: '14:00',
    to: '17:00',
    place: room('event-loft', 'Le Loft'),
    description:
      'Test a real site with a screen reader, the keyboard and zoom. Bring a laptop with **VoiceOver** or **NVDA**.\n\nOpen to the public: tell your friends.',
    capacity: 20,
    price: {kind: 'money', money: eur(4000)},
    payWith: ['card', 'invoice', 'credits'],
    audience: 'public',
    closesHoursBefore: 24,
    registered: ['mem_grace', 'mem_hugo', 'mem_ben'],
  },
  {
    id: 'evt_portfolio_review',
    title: 'Portfolio review',
    category: 'Workshop',
    day: 11,
    from: '17:00',
    to: '18:30',
    place: room('room-verriere', 'La Verrière'),
    description: 'Fifteen minutes with a senior designer on your portfolio. *Paid in credits.*',
    capacity: 6,
    price: {kind: 'credits', credits: 3},
    payWith: ['credits'],
    registered: ['mem_farid'],
  },
  {
    id: 'evt_book_club',
    title: 'Book club: The Mythical Man-Month',
    category: 'Social',
    day: 13,
    from: '19:00',
    to: '20:30',
    place: {
      resourceId: null,
      name: 'Café Oberkampf',
      address: '3 rue Neuve Popincourt, 75011 Paris',
    },
    description:
      'This month: Fred Brooks on why adding people to a late project makes it later. Read as much as you like; come anyway.',
    capacity: null,
    registered: ['mem_grace'],
  },
  {
    id: 'evt_winter_party',
    title: 'Winter party',
    category: 'Community',
    day: 17,
    from: '19:00',
    to: '23:00',
    place: room('room-grand-salon', 'Grand Salon'),
    description:
      'The whole space, one evening: music, a buffet and the **annual members’ awards**. One guest each.',
    capacity: 80,
    maxGuests: 1,
    audience: 'public',
    registered: ['mem_ada', 'mem_ben', 'mem_chloe', 'mem_dan'],
  },
  {
    id: 'evt_founders_breakfast',
    title: 'Founders’ breakfast',
    category: 'Community',
    day: 20,
    from: '08:30',
    to: '09:30',
    place: room('room-atelier', "L'Atelier"),
    description: 'Ten founders, one table, no slides.',
    capacity: 10,
  },
];

export function seedDemoEvents(s: SpaceSeed, options: {activity: boolean}): void {
  for (const seed of PROGRAMME) {
    const start = s.at(seed.day, seed.from);
    const end = s.at(seed.day, seed.to);
    const startMs = parseInstant(start);
    const price = seed.price ?? FREE;
    const event = s.b.add<EventRow>(TABLES.events, {
      id: seed.id,
      spaceId: s.space.id,
      title: seed.title,
      category: seed.category,
      start,
      end,
      startMs,
      endMs: parseInstant(end),
      place: seed.place,
      description: seed.description,
      coverImageUrl: null,
      capacity: seed.capacity,
      price,
      payWith: seed.payWith ?? [],
      audience: seed.audience ?? 'members',
      registrationDeadline: formatInstant(
        startMs - (seed.closesHoursBefore ?? 0) * HOUR_MS,
        s.space.timeZone,
      ),
      maxGuests: seed.maxGuests ?? 0,
      refundPolicy: price.kind === 'free' ? NO_FEE : PAID_RULE,
      offerHoldHours: 24,
      cancelled: false,
    });
    if (!options.activity) continue;
    const people = [
      ...(seed.registered ?? []).map((id) => [id, 'registered'] as const),
      ...(seed.waitlisted ?? []).map((id) => [id, 'waitlisted'] as const),
    ];
    people.forEach(([memberId, status], i) => {
      const registered = status === 'registered';
      const cost =
        price.kind === 'credits'
          ? {credits: price.credits, money: null}
          : {credits: 0, money: price.kind === 'money' ? price.money : null};
      s.b.add<RegistrationRow>(TABLES.eventRegistrations, {
        id: s.b.id('reg'),
        spaceId: s.space.id,
        memberId,
        eventId: event.id,
        seq: i + 1,
        status,
        guests: 0,
        seats: 1,
        offerExpiresAt: null,
        // Seeded tickets were paid before the demo starts (no ledger movement to replay).
        paidWith: registered && price.kind !== 'free' ? (event.payWith[0] ?? null) : null,
        cost,
        refund: null,
        createdAt: s.at(Math.min(seed.day, 0) - 7, `${String(9 + (i % 9)).padStart(2, '0')}:00`),
        cancelledAt: null,
        debits: [],
        paymentId: null,
        remindedAt: seed.day < 0 ? s.at(seed.day - 1, '18:00') : null,
      });
    });
  }
}
