// The demo space's two floors: the ground floor as the space's own SVG drawing (walls and
// labels), the first floor as shapes in JSON. Places come from each resource's `position`
// (see demo-catalog.ts).
import type {FloorRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';
import {rect, shell} from './floor-geometry.js';

export const GROUND = 'canopee-ground';
export const FIRST = 'canopee-first';

/**
 * 1200 × 800 units; coordinates below are percent × 12 and × 8. Stored as the sanitizer
 * writes it (floors.test checks `sanitizeFloorSvg` leaves it unchanged), so seeding a space
 * needs no DOM.
 */
export const GROUND_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800">
  <title>La Canopée, ground floor</title>
  <rect x="24" y="24" width="1152" height="752" fill="#faf8f4" stroke="#4a4a4a" stroke-width="8"/>
  <rect x="1008" y="360" width="168" height="416" fill="#eef1ea" stroke="#4a4a4a" stroke-width="4"/>
  <rect x="720" y="40" width="440" height="240" fill="#f3eee6" stroke="#9a9a9a" stroke-width="3"/>
  <rect x="660" y="400" width="300" height="240" rx="24" fill="#f1efe9" stroke="#b5b5b5" stroke-width="2" stroke-dasharray="10 8"/>
  <path d="M36 700 H560" stroke="#7aa6c2" stroke-width="10" stroke-linecap="round"/>
  <path d="M540 776 h96" stroke="#faf8f4" stroke-width="12"/>
  <path d="M540 776 a96 96 0 0 1 96 -96" fill="none" stroke="#9a9a9a" stroke-width="2"/>
  <g font-family="system-ui, sans-serif" font-size="26" fill="#6b6b6b" text-anchor="middle">
    <text x="940" y="170">Kitchen</text>
    <text x="810" y="530">Lounge</text>
    <text x="1092" y="400">Courtyard</text>
    <text x="588" y="660">Entrance</text>
    <text x="300" y="740">Windows</text>
  </g>
</svg>`;

const floors = (): Omit<FloorRow, 'spaceId' | 'sort'>[] => [
  {
    id: GROUND,
    name: 'Ground floor',
    order: 0,
    width: 1200,
    height: 800,
    svg: GROUND_SVG,
    shapes: [],
  },
  {
    id: FIRST,
    name: 'First floor',
    order: 1,
    width: 1200,
    height: 800,
    svg: null,
    shapes: [
      ...shell(62),
      {
        kind: 'wall',
        points: [
          [2, 45],
          [98, 45],
        ],
      },
      {kind: 'area', points: rect(64, 52, 96, 95), label: 'Terrace'},
      {kind: 'label', at: [80, 48.5], text: 'Corridor'},
    ],
  },
];

export function seedDemoFloors(s: SpaceSeed): void {
  for (const floor of floors()) {
    s.b.add<FloorRow>(TABLES.floors, {...floor, spaceId: s.space.id, sort: floor.order});
  }
}
