// WebKit: Debian's WebKitGTK MiniBrowser, driven by its WebKitWebDriver (package
// webkit2gtk-driver) over classic WebDriver (HTTP + JSON; a small client on fetch), in a
// display of its own (Xvfb). Pages go through scripts/e2e/engines/inject-proxy.mjs, which
// puts the init script first in each HTML page, and keep their console errors themselves.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import {setTimeout as sleep} from 'node:timers/promises';
import {TEST_TIME_ZONE} from '../../lib/test-clock.mjs';
import {PROBLEMS, initScript} from './init-script.mjs';
import {startInjectingProxy} from './inject-proxy.mjs';

export const WEBDRIVER_PATH = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** Debian ships MiniBrowser in libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver). */
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ??
  `/usr/lib/${{x64: 'x86_64', arm64: 'aarch64'}[process.arch] ?? process.arch}-linux-gnu/webkit2gtk-4.1/MiniBrowser`;
const XVFB_PATH = '/usr/bin/Xvfb';
/** The W3C WebDriver key of an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts `command` and kills it (by its own process id) on `stop()`. */
function start(command, args, env) {
  const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
  // Drained (a full pipe would block the process); Xvfb's caller reads it in the same tick.
  child.stdout.resume();
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  return {
    child,
    stderr: () => stderr,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

export async function launchWebKit() {
  for (const file of [WEBDRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH])
    if (!existsSync(file))
      throw new Error(`${file} is missing (apt-get install webkit2gtk-driver xvfb)`);
  const processes = [];
  const stopAll = () => processes.reverse().forEach((p) => p.stop());
  try {
    // -displayfd: Xvfb picks a free display and prints its number once it accepts clients.
    const xvfb = start(
      XVFB_PATH,
      ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      process.env,
    );
    processes.push(xvfb);
    const display = await new Promise((resolve, reject) => {
      let out = '';
      xvfb.child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      xvfb.child.once('exit', (code) =>
        reject(new Error(`Xvfb exited with ${code}: ${xvfb.stderr()}`)),
      );
    });
    const port = await freePort();
    const env = {...process.env, DISPLAY: display, TZ: TEST_TIME_ZONE, LANG: 'en_US.UTF-8'};
    const driver = start(WEBDRIVER_PATH, [`--port=${port}`], env);
    processes.push(driver);
    const base = `http://127.0.0.1:${port}`;
    let session;
    for (const deadline = Date.now() + 20_000; !session;) {
      try {
        session = await command(base, 'POST', '/session', {
          capabilities: {
            alwaysMatch: {
              'webkitgtk:browserOptions': {binary: MINIBROWSER_PATH, args: ['--automation']},
            },
          },
        });
      } catch (error) {
        if (
          Date.now() > deadline ||
          !/fetch failed|ECONNREFUSED/.test(String(error.cause ?? error))
        )
          throw new Error(
            `WebKitWebDriver gave no session: ${error.message}; Xvfb: ${xvfb.stderr()}; driver: ${driver.stderr()}`,
            {cause: error},
          );
        await sleep(200);
      }
    }
    return new WebKitTab(base, session, stopAll);
  } catch (error) {
    stopAll();
    throw error;
  }
}

async function command(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: {'content-type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const {value} = await response.json();
  if (!response.ok)
    throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}

class WebKitTab {
  #base;
  #id;
  #stop;
  /** Pages' problems, kept before each navigation replaces the page. */
  #problems = [];
  #proxies = new Map();
  constructor(base, session, stop) {
    this.#base = base;
    this.#id = session.sessionId;
    this.#stop = stop;
    this.name = `WebKitGTK ${session.capabilities.browserVersion} (MiniBrowser)`;
  }

  #command(method, path, body) {
    return command(this.#base, method, `/session/${this.#id}${path}`, body);
  }

  async open(url) {
    const target = new URL(url);
    let proxy = this.#proxies.get(target.origin);
    if (!proxy) {
      proxy = await startInjectingProxy(target.origin, initScript({keepProblems: true}));
      this.#proxies.set(target.origin, proxy);
    }
    if ((await this.#command('GET', '/url')).startsWith('http'))
      this.#problems.push(...(await this.#pageProblems()));
    await this.#command('POST', '/window/rect', {width: 1280, height: 900});
    await this.#command('POST', '/url', {url: proxy.origin + target.pathname + target.search});
  }

  /** Runs `fn(...args)` (awaited) in the page; returns its JSON result. */
  async evaluate(fn, ...args) {
    const {ok, error} = await this.#command('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
const args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve()
  .then(() => (${fn})(...args))
  .then((ok) => done({ok}), (error) => done({error: String(error && error.stack || error)}));`,
      args,
    });
    if (error !== undefined) throw new Error(`in the page: ${error}`);
    return ok;
  }

  async #element(locate, args) {
    const element = await this.#command('POST', '/execute/sync', {
      script: `return (${locate})(...arguments);`,
      args,
    });
    if (!element?.[ELEMENT]) throw new Error(`nothing matches ${describe(locate, args)}`);
    return element[ELEMENT];
  }

  /** Whether `locate` finds an element now. */
  async exists(locate, ...args) {
    const element = await this.#command('POST', '/execute/sync', {
      script: `return (${locate})(...arguments);`,
      args,
    });
    return Boolean(element?.[ELEMENT]);
  }

  /** Clicks (WebDriver's element click: scrolled into view, fails if covered) what `locate` finds. */
  async click(locate, ...args) {
    await this.#command('POST', `/element/${await this.#element(locate, args)}/click`, {});
  }

  /** Empties the field `locate` finds, then types `text` into it, key by key. */
  async type(text, locate, ...args) {
    const id = await this.#element(locate, args);
    await this.#command('POST', `/element/${id}/clear`, {});
    await this.#command('POST', `/element/${id}/value`, {text});
  }

  async #pageProblems() {
    return (await this.evaluate((key) => globalThis[key] ?? [], PROBLEMS).catch(() => [])) ?? [];
  }

  /** Console errors, uncaught errors, CSP violations and HTTP errors so far. */
  async problems() {
    return [
      ...this.#problems,
      ...(await this.#pageProblems()),
      ...[...this.#proxies.values()].flatMap((proxy) => proxy.httpErrors),
    ];
  }

  async screenshot() {
    return Buffer.from(await this.#command('GET', '/screenshot'), 'base64');
  }

  async close() {
    await this.#command('DELETE', '').catch(() => undefined);
    for (const proxy of this.#proxies.values()) await proxy.close();
    this.#stop();
  }
}

const describe = (locate, args) =>
  `${locate.name || 'locator'}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
