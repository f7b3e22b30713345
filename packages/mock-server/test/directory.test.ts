import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {DirectoryEntryRow, MemberRow} from '../src/state/rows.js';
import {DAY, assertProblem, setupSignedIn} from './helpers/mock-api.js';

const names = (items: {name: string}[]) => items.map((m) => m.name);

test('the demo directory lists the members who opted in, by name, with their skills and companies to filter by', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const {body} = await t.call('GET', '/directory', {token});
  assert.deepEqual(names(body.items), [
    'Ada Lovelace',
    'Ben Okafor',
    'Dan Brooks',
    'Farid Haddad',
    'Grace Hopper',
    'Inès Diallo',
    'Kemi Adeyemi',
  ]);
  assert.deepEqual(body.skills.slice(0, 4), [
    {value: 'Accounting', count: 2},
    {value: 'Algorithms', count: 2},
    {value: 'Branding', count: 2},
    {value: 'Illustration', count: 2},
  ]);
  assert.deepEqual(body.companies[0], {value: 'Okafor Design', count: 2});
  const grace = body.items.find((m: {name: string}) => m.name === 'Grace Hopper');
  assert.equal(grace.company, undefined, 'Grace hides her company');
  assert.equal(grace.role, 'Staff engineer');
});

test('search ignores case and accents and reads only shown fields; filters match a skill or a company', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const search = async (query: string) =>
    names((await t.call('GET', `/directory?${query}`, {token})).body.items);
  assert.deepEqual(await search('q=STRATEGIE'), ['Inès Diallo']);
  assert.deepEqual(
    await search('q=compilers'),
    ['Grace Hopper'],
    'her bio, not her hidden company',
  );
  assert.deepEqual(await search('q=compilers%20inc'), []);
  assert.deepEqual(await search('skill=branding'), ['Ben Okafor', 'Farid Haddad']);
  assert.deepEqual(await search('company=Okafor%20Design'), ['Ben Okafor', 'Kemi Adeyemi']);
  assert.deepEqual(await search('q=sound'), [], "Lucas's hidden listing is never searched");
  const first = await t.call('GET', '/directory?limit=3', {token});
  const next = await t.call('GET', `/directory?limit=3&cursor=${first.body.nextCursor}`, {token});
  assert.deepEqual(names(next.body.items), ['Farid Haddad', 'Grace Hopper', 'Inès Diallo']);
});

test('the own listing: defaults, a patch, duplicate skills once, and public only where the space offers it', async () => {
  const {t, token} = await setupSignedIn('hugo@example.com');
  const before = await t.call('GET', '/me/directory', {token});
  assert.equal(before.body.visibility, 'hidden');
  assert.equal(before.body.publicListing, true);
  assert.equal(before.body.updatedAt, null);
  const patched = await t.call('PATCH', '/me/directory', {
    token,
    body: {visibility: 'public', skills: ['Audio', 'audio ', 'Mixing'], fields: {bio: false}},
  });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  assert.deepEqual(patched.body.skills, ['Audio', 'Mixing']);
  assert.equal(patched.body.fields.bio, false);
  assert.equal(patched.body.fields.photo, true, 'switches not named stay as they were');
  const visitors = await t.call('GET', '/public-directory');
  assert.ok(names(visitors.body.items).includes('Hugo Lefèvre'));
  const hank = await t.signInAs('hank@example.com', 'harbour');
  const refused = await hank('PATCH', '/me/directory', {body: {visibility: 'public'}});
  assertProblem(refused, 422, 'public_listing_unavailable');
});

