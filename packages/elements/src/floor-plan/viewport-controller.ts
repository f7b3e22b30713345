// Zoom and pan of the floor plan: the wheel zooms around the pointer, one finger or the
// mouse drags, two fingers pinch; buttons zoom around the middle and "Fit" shows it all.
// The stage is moved with a CSS transform set through the CSSOM (the page's CSP allows no
// style attribute), without rendering the element again: a drag over 500 desks stays smooth.
import {HostController} from '../internal/host-controller.js';
import type {PorticoElement} from '../internal/portico-element.js';

const MIN_SCALE = 1;
const MAX_SCALE = 8;
/** Moves shorter than this (CSS px) are a tap, not a drag. */
const DRAG_THRESHOLD = 6;

interface Pointer {
  x: number;
  y: number;
}

export class ViewportController extends HostController<PorticoElement> {
  scale = 1;
  x = 0;
  y = 0;
  /** The last pointer gesture moved the plan: the click that ends it chooses nothing. */
  dragged = false;

  readonly #pointers = new Map<number, Pointer>();
  readonly #stage: () => HTMLElement | null | undefined;
  #moved = 0;

  constructor(host: PorticoElement, stage: () => HTMLElement | null | undefined) {
    super(host);
    this.#stage = stage;
  }

  hostUpdated(): void {
    this.#apply();
  }

  /** The stage's transform. */
  get transform(): string {
    return `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
  }

  fit(): void {
    this.#set(1, 0, 0);
  }

  /** Zooms by `factor` around the point (`cx`, `cy`) of the viewport, in CSS px. */
  zoom(factor: number, cx: number, cy: number): void {
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.scale * factor));
    const k = scale / this.scale;
    this.#set(scale, cx - (cx - this.x) * k, cy - (cy - this.y) * k);
  }

  /** Zooms around the middle of `viewport` (the buttons). */
  zoomCentre(factor: number, viewport: Element): void {
    const {width, height} = viewport.getBoundingClientRect();
    this.zoom(factor, width / 2, height / 2);
  }

  /** Pans so that the point (`px`, `py`) of the unscaled stage is inside the viewport. */
  reveal(px: number, py: number, viewport: Element): void {
    const {width, height} = viewport.getBoundingClientRect();
    const sx = px * this.scale + this.x;
    const sy = py * this.scale + this.y;
    const margin = 32;
    if (sx >= margin && sx <= width - margin && sy >= margin && sy <= height - margin) return;
    this.#set(this.scale, width / 2 - px * this.scale, height / 2 - py * this.scale);
  }

  readonly handleWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const {left, top} = (event.currentTarget as Element).getBoundingClientRect();
    this.zoom(Math.exp(-event.deltaY * 0.002), event.clientX - left, event.clientY - top);
  };

  readonly handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this.#pointers.set(event.pointerId, {x: event.clientX, y: event.clientY});
    if (this.#pointers.size === 1) {
      this.#moved = 0;
      this.dragged = false;
    }
  };

  readonly handlePointerMove = (event: PointerEvent): void => {
    const before = this.#pointers.get(event.pointerId);
    if (!before) return;
    const after = {x: event.clientX, y: event.clientY};
    if (this.#pointers.size >= 2) {
      const [a, b] = [...this.#pointers.values()];
      const other = a === before ? b! : a!;
      const {left, top} = (event.currentTarget as Element).getBoundingClientRect();
      const distance = (p: Pointer) => Math.hypot(p.x - other.x, p.y - other.y) || 1;
      this.zoom(
        distance(after) / distance(before),
        (after.x + other.x) / 2 - left,
        (after.y + other.y) / 2 - top,
      );
      this.dragged = true;
    } else {
      const dx = after.x - before.x;
      const dy = after.y - before.y;
      this.#moved += Math.abs(dx) + Math.abs(dy);
      if (this.#moved >= DRAG_THRESHOLD) {
        // Captured only once it is a drag: a tap's click must still reach the place.
        if (!this.dragged) capture(event);
        this.dragged = true;
        this.#set(this.scale, this.x + dx, this.y + dy);
      }
    }
    this.#pointers.set(event.pointerId, after);
  };

  readonly handlePointerUp = (event: PointerEvent): void => {
    this.#pointers.delete(event.pointerId);
  };

  #set(scale: number, x: number, y: number): void {
    // At scale 1 the plan fills the viewport: it cannot be dragged away.
    const bound = (v: number) => (scale === 1 ? 0 : v);
    this.scale = scale;
    this.x = bound(x);
    this.y = bound(y);
    this.#apply();
  }

  #apply(): void {
    this.#stage()?.style.setProperty('transform', this.transform);
  }
}

function capture(event: PointerEvent): void {
  try {
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
  } catch {
    // A pointer that is already gone (or a synthetic one) cannot be captured.
  }
}
