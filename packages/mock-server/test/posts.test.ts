import assert from 'node:assert/strict';
import {test} from 'node:test';
import {assertProblem, setupSignedIn} from './helpers/mock-api.js';

test('posts: pinned first (newest pinned first), then newest; scheduled ones wait; read state and unread count', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const {body} = await t.call('GET', '/posts', {token});
  assert.deepEqual(
    body.items.map((p: {id: string; pinned: boolean; read: boolean}) => [p.id, p.pinned, p.read]),
    [
      ['post-booth-rules', true, false],
      ['post-holidays', true, true],
      ['post-welcome-december', false, false],
      ['post-coffee', false, true],
      ['post-quiet-tips', false, false],
    ],
  );
  assert.equal(body.unread, 3);
  assert.deepEqual(
    body.categories.map((c: {name: string}) => c.name),
    ['Announcements', 'Articles', 'House news'],
  );
  assertProblem(await t.call('GET', '/posts/post-scheduled', {token}), 404, 'not_found');
  const articles = await t.call('GET', '/posts?category=articles', {token});
  assert.deepEqual(
    articles.body.items.map((p: {id: string}) => p.id),
    ['post-coffee', 'post-quiet-tips'],
  );
  assert.equal(articles.body.unread, 3, 'the unread count covers every category');
  assert.equal((await t.call('POST', '/posts/post-quiet-tips/read', {token})).status, 204);
  assert.equal((await t.call('POST', '/posts/post-quiet-tips/read', {token})).status, 204);
  assert.equal((await t.call('GET', '/posts', {token})).body.unread, 2);
});

test('a post with its Markdown body and replies; the hidden reply counts only for its author', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const coffee = (await t.call('GET', '/posts/post-coffee', {token})).body;
  assert.match(coffee.body, /^## A visit to the roastery/);
  assert.deepEqual(
    coffee.replies.map((r: {author: {name: string}}) => r.author.name),
    ['Farid Haddad', 'Grace Hopper'],
  );
  assert.equal(coffee.replyCount, 2);
  const dan = await t.login('dan@example.com');
  const his = (await t.call('GET', '/posts/post-coffee', {token: dan})).body;
  assert.equal(his.replyCount, 3);
  assert.deepEqual(
    his.replies.filter((r: {hidden: boolean}) => r.hidden).map((r: {mine: boolean}) => r.mine),
    [true],
  );
});

test('replying, deleting one own reply, and a closed post or space refusing replies', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const reply = await t.call('POST', '/posts/post-coffee/replies', {
    token,
    body: {body: '  More body in winter, yes.  '},
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  assert.equal(reply.body.body, 'More body in winter, yes.');
  assert.equal(reply.body.mine, true);
  const ben = await t.login('ben@example.com');
  const path = `/posts/post-coffee/replies/${reply.body.id}`;
  assertProblem(await t.call('DELETE', path, {token: ben}), 404, 'not_found');
  assert.equal((await t.call('DELETE', path, {token})).status, 204);
  assertProblem(
    await t.call('POST', '/posts/post-booth-rules/replies', {token, body: {body: 'Hi'}}),
    403,
    'replies_closed',
  );
  const hank = await t.signInAs('hank@example.com', 'harbour');
  const closed = await hank('POST', '/posts/hb-post-moorings/replies', {body: {body: 'Hi'}});
  assertProblem(closed, 403, 'replies_closed');
});

test('a space that turns posts off answers 404 on its routes', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  t.features({posts: false});
  assertProblem(await t.call('GET', '/posts', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/posts/post-coffee', {token}), 404, 'not_found');
  assert.equal((await t.call('GET', '/directory', {token})).status, 200);
});
