import {calendarDayOf} from '@portico/sdk/domain';
import type {WeeklyHours} from '@portico/sdk/contract';
import type {DiscountCodeRow, PlanRow, ProductRow, ResourceRow, SpaceRow} from '../state/rows.js';
import {ALL_FEATURES} from '@portico/sdk/domain';
import {TABLES} from '../state/rows.js';
import {SpaceSeed} from './builder.js';
import {BillingSeed} from './billing.js';
import {CommunitySeed} from './community.js';
import type {SeedBuilder} from './seed-builder.js';

const usd = (amount: number) => ({amount, currency: 'USD'});
const day = (open: string, close: string) => [{open, close}];
const HOURS: WeeklyHours = {
  mon: day('07:00', '19:00'),
  tue: day('07:00', '19:00'),
  wed: day('07:00', '19:00'),
  thu: day('07:00', '19:00'),
  fri: day('07:00', '19:00'),
  sat: [],
  sun: [],
};

/**
 * A second space in another time zone and currency. Nothing in it is reachable from `demo`
 * (and the reverse): it exists to prove isolation. `ada@example.com` has an account here
 * too, a different member with different credits.
 */
export function seedHarbour(b: SeedBuilder, options: {activity: boolean}): void {
  const timeZone = 'America/New_York';
  const year = Number(calendarDayOf(b.now, timeZone).slice(0, 4));
  const space: SpaceRow = {
    id: 'sp_harbour',
    slug: 'harbour',
    name: 'Harbour Works',
    timeZone,
    currency: 'USD',
    locales: ['en'],
    defaultLocale: 'en',
    address: '88 Pier Street, Brooklyn, NY 11201, USA',
    openingHours: HOURS,
    closures: [year, year + 1].flatMap((y) => [
      {day: `${y}-07-04`, reason: 'Independence Day'},
      {day: `${y}-12-25`, reason: 'Christmas Day'},
    ]),
    terms: {version: '2025-01', url: 'https://example.com/harbour/terms'},
    cancellationPolicy: {freeUntilHoursBefore: 48, lateRefundPercent: 0},
    // The front desk handles plan changes and cancellations here (seed 002's switches).
    membershipPolicy: {
      selfService: {join: true, change: false, cancel: false},
      noticeDays: 30,
      contact: {name: 'Harbour front desk', email: 'desk@harbour.example'},
    },
    branding: {primaryColor: '#1d4e89', logoUrl: null},
    features: ALL_FEATURES,
  };
  const s = new SpaceSeed(b, space);
  // Services are not taxed here: prices are net, at 0 %; invoices are due in 30 days.
  const billing = new BillingSeed(s, {
    prefix: 'HBR',
    taxMode: 'exclusive',
    taxRate: 0,
    paymentTermsDays: 30,
    seller: {
      name: 'Harbour Works',
      company: 'Harbour Works LLC',
      address: {
        line1: '88 Pier Street',
        line2: null,
        postalCode: '11201',
        city: 'Brooklyn',
        region: 'NY',
        country: 'US',
      },
      taxId: null,
      email: 'billing@harbour.example',
    },
  });
  const base = {
    description: '',
    amenities: [],
    photoUrl: null,
    openingHours: null,
    pricePerHour: null,
    position: null,
    spaceId: space.id,
  };
  const rules = {
    bufferMinutes: 0,
    advanceDays: 30,
    minimumNoticeMinutes: 0,
    requiresApproval: false,
  };
  const resources: ResourceRow[] = [
    {
      ...base,
      id: 'hb-room-pier',
      name: 'Pier Room',
      type: 'meeting_room',
      capacity: 6,
      creditsPerHour: 3,
      rules: {...rules, slotMinutes: 30, minMinutes: 30, maxMinutes: 240},
      sort: 0,
    },
    {
      ...base,
      id: 'hb-desk-dock',
      name: 'Dock desk',
      type: 'desk',
      capacity: 1,
      creditsPerHour: 1,
      rules: {...rules, slotMinutes: 60, minMinutes: 60, maxMinutes: 600},
      sort: 1,
    },
    {
      ...base,
      id: 'hb-office-3',
      name: 'Office 3',
      type: 'private_office',
      capacity: 3,
      creditsPerHour: 5,
      rules: {...rules, slotMinutes: 60, minMinutes: 60, maxMinutes: 600},
      sort: 2,
    },
  ];
  for (const r of resources) b.add(TABLES.resources, r);
  b.add<PlanRow>(TABLES.plans, {
    id: 'hb-plan-unlimited',
    spaceId: space.id,
    sort: 0,
    name: 'Harbour unlimited',
    description: 'Every day, 30 credits a month.',
    kind: 'unlimited',
    price: usd(42000),
    period: 'month',
    benefits: {credits: 30, entries: null, products: []},
    requiresApproval: false,
    resourceTypes: null,
  });
  b.add<PlanRow>(TABLES.plans, {
    id: 'hb-plan-community',
    spaceId: space.id,
    sort: 1,
    name: 'Community',
    description: 'Free: events and the members directory. The team approves each member.',
    kind: 'unlimited',
    price: usd(0),
    period: 'month',
    benefits: {credits: 0, entries: null, products: []},
    requiresApproval: true,
    // Free: events and the directory, no rooms (credits bought still book nothing).
    resourceTypes: [],
  });
  b.add<ProductRow>(TABLES.products, {
    id: 'hb-pack-10',
    spaceId: space.id,
    sort: 0,
    name: '10 credits',
    description: 'Valid 60 days.',
    kind: 'credit_pack',
    price: usd(5000),
    stock: null,
    credits: 10,
    creditsValidDays: 60,
    photoUrl: null,
  });
  b.add<DiscountCodeRow>(TABLES.discountCodes, {
    id: 'dc-harbour-harbor5',
    spaceId: space.id,
    code: 'HARBOR5',
    kind: 'fixed',
    value: 500,
    validFrom: null,
    validUntil: null,
    maxUses: null,
    uses: 0,
    minimumSubtotal: null,
  });

  const member = (id: string, email: string, name: string) =>
    s.member({
      id,
      email,
      name,
      locale: 'en',
      termsAcceptedVersion: '2025-01',
      createdAt: s.at(-60, '10:00'),
      lastLoginAt: s.at(-2, '09:00'),
    });
  const hank = member('mem_hb_hank', 'hank@example.com', 'Hank Pym');
  const ada = member('mem_hb_ada', 'ada@example.com', 'Ada Lovelace');
  // A listed member and a post of another space: isolation cases check neither crosses over.
  const community = new CommunitySeed(s, {publicDirectory: false, replies: false});
  community.listing(hank, {visibility: 'members', role: 'Harbour master', skills: ['Sailing']});
  community.categories({'hb-news': 'Harbour news'});
  community.post(
    {
      id: 'hb-post-moorings',
      title: 'New moorings on the east pier',
      summary: 'Two more spaces for members who come by boat.',
      body: 'Two more moorings on the east pier.',
      categoryId: 'hb-news',
      author: {name: 'Harbour front desk', photoUrl: null},
    },
    2,
  );
  if (!options.activity) return;
  for (const m of [hank, ada]) {
    s.paidMembership(m, {
      planId: 'hb-plan-unlimited',
      planName: 'Harbour unlimited',
      price: usd(42000),
      credits: m === ada ? 12 : 30,
      from: -7,
      to: 22,
      createdAt: s.at(-8, '10:00'),
      grantNote: 'Harbour unlimited: monthly credits',
    });
    const card = billing.card(m, 'pm_card_visa', 8, true);
    const buyer = billing.details(m, {
      name: m.name,
      company: null,
      address: {...billing.settings.seller.address, line1: '1 Water Street'},
      taxId: null,
      email: null,
    });
    billing.invoice(m, buyer, {
      issued: 7,
      lines: [{description: 'Harbour unlimited', quantity: 1, unitPrice: usd(42000), source: null}],
      paid: {method: card, daysAgo: 7},
    });
  }
  const pier = resources[0] as ResourceRow;
  for (const offset of [1, 2, 4]) {
    const d = s.openDay(pier, offset, '10:00', '11:00', 1);
    if (s.isFree(pier, s.ms(d, '10:00'), s.ms(d, '11:00')))
      s.booking({member: hank, resource: pier, day: d, start: '10:00', end: '11:00'});
  }
  s.notification(hank, 120, {
    kind: 'announcement',
    params: {},
    title: 'Welcome to Harbour Works',
    body: 'Coffee is on the second floor.',
  });
}
