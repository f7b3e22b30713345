/** Parcels the front desk receives for members, and their collection. */
import type {Deliveries, DeliveryInput} from '@portico/sdk/contract';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {
  instant,
  memberNamed,
  newestFirst,
  ofMember,
  ownRow,
  spaceRow,
} from '../../state/lookups.js';
import type {DeliveryRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {notify} from '../shared/notify.js';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

const SIZE_WORDS = {
  letter: 'A letter',
  small: 'A small parcel',
  medium: 'A parcel',
  large: 'A large parcel',
};

const toDelivery = ({spaceId: _s, memberId: _m, ...delivery}: DeliveryRow) => delivery;

/** Waiting parcels oldest first (the one to fetch first); collected ones of the last 12 months. */
export function deliveriesOf(reader: Reader, member: MemberRow, now: number): Deliveries {
  const rows = newestFirst(ofMember<DeliveryRow>(reader, TABLES.deliveries, member), 'arrivedAt');
  return {
    waiting: rows
      .filter((d) => d.status === 'waiting')
      .reverse()
      .map(toDelivery),
    history: rows
      .filter((d) => d.status === 'collected' && Date.parse(d.arrivedAt) >= now - YEAR_MS)
      .map(toDelivery),
  };
}

/** The front desk posts a parcel; the member is notified. */
export function postDelivery(tx: Transaction, space: SpaceRow, input: DeliveryInput, now: number) {
  const member = memberNamed(tx, space, input.member);
  const row = tx.put<DeliveryRow>(TABLES.deliveries, {
    id: nextId(tx, 'dlv'),
    spaceId: space.id,
    memberId: member.id,
    carrier: input.carrier.trim(),
    sender: input.sender ?? null,
    size: input.size,
    location: input.location.trim(),
    status: 'waiting',
    arrivedAt: instant(space, now),
    collectedAt: null,
    collectedBy: null,
  });
  notify(tx, space, member, now, {
    kind: 'delivery.arrived',
    params: {deliveryId: row.id, carrier: row.carrier, location: row.location},
    title: `${SIZE_WORDS[row.size]} is waiting for you`,
    body: `${row.carrier}${row.sender ? `, from ${row.sender}` : ''}: collect it at ${row.location}.`,
  });
  return toDelivery(row);
}

function collect(
  tx: Transaction,
  space: SpaceRow,
  row: DeliveryRow,
  by: 'member' | 'space',
  now: number,
) {
  if (row.status === 'collected') {
    throw problem('delivery_already_collected', `Parcel ${row.id} was collected already.`);
  }
  return toDelivery(
    tx.put<DeliveryRow>(TABLES.deliveries, {
      ...row,
      status: 'collected',
      collectedAt: instant(space, now),
      collectedBy: by,
    }),
  );
}

/** The member marks their parcel collected. */
export function collectDelivery(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  deliveryId: string,
  now: number,
) {
  return collect(
    tx,
    space,
    ownRow(tx, TABLES.deliveries, deliveryId, member, 'parcel'),
    'member',
    now,
  );
}

/** The front desk hands a parcel over. */
export function handOverDelivery(
  tx: Transaction,
  space: SpaceRow,
  deliveryId: string,
  now: number,
) {
  const row = spaceRow<DeliveryRow>(tx, TABLES.deliveries, deliveryId, space, 'parcel');
  return collect(tx, space, row, 'space', now);
}
