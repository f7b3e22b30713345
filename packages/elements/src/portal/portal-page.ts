import type {Features, Profile} from '@portico/sdk';
import {offers} from '@portico/sdk/domain';
import type {TemplateResult} from 'lit';

/** The portal's pages, by name (each is a lazily loaded module under pages/). */
export type PageName =
  | 'dashboard'
  | 'signIn'
  | 'book'
  | 'shop'
  | 'membership'
  | 'billing'
  | 'entries'
  | 'notifications'
  | 'community'
  | 'events'
  | 'members'
  | 'profile'
  | 'help'
  | 'visitors'
  | 'deliveries'
  | 'notFound';

/** A page of the portal, at its path inside the portal. */
export interface PageRoute {
  readonly name: PageName;
  readonly path: string;
  /**
   * Who sees it: `true`, a signed-in member (a visitor gets the sign-in page in its place);
   * `false`, a visitor (sign-in); `null`, everyone. The navigation lists what one sees.
   */
  readonly member: boolean | null;
  /**
   * The parts of the portal the page shows (`Space.features`): it is offered while the space
   * runs at least one of them, and hidden (not found) when it runs none.
   */
  readonly features?: readonly (keyof Features)[];
  /**
   * A visitor's page of what the space publishes (its public events, its public listing):
   * offered while there is something public, else a members' page. A member gets the
   * Community page on this tab instead.
   */
  readonly publishes?: 'events' | 'directory';
}

/**
 * Whether the space offers `route`: a page of optional parts waits for the space's features
 * (unknown: not yet), so a link never shows and then vanishes.
 */
export function offered(route: Pick<PageRoute, 'features'>, features: Features | undefined) {
  return (
    !route.features || (features !== undefined && route.features.some((f) => offers(features, f)))
  );
}

/** Every page with a path, in navigation order. */
export const PAGES: readonly PageRoute[] = [
  {name: 'dashboard', path: '/', member: true},
  {name: 'book', path: '/book', member: null},
  {name: 'shop', path: '/shop', member: null},
  {
    name: 'community',
    path: '/community',
    member: true,
    features: ['events', 'directory', 'posts'],
  },
  // A visitor's view of the community: what the space publishes, each on a page of its own.
  {name: 'events', path: '/events', member: false, features: ['events'], publishes: 'events'},
  {
    name: 'members',
    path: '/members',
    member: false,
    features: ['directory'],
    publishes: 'directory',
  },
  {name: 'membership', path: '/membership', member: true},
  {name: 'billing', path: '/billing', member: true, features: ['billing']},
  {name: 'entries', path: '/entries', member: true},
  {name: 'help', path: '/help', member: true, features: ['helpdesk']},
  {name: 'visitors', path: '/visitors', member: true, features: ['visitors']},
  {name: 'deliveries', path: '/deliveries', member: true, features: ['deliveries']},
  {name: 'notifications', path: '/notifications', member: true},
  {name: 'profile', path: '/profile', member: true},
  {name: 'signIn', path: '/sign-in', member: false},
];

/** What a page gets to render itself. */
export interface PageContext {
  readonly locale: string;
  /** A link's `href` for a portal path (`/book`), in the portal's routing mode. */
  href(path: string): string;
  readonly signedIn: boolean;
  /** The parts of the portal the space runs, once its description has loaded. */
  readonly features: Features | undefined;
  /** The signed-in member's profile, once loaded. */
  readonly member: Profile | undefined;
  /** The category the shop opens on (set by "Buy credits" elsewhere in the portal). */
  readonly shopCategory: string;
  /**
   * The member saved their profile in this portal: the "Complete your profile" nudge has done
   * its job, even with optional fields left empty.
   */
  readonly profileSaved: boolean;
  /** The time the Book page selects (back from buying the credits it needed). */
  readonly bookSlot: {resourceId: string; start: string; end: string} | undefined;
  /** The Community tab to open on (a member who came by a public page's address). */
  readonly communityTab: 'events' | 'directory' | undefined;
  /** The page's `<h1>`, which takes focus after each navigation. */
  heading(text: string): TemplateResult;
}

/** A page module's export. */
export interface PortalPage {
  render(context: PageContext): TemplateResult;
}
