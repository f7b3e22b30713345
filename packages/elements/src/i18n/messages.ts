import type {en as billing} from '../billing/billing.messages.js';
import type {en as calendar} from '../booking-calendar/booking-calendar.messages.js';
import type {en as creditBalance} from '../credit-balance/credit-balance.messages.js';
import type {en as directory} from '../directory/directory.messages.js';
import type {en as deliveries} from '../deliveries/deliveries.messages.js';
import type {en as entries} from '../entries/entries.messages.js';
import type {en as helpdesk} from '../helpdesk/helpdesk.messages.js';
import type {en as floorPlan} from '../floor-plan/floor-plan.messages.js';
import type {en as events} from '../events/events.messages.js';
import type {en as login} from '../login/login.messages.js';
import type {en as membershipCard} from '../membership-card/membership-card.messages.js';
import type {en as membershipFlow} from '../membership-card/membership-flow.messages.js';
import type {en as notifications} from '../notifications/notifications.messages.js';
import type {en as posts} from '../posts/posts.messages.js';
import type {en as portal} from '../portal/portal.messages.js';
import type {en as shop} from '../shop/shop.messages.js';
import type {en as profile} from '../profile/profile.messages.js';
import type {en as visitors} from '../visitors/visitors.messages.js';
import type common from './common.messages.en.json';

/**
 * Every English message, common and per element: the keys and parameters `msg()` accepts.
 * Types only: each element's `<name>.messages.ts` registers its own text when it loads, so a
 * page downloads the text of the widgets it shows and no other.
 */
export type AllMessages = typeof common &
  typeof billing &
  typeof calendar &
  typeof creditBalance &
  typeof directory &
  typeof entries &
  typeof floorPlan &
  typeof events &
  typeof login &
  typeof membershipCard &
  typeof membershipFlow &
  typeof notifications &
  typeof portal &
  typeof posts &
  typeof shop &
  typeof profile &
  typeof deliveries &
  typeof visitors &
  typeof helpdesk;
