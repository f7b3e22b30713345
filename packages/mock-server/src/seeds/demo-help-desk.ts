import type {
  AttachmentRow,
  GuideCategoryRow,
  GuideRow,
  HelpCategoryRow,
  HelpMessageRow,
  HelpRequestRow,
  MemberRow,
} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';

/** A 1×1 PNG: the photo Ben attached (for isolation: nobody else may fetch it). */
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const HELP_CATEGORIES = [
  {id: 'help-wifi', name: 'Wi-Fi and network', shared: false},
  {id: 'help-printing', name: 'Printing', shared: false},
  {id: 'help-building', name: 'Building and access', shared: true},
  {id: 'help-other', name: 'Something else', shared: false},
];

const GUIDE_CATEGORIES = [
  {id: 'guides-start', name: 'Getting started'},
  {id: 'guides-wifi', name: 'Wi-Fi'},
  {id: 'guides-printing', name: 'Printing'},
  {id: 'guides-access', name: 'Access'},
];

const GUIDES: Omit<GuideRow, 'spaceId' | 'sort' | 'updatedAt'>[] = [
  {
    id: 'guide-wifi',
    categoryId: 'guides-wifi',
    title: 'Connect to the Wi-Fi',
    summary: 'Members use “Canopee-Members”; guests get a code for the day.',
    body: [
      'Members connect to **Canopee-Members** with the password on the back of your badge.',
      '',
      '### Guests',
      '1. Ask the front desk for a *guest code* (valid until midnight).',
      '2. Connect to **Canopee-Guest** and type the code.',
      '',
      'Still no network? Restart Wi-Fi on your device, then [check the status page](https://status.canopee.example).',
    ].join('\n'),
  },
  {
    id: 'guide-printing',
    categoryId: 'guides-printing',
    title: 'Print and scan',
    summary: 'Send documents to the printer by email or from the print station.',
    body: [
      'Email a PDF to `print@canopee.example` from the address you signed up with, then tap your badge on the printer.',
      '',
      '- Black and white: included in every plan.',
      '- Colour: 0.20 € a page, added to your next invoice.',
      '',
      'If the printer jams, open the front panel and remove the sheet *gently*.',
    ].join('\n'),
  },
  {
    id: 'guide-access',
    categoryId: 'guides-access',
    title: 'Your badge and opening hours',
    summary: 'Your badge opens the doors from 7:00 to 22:00, every day but Sunday.',
    body: 'Your badge opens the street door and your floor from **7:00 to 22:00**. Lost it? Tell the front desk: the old one stops working at once.',
  },
  {
    id: 'guide-first-day',
    categoryId: 'guides-start',
    title: 'Your first day',
    summary: 'Where things are: lockers, kitchen, phone booths and meeting rooms.',
    body: 'Lockers are by the entrance, the kitchen on the first floor. Phone booths are free to use; meeting rooms are booked in the portal.',
  },
];

function member(s: SpaceSeed, id: string): MemberRow {
  const found = s.b.rows<MemberRow>(TABLES.members).find((m) => m.id === id);
  if (!found) throw new Error(`[Portico] Failed to seed the help desk: no member ${id}.`);
  return found;
}

type SeedMessage = [author: 'member' | 'space', body: string, hoursAgo: number, photos?: string[]];

function helpRequest(
  s: SpaceSeed,
  author: MemberRow,
  number: number,
  request: Pick<HelpRequestRow, 'categoryId' | 'subject' | 'status'> & {
    messages: SeedMessage[];
    resolvedHoursAgo?: number;
  },
): void {
  const messages: HelpMessageRow[] = request.messages.map(([who, body, hoursAgo, photos]) => ({
    id: s.b.id('msg'),
    author: who,
    authorName: who === 'member' ? author.name : s.space.name,
    body,
    attachmentIds: photos ?? [],
    createdAt: s.ago(hoursAgo * 60),
  }));
  const first = request.messages[0]![2];
  const last = request.messages.at(-1)![2];
  s.b.add<HelpRequestRow>(TABLES.helpRequests, {
    id: s.b.id('req'),
    spaceId: s.space.id,
    memberId: author.id,
    number,
    categoryId: request.categoryId,
    subject: request.subject,
    status: request.status,
    photoUrl: null,
    messages,
    createdAt: s.ago(first * 60),
    updatedAt: s.ago(Math.min(last, request.resolvedHoursAgo ?? last) * 60),
    resolvedAt:
      request.resolvedHoursAgo === undefined ? null : s.ago(request.resolvedHoursAgo * 60),
  });
}

/**
 * The demo space's help desk: four request categories (building issues are shared with every
 * member), four guides in Markdown; Ada has a printing request the space answered (waiting
 * for her), a Wi-Fi one resolved yesterday (she may reopen it) and an old closed one; Ben
 * has a private request with a photo and a shared one about the lift.
 */
export function seedDemoHelpDesk(s: SpaceSeed, options: {activity: boolean}): void {
  const spaceId = s.space.id;
  HELP_CATEGORIES.forEach((c, sort) =>
    s.b.add<HelpCategoryRow>(TABLES.helpCategories, {...c, spaceId, sort}),
  );
  GUIDE_CATEGORIES.forEach((c, sort) =>
    s.b.add<GuideCategoryRow>(TABLES.guideCategories, {...c, spaceId, sort}),
  );
  GUIDES.forEach((g, sort) =>
    s.b.add<GuideRow>(TABLES.guides, {...g, spaceId, sort, updatedAt: s.at(-30, '10:00')}),
  );
  if (!options.activity) return;
  const ada = member(s, 'mem_ada');
  const ben = member(s, 'mem_ben');
  helpRequest(s, ada, 1001, {
    categoryId: 'help-printing',
    subject: 'The printer on the first floor jams',
    status: 'waiting',
    messages: [
      [
        'member',
        'Every colour print jams after **two pages**. I tried the steps in the guide.',
        30,
      ],
      ['space', 'Thanks Ada! We replaced the roller. Could you try again and tell us?', 4],
    ],
  });
  helpRequest(s, ada, 1002, {
    categoryId: 'help-wifi',
    subject: 'Guest Wi-Fi code for a client',
    status: 'resolved',
    resolvedHoursAgo: 20,
    messages: [
      ['member', 'I need a guest code for a client this afternoon.', 26],
      ['space', 'Here it is: `CANOPEE-4821`, valid until midnight.', 25],
    ],
  });
  helpRequest(s, ada, 998, {
    categoryId: 'help-other',
    subject: 'Invoice address',
    status: 'closed',
    resolvedHoursAgo: 24 * 40,
    messages: [
      ['member', 'Please put my company on my invoices.', 24 * 42],
      ['space', 'Done, from next month.', 24 * 41],
    ],
  });
  const photo = s.b.add<AttachmentRow>(TABLES.attachments, {
    id: 'att_s1',
    spaceId,
    memberId: ben.id,
    fileName: 'locker.png',
    contentType: 'image/png',
    size: 70,
    data: TINY_PNG,
    createdAt: s.ago(60 * 5),
  });
  helpRequest(s, ben, 1003, {
    categoryId: 'help-other',
    subject: 'Mon casier ne ferme plus',
    status: 'open',
    messages: [['member', 'La serrure du casier 14 est cassée (photo).', 5, [photo.id]]],
  });
  helpRequest(s, ben, 1004, {
    categoryId: 'help-building',
    subject: 'The lift is out of order',
    status: 'open',
    messages: [['member', 'The lift stops between the 1st and 2nd floor.', 2]],
  });
}
