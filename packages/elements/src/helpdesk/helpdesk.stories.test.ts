/// <reference types="mocha" />
// Each help desk story shows what its name promises (the smoke test only checks that stories
// render without errors).
import {describeStories, stateStoryChecks} from '../../test/helpers/story-checks.js';
import {PorticoHelpdeskHarness} from './helpdesk.harness.js';
import * as stories from './helpdesk.stories.js';

type Check = (h: PorticoHelpdeskHarness) => boolean;

const EXPECTED: Record<string, Check> = {
  Default: (h) => h.requests.length === 4 && h.guides.length === 4,
  SpaceAnswers: (h) => h.news === 'The space answered your request #1001.',
  Thread: (h) =>
    h.requestTitle === 'The printer on the first floor jams' &&
    h.messages.length === 2 &&
    h.part('reply-form') !== null,
  Resolved: (h) =>
    h.requestTitle === 'Guest Wi-Fi code for a client' &&
    h.part('reopen-button') !== null &&
    h.text.includes('You can reopen it until'),
  NewRequest: (h) =>
    h.suggestions.length === 1 && h.suggestions[0]!.startsWith('Connect to the Wi-Fi'),
  FormErrors: (h) => h.fieldErrors.join(' | ') === 'Fill this in. | Fill this in.',
  NoRequests: (h) => h.text.includes('No requests yet.'),
  Longest: (h) =>
    h.requests.length === 3 && h.requests[0]!.startsWith('W'.repeat(160)) && h.guides.length === 2,
  ...stateStoryChecks('Loading the help desk…'),
  French: (h) => h.partText('new-request-button') === 'Nouvelle demande',
  Dark: (h) => h.requests.length === 4,
};

describeStories('portico-helpdesk', stories, {
  Harness: PorticoHelpdeskHarness,
  expected: EXPECTED,
});
