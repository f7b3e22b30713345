import type {BookingRules, WeeklyHours} from '@portico/sdk/contract';
import type {DiscountCodeRow, PlanRow, ProductRow, ResourceRow, SpaceRow} from '../state/rows.js';
import {ALL_FEATURES} from '@portico/sdk/domain';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';
import {FIRST, GROUND} from './demo-floors.js';
import {point, rect, room} from './floor-geometry.js';

export const DEMO_SPACE_ID = 'sp_demo';
const EUR = 'EUR';
const eur = (amount: number) => ({amount, currency: EUR});

const weekdays = (open: string, close: string) => [{open, close}];
export const DEMO_HOURS: WeeklyHours = {
  mon: weekdays('08:00', '20:00'),
  tue: weekdays('08:00', '20:00'),
  wed: weekdays('08:00', '20:00'),
  thu: weekdays('08:00', '22:00'),
  fri: weekdays('08:00', '20:00'),
  sat: weekdays('09:00', '13:00'),
  sun: [],
};

/** French public holidays with fixed dates, for this year and the next. */
function frenchHolidays(year: number): {day: string; reason: string}[] {
  const fixed: [string, string][] = [
    ['01-01', "New Year's Day"],
    ['05-01', 'Labour Day'],
    ['05-08', 'Victory in Europe Day'],
    ['07-14', 'Bastille Day'],
    ['08-15', 'Assumption Day'],
    ['11-01', "All Saints' Day"],
    ['11-11', 'Armistice Day'],
    ['12-25', 'Christmas Day'],
  ];
  return [year, year + 1].flatMap((y) =>
    fixed.map(([md, reason]) => ({day: `${y}-${md}`, reason})),
  );
}

/**
 * The space itself. Besides the public holidays there is a maintenance day 10–16 days ahead
 * (the first weekday from today + 10), so a closed day always shows in the calendar.
 */
export function demoSpace(today: string, maintenanceDay: string): SpaceRow {
  const year = Number(today.slice(0, 4));
  const closures = [
    ...frenchHolidays(year),
    {day: maintenanceDay, reason: 'Annual maintenance: the space is closed'},
  ]
    .filter((c, i, all) => all.findIndex((o) => o.day === c.day) === i)
    .sort((a, b) => a.day.localeCompare(b.day));
  return {
    id: DEMO_SPACE_ID,
    slug: 'demo',
    name: 'La Canopée Coworking',
    timeZone: 'Europe/Paris',
    currency: EUR,
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    address: '12 rue des Arts, 75011 Paris, France',
    openingHours: DEMO_HOURS,
    closures,
    terms: {version: '2024-09', url: 'https://example.com/canopee/terms-2024-09'},
    cancellationPolicy: {freeUntilHoursBefore: 24, lateRefundPercent: 50},
    membershipPolicy: {
      selfService: {join: true, change: true, cancel: true},
      noticeDays: 14,
      contact: {name: 'the front desk', email: 'hello@canopee.example'},
    },
    branding: {primaryColor: '#2f6f4e', logoUrl: null},
    features: ALL_FEATURES,
  };
}

const rules = (
  r: Partial<BookingRules> & Pick<BookingRules, 'slotMinutes' | 'minMinutes' | 'maxMinutes'>,
): BookingRules => ({
  bufferMinutes: 0,
  advanceDays: 60,
  minimumNoticeMinutes: 0,
  requiresApproval: false,
  ...r,
});

type ResourceSeed = Omit<
  ResourceRow,
  'spaceId' | 'sort' | 'photoUrl' | 'openingHours' | 'pricePerHour'
> &
  Partial<Pick<ResourceRow, 'openingHours' | 'pricePerHour' | 'photoUrl'>>;

