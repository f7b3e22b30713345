// The `campus` scenario: the demo space grows four open-plan floors of 125 desks each (500
// desks, rows of 25 facing each other), for floor-plan tests and the benchmark.
import type {BookingRules} from '@portico/sdk/contract';
import type {FloorRow, ResourceRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';
import {point, rect, shell} from './floor-geometry.js';

export const CAMPUS_FLOORS = 4;
export const DESKS_PER_FLOOR = 125;
const PER_ROW = 25;
/** Five rows: two pairs facing each other and one along the windows. */
const ROW_Y = [22, 30, 52, 60, 84];
const AMENITIES = [['monitor'], ['monitor', 'standing desk'], [], ['dual monitor']];
const ROW_NAMES = ['north row', 'north row', 'middle row', 'middle row', 'window row'];

const RULES: BookingRules = {
  slotMinutes: 60,
  minMinutes: 60,
  maxMinutes: 720,
  bufferMinutes: 0,
  advanceDays: 14,
  minimumNoticeMinutes: 0,
  requiresApproval: false,
};

export const campusFloorId = (n: number) => `campus-${n}`;

export function seedCampus(s: SpaceSeed): void {
  const {b} = s;
  const sort0 = b.rows<ResourceRow>(TABLES.resources).length;
  for (let f = 0; f < CAMPUS_FLOORS; f++) {
    const level = f + 2;
    const floor = campusFloorId(level);
    b.add<FloorRow>(TABLES.floors, {
      id: floor,
      spaceId: s.space.id,
      sort: level,
      name: `Floor ${level}`,
      order: level,
      width: 1600,
      height: 900,
      svg: null,
      shapes: [
        ...shell(46),
        {kind: 'area', points: rect(4, 38, 96, 44), label: null},
        {kind: 'area', points: rect(4, 66, 30, 76), label: 'Kitchen'},
        {kind: 'label', at: [50, 41], text: 'Aisle'},
      ],
    });
    for (let d = 0; d < DESKS_PER_FLOOR; d++) {
      const row = Math.floor(d / PER_ROW);
      const n = d + 1;
      b.add<ResourceRow>(TABLES.resources, {
        id: `desk-${level}-${String(n).padStart(3, '0')}`,
        spaceId: s.space.id,
        sort: sort0 + f * DESKS_PER_FLOOR + d,
        name: `Desk ${level}.${String(n).padStart(3, '0')}, ${ROW_NAMES[row]}`,
        type: 'desk',
        description: 'An open-plan desk, booked by the hour.',
        capacity: 1,
        amenities: AMENITIES[d % AMENITIES.length] as string[],
        photoUrl: null,
        openingHours: null,
        rules: RULES,
        creditsPerHour: 1,
        pricePerHour: null,
        position: point(floor, 5 + (d % PER_ROW) * 3.75, ROW_Y[row] as number),
      });
    }
  }
}
