import {css, unsafeCSS, type CSSResult} from 'lit';
import {sys} from './tokens.js';

/**
 * The card an element draws its base in: the five component tokens every card exposes,
 * `--portico-<name>-background`, `-border-color`, `-border-radius`, `-color` and `-padding`,
 * set on `:host` from system tokens (a page may override them), and the frame `.<frame>` that
 * reads them. The element adds its layout (display, gap) and its own tokens on top.
 *
 * `unsafeCSS` is safe here: names are constants of this repository, never input.
 *
 * @example
 * export default css`${card('entries')} .entries { display: grid; }`;
 */
export function card(name: string, frame: string = name): CSSResult {
  const token = (suffix: string) => unsafeCSS(`--portico-${name}-${suffix}`);
  return css`
    :host {
      ${token('background')}: ${sys('color-surface')};
      ${token('border-color')}: ${sys('color-outline-variant')};
      ${token('border-radius')}: ${sys('radius-lg')};
      ${token('color')}: ${sys('color-on-surface')};
      ${token('padding')}: ${sys('space-lg')};
    }

    ${unsafeCSS(`.${frame}`)} {
      padding: var(${token('padding')});
      color: var(${token('color')});
      background: var(${token('background')});
      border: 1px solid var(${token('border-color')});
      border-radius: var(${token('border-radius')});
    }
  `;
}
