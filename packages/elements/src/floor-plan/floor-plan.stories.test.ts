/// <reference types="mocha" />
// Each floor plan story shows what its name promises (the smoke test only checks that stories
// render without errors); the Chosen story's play opens a place's card.
import {describeStories} from '../../test/helpers/story-checks.js';
import {PorticoFloorPlanHarness} from './floor-plan.harness.js';
import * as stories from './floor-plan.stories.js';

type Check = (h: PorticoFloorPlanHarness) => boolean;

const drawing = (h: PorticoFloorPlanHarness) => h.root.querySelectorAll('img').length === 1;
const onGround: Check = (h) =>
  h.floors.current === 'Ground floor' && h.places.length === 4 && drawing(h);

const EXPECTED: Record<string, Check> = {
  Default: onGround,
  FirstFloor: (h) => h.floors.current === 'First floor' && h.places.length > 0 && !drawing(h),
  List: (h) => h.root.querySelectorAll('.list__item').length === 4 && h.places.length === 0,
  Chosen: (h) => h.cardTitle !== '' && h.part('card') !== null,
  Campus: (h) => h.floors.names.length === 6 && h.places.length >= 100,
  HostileDrawing: (h) =>
    drawing(h) && h.root.querySelectorAll('script, foreignObject, iframe').length === 0,
  NoFloors: (h) => h.text === 'This space has no floor plan yet.',
  SignedOut: (h) => h.places.length === 4,
  Loading: (h) => h.isLoading && h.announcement === 'Loading the floor plan…',
  Error: (h) => h.retryButton !== null,
  French: (h) => h.button('Liste') !== null && h.places.length === 4,
  Dark: onGround,
  HighContrast: onGround,
};

describeStories('portico-floor-plan', stories, {
  Harness: PorticoFloorPlanHarness,
  expected: EXPECTED,
});