test('a message goes by mail to the member with the sender to reply to, at most 10 a day', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const send = () =>
    t.call('POST', '/directory/mem_ben/messages', {token, body: {body: 'Coffee on Thursday?'}});
  const sent = await send();
  assert.equal(sent.status, 201, JSON.stringify(sent.body));
  const mail = (await t.call('GET', '/__dev/mailbox?email=ben@example.com')).body.messages.at(-1);
  assert.equal(
    mail.subject,
    'Ada Lovelace wrote to you through the La Canopée Coworking directory',
  );
  assert.match(mail.text, /Coffee on Thursday\?[\s\S]*Reply to ada@example\.com/);
  for (let i = 1; i < 10; i++) assert.equal((await send()).status, 201);
  const limited = assertProblem(await send(), 429, 'rate_limited');
  assert.equal(limited.retryAfter, 86_400);
  t.advance(DAY);
  assert.equal((await send()).status, 201, 'a day later, one more');
  assertProblem(
    await t.call('POST', '/directory/mem_lucas/messages', {token, body: {body: 'Hi'}}),
    404,
    'not_found',
  );
});

test("a member's email shows to another member who asks, only where its owner chose so; 404 for anyone else", async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  const reveal = (memberId: string, as = token) =>
    t.call('POST', `/directory/${memberId}/email`, {token: as});
  // Nowhere in a listing, whatever the member chose.
  const listing = JSON.stringify((await t.call('GET', '/directory', {token})).body);
  assert.ok(!/@example\.com/.test(listing), 'an email in the listing');
  const dan = (await t.call('GET', '/directory', {token})).body.items.find(
    (m: {id: string}) => m.id === 'mem_dan',
  );
  assert.equal(dan.revealsEmail, true);
  const shown = await reveal('mem_dan');
  assert.equal(shown.status, 200, JSON.stringify(shown.body));
  assert.deepEqual(shown.body, {email: 'dan@example.com'});
  // Grace does not show hers, Lucas is not listed, Ada is herself, Hank is another space's.
  for (const id of ['mem_grace', 'mem_lucas', 'mem_ada', 'mem_hb_hank', 'mem_nobody']) {
    assertProblem(await reveal(id), 404, 'not_found');
  }
  assertProblem(await reveal('mem_dan', ''), 401, 'unauthorized');
  // Visitors never see the switch on, nor may ask.
  const visitors = (await t.call('GET', '/public-directory')).body.items;
  assert.ok(visitors.length > 0);
  assert.ok(visitors.every((m: {revealsEmail: boolean}) => m.revealsEmail === false));
  // Dan turns it off: the next ask is 404.
  const danToken = await t.login('dan@example.com');
  await t.call('PATCH', '/me/directory', {token: danToken, body: {revealsEmail: false}});
  assertProblem(await reveal('mem_dan'), 404, 'not_found');
});

test('a member may see at most 20 different members’ emails a day; asking again for one is free', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  // Twenty-one members who show their email on request.
  const ids = Array.from({length: 21}, (_, i) => `mem_x${i}`);
  t.api.db.transaction((tx) => {
    const dan = tx.get<MemberRow>('members', 'mem_dan')!;
    const entry = tx.get<DirectoryEntryRow>('directoryEntries', 'mem_dan')!;
    for (const id of ids) {
      tx.put<MemberRow>('members', {...dan, id, email: `${id}@example.com`});
      tx.put<DirectoryEntryRow>('directoryEntries', {...entry, id, memberId: id});
    }
  });
  for (const id of ids.slice(0, 20))
    assert.equal((await t.call('POST', `/directory/${id}/email`, {token})).status, 200);
  assert.equal((await t.call('POST', `/directory/${ids[0]}/email`, {token})).status, 200);
  const limited = assertProblem(
    await t.call('POST', `/directory/${ids[20]}/email`, {token}),
    429,
    'rate_limited',
  );
  assert.equal(limited.retryAfter, 86_400);
  t.advance(DAY);
  assert.equal((await t.call('POST', `/directory/${ids[20]}/email`, {token})).status, 200);
});

test('a space that turns the directory off answers 404 on its routes; posts stay', async () => {
  const {t, token} = await setupSignedIn('ada@example.com');
  t.features({directory: false});
  assertProblem(await t.call('GET', '/directory', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/me/directory', {token}), 404, 'not_found');
  assertProblem(await t.call('GET', '/public-directory'), 404, 'not_found');
  assert.equal((await t.call('GET', '/posts', {token})).status, 200);
});
