// Small builders for seeded floor plans: positions and outlines in percent of the plan.
import type {FloorPosition, FloorShape, PlanPoint} from '@portico/sdk/contract';

/** The corners of an axis-aligned rectangle, clockwise from the top left. */
export const rect = (x1: number, y1: number, x2: number, y2: number): PlanPoint[] => [
  [x1, y1],
  [x2, y1],
  [x2, y2],
  [x1, y2],
];

/** A place drawn as a point (a desk, a parking space). */
export const point = (floor: string, x: number, y: number): FloorPosition => ({
  floor,
  x,
  y,
  outline: null,
});

/** A room: its outline, and its label point at the middle of its corners. */
export function room(floor: string, outline: PlanPoint[]): FloorPosition {
  const mean = (i: 0 | 1) => outline.reduce((sum, p) => sum + p[i], 0) / outline.length;
  return {floor, x: mean(0), y: mean(1), outline};
}

/** The outer walls of a plan, with a gap (a door) along the bottom from `doorX` to +6. */
export function shell(doorX: number): FloorShape[] {
  return [
    {
      kind: 'wall',
      points: [
        [doorX, 97],
        [2, 97],
        [2, 3],
        [98, 3],
        [98, 97],
        [doorX + 6, 97],
      ],
    },
  ];
}
