import * as z from 'zod/mini';
import {text} from '../../contract/primitives.js';

/** A floor's id, as a resource's `position.floor` names it. */
export const FloorId = text(40);

/** A percentage of the plan's width (x) or height (y). */
const Percent = z.number().check(z.minimum(0), z.maximum(100));

/** `[x, y]` in percent of the plan, so a position does not depend on the drawing's size. */
export const PlanPoint = z.tuple([Percent, Percent]);
export type PlanPoint = z.infer<typeof PlanPoint>;

/** The most points of one outline or wall, so a plan stays drawable. */
const MAX_POINTS = 200;
const points = z.array(PlanPoint).check(z.minLength(2), z.maxLength(MAX_POINTS));

/**
 * One piece of a plan drawn from JSON (when the space has no SVG, or over it): a wall is a
 * line through its points, an area a filled shape (kitchen, lounge), a label a short text.
 */
export const FloorShape = z.discriminatedUnion('kind', [
  z.object({kind: z.literal('wall'), points}),
  z.object({kind: z.literal('area'), points, label: z.nullable(text(80))}),
  z.object({kind: z.literal('label'), at: PlanPoint, text: text(80)}),
]);
export type FloorShape = z.infer<typeof FloorShape>;

/** The longest SVG drawing a space may supply (characters, as uploaded and after sanitizing). */
export const MAX_FLOOR_SVG_LENGTH = 200_000;

/** The one type a floor drawing may be. */
export const FLOOR_DRAWING_TYPE = 'image/svg+xml';

/**
 * A floor's new drawing, as the space uploads it: the SVG's text and the type its file says.
 * The text is bounded here only by the request body's limit, so that a longer drawing is
 * refused as too large (413) and a drawing that is not SVG as the wrong type (415).
 */
export const FloorDrawingUpload = z.object({
  contentType: text(100),
  svg: z.string().check(z.minLength(1), z.maxLength(1024 * 1024)),
});
export type FloorDrawingUpload = z.infer<typeof FloorDrawingUpload>;

/**
 * A floor of the space with its drawing. Places are the resources whose `position.floor` is
 * this floor's id. The SVG is the space's drawing (walls, labels), sanitized by the server
 * (no script, no event attributes, no external reference); a page shows it as an image,
 * never as markup.
 */
export const Floor = z.object({
  id: FloorId,
  name: text(80),
  /** Floors sort by this: the lowest first (a basement below the ground floor). */
  order: z.int(),
  /** The drawing's size in its own units: its aspect ratio, and the unit of `shapes`. */
  width: z.number().check(z.positive(), z.maximum(100_000)),
  height: z.number().check(z.positive(), z.maximum(100_000)),
  svg: z.nullable(text(MAX_FLOOR_SVG_LENGTH)),
  shapes: z.array(FloorShape).check(z.maxLength(2000)),
});
export type Floor = z.infer<typeof Floor>;
