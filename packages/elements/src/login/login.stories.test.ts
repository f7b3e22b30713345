/// <reference types="mocha" />
// The login stories reach their states with `play` functions (the story smoke test renders
// stories but does not play them): play each one here and check it shows what it promises.
import {expect} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import type {RequestHandler} from 'msw';
import {resetMockApi, worker} from '../../test/helpers/mock-api.js';
import {mount} from '../../test/helpers/mount.js';
import {html} from 'lit';
import type {PorticoLogin} from './login.component.js';
import {PorticoLoginHarness} from './login.harness.js';
import meta, * as stories from './login.stories.js';

type AnyStory = {
  args?: Record<string, unknown>;
  parameters?: {msw?: {handlers?: RequestHandler[]}};
  play?: (context: {canvasElement: HTMLElement}) => Promise<void>;
};

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

describe('<portico-login> stories', () => {
  beforeEach(async () => {
    await resetMockApi();
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name} should show what it promises`, async () => {
      const story = (stories as unknown as Record<string, AnyStory>)[name]!;
      const context = {id: `login--${name}`, args: {...meta.args, ...story.args}} as never;
      const handlers = story.parameters?.msw?.handlers;
      if (handlers) worker.use(...handlers);
      const beforeEach = meta.beforeEach as (c: unknown) => Promise<(() => void) | undefined>;
      const cleanup = await beforeEach(context);
      const canvas = await mount(html`<div></div>`);
      try {
        render(
          (meta.render as (a: unknown, c: unknown) => TemplateResult)(
            (context as {args: unknown}).args,
            context,
          ),
          canvas,
        );
        const el = canvas.querySelector<PorticoLogin>('portico-login')!;
        await el.updateComplete;
        await story.play?.({canvasElement: canvas});
        await new PorticoLoginHarness(el).until(expected, 4_000);
      } finally {
        render(null, canvas);
        cleanup?.();
      }
    });
  }

  it('should check every story', () => {
    const names = Object.keys(stories).filter((key) => key !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });
});
