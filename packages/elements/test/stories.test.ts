// Renders every story of every packages/elements/src/**/*.stories.ts in Chromium, the way
// Storybook's web-components renderer would (CSF 3: args, render or the component's default
// render, decorators, loaders, beforeEach, parameters.msw), and fails a story on any error it
// throws, rejects or logs with console.error. One `it()` per story, so a broken story is named.
// `play` functions are not run: this is a smoke test, not an interaction test.
import {createHandlers} from '@portico/mock-server/msw';
import {expect} from '@open-wc/testing';
import {render as litRender} from 'lit';
import {setupWorker} from 'msw/browser';
import type {RequestHandler} from 'msw';
import {storyFiles} from 'virtual:portico-stories';

type Args = Record<string, unknown>;
type StoryFn = (context: StoryContext) => unknown;
type Decorator = (
  story: (update?: Partial<StoryContext>) => unknown,
  context: StoryContext,
) => unknown;
type Cleanup = void | (() => void | Promise<void>);

interface Annotations {
  args?: Args;
  parameters?: Record<string, unknown>;
  render?: (args: Args, context: StoryContext) => unknown;
  decorators?: Decorator | Decorator[];
  loaders?: ((context: StoryContext) => unknown) | ((context: StoryContext) => unknown)[];
  beforeEach?:
    | ((context: StoryContext) => Cleanup | Promise<Cleanup>)
    | ((context: StoryContext) => Cleanup | Promise<Cleanup>)[];
  name?: string;
}
interface Meta extends Annotations {
  title?: string;
  component?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
interface StoryContext {
  id: string;
  name: string;
  title: string;
  component: string | undefined;
  args: Args;
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
  viewMode: 'story';
  msw: ReturnType<typeof setupWorker>;
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const matches = (name: string, filter: string[] | RegExp) =>
  Array.isArray(filter) ? filter.includes(name) : filter.test(name);

/** Storybook's rule for which named exports of a CSF file are stories. */
function isStoryExport(name: string, meta: Meta) {
  if (name === 'default' || name.startsWith('__')) return false;
  if (meta.includeStories && !matches(name, meta.includeStories)) return false;
  if (meta.excludeStories && matches(name, meta.excludeStories)) return false;
  return true;
}

/** msw-storybook-addon's `parameters.msw`: a list, or `{handlers: list | record of lists}`. */
function mswHandlers(parameter: unknown): RequestHandler[] {
  if (!parameter) return [];
  if (Array.isArray(parameter)) return parameter as RequestHandler[];
  const {handlers} = parameter as {
    handlers?: RequestHandler[] | Record<string, RequestHandler | RequestHandler[]>;
  };
  if (!handlers) return [];
  return (Array.isArray(handlers) ? handlers : Object.values(handlers)).flat().filter(Boolean);
}

/** @storybook/web-components' default render: the component with args set as properties. */
function defaultRender(args: Args, context: StoryContext) {
  if (!context.component) {
    throw new Error(`Unable to render story ${context.id}: the default export has no component.`);
  }
  const element = document.createElement(context.component) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(args)) element[key] = value;
  return element;
}

/** Mounts what a story returned, like @storybook/web-components' renderToCanvas. */
function mount(result: unknown, canvas: HTMLElement) {
  if (result instanceof Node) canvas.append(result);
  else if (typeof result === 'string') canvas.innerHTML = result;
  else if (result && typeof result === 'object' && '_$litType$' in result)
    litRender(result, canvas);
  else
    throw new Error(`Expecting an HTML snippet or DOM node from the story, got ${String(result)}.`);
}

/** Every custom element under `root`, through open shadow roots. */
function customElementsIn(root: ParentNode, found: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.includes('-')) found.push(element);
    if (element.shadowRoot) customElementsIn(element.shadowRoot, found);
  }
  return found;
}

let pendingFetches = 0;
const realFetch = window.fetch.bind(window);
window.fetch = (...args: Parameters<typeof fetch>) => {
  pendingFetches++;
  return realFetch(...args).finally(() => pendingFetches--);
};
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Waits until the story has settled: no fetch waiting for its response (a streaming body such
 * as the event stream counts as answered) and every Lit element's update done, twice in a row
 * so that data arriving after the first render is rendered too. Gives up after `timeout` ms.
 */
async function settle(canvas: HTMLElement, timeout = 3_000) {
  const deadline = performance.now() + timeout;
  let quiet = 0;
  while (quiet < 2 && performance.now() < deadline) {
    const updates = customElementsIn(canvas).map(
      (element) => (element as Partial<{updateComplete: Promise<unknown>}>).updateComplete,
    );
    await Promise.all(updates);
    await nextFrame();
    quiet = pendingFetches === 0 ? quiet + 1 : 0;
  }
}

