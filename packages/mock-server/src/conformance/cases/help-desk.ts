import type {CaseContext} from '../context.js';
import {defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

const ADA = 'ada@example.com';
const DAY_MS = 86_400_000;
const BEN = 'ben@example.com';
/** A 1×1 PNG. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Ada opens a request in a private (or a shared) category, with a photo she uploads. */
async function adaRequest(context: CaseContext, token: string, shared = false) {
  const photo = await context.api.call('uploadAttachment', {
    token,
    body: {fileName: 'desk.png', contentType: 'image/png', data: PNG},
  });
  expectStatus(photo, 201, 'POST /me/help/attachments (a PNG)');
  const list = await context.api.call('listHelpRequests', {token});
  expectStatus(list, 200, 'GET /me/help/requests');
  const category = list.body.categories.find((c) => c.shared === shared);
  ok(category !== undefined, `the space has no ${shared ? 'shared' : 'private'} request category`);
  const opened = await context.send('openHelpRequest', {
    token,
    body: {
      categoryId: category!.id,
      subject: 'Conformance request',
      description: 'Private to **Ada**.',
      attachmentIds: [photo.body.id],
    },
  });
  expectStatus(opened, 201, 'POST /me/help/requests');
  return {request: opened.body, photoId: photo.body.id};
}

export const helpDeskCases = defineCases('help desk', {
  async "another member's request and its photo answer 404"(context) {
    const ada = await context.login(ADA);
    const ben = await context.login(BEN);
    const {request, photoId} = await adaRequest(context, ada.token);
    const params = {requestId: request.id};
    await context.expectNotFound(ben.token, [
      ['getHelpRequest', {params}, "ben reads ada's private request"],
      ['replyToHelpRequest', {params, body: {body: 'Hi'}}, "ben replies to ada's request"],
      ['getAttachment', {params: {attachmentId: photoId}}, "ben fetches ada's photo"],
    ]);
    const list = await context.api.call('listHelpRequests', {token: ben.token});
    ok(!list.body.items.some((r) => r.id === request.id), "ada's request is in ben's list");
    const own = await context.api.call('getAttachment', {
      token: ada.token,
      params: {attachmentId: photoId},
    });
    expectStatus(own, 200, 'GET /me/help/attachments/:id by its owner');
  },

  async 'a request goes open → waiting → resolved → open; closed refuses every move'(context) {
    const {token} = await context.login(ADA);
    const {request} = await adaRequest(context, token);
    const params = {requestId: request.id};
    const answered = await context.api.call('devAnswerHelpRequest', {
      params,
      body: {body: 'Answered by the space.'},
    });
    expectStatus(answered, 200, 'POST /__dev/help/requests/:id/answer');
    ok(answered.body.status === 'waiting', `an answered request is ${answered.body.status}`);
    const resolved = await context.api.call('resolveHelpRequest', {token, params});
    expectStatus(resolved, 200, 'POST /me/help/requests/:id/resolve');
    expectProblem(
      await context.api.call('resolveHelpRequest', {token, params}),
      'request_not_open',
      'resolving a resolved request',
    );
    const reopened = await context.api.call('reopenHelpRequest', {token, params});
    expectStatus(reopened, 200, 'POST /me/help/requests/:id/reopen (within the window)');
    ok(reopened.body.status === 'open', `a reopened request is ${reopened.body.status}`);
    const closed = await context.api.call('devSetHelpRequestStatus', {
      params,
      body: {status: 'closed'},
    });
    expectStatus(closed, 200, 'POST /__dev/help/requests/:id/status closed');
    expectProblem(
      await context.api.call('devSetHelpRequestStatus', {params, body: {status: 'open'}}),
      'invalid_status_change',
      'reopening a closed request',
    );
    expectProblem(
      await context.api.call('reopenHelpRequest', {token, params}),
      'request_not_resolved',
      'the member reopening a closed request',
    );
  },

  async "a shared category's request shows to every member, naming no one; only its author acts"(
    context,
  ) {
    const ada = await context.login(ADA);
    const ben = await context.login(BEN);
    const {request} = await adaRequest(context, ada.token, true);
    const params = {requestId: request.id};
    const list = await context.api.call('listHelpRequests', {token: ben.token});
    expectStatus(list, 200, 'GET /me/help/requests as ben');
    const seen = list.body.items.find((r) => r.id === request.id);
    ok(seen !== undefined, "ada's request in a shared category is missing from ben's list");
    const read = await context.api.call('getHelpRequest', {token: ben.token, params});
    expectStatus(read, 200, "GET ada's shared request as ben");
    for (const shown of [seen!, read.body]) {
      ok(!shown.mine, "ada's shared request is marked ben's own");
      ok(
        !shown.messages.some((m) => m.author === 'member' && m.authorName === ada.member.name),
        "ada's shared request names her to ben",
      );
      ok(
        shown.messages.every((m) => m.attachments.length === 0),
        "ada's photos show in ben's copy of her shared request",
      );
    }
    await context.expectNotFound(ben.token, [
      ['replyToHelpRequest', {params, body: {body: 'Hi'}}, "ben replies to ada's shared request"],
      ['resolveHelpRequest', {params}, "ben resolves ada's shared request"],
    ]);
  },

  async 'a resolved request reopens for 7 days, then answers 422 reopen_window_passed'(context) {
    const {token} = await context.login(ADA);
    const {request} = await adaRequest(context, token);
    const params = {requestId: request.id};
    const resolved = await context.api.call('resolveHelpRequest', {token, params});
    expectStatus(resolved, 200, 'POST /me/help/requests/:id/resolve');
    const until = resolved.body.reopenUntil;
    ok(until !== null, 'a resolved request says until when it reopens');
    ok(
      Date.parse(until!) - context.now >= 7 * DAY_MS - 60_000,
      `a request resolved at ${new Date(context.now).toISOString()} reopens only until ${until}`,
    );
    await context.setClock(Date.parse(until!) + 60_000);
    expectProblem(
      await context.api.call('reopenHelpRequest', {token, params}),
      'reopen_window_passed',
      'reopening a minute after the window',
    );
  },

  async 'photos must be PNG, JPEG or WebP by their bytes (415) and small enough (413)'(context) {
    const {token} = await context.login(ADA);
    const upload = (contentType: string, data: string) =>
      context.api.call('uploadAttachment', {token, body: {fileName: 'x.png', contentType, data}});
    expectProblem(
      await upload('image/png', btoa('<script>alert(1)</script>')),
      'unsupported_media_type',
      'a script named x.png',
    );
    const jpegHead = String.fromCharCode(0xff, 0xd8, 0xff);
    const tooBig = btoa(jpegHead + '\0'.repeat(512 * 1024));
    expectProblem(await upload('image/jpeg', tooBig), 'payload_too_large', 'a photo over 512 KB');
  },
});
