// What every element's stories share: each story's own client of the mock API, the defaults of
// a file's `meta`, the states every element that shows data has (loading, signed out, the API
// failing with 503), and a theme's tokens on a wrapper.
import {createHandlers} from '@portico/mock-server/msw';
import type {PorticoClient} from '@portico/sdk';
import {darkTheme, type Theme} from '@portico/themes';
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html, type TemplateResult} from 'lit';
import {http, type RequestHandler} from 'msw';
import {cssomStyle, type CssomStyles} from '../../src/internal/cssom-style.js';
import {createTestClient, logIn, SPACE} from './client.js';
import {unavailable} from './problem.js';

/** The story-level parameters {@link StoryClients.open} reads. */
export interface StateParameters {
  /** Who signs in before the story renders (`null`: nobody), instead of the file's default. */
  member?: string | null;
  /** Requests whose URL path ends with one of these never get an answer (until aborted). */
  pendingPaths?: string[];
}

/** ky's longest timeout (2^31 - 1 ms): "loading" stays loading. */
const MAX_TIMEOUT = 2_147_483_647;

/**
 * A fetch that leaves some requests unanswered until they are aborted. Unlike an msw handler
 * that never resolves, nothing stays pending after the story (msw's `worker.stop()` waits
 * for every request it is still handling).
 */
function pendingFetch(paths: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    if (!paths.some((path) => new URL(request.url).pathname.endsWith(path))) return fetch(request);
    return new Promise((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), {once: true});
    });
  };
}

/** The part of Storybook's story context a client is made for. */
interface StoryContextLike {
  id: string;
  /** Left out by the story tests that call a file's `beforeEach` themselves. */
  parameters?: object;
}

/** The knob every story file has: the `lang` of the element's wrapper. */
export interface LangKnob {
  lang: 'en' | 'fr';
}

/** What a story file's `beforeEach` does after signing in; it may return a cleanup. */
type Prepare<Knobs> = (
  client: PorticoClient,
  context: StoryContext<Knobs>,
) => void | (() => void) | Promise<void | (() => void)>;

/**
 * Each story's own client, made by the file's `beforeEach` (after msw is ready), which
 * {@link StoryClients.meta} writes.
 */
export class StoryClients {
  readonly #clients = new Map<string, PorticoClient>();

  /** The client of the story `context` renders. */
  get(context: {id: string}): PorticoClient | undefined {
    return this.#clients.get(context.id);
  }

  /**
   * Makes the story's client, leaving its `pendingPaths` unanswered, and signs in the story's
   * `member` parameter, or `member` when the story does not say. `close()` is the cleanup
   * that `beforeEach` returns: it aborts what is still in flight.
   */
  async open(
    context: StoryContextLike,
    member: string | null,
  ): Promise<{client: PorticoClient; close: () => void}> {
    const parameters: StateParameters = context.parameters ?? {};
    const {pendingPaths = []} = parameters;
    const client = createTestClient(
      pendingPaths.length > 0 ? {fetch: pendingFetch(pendingPaths), timeout: MAX_TIMEOUT} : {},
    );
    const who = parameters.member === undefined ? member : parameters.member;
    if (who) await logIn(client, who);
    this.#clients.set(context.id, client);
    return {
      client,
      close: () => {
        client.store.clear();
        this.#clients.delete(context.id);
      },
    };
  }

  /**
   * The part of a story file's `meta` (spread into it, beside its `component`, `title` and
   * `render`) that every element showing a member's data has: English by default with a
   * `lang` knob, a fresh seeded space for the file, and each story's own client, signed in
   * as `member` (from the story's knobs, when a function) unless the story's `member`
   * parameter says otherwise; `prepare` runs next, with that client.
   */
  meta<Knobs extends LangKnob>(
    member: string | null | ((args: Knobs) => string | null),
    prepare?: Prepare<Knobs>,
  ): Pick<Meta<Knobs>, 'args' | 'argTypes' | 'parameters' | 'beforeEach'> {
    return {
      args: {lang: 'en'} as Partial<Knobs>,
      argTypes: {lang: {control: 'inline-radio', options: ['en', 'fr']}} as Meta<Knobs>['argTypes'],
      parameters: {msw: {handlers: createHandlers({scenario: 'demo'})}},
      beforeEach: async (context: StoryContext<Knobs>) => {
        const who = typeof member === 'function' ? member(context.args) : member;
        const {client, close} = await this.open(context, who);
        const cleanup = await prepare?.(client, context);
        return () => {
          cleanup?.();
          // Aborts what is still in flight (a Loading story's request never gets an answer).
          close();
        };
      },
    };
  }
}

/** The request to `path` has not answered yet: a skeleton, `aria-busy`, "Loading…". */
export function loadingStory(path: string): {parameters: StateParameters} {
  return {parameters: {pendingPaths: [path]}};
}

/** Nobody is signed in: a message and a "Sign in" button (or the `signed-out` slot). */
export const signedOutStory: {parameters: StateParameters} = {parameters: {member: null}};

/**
 * `GET url` answers 503 `service_unavailable` (`times` times in a row, for an element that
 * asks twice), then the seeded space again: the reason and a Retry that works.
 */
