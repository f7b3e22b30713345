import type {MemberRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';
import {CommunitySeed} from './community.js';

/**
 * La Canopée's directory and posts. Listed: Ada, Ben (public), Dan, Farid (public), Grace
 * (company hidden), Inès (members, no messages) and Kemi (public). Not listed: Chloé, Eve,
 * Hugo (hidden) and Lucas, who filled in a listing but never opted in.
 */
export function seedDemoCommunity(s: SpaceSeed, options: {activity: boolean}): void {
  const {b} = s;
  const member = (id: string, profile: Partial<MemberRow> = {}) => {
    const found = b.rows<MemberRow>(TABLES.members).find((m) => m.id === id);
    if (!found) throw new Error(`[Portico] Failed to seed the directory: no member ${id}.`);
    return b.replace<MemberRow>(TABLES.members, {...found, ...profile});
  };
  const newcomer = (id: string, name: string, profile: Partial<MemberRow>) =>
    s.member({
      id,
      email: `${id.slice(4)}@example.com`,
      name,
      locale: 'en',
      termsAcceptedVersion: '2024-09',
      createdAt: s.at(-70, '10:00'),
      lastLoginAt: s.at(-3, '09:00'),
      ...profile,
    });
  const c = new CommunitySeed(s, {publicDirectory: true, replies: true});

  const ada = member('mem_ada');
  c.listing(ada, {
    visibility: 'members',
    role: 'Founder & programmer',
    skills: ['Mathematics', 'Algorithms', 'Technical writing'],
    links: [{label: 'Notes on the Engine', url: 'https://example.com/ada/notes'}],
    acceptsMessages: true,
  });
  const ben = member('mem_ben', {
    bio: 'Brand identities and **type** for small food businesses. Ask me about *menus*.',
  });
  c.listing(ben, {
    visibility: 'public',
    role: 'Graphic designer',
    skills: ['Branding', 'Typography', 'Illustration'],
    links: [
      {label: 'Portfolio', url: 'https://example.com/okafor-design'},
      {label: 'Instagram', url: 'https://example.com/@okafordesign'},
    ],
    acceptsMessages: true,
    revealsEmail: true,
  });
  const dan = member('mem_dan', {
    bio: 'Freelance accountant for freelancers. Quarterly VAT without tears.',
  });
  c.listing(dan, {
    visibility: 'members',
    role: 'Accountant',
    skills: ['Accounting', 'VAT', 'Payroll'],
    acceptsMessages: true,
    revealsEmail: true,
  });
  const farid = member('mem_farid', {
    bio: 'Product and UX for climate-tech start-ups.\n\n- user research\n- prototyping',
  });
  c.listing(farid, {
    visibility: 'public',
    role: 'Product designer',
    skills: ['UX research', 'Prototyping', 'Branding'],
    links: [{label: 'haddad.studio', url: 'https://example.com/haddad-studio'}],
    acceptsMessages: true,
  });
  const grace = member('mem_grace', {bio: 'Compilers by day, sourdough by night.'});
  c.listing(grace, {
    visibility: 'members',
    role: 'Staff engineer',
    skills: ['Compilers', 'Algorithms', 'Mentoring'],
    fields: {company: false},
    acceptsMessages: true,
  });
  const ines = member('mem_ines', {
    bio: 'Conseil en stratégie pour les associations et les coopératives.',
  });
  c.listing(ines, {
    visibility: 'members',
    role: 'Consultante',
    skills: ['Stratégie', 'Gouvernance', 'Accounting'],
    acceptsMessages: false,
    // Her channel is her email, shown to a member who asks.
    revealsEmail: true,
  });
  const kemi = newcomer('mem_kemi', 'Kemi Adeyemi', {
    company: 'Okafor Design',
    bio: 'Data visualisation and maps. Currently drawing every bus line in Paris.',
  });
  c.listing(kemi, {
    visibility: 'public',
    role: 'Data designer',
    skills: ['Data visualisation', 'Illustration', 'Python'],
    acceptsMessages: true,
  });
  // Lucas wrote his listing but kept it hidden: nobody else may ever see it.
  const lucas = newcomer('mem_lucas', 'Lucas Moreau', {
    company: 'Moreau Audio',
    bio: 'Sound engineer; podcasts and field recordings.',
  });
  c.listing(lucas, {
    visibility: 'hidden',
    role: 'Sound engineer',
    skills: ['Audio', 'Podcasts'],
    acceptsMessages: true,
    revealsEmail: true,
  });

  c.categories({announcements: 'Announcements', articles: 'Articles', 'house-news': 'House news'});
  c.post(
    {
      id: 'post-booth-rules',
      title: 'Phone booths: 45 minutes, then let someone else in',
      summary: 'Book the booths like a meeting room from Monday, and keep calls under 45 minutes.',
      body: [
        'From Monday the four phone booths are **bookable** in the portal, like the meeting rooms.',
        '',
        '- Calls of up to *45 minutes*; book again if nobody is waiting.',
        '- Leave the booth as you found it (and take your mug).',
        '',
        'Questions? Ask at the bar or read the [house rules](https://example.com/canopee/rules).',
      ].join('\n'),
      categoryId: 'announcements',
      author: {name: 'Sophie, community manager', photoUrl: null},
      pinned: true,
      repliesOpen: false,
    },
    3,
  );
  const holidays = c.post(
    {
      id: 'post-holidays',
      title: 'Opening hours over the holidays',
      summary: 'Closed on 25 December and 1 January; open 9:00–17:00 in between.',
      body: 'We close on **25 December** and **1 January**. In between the space is open from 9:00 to 17:00, and the café from 10:00.\n\nMerry end of year!',
      categoryId: 'announcements',
      author: {name: 'Sophie, community manager', photoUrl: null},
      pinned: true,
    },
    8,
  );
  const welcome = c.post(
    {
      id: 'post-welcome-december',
      title: 'Say hello to this month’s new members',
      summary:
        'Kemi draws maps, Chloé joins the design corner and Eve moved in on the second floor.',
      body: 'Please welcome **Kemi Adeyemi** (data design), **Chloé Martin** and **Eve Nakamura**. Find them in the member directory, or at Thursday’s breakfast.',
      categoryId: 'house-news',
      author: {name: 'Sophie, community manager', photoUrl: null},
    },
    1,
    '08:45',
  );
  const coffee = c.post(
    {
      id: 'post-coffee',
      title: 'How we choose our coffee',
      summary:
        'A morning at the roastery in Belleville, and why the house blend changes in winter.',
      body: [
        '## A visit to the roastery',
        '',
        'Every season we taste five coffees with the roaster and pick the one you will drink all winter.',
        '',
        '1. Washed Ethiopian for the filter',
        '2. A Brazilian blend for the espresso',
        '',
        'Tell us what you think in the replies.',
      ].join('\n'),
      categoryId: 'articles',
      author: {name: 'Marc, café', photoUrl: null},
    },
    12,
  );
  c.post(
    {
      id: 'post-quiet-tips',
      title: 'Five habits for a quieter open space',
      summary: 'Headphones, the library corner and the "green cup" signal: what works for members.',
      body: '1. Take calls in the booths.\n2. Use the library corner for deep work.\n3. A green cup on your desk means *do not disturb*.',
      categoryId: 'articles',
      author: {name: 'Sophie, community manager', photoUrl: null},
    },
    20,
  );
  // Scheduled for tomorrow: no member sees it yet.
  c.post(
    {
      id: 'post-scheduled',
      title: 'Winter party: save the date',
      summary: 'Drinks on the roof terrace, 18 December.',
      body: 'Details soon.',
      categoryId: 'house-news',
      author: {name: 'Sophie, community manager', photoUrl: null},
    },
    -1,
  );
  if (!options.activity) return;
  c.reply(
    welcome,
    ben,
    'Welcome Kemi! Come and see the design corner, we have a spare plant.',
    300,
  );
  c.reply(welcome, kemi, 'Thank you! See you at breakfast.', 240);
  c.reply(coffee, farid, 'The Ethiopian is excellent. Could we have oat milk too?', 60 * 24 * 10);
  c.reply(coffee, dan, 'Buy my accounting course at example.com!!!', 60 * 24 * 9, true);
  c.reply(coffee, grace, 'Winter blend please, with more body.', 60 * 24 * 8);
  c.read(ada, holidays, coffee);
}
