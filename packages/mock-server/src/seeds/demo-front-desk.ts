import {formatInstant, MINUTE_MS} from '@portico/sdk/domain';
import type {DeliveryRow, MemberRow, VisitorRow, VisitorSettingsRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';

type SeedVisitor = Pick<VisitorRow, 'name' | 'time' | 'status'> &
  Partial<Pick<VisitorRow, 'email' | 'company' | 'note'>> & {day: number};

type SeedDelivery = Pick<DeliveryRow, 'carrier' | 'sender' | 'size' | 'location'> & {
  /** How long ago it arrived, in hours. */
  hoursAgo: number;
  /** Collected this many hours after it arrived (by the member), or still waiting. */
  collectedAfter?: number;
};

const HOUR_MS = 60 * MINUTE_MS;

function member(s: SpaceSeed, id: string): MemberRow {
  const found = s.b.rows<MemberRow>(TABLES.members).find((m) => m.id === id);
  if (!found) throw new Error(`[Portico] Failed to seed the front desk: no member ${id}.`);
  return found;
}

function visitors(s: SpaceSeed, host: MemberRow, list: SeedVisitor[]): void {
  for (const {day, ...visitor} of list) {
    s.b.add<VisitorRow>(TABLES.visitors, {
      id: s.b.id('vis'),
      spaceId: s.space.id,
      memberId: host.id,
      email: null,
      company: null,
      note: null,
      ...visitor,
      day: s.day(day),
      arrivedAt: visitor.status === 'arrived' ? s.at(day, visitor.time) : null,
      createdAt: s.at(day - 2, '17:30'),
    });
  }
}

function deliveries(s: SpaceSeed, to: MemberRow, list: SeedDelivery[]): void {
  const at = (ms: number) => formatInstant(ms, s.space.timeZone);
  for (const {hoursAgo, collectedAfter, ...parcel} of list) {
    const arrived = s.b.now - hoursAgo * HOUR_MS;
    s.b.add<DeliveryRow>(TABLES.deliveries, {
      id: s.b.id('dlv'),
      spaceId: s.space.id,
      memberId: to.id,
      ...parcel,
      status: collectedAfter === undefined ? 'waiting' : 'collected',
      arrivedAt: at(arrived),
      collectedAt: collectedAfter === undefined ? null : at(arrived + collectedAfter * HOUR_MS),
      collectedBy: collectedAfter === undefined ? null : 'member',
    });
  }
}

/**
 * The demo space's front desk: three visitors a day for members on a monthly plan (not day
 * passes). Ada expects Ana today and a client tomorrow, has two parcels waiting and a year of
 * collected ones; Ben has one visitor and one parcel, for isolation.
 */
export function seedDemoFrontDesk(s: SpaceSeed, options: {activity: boolean}): void {
  s.b.add<VisitorSettingsRow>(TABLES.visitorSettings, {
    id: s.space.id,
    spaceId: s.space.id,
    perDay: 3,
    planIds: ['plan-unlimited', 'plan-flex', 'plan-10-days'],
  });
  if (!options.activity) return;
  const ada = member(s, 'mem_ada');
  const ben = member(s, 'mem_ben');
  visitors(s, ada, [
    {
      name: 'Ana Pereira',
      email: 'ana.pereira@example.org',
      company: 'Pereira Arquitectos',
      day: 0,
      time: '14:30',
      note: 'Needs a guest Wi-Fi code.',
      status: 'expected',
    },
    {name: 'Jonas Weber', company: 'Weber & Partner', day: 1, time: '10:00', status: 'expected'},
    {name: 'Charles Babbage', day: -6, time: '11:00', status: 'arrived'},
    {name: 'Mary Somerville', day: -13, time: '15:00', status: 'cancelled'},
  ]);
  visitors(s, ben, [{name: 'Léa Dubois', day: 2, time: '09:30', status: 'expected'}]);
  deliveries(s, ada, [
    {
      carrier: 'DHL',
      sender: 'Analytical Supplies',
      size: 'small',
      location: 'Front desk, shelf B',
      hoursAgo: 3,
    },
    {carrier: 'La Poste', sender: null, size: 'letter', location: 'Mailbox 12', hoursAgo: 27},
    {
      carrier: 'UPS',
      sender: 'Royal Society',
      size: 'medium',
      location: 'Front desk',
      hoursAgo: 24 * 20,
      collectedAfter: 5,
    },
    {
      carrier: 'Chronopost',
      sender: 'Babbage & Co',
      size: 'large',
      location: 'Storage room',
      hoursAgo: 24 * 95,
      collectedAfter: 26,
    },
    {
      carrier: 'La Poste',
      sender: 'URSSAF',
      size: 'letter',
      location: 'Mailbox 12',
      hoursAgo: 24 * 400,
      collectedAfter: 48,
    },
  ]);
  deliveries(s, ben, [
    {
      carrier: 'Colissimo',
      sender: 'Papeterie Moderne',
      size: 'medium',
      location: 'Front desk',
      hoursAgo: 5,
    },
  ]);
}
