/// <reference types="mocha" />
// Each visitors story shows what its name promises (the smoke test only checks that stories
// render without errors).
import {describeStories, stateStoryChecks} from '../../test/helpers/story-checks.js';
import {PorticoVisitorsHarness} from './visitors.harness.js';
import * as stories from './visitors.stories.js';

type Check = (h: PorticoVisitorsHarness) => boolean;

const EXPECTED: Record<string, Check> = {
  Default: (h) => h.upcoming.length === 2 && h.past.length === 2,
  VisitorArrives: (h) => h.news === 'Your visitor Ana Pereira has arrived.',
  FormErrors: (h) => h.fieldErrors.join(' | ') === 'Fill this in. | Fill this in.',
  ChangeVisit: (h) => h.partText('form').includes('Change Jonas Weber’s visit'),
  ConfirmCancel: (h) => h.upcoming[0]?.includes('Cancel Ana Pereira’s visit?') === true,
  NotAllowed: (h) => h.partText('not-allowed').startsWith('Your plan does not include visitors'),
  Empty: (h) => h.text.includes('No visitors expected.'),
  Longest: (h) => h.upcoming.length === 2 && h.upcoming[0]!.startsWith('W'.repeat(120)),
  ...stateStoryChecks('Loading your visitors…'),
  French: (h) => h.partText('register-button') === 'Annoncer un visiteur',
  Dark: (h) => h.upcoming.length === 2,
};

describeStories('portico-visitors', stories, {
  Harness: PorticoVisitorsHarness,
  expected: EXPECTED,
});
