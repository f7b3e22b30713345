// A journey: a member's steps run in order, each one check, with screenshots of every step
// written to test-results/e2e/ when one fails (what the member saw up to the failure).
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const SHOTS_DIR = path.join(root, 'test-results/e2e');

/**
 * Runs the journey's steps in order. Each passing step is one check and leaves a screenshot
 * of every tab in memory; the first failing step stops the journey, and then every step's
 * screenshots are written to test-results/e2e/ (what the member saw up to the failure).
 */
export class Journey {
  #shots = [];
  #step = 0;
  stopped = false;
  constructor(checks, name, tabs) {
    this.checks = checks;
    this.name = name;
    this.tabs = tabs;
  }

  async step(name, fn) {
    if (this.stopped) {
      console.log(`- not run (an earlier step failed): ${name}`);
      return undefined;
    }
    const n = String(++this.#step).padStart(2, '0');
    try {
      const detail = await fn();
      this.checks.check(name, true, detail ?? '');
      await this.#shoot(`${n}-${slug(name)}`);
    } catch (error) {
      this.stopped = true;
      this.checks.check(name, false, error?.message ?? String(error));
      await this.#shoot(`${n}-${slug(name)}-FAILED`);
      this.#write();
    }
  }

  async #shoot(base) {
    for (const [tabName, tab] of Object.entries(this.tabs())) {
      try {
        this.#shots.push({
          file: `${this.name}-${base}-${tabName}.png`,
          data: await tab.page.screenshot(),
        });
      } catch {
        // a closed tab has nothing to show
      }
    }
  }

  #write() {
    mkdirSync(SHOTS_DIR, {recursive: true});
    for (const {file, data} of this.#shots) writeFileSync(path.join(SHOTS_DIR, file), data);
    console.log(`  screenshots of each step: ${path.relative(root, SHOTS_DIR)}/${this.name}-*.png`);
  }
}

/** `text` as a file name's part: lower case, dashes, at most `length` characters. */
export const slug = (text, length = 50) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, length);
