/** Rows of the front desk and the help desk: visitors, deliveries, help requests, guides (see rows.ts). */
import type {
  Delivery,
  HelpCategory,
  ImageType,
  RequestMessage,
  RequestStatus,
  Visitor,
} from '@portico/sdk/contract';
import type {Writable} from './rows.js';

// ---- the front desk: visitors and deliveries

/**
 * A space's visitor rules (row id = the space id): how many visitors a member may register
 * for one day, and which plans include visitors (null: any active membership).
 */
export type VisitorSettingsRow = {
  id: string;
  spaceId: string;
  perDay: number;
  planIds: string[] | null;
};

/** A visitor as stored: the contract's shape plus its host. */
export type VisitorRow = Writable<Visitor> & {spaceId: string; memberId: string};

/** A parcel as stored: the contract's shape plus its addressee. */
export type DeliveryRow = Writable<Delivery> & {spaceId: string; memberId: string};

// ---- the help desk

export type HelpCategoryRow = Writable<HelpCategory> & {spaceId: string; sort: number};

/** A message as stored: its photos by id (each served only to its owner). */
export type HelpMessageRow = Omit<RequestMessage, 'attachments'> & {attachmentIds: string[]};

export type HelpRequestRow = {
  id: string;
  spaceId: string;
  memberId: string;
  number: number;
  categoryId: string;
  subject: string;
  status: RequestStatus;
  photoUrl: string | null;
  messages: HelpMessageRow[];
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
};

/** An uploaded photo: its bytes as base64, its type as found from them. */
export type AttachmentRow = {
  id: string;
  spaceId: string;
  memberId: string;
  fileName: string;
  contentType: ImageType;
  size: number;
  data: string;
  createdAt: string;
};

export type GuideCategoryRow = {id: string; spaceId: string; name: string; sort: number};

export type GuideRow = {
  id: string;
  spaceId: string;
  categoryId: string;
  title: string;
  summary: string;
  body: string;
  updatedAt: string;
  sort: number;
};

/** A member's "Did this help?" answer (row id = `${guideId}:${memberId}`). */
export type GuideFeedbackRow = {
  id: string;
  spaceId: string;
  guideId: string;
  memberId: string;
  helpful: boolean;
};
