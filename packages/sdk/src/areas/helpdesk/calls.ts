import type {PorticoCore} from '../../core/PorticoCore.js';
import {call, bodyCall, idBodyCall, idCall, queryCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import type {QueryOf} from '../../types/request.js';
import * as endpoints from './endpoints.js';

/** The space's guides, found by words (`q`) and category. */
export const listGuides = queryCall(endpoints.listGuides);

/** "Did this help?" for a guide. */
export const guideFeedback = idBodyCall(endpoints.guideFeedback, 'guideId');

export const listHelpRequests = call(endpoints.listHelpRequests);

export const getHelpRequest = idCall(endpoints.getHelpRequest, 'requestId');

export const openHelpRequest = bodyCall(endpoints.openHelpRequest);

export const replyToHelpRequest = idBodyCall(endpoints.replyToHelpRequest, 'requestId');

export const resolveHelpRequest = idCall(endpoints.resolveHelpRequest, 'requestId');

export const reopenHelpRequest = idCall(endpoints.reopenHelpRequest, 'requestId');

/** Uploads a photo (its bytes as base64); refused with 415 or 413 problems. */
export const uploadAttachment = bodyCall(endpoints.uploadAttachment);

export const getAttachment = idCall(endpoints.getAttachment, 'attachmentId');

export const guidesQuery = (client: PorticoCore, params: QueryOf<'listGuides'> = {}) =>
  query(['guides', {...params}], (signal) => listGuides(client, params, {signal}));

export const helpRequestsQuery = (client: PorticoCore) =>
  query(['helpRequests'], (signal) => listHelpRequests(client, {signal}));

/** `client.helpdesk`: guides, requests and their threads, photos. */
export const calls = {
  listGuides,
  guideFeedback,
  listRequests: listHelpRequests,
  getRequest: getHelpRequest,
  openRequest: openHelpRequest,
  reply: replyToHelpRequest,
  resolve: resolveHelpRequest,
  reopen: reopenHelpRequest,
  upload: uploadAttachment,
  getAttachment,
};
