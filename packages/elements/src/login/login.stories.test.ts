/// <reference types="mocha" />
// The login stories reach their states with `play` functions (the story smoke test renders
// stories but does not play them): play each one here and check it shows what it promises.
import {describeStories} from '../../test/helpers/story-checks.js';
import {PorticoLoginHarness} from './login.harness.js';
import * as stories from './login.stories.js';

const EXPECTED: Record<string, (h: PorticoLoginHarness) => boolean> = {
  Email: (h) => h.privacy.includes('La Canopée'),
  Prefilled: (h) => h.input?.value === 'ada@example.com',
  Code: (h) => h.input?.autocomplete === 'one-time-code',
  WrongCode: (h) => h.error === 'The code is wrong: 4 attempts left.',
  CodeFormat: (h) => h.error === 'Enter the 6 digits from the email, for example 123456.',
  Lockout: (h) => /^Try again in (20:00|19:5\d)\.$/.test(h.countdown),
  LockedEmail: (h) => /^Try again in 19:4[12]\.$/.test(h.countdown),
  Invitation: (h) => h.message === 'You have been invited to La Canopée Coworking.',
  Terms: (h) => h.heading === 'Accept the terms of use' && h.nameInput === null,
  TermsWithName: (h) => h.heading === 'Accept the terms of use' && h.nameInput !== null,
  ProfilePrompt: (h) => h.heading === 'Complete your profile',
  SignedIn: (h) => h.heading === 'Welcome, Ada Lovelace',
  Error: (h) => h.error === 'The service is unavailable, please try again shortly.',
  French: (h) => h.privacy.startsWith('En continuant'),
  FrenchTerms: (h) => h.heading === "Acceptez les conditions d'utilisation",
  FrenchLockout: (h) => h.lockout.startsWith('Trop de codes erronés pour cette adresse.'),
};

describeStories('portico-login', stories, {
  Harness: PorticoLoginHarness,
  expected: EXPECTED,
  timeout: 4_000,
});