const problems: string[] = [];
const describeError = (value: unknown) =>
  value instanceof Error ? `${value.name}: ${value.message}` : String(value);
window.addEventListener('error', (event) =>
  problems.push(`uncaught ${describeError(event.error ?? event.message)}`),
);
window.addEventListener('unhandledrejection', (event) =>
  problems.push(`unhandled rejection ${describeError(event.reason)}`),
);
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  problems.push(`console.error ${args.map(describeError).join(' ')}`);
  consoleError(...args);
};

const worker = setupWorker(...createHandlers());
before(async () => {
  // Every story starts like a fresh Storybook tab: no session, cache or cart that another test
  // file left on this origin (the pages are reused from file to file).
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('portico:')) localStorage.removeItem(key);
  }
  await worker.start({
    quiet: true,
    // API calls that no handler answers are errors; the page's own modules and assets pass.
    onUnhandledFrame({frame, defaults}) {
      const request = (frame.data as {request?: Request}).request;
      if (!request) return defaults.error();
      const url = new URL(request.url);
      if (url.origin === location.origin && !url.pathname.startsWith('/v1/')) return;
      defaults.error();
    },
  });
});
after(() => worker.stop());

type LoadedFile = {file: string} & (
  {module: Record<string, unknown>; error?: undefined} | {module?: undefined; error: unknown}
);
const files = await Promise.all(
  Object.entries(storyFiles).map(async ([file, load]): Promise<LoadedFile> => {
    try {
      return {file, module: (await load()) as Record<string, unknown>};
    } catch (error) {
      return {file, error};
    }
  }),
);

describe('stories', () => {
  it('should find story files', () => {
    // An empty list would make this whole suite vacuously green.
    expect(Object.keys(storyFiles)).to.not.be.empty;
  });

  for (const {file, module, error} of files) {
    describe(file, () => {
      if (module === undefined) {
        it('should import', () => {
          throw error;
        });
        return;
      }
      const meta = (module.default ?? {}) as Meta;
      const stories = Object.entries(module).filter(([name]) => isStoryExport(name, meta));
      if (stories.length === 0) {
        it('should export at least one story', () => expect.fail('no story exports'));
      }
      for (const [exportName, exported] of stories) {
        const story: Annotations =
          typeof exported === 'function'
            ? {render: exported as Annotations['render']}
            : (exported as Annotations);
        it(`${story.name ?? exportName} should render without errors`, async () => {
          await renderStory(meta, story, exportName, file);
        });
      }
    });
  }
});

async function renderStory(meta: Meta, story: Annotations, exportName: string, file: string) {
  problems.length = 0;
  worker.resetHandlers();
  const canvas = document.createElement('div');
  canvas.id = 'storybook-root';
  document.body.append(canvas);
  const cleanups: (() => void | Promise<void>)[] = [];
  const context: StoryContext = {
    id: `${meta.title ?? file}--${exportName}`,
    name: story.name ?? exportName,
    title: meta.title ?? file,
    component: meta.component,
    args: {...meta.args, ...story.args},
    parameters: {...meta.parameters, ...story.parameters},
    globals: {theme: 'light', locale: 'en'},
    loaded: {},
    canvasElement: canvas,
    viewMode: 'story',
    msw: worker,
  };
  try {
    const handlers = mswHandlers(context.parameters.msw);
    if (handlers.length > 0) worker.use(...handlers);
    for (const hook of [...asArray(meta.beforeEach), ...asArray(story.beforeEach)]) {
      const cleanup = await hook(context);
      if (typeof cleanup === 'function') cleanups.push(cleanup);
    }
    for (const loader of [...asArray(meta.loaders), ...asArray(story.loaders)]) {
      Object.assign(context.loaded, await loader(context));
    }
    const render = story.render ?? meta.render ?? defaultRender;
    // Story decorators wrap the story first, then the component's (Storybook's order).
    let storyFn: StoryFn = (ctx) => render(ctx.args, ctx);
    for (const decorator of [...asArray(story.decorators), ...asArray(meta.decorators)]) {
      const inner = storyFn;
      storyFn = (ctx) => decorator((update) => inner({...ctx, ...update}), ctx);
    }
    mount(storyFn(context), canvas);
    await settle(canvas);
    expect(problems, problems.join('\n')).to.be.empty;
  } finally {
    litRender(null, canvas);
    canvas.remove();
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