const RESOURCES: ResourceSeed[] = [
  {
    id: 'room-atelier',
    name: "L'Atelier",
    type: 'meeting_room',
    description: 'A bright room for four, with a whiteboard wall.',
    capacity: 4,
    amenities: ['screen', 'whiteboard'],
    rules: rules({
      slotMinutes: 30,
      minMinutes: 30,
      maxMinutes: 240,
      advanceDays: 30,
      minimumNoticeMinutes: 30,
    }),
    creditsPerHour: 2,
    position: room(FIRST, rect(4, 6, 24, 42)),
  },
  {
    id: 'room-verriere',
    name: 'La Verrière',
    type: 'meeting_room',
    description: 'Eight seats under the glass roof; video conferencing.',
    capacity: 8,
    amenities: ['screen', 'video conferencing', 'whiteboard'],
    rules: rules({
      slotMinutes: 30,
      minMinutes: 30,
      maxMinutes: 480,
      bufferMinutes: 15,
      minimumNoticeMinutes: 60,
    }),
    creditsPerHour: 4,
    position: room(FIRST, rect(26, 6, 52, 42)),
  },
  {
    id: 'room-grand-salon',
    name: 'Grand Salon',
    type: 'meeting_room',
    description: 'The boardroom: fourteen seats, a projector and a kitchenette.',
    capacity: 14,
    amenities: ['projector', 'video conferencing', 'kitchenette'],
    rules: rules({
      slotMinutes: 60,
      minMinutes: 60,
      maxMinutes: 480,
      bufferMinutes: 30,
      advanceDays: 90,
      minimumNoticeMinutes: 120,
    }),
    creditsPerHour: 8,
    position: room(FIRST, rect(54, 6, 96, 42)),
  },
  {
    id: 'desk-hot',
    name: 'Hot desk, window row',
    type: 'desk',
    description: 'A desk by the window in the open space, booked by the hour.',
    capacity: 1,
    amenities: ['monitor', 'standing desk'],
    rules: rules({slotMinutes: 60, minMinutes: 60, maxMinutes: 720, advanceDays: 14}),
    creditsPerHour: 1,
    position: point(GROUND, 25, 80),
  },
  {
    id: 'booth-cabine',
    name: 'Phone booth "La Cabine"',
    type: 'meeting_room',
    description: 'A soundproof booth for calls.',
    capacity: 1,
    amenities: ['soundproof'],
    rules: rules({slotMinutes: 15, minMinutes: 15, maxMinutes: 60, advanceDays: 7}),
    creditsPerHour: 2,
    position: room(GROUND, rect(34, 5, 42, 22)),
  },
  {
    id: 'event-loft',
    name: 'Le Loft',
    type: 'event_space',
    description: 'Sixty guests for talks and launches. Requests are confirmed by the team.',
    capacity: 60,
    amenities: ['stage', 'sound system', 'projector', 'bar'],
    rules: rules({
      slotMinutes: 60,
      minMinutes: 120,
      maxMinutes: 720,
      bufferMinutes: 60,
      advanceDays: 180,
      minimumNoticeMinutes: 2880,
      requiresApproval: true,
    }),
    creditsPerHour: 20,
    position: room(FIRST, rect(4, 52, 60, 95)),
  },
  {
    id: 'studio-podcast',
    name: 'Podcast studio',
    type: 'meeting_room',
    description: 'Four microphones and a mixing desk; paid by the hour, not with credits.',
    capacity: 4,
    amenities: ['microphones', 'mixing desk', 'soundproof'],
    rules: rules({
      slotMinutes: 60,
      minMinutes: 60,
      maxMinutes: 240,
      bufferMinutes: 15,
      advanceDays: 30,
      minimumNoticeMinutes: 60,
    }),
    creditsPerHour: null,
    pricePerHour: eur(2500),
    position: room(GROUND, rect(4, 5, 30, 35)),
  },
  {
    id: 'parking-p1',
    name: 'Parking space P1',
    type: 'parking',
    description: 'Covered parking in the courtyard, with an EV charger.',
    capacity: 1,
    amenities: ['EV charger'],
    rules: rules({slotMinutes: 60, minMinutes: 60, maxMinutes: 900, advanceDays: 14}),
    creditsPerHour: 1,
    // Its own hours: the courtyard gate opens earlier and closes later than the space.
    openingHours: {
      mon: weekdays('07:00', '22:00'),
      tue: weekdays('07:00', '22:00'),
      wed: weekdays('07:00', '22:00'),
      thu: weekdays('07:00', '22:00'),
      fri: weekdays('07:00', '22:00'),
      sat: weekdays('08:00', '14:00'),
      sun: [],
    },
    position: point(GROUND, 91.5, 72),
  },
];

