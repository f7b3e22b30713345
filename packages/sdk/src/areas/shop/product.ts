import * as z from 'zod/mini';
import {Credits, HttpsUrl, Id, LongText, Money, Name} from '../../contract/primitives.js';

export const ProductKind = z.enum(['item', 'credit_pack', 'day_pass']);
export type ProductKind = z.infer<typeof ProductKind>;

export const Product = z.object({
  id: Id,
  name: Name,
  description: LongText,
  kind: ProductKind,
  price: Money,
  /** Units left, or null when stock is not tracked. */
  stock: z.nullable(z.int().check(z.minimum(0))),
  /** Credits granted by a credit pack, else null. */
  credits: z.nullable(Credits),
  /** How long credits from a pack last, in days, else null. */
  creditsValidDays: z.nullable(z.int()),
  photoUrl: z.nullable(HttpsUrl),
});
export type Product = z.infer<typeof Product>;

/** What a member holds of one product. */
export const MemberProduct = z.object({
  productId: Id,
  name: Name,
  /** Still available this period from the membership's benefits. */
  includedRemaining: z.int(),
  /** Bought and paid, not used yet. */
  purchasedRemaining: z.int(),
  /** In orders awaiting payment. */
  pendingQuantity: z.int(),
});
export type MemberProduct = z.infer<typeof MemberProduct>;
