/// <reference types="mocha" />
// Each deliveries story shows what its name promises (the smoke test only checks that stories
// render without errors).
import {describeStories, stateStoryChecks} from '../../test/helpers/story-checks.js';
import {PorticoDeliveriesHarness} from './deliveries.harness.js';
import * as stories from './deliveries.stories.js';

type Check = (h: PorticoDeliveriesHarness) => boolean;

const EXPECTED: Record<string, Check> = {
  Default: (h) => h.count === '2 parcels waiting' && h.history.length === 2,
  ParcelArrives: (h) =>
    h.count === '3 parcels waiting' &&
    h.news === 'A parcel from FedEx is waiting for you at Front desk, shelf A.',
  Empty: (h) => h.text.includes('Nothing is waiting for you at the front desk.'),
  Longest: (h) =>
    h.waiting.length === 2 && h.waiting[0]!.startsWith('W'.repeat(120)) && h.history.length === 1,
  ...stateStoryChecks('Loading your deliveries…'),
  French: (h) => h.count === '2 colis vous attendent',
  Dark: (h) => h.count === '2 parcels waiting',
};

describeStories('portico-deliveries', stories, {
  Harness: PorticoDeliveriesHarness,
  expected: EXPECTED,
});
