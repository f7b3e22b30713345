import assert from 'node:assert/strict';
import {test} from 'node:test';
import {adaHears, noticeTitles} from './helpers/hub.js';
import {type Api, DAY, assertProblem, setupSignedIn} from './helpers/mock-api.js';

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const base64 = (bytes: number[] | string) => Buffer.from(bytes as never).toString('base64');
/** The space answers a request (its dev route). */
const spaceAnswers = (t: Api, id: string, body: string) =>
  t.call('POST', `/__dev/help/requests/${id}/answer`, {body: {body}});

test("Ada's requests: hers and the shared lift one (naming no one), never Ben's private one", async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const {body} = await t.call('GET', '/me/help/requests', {token});
  assert.deepEqual(
    body.items.map((r: {number: number; status: string; mine: boolean}) => [
      r.number,
      r.status,
      r.mine,
    ]),
    [
      [1004, 'open', false],
      [1001, 'waiting', true],
      [1002, 'resolved', true],
      [998, 'closed', true],
    ],
  );
  assert.equal(body.items[0].messages[0].authorName, 'A member');
  assert.ok(body.items[2].reopenUntil, 'a resolved request says until when it reopens');
  assert.deepEqual(
    body.categories.map((c: {name: string}) => c.name),
    ['Wi-Fi and network', 'Printing', 'Building and access', 'Something else'],
  );
  assertProblem(await t.call('GET', '/me/help/requests/req_s4', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/me/help/attachments/att_s1', {token}), 404, 'not_found');
});

test('a request with a photo: open, answered by the space live, replied, resolved, reopened', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const heard = adaHears(t);
  const photo = await t.call('POST', '/me/help/attachments', {
    token,
    body: {fileName: 'desk.png', contentType: 'image/png', data: PNG},
  });
  assert.equal(photo.status, 201);
  assert.deepEqual([photo.body.contentType, photo.body.size], ['image/png', 70]);
  const opened = await t.call('POST', '/me/help/requests', {
    token,
    key: 'r1',
    body: {
      categoryId: 'help-wifi',
      subject: 'No Wi-Fi at desk 12',
      description: 'Nothing since *this morning*.',
      attachmentIds: [photo.body.id],
    },
  });
  assert.equal(opened.status, 201);
  assert.equal(opened.body.number, 1005);
  assert.equal(opened.body.messages[0].attachments[0].fileName, 'desk.png');
  const id = opened.body.id;
  const own = await t.call('GET', `/me/help/attachments/${photo.body.id}`, {token});
  assert.equal(own.body.data, PNG);
  const answered = await spaceAnswers(t, id, 'We restarted the access point. Better?');
  assert.equal(answered.body.status, 'waiting');
  assert.ok(heard.some((e) => e.type === 'request.changed' && e.data.status === 'waiting'));
  assert.ok(noticeTitles(heard).includes('La Canopée Coworking answered your request #1005'));
  const replied = await t.call('POST', `/me/help/requests/${id}/replies`, {
    token,
    body: {body: 'Yes, thanks!'},
  });
  assert.equal(replied.body.status, 'open');
  assert.equal(replied.body.messages.length, 3);
  const resolved = await t.call('POST', `/me/help/requests/${id}/resolve`, {token});
  assert.equal(resolved.body.status, 'resolved');
  assertProblem(
    await t.call('POST', `/me/help/requests/${id}/replies`, {token, body: {body: 'again'}}),
    409,
    'request_not_open',
  );
  const reopened = await t.call('POST', `/me/help/requests/${id}/reopen`, {token});
  assert.equal(reopened.body.status, 'open');
  assertProblem(
    await t.call('POST', `/me/help/requests/${id}/reopen`, {token}),
    409,
    'request_not_resolved',
  );
});

test('a resolved request reopens within 7 days, not after', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  t.advance(7 * DAY);
  assertProblem(
    await t.call('POST', '/me/help/requests/req_s2/reopen', {token}),
    422,
    'reopen_window_passed',
  );
});

