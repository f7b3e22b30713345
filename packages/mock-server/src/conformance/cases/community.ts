import type {DirectoryMember, DirectoryPage} from '@portico/sdk/contract';
import type {CaseContext} from '../context.js';
import {defineCases} from '../define-cases.js';
import {expectProblem, expectStatus, ok} from '../expect.js';

const ADA = 'ada@example.com';
const BEN = 'ben@example.com';
const HUGO = 'hugo@example.com';

/** The whole directory as `token` sees it, and its JSON exactly as the server sent it. */
async function directory(context: CaseContext, token: string, query: Record<string, string> = {}) {
  const reply = await context.api.call('listDirectory', {token, query: {limit: '100', ...query}});
  expectStatus(reply, 200, 'GET /directory');
  return {page: reply.body as DirectoryPage, json: JSON.stringify(reply.json)};
}

const names = (items: readonly DirectoryMember[]) => items.map((m) => m.name);

/** Ada's first post that takes replies, and her token. */
async function openPost(context: CaseContext) {
  const {token} = await context.login(ADA);
  const posts = await context.api.call('listPosts', {token, query: {limit: '100'}});
  expectStatus(posts, 200, 'GET /posts');
  const post = posts.body.items.find((p) => p.repliesAllowed);
  ok(post, 'the seeded space has a post that takes replies');
  return {token, post};
}

