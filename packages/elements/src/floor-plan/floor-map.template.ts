// The plan: the space's drawing as an image (an SVG in an <img> never runs script nor loads
// anything), the JSON shapes, and over them the places, drawn by the element as its own SVG
// shapes. One listener on the layer handles every place (500 desks, one handler).
import type {Floor, FloorShape} from '@portico/sdk';
import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import {msg} from '../i18n/index.js';
import type {Place} from './floor-places.js';
import {isRtl} from './name-lines.js';
import {markerRadius, type LabelBox} from './room-label.js';

export interface MapInput {
  readonly locale: string;
  readonly floor: Floor;
  readonly places: readonly Place[];
  /** The plan's accessible name (floor and time). */
  readonly label: string;
  readonly labelOf: (place: Place) => string;
  /** A room's name cut into the lines of its box. */
  readonly nameLines: (name: string, box: LabelBox) => readonly string[];
  readonly selectedId: string | null;
  /** The place the calendar on the page selected (a ring, no card). */
  readonly followedId: string | null;
  /** The place that takes Tab (roving focus). */
  readonly focusIndex: number;
  readonly onPlaceClick: (event: MouseEvent) => void;
  readonly onPlaceKey: (event: KeyboardEvent) => void;
  readonly onZoom: (factor: number) => void;
  readonly onFit: () => void;
  readonly viewport: {
    readonly onWheel: (event: WheelEvent) => void;
    readonly onPointerDown: (event: PointerEvent) => void;
    readonly onPointerMove: (event: PointerEvent) => void;
    readonly onPointerUp: (event: PointerEvent) => void;
  };
}

/** The drawing as a `data:` image: the page's CSP allows `img-src data:`, and an image is inert. */
export const drawingUrl = (svgText: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;

export function renderMap(input: MapInput): TemplateResult {
  const {floor, locale, viewport} = input;
  // Marker size follows the drawing's scale: about 2% of its shorter side.
  const r = markerRadius(floor);
  return html`<div class="map" part="map">
    <div
      class="map__viewport"
      @wheel=${viewport.onWheel}
      @pointerdown=${viewport.onPointerDown}
      @pointermove=${viewport.onPointerMove}
      @pointerup=${viewport.onPointerUp}
      @pointercancel=${viewport.onPointerUp}
    >
      <div class="map__stage">
        ${floor.svg ? html`<img class="map__drawing" part="drawing" alt="" src=${drawingUrl(floor.svg)} draggable="false" />` : nothing}
        <svg
          class="map__places"
          viewBox=${`0 0 ${floor.width} ${floor.height}`}
          role="group"
          aria-label=${input.label}
          @click=${input.onPlaceClick}
          @keydown=${input.onPlaceKey}
        >
          <g aria-hidden="true">${floor.shapes.map((shape) => renderShape(shape, floor))}</g>
          ${input.places.map((place, i) => renderPlace(input, place, i, r))}
          <g class="map__names" aria-hidden="true">
            ${input.places.map((place) =>
              place.label
                ? renderName(
                    place.resource,
                    place.label,
                    input.nameLines(place.resource.name, place.label),
                  )
                : nothing,
            )}
          </g>
        </svg>
      </div>
    </div>
    <div class="map__zoom" role="group" aria-label=${msg(locale, 'floorPlan.fit')}>
      <button
        type="button"
        class="button button--secondary map__zoom-button"
        part="zoom-in-button"
        aria-label=${msg(locale, 'floorPlan.zoomIn')}
        @click=${() => input.onZoom(1.5)}
      >
        +
      </button>
      <button
        type="button"
        class="button button--secondary map__zoom-button"
        part="zoom-out-button"
        aria-label=${msg(locale, 'floorPlan.zoomOut')}
        @click=${() => input.onZoom(1 / 1.5)}
      >
        −
      </button>
      <button
        type="button"
        class="button button--secondary"
        part="fit-button"
        @click=${input.onFit}
      >
        ${msg(locale, 'floorPlan.fit')}
      </button>
    </div>
  </div>`;
}

function renderPlace(input: MapInput, place: Place, index: number, r: number): SVGTemplateResult {
  const {resource, state, x, y} = place;
  const selected = resource.id === input.selectedId;
  const followed = resource.id === input.followedId;
  const g = r * 1.1;
  const className = `place place--${state}${selected ? ' place--selected' : ''}${followed ? ' place--followed' : ''}`;
  const fill = state === 'busy' ? 'url(#fp-stripes)' : '';
  // One flat template per kind of place, no nested ones: 500 desks are 500 template instances.
  if (!place.outline) {
    return svg`<g class=${className} data-index=${index} data-id=${resource.id} data-state=${state} role="button" tabindex=${index === input.focusIndex ? 0 : -1} aria-pressed=${selected ? 'true' : 'false'} aria-label=${input.labelOf(place)}><circle class="place__shape place__badge" cx=${x} cy=${y} r=${r} fill=${fill}></circle><use class="place__glyph" href=${`#fp-${state}`} x=${x - g / 2} y=${y - g / 2} width=${g} height=${g}></use></g>`;
  }
  return svg`<g class=${className} data-index=${index} data-id=${resource.id} data-state=${state} role="button" tabindex=${index === input.focusIndex ? 0 : -1} aria-pressed=${selected ? 'true' : 'false'} aria-label=${input.labelOf(place)}><polygon class="place__shape" points=${place.outline} fill=${fill}></polygon><circle class="place__badge" cx=${x} cy=${y} r=${r}></circle><use class="place__glyph" href=${`#fp-${state}`} x=${x - g / 2} y=${y - g / 2} width=${g} height=${g}></use></g>`;
}

/**
 * A room's name in its box, on the lines `lines` cut it into (wrapped, then an ellipsis). The
 * names are a layer of their own over the places, hidden from assistive technology: each
 * place's accessible name says its name in full, where a cut one would not match it.
 */
function renderName(
  {id, name}: Place['resource'],
  box: LabelBox,
  lines: readonly string[],
): SVGTemplateResult {
  const cx = box.x + box.width / 2;
  const step = box.fontSize * 1.25;
  return svg`<text class="place__name" data-for=${id} font-size=${box.fontSize} direction=${isRtl(name) ? 'rtl' : 'ltr'}>${lines.map(
    (line, i) => svg`<tspan x=${cx} y=${box.y + (i + 0.5) * step}>${line}</tspan>`,
  )}</text>`;
}

function renderShape(shape: FloorShape, floor: Floor): SVGTemplateResult {
  const sx = floor.width / 100;
  const sy = floor.height / 100;
  if (shape.kind === 'label') {
    return svg`<text class="shape__label" x=${shape.at[0] * sx} y=${shape.at[1] * sy} font-size=${floor.height * 0.028}>${shape.text}</text>`;
  }
  const points = shape.points.map(([x, y]) => `${x * sx},${y * sy}`).join(' ');
  if (shape.kind === 'wall') {
    return svg`<polyline class="shape__wall" points=${points} stroke-width=${floor.height * 0.01}></polyline>`;
  }
  const [cx, cy] = centre(shape.points);
  return svg`<polygon class="shape__area" points=${points}></polygon>${
    shape.label
      ? svg`<text class="shape__label" x=${cx * sx} y=${cy * sy} font-size=${floor.height * 0.028}>${shape.label}</text>`
      : nothing
  }`;
}

const centre = (points: readonly (readonly [number, number])[]) =>
  [0, 1].map((i) => points.reduce((sum, p) => sum + (p[i] as number), 0) / points.length) as [
    number,
    number,
  ];