test('the space moves requests along allowed transitions only; closed stays closed', async () => {
  const {t} = await setupSignedIn('ada@example.com');
  const to = (id: string, status: string) =>
    t.call('POST', `/__dev/help/requests/${id}/status`, {body: {status}});
  assert.equal((await to('req_s1', 'resolved')).body.status, 'resolved');
  assert.equal((await to('req_s1', 'closed')).body.status, 'closed');
  assertProblem(await to('req_s1', 'open'), 409, 'invalid_status_change');
  assertProblem(await spaceAnswers(t, 'req_s1', 'Hello?'), 409, 'request_not_open');
});

test('photos: PNG, JPEG and WebP found from their bytes; anything else 415, too big 413', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const upload = (contentType: string, data: string) =>
    t.call('POST', '/me/help/attachments', {token, body: {fileName: 'x', contentType, data}});
  const jpeg = base64([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
  const webp = base64([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]);
  assert.equal((await upload('image/jpeg', jpeg)).body.contentType, 'image/jpeg');
  assert.equal((await upload('image/webp', webp)).body.contentType, 'image/webp');
  // A script or a PDF renamed to .png: its bytes say otherwise.
  assertProblem(
    await upload('image/png', base64('<svg onload=alert(1)>')),
    415,
    'unsupported_media_type',
  );
  assertProblem(await upload('image/png', base64('%PDF-1.7')), 415, 'unsupported_media_type');
  // A real JPEG declared as PNG is refused too: the header must agree with the bytes.
  assertProblem(await upload('image/png', jpeg), 415, 'unsupported_media_type');
  const big = Buffer.alloc(512 * 1024 + 1, 0);
  big.set([0xff, 0xd8, 0xff]);
  assertProblem(await upload('image/jpeg', big.toString('base64')), 413, 'payload_too_large');
  assertProblem(
    await t.call('POST', '/me/help/requests', {
      token,
      key: 'r2',
      body: {categoryId: 'help-wifi', subject: 's', description: 'd', attachmentIds: ['att_s1']},
    }),
    422,
    'unknown_attachment',
  );
});

test('guides: search by words (any case, any accent), by category, and "Did this help?"', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const find = async (query: string) =>
    (await t.call('GET', `/help/guides${query}`, {token})).body.items.map(
      (g: {id: string}) => g.id,
    );
  assert.deepEqual(await find(''), [
    'guide-wifi',
    'guide-printing',
    'guide-access',
    'guide-first-day',
  ]);
  assert.deepEqual(await find('?q=WIFI%20guest'), ['guide-wifi']);
  assert.deepEqual(await find('?q=printer%20jams'), ['guide-printing']);
  assert.deepEqual(await find('?category=guides-access'), ['guide-access']);
  const voted = await t.call('POST', '/help/guides/guide-wifi/feedback', {
    token,
    body: {helpful: false},
  });
  assert.equal(voted.body.helpful, false);
  const again = await t.call('POST', '/help/guides/guide-wifi/feedback', {
    token,
    body: {helpful: true},
  });
  assert.equal(again.body.helpful, true);
});

test('a space that turns the help desk off answers 404 for its routes', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  t.features({helpdesk: false});
  assertProblem(await t.call('GET', '/me/help/requests', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/help/guides', {token}), 404, 'not_found');
});

test('a space that keeps the guides but turns the requests off answers 404 for the requests', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  t.features({helpdeskRequests: false});
  assert.equal((await t.call('GET', '/help/guides', {token})).status, 200);
  assertProblem(await t.call('GET', '/me/help/requests', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/me/help/requests/req_s1', {token}), 404, 'not_found');
  const body = {fileName: 'desk.png', contentType: 'image/png', data: PNG};
  assertProblem(await t.call('POST', '/me/help/attachments', {token, body}), 404, 'not_found');
  assertProblem(await spaceAnswers(t, 'req_s1', 'Hi'), 404, 'not_found');
});

test('turning the help desk off takes its requests with it, whatever their own switch says', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  t.features({helpdesk: false, helpdeskRequests: true});
  assertProblem(await t.call('GET', '/me/help/requests', {token}), 404, 'not_found');
});
