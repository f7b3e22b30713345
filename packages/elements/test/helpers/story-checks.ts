// Stories that reach their state with a `play` function, or promise a particular state, are
// played here one by one and checked (the story smoke test renders every story but plays none).
import {expect} from '@open-wc/testing';
import {html, render, type TemplateResult} from 'lit';
import type {RequestHandler} from 'msw';
import type {HarnessedElement, PorticoElementHarness} from '../../src/internal/element.harness.js';
import {resetMockApi, worker} from './mock-api.js';
import {mount} from './mount.js';

/** The parts of a story these checks use. */
interface AnyStory {
  args?: Record<string, unknown>;
  parameters?: {msw?: {handlers?: RequestHandler[]}};
  play?: (context: {canvasElement: HTMLElement}) => Promise<void>;
  /** A story's own render, over the file's (as Storybook does). */
  render?: unknown;
}

/** The parts of a story file's `meta` these checks use. */
interface AnyMeta {
  args?: object;
  parameters?: object;
  beforeEach?: unknown;
  render?: unknown;
}

export interface StoryChecks<E extends HarnessedElement, H extends PorticoElementHarness<E>> {
  /** The element's harness class, e.g. `PorticoVisitorsHarness`. */
  Harness: new (el: E) => H;
  /** What each story shows once it is ready, by export name: every story has one. */
  expected: Record<string, (harness: H) => boolean>;
  /** How long a story may take to show it, in ms; by default the harness's own. */
  timeout?: number;
}

/**
 * `describe('<tag> stories')` for a story file (its `meta` as default export, and its stories):
 * for each story in `expected`, a test that renders it as Storybook would (its args, parameters
 * and render over the file's, its msw handlers, the file's `beforeEach`), plays it, and waits
 * until its check holds; then a test that no story of the file goes unchecked.
 */
export function describeStories<E extends HarnessedElement, H extends PorticoElementHarness<E>>(
  tag: string,
  file: {default: AnyMeta},
  checks: StoryChecks<E, H>,
): void {
  const {default: meta, ...stories} = file as {default: AnyMeta} & Record<string, AnyStory>;
  // Story ids are the title in kebab case, then the export name: `membership-card--Active`.
  const id = tag.replace(/^portico-/, '');

  describe(`<${tag}> stories`, () => {
    beforeEach(async () => {
      await resetMockApi();
    });

    for (const [name, expected] of Object.entries(checks.expected)) {
      it(`${name} should show what it promises`, async () => {
        const story = stories[name]!;
        const context = {
          id: `${id}--${name}`,
          args: {...meta.args, ...story.args},
          parameters: {...meta.parameters, ...story.parameters},
        };
        const handlers = story.parameters?.msw?.handlers;
        if (handlers) worker.use(...handlers);
        const beforeEach = meta.beforeEach as (c: unknown) => Promise<(() => void) | undefined>;
        const cleanup = await beforeEach(context);
        const canvas = await mount(html`<div></div>`);
        try {
          const renderStory = (story.render ?? meta.render) as (
            args: unknown,
            context: unknown,
          ) => TemplateResult;
          render(renderStory(context.args, context), canvas);
          const el = canvas.querySelector(tag) as E;
          await el.updateComplete;
          await story.play?.({canvasElement: canvas});
          await new checks.Harness(el).until(expected, checks.timeout);
        } finally {
          render(null, canvas);
          cleanup?.();
        }
      });
    }

    it('should check every story', () => {
      expect(Object.keys(stories).sort()).to.deep.equal(Object.keys(checks.expected).sort());
    });
  });
}

type AnyHarness = PorticoElementHarness<HarnessedElement>;

/**
 * What the signed-out, loading and failed stories of `stateStories` (or `memberElementStories`)
 * show: Sign in, `loading` said in the live region, and Retry.
 */
export function stateStoryChecks(loading: string) {
  return {
    SignedOut: (h: AnyHarness) => h.signInButton !== null,
    Loading: (h: AnyHarness) => h.announcement === loading,
    Error: (h: AnyHarness) => h.retryButton !== null,
  };
}
