import type {ElementLoader} from './internal/autoloader.js';

/**
 * Elements that `@portico/elements` (and so portico.js) registers on first use instead of
 * carrying them: one line each, the tag and its own file. The elements of the areas added
 * after the first eight go here, not in index.ts, so that portico.js stays within its budget
 * (92 KB gzip, issue #17) as areas are added; each has its own row in `npm run size` (one
 * line in BUDGETS.further, scripts/size.mjs), and a page that uses it downloads its file
 * (and chunks) when the tag appears.
 */
export const LAZY_ELEMENTS: Readonly<Record<string, ElementLoader>> = {
  'portico-directory': () => import('./directory/directory.js'),
  'portico-posts': () => import('./posts/posts.js'),
  'portico-billing': () => import('./billing/billing.js'),
  // 'portico-invoices': () => import('./invoices/invoices.js'),
  'portico-helpdesk': () => import('./helpdesk/helpdesk.js'),
  'portico-visitors': () => import('./visitors/visitors.js'),
  'portico-deliveries': () => import('./deliveries/deliveries.js'),
  'portico-floor-plan': () => import('./floor-plan/floor-plan.js'),
  'portico-events': () => import('./events/events.js'),
};
