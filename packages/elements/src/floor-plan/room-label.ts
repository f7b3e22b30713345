// Where a room's name goes: a box under the room's marker that lies inside its outline, one or
// two lines high. The name is laid out in it as HTML (wrapping, then an ellipsis), so no name
// the contract allows, in any script, draws outside its room. Pure.

/** A box in the drawing's units, with the name's font size and how many lines fit. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lines: 1 | 2;
}

/** A place's marker radius: about 2% of the drawing's shorter side. */
export const markerRadius = (floor: {readonly width: number; readonly height: number}) =>
  Math.min(floor.width, floor.height) * 0.02;

const LINE_HEIGHT = 1.25;

/**
 * The box for the name of a room whose marker sits at `(x, y)` with radius `r`, inside
 * `outline` (points in the drawing's units); null when the room has no space for one line
 * (its accessible name still says it in full).
 */
export function roomLabelBox(
  outline: readonly (readonly [number, number])[],
  x: number,
  y: number,
  r: number,
): LabelBox | null {
  const fontSize = r * 0.9;
  const line = fontSize * LINE_HEIGHT;
  const pad = r * 0.4;
  const top = y + r * 1.3;
  const bottom = Math.max(...outline.map((p) => p[1])) - pad;
  const lines = bottom - top >= 2 * line ? 2 : bottom - top >= line ? 1 : 0;
  if (lines === 0) return null;
  const height = lines * line;
  // The narrowest width the outline leaves around x, at the box's top and bottom edges.
  const spans = [top, top + height].map((at) => spanAround(outline, x, at));
  if (spans.some((s) => s === null)) return null;
  const left = Math.max(...spans.map((s) => s![0])) + pad;
  const right = Math.min(...spans.map((s) => s![1])) - pad;
  if (right - left < fontSize * 2) return null;
  return {x: left, y: top, width: right - left, height, fontSize, lines};
}

/** Where the horizontal line at `y` enters and leaves the outline around `x`, or null. */
function spanAround(
  outline: readonly (readonly [number, number])[],
  x: number,
  y: number,
): [number, number] | null {
  const crossings: number[] = [];
  outline.forEach(([x1, y1], i) => {
    const [x2, y2] = outline[(i + 1) % outline.length]!;
    // Half-open in y, so a vertex on the line counts once.
    if ((y1 <= y && y < y2) || (y2 <= y && y < y1)) {
      crossings.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
    }
  });
  crossings.sort((a, b) => a - b);
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    if (crossings[i]! <= x && x <= crossings[i + 1]!) return [crossings[i]!, crossings[i + 1]!];
  }
  return null;
}
