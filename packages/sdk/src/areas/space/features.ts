// Which parts of the portal a space offers (`Space.features`). Some parts live inside another
// (the help desk's requests inside the help desk): such a part is offered only while the part
// around it is too, so turning the help desk off takes its requests with it.
import type {Features} from './schemas.js';

/** The part each inner part lives in. */
export const FEATURE_PARENTS: Readonly<Partial<Record<keyof Features, keyof Features>>> = {
  helpdeskRequests: 'helpdesk',
};

/** Every part of the portal on: what a space offers unless it says otherwise (seeds, tests). */
export const ALL_FEATURES: Readonly<Features> = {
  billing: true,
  events: true,
  directory: true,
  posts: true,
  helpdesk: true,
  helpdeskRequests: true,
  visitors: true,
  deliveries: true,
  floorPlans: true,
};

/** Whether `features` offer `feature`, and the parts around it. */
export function offers(features: Partial<Features>, feature: keyof Features): boolean {
  const parent = FEATURE_PARENTS[feature];
  return features[feature] === true && (parent === undefined || offers(features, parent));
}