export const communityCases = defineCases('community', {
  async 'a member is not in the directory until they opt in, and leaves when they opt out'(
    context,
  ) {
    const {token: ben} = await context.login(BEN);
    const {token: hugo, member} = await context.login(HUGO);
    const mine = await context.api.call('getDirectoryEntry', {token: hugo});
    expectStatus(mine, 200, 'GET /me/directory');
    ok(mine.body.visibility === 'hidden', `a new listing is ${mine.body.visibility}, not hidden`);
    const before = await directory(context, ben);
    ok(!before.json.includes(member.id), 'a member who never opted in is absent from the JSON');
    await context.expectNotFound(ben, [
      [
        'getDirectoryMember',
        {params: {memberId: member.id}},
        'GET /directory/{id} of a hidden member',
      ],
    ]);
    const optIn = await context.send('updateDirectoryEntry', {
      token: hugo,
      body: {visibility: 'members', role: 'Illustrator', skills: ['Drawing']},
    });
    expectStatus(optIn, 200, 'PATCH /me/directory visibility members');
    const listed = await directory(context, ben, {skill: 'drawing'});
    ok(
      names(listed.page.items).join() === member.name,
      `filtering by Hugo's skill lists ${names(listed.page.items).join()}`,
    );
    await context.send('updateDirectoryEntry', {token: hugo, body: {visibility: 'hidden'}});
    const after = await directory(context, ben);
    ok(!after.json.includes(member.id), 'opting out removes the member from the JSON at once');
  },

  async 'hidden fields and addresses never leave the server, and search cannot find them'(context) {
    const {token: ada} = await context.login(ADA);
    const {token: ben, member} = await context.login(BEN);
    const hidden = await context.send('updateDirectoryEntry', {
      token: ben,
      body: {visibility: 'members', fields: {company: false, links: false}},
    });
    expectStatus(hidden, 200, 'PATCH /me/directory fields');
    const {page, json} = await directory(context, ada);
    ok(
      page.items.some((m) => m.id === member.id),
      'Ben is listed',
    );
    const listed = page.items.find((m) => m.id === member.id);
    ok(listed && !('company' in listed) && !('links' in listed), 'hidden keys are absent');
    ok(!json.includes('@example.com'), 'no email address is in the directory JSON');
    const one = await context.api.call('getDirectoryMember', {
      token: ada,
      params: {memberId: member.id},
    });
    expectStatus(one, 200, 'GET /directory/{id}');
    const oneJson = JSON.stringify(one.json);
    ok(!oneJson.includes('okafor-design'), `a hidden link left the server: ${oneJson}`);
    ok(!oneJson.includes(member.email), 'the email left the server');
    const searches: Record<string, string>[] = [{q: 'okafor-design'}, {company: 'Okafor Design'}];
    for (const query of searches) {
      const found = await directory(context, ada, query);
      ok(
        !found.page.items.some((m) => m.id === member.id),
        `${JSON.stringify(query)} found Ben by a field he hides`,
      );
    }
  },

  async 'an email shows only to a member who asks, where its owner chose so; anything else is 404'(
    context,
  ) {
    const {token: ben} = await context.login(BEN);
    const {token: hugo, member} = await context.login(HUGO);
    const reveal = (memberId: string, token = ben) =>
      context.send('revealMemberEmail', {token, params: {memberId}});
    const choose = async (body: {visibility?: 'hidden' | 'members'; revealsEmail?: boolean}) =>
      expectStatus(
        await context.send('updateDirectoryEntry', {token: hugo, body}),
        200,
        'PATCH /me/directory',
      );
    await choose({visibility: 'members', revealsEmail: false});
    expectProblem(await reveal(member.id), 'not_found', 'an email its owner keeps to themselves');
    await choose({visibility: 'hidden', revealsEmail: true});
    expectProblem(await reveal(member.id), 'not_found', 'the email of a member who is not listed');
    await choose({visibility: 'members'});
    const shown = await reveal(member.id);
    expectStatus(shown, 200, 'POST /directory/{id}/email');
    ok(shown.body.email === member.email, `the email shown is ${shown.body.email}`);
    const {page, json} = await directory(context, ben);
    ok(page.items.find((m) => m.id === member.id)?.revealsEmail === true, 'not offered to ask');
    ok(!json.includes(member.email), 'the email is in the directory JSON');
    expectProblem(await reveal(member.id, hugo), 'not_found', 'asking for one’s own email');
    expectProblem(await reveal('mem_hb_hank'), 'not_found', "another space's member's email");
    await choose({visibility: 'hidden', revealsEmail: false});
  },

  async 'visitors without a token see only members who chose to be listed to everyone'(context) {
    const reply = await context.api.call('listPublicDirectory', {query: {limit: '100'}});
    expectStatus(reply, 200, 'GET /public-directory');
    const {token: ada} = await context.login(ADA);
    const members = await directory(context, ada);
    const publicIds = new Set(reply.body.items.map((m) => m.id));
    ok(publicIds.size > 0, 'the demo space lists some members publicly');
    ok(publicIds.size < members.page.items.length, 'members-only listings stay off the public one');
    ok(
      reply.body.items.every((m) => !m.acceptsMessages && !m.revealsEmail),
      'visitors are never offered to write to a member or to see an email',
    );
    const other = await context.otherSpace().call('listPublicDirectory');
    expectProblem(other, 'not_found', 'GET /public-directory of a space without one');
  },

  async 'a space without an open listing refuses it'(context) {
    const other = context.otherSpace();
    const {token} = await context.login(ADA, other);
    expectProblem(
      await other.call('updateDirectoryEntry', {
        token,
        idempotencyKey: context.key(),
        body: {visibility: 'public'},
      }),
      'public_listing_unavailable',
      'PATCH /me/directory public without a public listing',
    );
  },

  async "another space's members and posts answer 404"(context) {
    const {token} = await context.login(ADA);
    const {json} = await directory(context, token);
    ok(!json.includes('mem_hb_'), "the directory lists another space's members");
    await context.expectNotFound(token, [
      [
        'getDirectoryMember',
        {params: {memberId: 'mem_hb_hank'}},
        "GET /directory/{id} of another space's member",
      ],
      [
        'getPost',
        {params: {postId: 'hb-post-moorings'}},
        "GET /posts/{id} of another space's post",
      ],
    ]);
  },

  async 'a message reaches a listed member by mail without showing either address on the page'(
    context,
  ) {
    const {token: ada} = await context.login(ADA);
    const {page} = await directory(context, ada);
    const target = page.items.find((m) => m.acceptsMessages && !m.name.startsWith('Ada'));
    ok(target, 'someone in the directory takes messages');
    const sent = await context.send('messageMember', {
      token: ada,
      params: {memberId: target.id},
      body: {body: 'Coffee on Thursday?'},
    });
    expectStatus(sent, 201, 'POST /directory/{id}/messages');
    ok(!JSON.stringify(sent.json).includes('@'), 'the answer holds no address');
    const closed = page.items.find((m) => !m.acceptsMessages);
    ok(closed, 'someone in the directory takes no messages');
    expectProblem(
      await context.send('messageMember', {
        token: ada,
        params: {memberId: closed.id},
        body: {body: 'Hello'},
      }),
      'messages_closed',
      'a message to a member who takes none',
    );
  },

  async 'read state is per member, and a hidden reply reaches only its author'(context) {
    const {token: ada, post} = await openPost(context);
    const {token: ben} = await context.login(BEN);
    expectStatus(
      await context.send('markPostRead', {token: ada, params: {postId: post.id}}),
      204,
      'POST /posts/{id}/read',
    );
    const adaPost = await context.api.call('getPost', {token: ada, params: {postId: post.id}});
    const benPost = await context.api.call('getPost', {token: ben, params: {postId: post.id}});
    ok(adaPost.body.read, 'the post reads as read for Ada');
    ok(!benPost.body.read, "Ada's read state leaked to Ben");
    const text = 'A reply the space will hide';
    const reply = await context.send('replyToPost', {
      token: ben,
      params: {postId: post.id},
      body: {body: text},
    });
    expectStatus(reply, 201, 'POST /posts/{id}/replies');
    expectStatus(
      await context.api.call('devHideReply', {params: {postId: post.id, replyId: reply.body.id}}),
      204,
      'POST /__dev/posts/{id}/replies/{id}/hide',
    );
    const seenByAda = await context.api.call('getPost', {token: ada, params: {postId: post.id}});
    ok(!JSON.stringify(seenByAda.json).includes(text), 'a hidden reply left the server');
    const seenByBen = await context.api.call('getPost', {token: ben, params: {postId: post.id}});
    ok(
      seenByBen.body.replies.some((r) => r.id === reply.body.id && r.hidden && r.mine),
      'its author still sees the hidden reply, marked hidden',
    );
    await context.expectNotFound(ada, [
      [
        'deleteReply',
        {params: {postId: post.id, replyId: reply.body.id}},
        "DELETE someone else's reply",
      ],
    ]);
  },

  async 'a post that takes no replies refuses one'(context) {
    const {token} = await context.login(ADA);
    const posts = await context.api.call('listPosts', {token});
    const closed = posts.body.items.find((p) => !p.repliesAllowed);
    ok(closed, 'the seeded space has a post without replies');
    expectProblem(
      await context.send('replyToPost', {token, params: {postId: closed.id}, body: {body: 'Hi'}}),
      'replies_closed',
      'POST /posts/{id}/replies on a closed post',
    );
  },
});
