import {
  Attachment,
  AttachmentData,
  AttachmentUpload,
  Guide,
  GuideFeedback,
  GuideQuery,
  Guides,
  HelpAnswer,
  HelpReply,
  HelpRequest,
  HelpRequestInput,
  HelpRequests,
  HelpStatusChange,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  MAX_SUBJECT_LENGTH,
} from './schemas.js';
import {MAX_TEXT_LENGTH} from '../../contract/primitives.js';
import {routesWith} from '../../contract/route.js';

/** The guides' routes: the help desk itself. */
const guideRoute = routesWith({access: 'member', feature: 'helpdesk'});
/** The requests' routes: the space may keep the guides and turn the requests off. */
const requestRoute = routesWith({access: 'member', feature: 'helpdeskRequests'});
/** What a request form enforces before sending (the schemas check the same). */
const REQUEST_LIMITS = {
  subject: MAX_SUBJECT_LENGTH,
  description: MAX_TEXT_LENGTH,
  attachments: MAX_ATTACHMENTS,
  attachmentBytes: MAX_ATTACHMENT_BYTES,
};

export const listGuides = guideRoute({
  method: 'GET',
  path: '/help/guides',
  summary: "The space's guides, searchable by words and category, with their categories",
  query: GuideQuery,
  response: Guides,
});

export const guideFeedback = guideRoute({
  method: 'POST',
  path: '/help/guides/:guideId/feedback',
  summary: 'Answer "Did this help?" for a guide (answering again changes the answer)',
  body: GuideFeedback,
  response: Guide,
  invalidates: ['guides'],
});

export const listHelpRequests = requestRoute({
  method: 'GET',
  path: '/me/help/requests',
  summary: "The member's requests and the shared categories' ones, latest activity first",
  response: HelpRequests,
});

export const getHelpRequest = requestRoute({
  method: 'GET',
  path: '/me/help/requests/:requestId',
  summary: 'One request with its thread',
  response: HelpRequest,
});

export const openHelpRequest = requestRoute({
  method: 'POST',
  path: '/me/help/requests',
  summary: 'Open a request: a category, a subject, a Markdown description and photos',
  body: HelpRequestInput,
  response: HelpRequest,
  status: 201,
  invalidates: ['helpRequests'],
  limits: REQUEST_LIMITS,
  idempotent: true,
  errors: ['unknown_help_category', 'unknown_attachment'],
});

export const replyToHelpRequest = requestRoute({
  method: 'POST',
  path: '/me/help/requests/:requestId/replies',
  summary: 'Reply in an open or answered request (it goes back to the space)',
  body: HelpReply,
  response: HelpRequest,
  invalidates: ['helpRequests'],
  limits: REQUEST_LIMITS,
  errors: ['request_not_open', 'unknown_attachment'],
});

export const resolveHelpRequest = requestRoute({
  method: 'POST',
  path: '/me/help/requests/:requestId/resolve',
  summary: 'The member says the request is solved',
  response: HelpRequest,
  invalidates: ['helpRequests'],
  errors: ['request_not_open'],
});

export const reopenHelpRequest = requestRoute({
  method: 'POST',
  path: '/me/help/requests/:requestId/reopen',
  summary: 'Reopen a resolved request, within 7 days of its resolution',
  response: HelpRequest,
  invalidates: ['helpRequests'],
  errors: ['request_not_resolved', 'reopen_window_passed'],
});

export const uploadAttachment = requestRoute({
  method: 'POST',
  path: '/me/help/attachments',
  summary: 'Upload a photo (PNG, JPEG or WebP, found from its bytes; at most 512 KB)',
  body: AttachmentUpload,
  response: Attachment,
  status: 201,
  limits: REQUEST_LIMITS,
  errors: ['unsupported_media_type', 'payload_too_large'],
});

export const getAttachment = requestRoute({
  method: 'GET',
  path: '/me/help/attachments/:attachmentId',
  summary: 'A photo the member uploaded, with its bytes (only its owner gets it)',
  response: AttachmentData,
});

/** The space answers a request (dev route): the member is notified and updated live. */
export const devAnswerHelpRequest = requestRoute({
  access: 'dev',
  method: 'POST',
  path: '/__dev/help/requests/:requestId/answer',
  summary: 'Answer a request as the space (it then waits for the member, unless a status is given)',
  body: HelpAnswer,
  response: HelpRequest,
  errors: ['request_not_open', 'invalid_status_change'],
});

/** The space moves a request (dev route): open ⇄ waiting → resolved → closed. */
export const devSetHelpRequestStatus = requestRoute({
  access: 'dev',
  method: 'POST',
  path: '/__dev/help/requests/:requestId/status',
  summary: 'Change a request’s status as the space; a closed request stays closed',
  body: HelpStatusChange,
  response: HelpRequest,
  errors: ['invalid_status_change'],
});