export function seedDemoCatalog(s: SpaceSeed): void {
  const {b} = s;
  RESOURCES.forEach((r, sort) => {
    b.add<ResourceRow>(TABLES.resources, {
      photoUrl: null,
      openingHours: null,
      pricePerHour: null,
      ...r,
      spaceId: DEMO_SPACE_ID,
      sort,
    });
  });

  const plans: Omit<PlanRow, 'spaceId' | 'sort' | 'requiresApproval'>[] = [
    {
      id: 'plan-unlimited',
      name: 'Resident',
      description: 'Unlimited access, 40 credits and 20 coffees a month.',
      kind: 'unlimited',
      price: eur(39000),
      period: 'month',
      benefits: {credits: 40, entries: null, products: [{productId: 'coffee-card', quantity: 2}]},
      resourceTypes: null,
    },
    {
      id: 'plan-10-days',
      name: '10 days a month',
      description: 'Ten days of access a month and 10 credits.',
      kind: 'entries',
      price: eur(19000),
      period: 'month',
      benefits: {credits: 10, entries: 10, products: []},
      resourceTypes: ['desk', 'meeting_room'],
    },
    {
      id: 'plan-flex',
      name: 'Flex monthly',
      description: 'Access for a month, 20 credits, 2 coffee cards and printing.',
      kind: 'time',
      price: eur(25000),
      period: 'month',
      benefits: {
        credits: 20,
        entries: null,
        products: [
          {productId: 'coffee-card', quantity: 2},
          {productId: 'printing-50', quantity: 1},
        ],
      },
      // Everything but the car park.
      resourceTypes: ['meeting_room', 'desk', 'private_office', 'event_space', 'equipment'],
    },
    {
      id: 'plan-day-pass',
      name: 'Day pass',
      description: 'One day in the open space.',
      kind: 'time',
      price: eur(2500),
      period: 'day',
      benefits: {credits: 0, entries: null, products: []},
      resourceTypes: ['desk'],
    },
  ];
  plans.forEach((plan, sort) =>
    b.add<PlanRow>(TABLES.plans, {...plan, spaceId: DEMO_SPACE_ID, sort, requiresApproval: false}),
  );

  const item = {credits: null, creditsValidDays: null, photoUrl: null, stock: null};
  const products: Omit<ProductRow, 'spaceId' | 'sort'>[] = [
    {
      ...item,
      id: 'pack-10',
      name: '10 credits',
      description: 'Ten credits for rooms and desks, valid 90 days.',
      kind: 'credit_pack',
      price: eur(4000),
      credits: 10,
      creditsValidDays: 90,
    },
    {
      ...item,
      id: 'pack-50',
      name: '50 credits',
      description: 'Fifty credits, valid 180 days: 10% cheaper than five packs of ten.',
      kind: 'credit_pack',
      price: eur(18000),
      credits: 50,
      creditsValidDays: 180,
    },
    {
      ...item,
      id: 'day-pass',
      name: 'Day pass',
      description: 'A day in the open space for you or a guest.',
      kind: 'day_pass',
      price: eur(2500),
    },
    {
      ...item,
      id: 'coffee-card',
      name: 'Coffee card',
      description: 'Ten coffees at the bar.',
      kind: 'item',
      price: eur(1500),
    },
    {
      ...item,
      id: 'printing-50',
      name: 'Printing, 50 pages',
      description: 'Fifty black and white pages.',
      kind: 'item',
      price: eur(500),
    },
    {
      ...item,
      id: 'locker-month',
      name: 'Locker, one month',
      description: 'A locker with your own padlock code.',
      kind: 'item',
      price: eur(3000),
      stock: 4,
    },
    {
      ...item,
      id: 'tote-bag',
      name: 'Canopée tote bag (last one!)',
      description: 'Organic cotton, screen-printed in Paris. Only one left.',
      kind: 'item',
      price: eur(2000),
      stock: 1,
    },
  ];
  products.forEach((product, sort) =>
    b.add<ProductRow>(TABLES.products, {...product, spaceId: DEMO_SPACE_ID, sort}),
  );

  const code = (
    c: Omit<
      DiscountCodeRow,
      'id' | 'spaceId' | 'uses' | 'validFrom' | 'validUntil' | 'maxUses' | 'minimumSubtotal'
    > &
      Partial<DiscountCodeRow>,
  ): void => {
    b.add<DiscountCodeRow>(TABLES.discountCodes, {
      id: `dc-demo-${c.code.toLowerCase()}`,
      spaceId: DEMO_SPACE_ID,
      validFrom: null,
      validUntil: null,
      maxUses: null,
      uses: 0,
      minimumSubtotal: null,
      ...c,
    });
  };
  code({code: 'WELCOME10', kind: 'percent', value: 10});
  code({
    code: 'SUMMER2024',
    kind: 'percent',
    value: 15,
    validFrom: '2024-06-01T00:00:00+02:00',
    validUntil: '2024-08-31T23:59:59+02:00',
  });
  code({code: 'BIG50', kind: 'fixed', value: 5000, minimumSubtotal: eur(20000)});
  code({code: 'LAUNCH25', kind: 'percent', value: 25, maxUses: 50, uses: 50});
  code({code: 'NEXTMONTH20', kind: 'percent', value: 20, validFrom: s.at(30, '00:00')});
}
