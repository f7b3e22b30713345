import {html, nothing, type TemplateResult} from 'lit';
import {cssomStyle} from './cssom-style.js';

export interface ProgressInput {
  readonly value: number;
  readonly max: number;
  /** What screen readers hear for the value, e.g. "3 of 10 entries used". */
  readonly valueText: string;
  /** Its name: the id of a visible label, else a text. */
  readonly labelledBy?: string;
  readonly label?: string;
  readonly part?: string;
}

/**
 * A progress bar (entries used, days of a period): an ARIA `progressbar` whose fill is set
 * through the CSSOM, so a strict CSP without inline styles allows it.
 */
export function progressBar(input: ProgressInput): TemplateResult {
  const {value, max} = input;
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return html`<div
    class="progress"
    part=${input.part ?? nothing}
    role="progressbar"
    aria-labelledby=${input.labelledBy ?? nothing}
    aria-label=${input.label ?? nothing}
    aria-valuemin="0"
    aria-valuemax=${max}
    aria-valuenow=${value}
    aria-valuetext=${input.valueText}
  >
    <div class="progress__bar" ${cssomStyle({width: `${share * 100}%`})}></div>
  </div>`;
}
