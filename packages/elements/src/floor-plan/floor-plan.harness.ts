import {PorticoElementHarness} from '../internal/element.harness.js';
import type {PorticoFloorPlan} from './floor-plan.component.js';

/** Reads and drives a `<portico-floor-plan>` the way a member does. */
export class PorticoFloorPlanHarness extends PorticoElementHarness<PorticoFloorPlan> {
  /** The places on the plan, in reading order. */
  get places(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('.place')];
  }

  /** The place whose accessible name starts with `name` (its resource's name). */
  place(name: string): SVGGElement {
    const found = this.places.find((p) => p.getAttribute('aria-label')?.startsWith(`${name},`));
    if (!found) throw new Error(`No place "${name}"; the plan shows: ${this.labels.join(' | ')}`);
    return found;
  }

  /** Every place's accessible name. */
  get labels(): string[] {
    return this.places.map((p) => p.getAttribute('aria-label') ?? '');
  }

  /** `free`, `partial`, `busy`, `mine`, `closed` or `unavailable`. */
  stateOf(name: string): string {
    return this.place(name).dataset['state'] ?? '';
  }

  get cardTitle(): string {
    return this.root.querySelector('#card-title')?.textContent?.trim() ?? '';
  }

  /** The floors' buttons' names, and the one pressed. */
  get floors(): {names: string[]; current: string} {
    const buttons = [...this.root.querySelectorAll('[part~="floor-button"]')];
    return {
      names: this.texts(buttons),
      current:
        buttons.find((b) => b.getAttribute('aria-pressed') === 'true')?.textContent?.trim() ?? '',
    };
  }

  /** A button by its visible text or aria-label. */
  button(text: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll('button')].find(
      (b) =>
        b.textContent?.replace(/\s+/g, ' ').trim() === text ||
        b.getAttribute('aria-label') === text,
    );
    if (!found) throw new Error(`No button "${text}"; the element shows: "${this.text}"`);
    return found;
  }

  async click(text: string): Promise<void> {
    this.button(text).click();
    await this.settled();
  }

  /** Clicks a place with the mouse (a pointer press and release, then the click). */
  async clickPlace(name: string): Promise<void> {
    const place = this.place(name);
    const at = centre(place);
    const viewport = this.root.querySelector('.map__viewport') as HTMLElement;
    const mouse = {bubbles: true, composed: true, pointerId: 1, button: 0, pointerType: 'mouse'};
    place.dispatchEvent(new PointerEvent('pointerdown', {...mouse, ...at}));
    viewport.dispatchEvent(new PointerEvent('pointerup', {...mouse, ...at}));
    place.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, ...at}));
    await this.settled();
  }

  /** Taps a place with a finger; `drag` moves the finger that far first (a pan, not a tap). */
  async tapPlace(name: string, drag = 0): Promise<void> {
    const place = this.place(name);
    const at = centre(place);
    const viewport = this.root.querySelector('.map__viewport') as HTMLElement;
    const finger = {bubbles: true, composed: true, pointerId: 7, button: 0, pointerType: 'touch'};
    place.dispatchEvent(new PointerEvent('pointerdown', {...finger, ...at}));
    if (drag) {
      viewport.dispatchEvent(
        new PointerEvent('pointermove', {
          ...finger,
          clientX: at.clientX + drag,
          clientY: at.clientY,
        }),
      );
    }
    viewport.dispatchEvent(new PointerEvent('pointerup', {...finger, ...at}));
    place.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, ...at}));
    await this.settled();
  }

  /** Presses `key` on the focused place (or the first place). */
  async key(key: string): Promise<void> {
    const target =
      (this.root.activeElement as Element | null)?.closest('.place') ??
      this.root.querySelector('.place[tabindex="0"]');
    target?.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, composed: true}));
    await this.settled();
  }

  /** The stage's transform (zoom and pan). */
  get transform(): string {
    return (this.root.querySelector('.map__stage') as HTMLElement | null)?.style.transform ?? '';
  }
}

function centre(el: Element): {clientX: number; clientY: number} {
  const r = el.getBoundingClientRect();
  return {clientX: r.left + r.width / 2, clientY: r.top + r.height / 2};
}