export function errorStory(
  url: string,
  times = 1,
): {parameters: {msw: {handlers: RequestHandler[]}}} {
  const failures = Array.from({length: times}, () => http.get(url, unavailable, {once: true}));
  return {parameters: answering(...failures)};
}

/**
 * A story's `parameters.msw`: `handlers` answer first, then a fresh seeded demo space of the
 * story's own (what the story does stays in it).
 */
export function answering(...handlers: RequestHandler[]): {msw: {handlers: RequestHandler[]}} {
  return {msw: {handlers: [...handlers, ...createHandlers({scenario: 'demo'})]}};
}

/**
 * The stories of an element that reads `GET path` (under the space, e.g. `/me/entries`), under
 * their export names: signed out, still loading, 503 `times` times in a row before the answer
 * (the reason and Retry), and French.
 *
 * @example
 * const {SignedOut, Loading, Error, French} = stateStories<StoryKnobs>('/me/entries');
 * export {SignedOut, Loading, Error, French};
 */
export function stateStories<Knobs extends LangKnob = LangKnob>(path: string, times = 1) {
  const stories = {
    SignedOut: signedOutStory,
    Loading: loadingStory(path),
    Error: errorStory(`*/v1/spaces/${SPACE}${path}`, times),
    French: {args: {lang: 'fr'} as Partial<Knobs>},
  } satisfies Record<string, StoryObj<Knobs>>;
  return stories as Record<keyof typeof stories, StoryObj<Knobs>>;
}

/**
 * A theme's tokens as custom properties on a wrapper, and `styles` (its background, padding),
 * set through the CSSOM: they render under a strict CSP.
 */
export const themeStyle = (theme: Theme, styles: CssomStyles) =>
  cssomStyle({
    ...Object.fromEntries(
      Object.entries(theme).map(([token, value]) => [`--portico-sys-${token}`, value]),
    ),
    ...styles,
  });

/**
 * A theme's tokens on an ancestor of its container colour (as a page would set them), and
 * `styles`: the wrapper of every story that shows an element in a theme.
 */
export const themedStyle = (theme: Theme, styles: CssomStyles = {}) =>
  themeStyle(theme, {
    background: theme['color-surface-container'],
    color: theme['color-on-surface'],
    padding: '1.5rem',
    ...styles,
  });

/** What {@link memberElementStories} needs to know about an element. */
export interface MemberElementOptions<Knobs extends LangKnob> {
  /** Who signs in unless a story's `member` parameter says otherwise. */
  member: string;
  /** The `GET` the element reads, under the space (e.g. `/me/visitors`). */
  path: string;
  /** How wide the element's wrapper may grow, as a page would lay it out. */
  maxWidth: string;
  /** The element, given the story's client. */
  element: (client: PorticoClient | undefined) => TemplateResult;
  /** Runs after signing in, with the story's client (see {@link StoryClients.meta}). */
  prepare?: Prepare<Knobs>;
}

/**
 * What the stories of an element showing one member's data share: the file's `meta` but its
 * `component` and `title` (Storybook reads those from each file's default export as written,
 * so they stay literal there), rendering the element in a `lang` wrapper at most `maxWidth`
 * wide, and the stories every such element has, under their export names: signed out,
 * loading, failing once, French and the dark theme.
 */
export function memberElementStories<Knobs extends LangKnob>(options: MemberElementOptions<Knobs>) {
  const clients = new StoryClients();
  const render = (style: typeof cssomStyle) => (args: Knobs, context: StoryContext<Knobs>) => html`
    <div lang=${args.lang} ${style({'max-width': options.maxWidth})}>
      ${options.element(clients.get(context))}
    </div>
  `;
  const stories = {
    ...stateStories<Knobs>(options.path),
    /** The dark theme's tokens on an ancestor. */
    Dark: {render: render((styles) => themedStyle(darkTheme, styles))},
  } satisfies Record<string, StoryObj<Knobs>>;
  return {
    clients,
    meta: {...clients.meta<Knobs>(options.member, options.prepare), render: render(cssomStyle)},
    stories: stories as Record<keyof typeof stories, StoryObj<Knobs>>,
  };
}

/** One step of {@link playIn}: press what a selector matches, or type `value` into it. */
export type PlayStep = string | {selector: string; value: string};

/**
 * A story's `play`: does each step in turn in the shadow root of the story's `tag` element,
 * once what the step's selector matches shows (within 5 s), as a member would.
 */
export function playIn(tag: string, ...steps: PlayStep[]) {
  return async ({canvasElement}: {canvasElement: HTMLElement}): Promise<void> => {
    const root = () => canvasElement.querySelector(tag)?.shadowRoot;
    for (const step of steps) {
      const selector = typeof step === 'string' ? step : step.selector;
      const deadline = performance.now() + 5_000;
      let target: HTMLElement | null | undefined;
      while (!(target = root()?.querySelector<HTMLElement>(selector))) {
        if (performance.now() > deadline) throw new Error(`[Portico] Nothing shows ${selector}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (typeof step === 'string') {
        target.click();
      } else {
        (target as HTMLInputElement).value = step.value;
        target.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      }
    }
  };
}
