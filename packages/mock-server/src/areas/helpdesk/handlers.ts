import {defineHandlers} from '../shared/context.js';
import {attachmentData, uploadAttachment} from './attachments.js';
import {guideFeedback, guidesOf} from './guides.js';
import {
  answerHelpRequest,
  helpRequestsOf,
  openHelpRequest,
  readableRequest,
  reopenHelpRequest,
  replyToHelpRequest,
  resolveHelpRequest,
  setHelpRequestStatus,
  toHelpRequest,
} from './requests.js';

export const helpdeskHandlers = defineHandlers({
  listGuides: ({db, space, member, query}) => guidesOf(db, space, member, query),

  guideFeedback: ({space, member, params, body, transaction}) =>
    transaction((tx) => guideFeedback(tx, space, member, params.guideId, body.helpful)),

  listHelpRequests: ({db, space, member}) => helpRequestsOf(db, space, member),

  getHelpRequest: ({db, member, params}) =>
    toHelpRequest(db, readableRequest(db, member, params.requestId), member),

  openHelpRequest: ({space, member, body, now, transaction}) =>
    transaction((tx) => openHelpRequest(tx, space, member, body, now)),

  replyToHelpRequest: ({space, member, params, body, now, transaction}) =>
    transaction((tx) => replyToHelpRequest(tx, space, member, params.requestId, body, now)),

  resolveHelpRequest: ({space, member, params, now, transaction}) =>
    transaction((tx) => resolveHelpRequest(tx, space, member, params.requestId, now)),

  reopenHelpRequest: ({space, member, params, now, transaction}) =>
    transaction((tx) => reopenHelpRequest(tx, space, member, params.requestId, now)),

  uploadAttachment: ({space, member, body, now, transaction}) =>
    transaction((tx) => uploadAttachment(tx, space, member, body, now)),

  getAttachment: ({db, member, params}) => attachmentData(db, member, params.attachmentId),

  devAnswerHelpRequest: ({space, params, body, now, transaction}) =>
    transaction((tx) => answerHelpRequest(tx, space, params.requestId, body, now)),

  devSetHelpRequestStatus: ({space, params, body, now, transaction}) =>
    transaction((tx) => setHelpRequestStatus(tx, space, params.requestId, body.status, now)),
});
