import {css, unsafeCSS, type CSSResult} from 'lit';
import {sys} from './tokens.js';

/** How an element's card differs from the plain one. */
export interface CardOptions {
  /** The frame's class, when it is not the element's name (`shop`, `calendar`). */
  frame?: string;
  /** The element's token for secondary text (its name predates this helper). */
  muted?: 'muted-color' | 'label-color';
  /** A raised card: a `shadow` token (elevation 1) that the frame casts. */
  shadow?: boolean;
}

/**
 * The card an element draws its base in: the five component tokens every card exposes,
 * `--portico-<name>-background`, `-border-color`, `-border-radius`, `-color` and `-padding`
 * (plus the secondary text colour and the shadow when asked), set on `:host` from system
 * tokens (a page may override them), and the frame `.<frame>` that reads them. The element
 * adds its layout (display, gap) and its own tokens on top.
 *
 * `unsafeCSS` is safe here: names are constants of this repository, never input.
 *
 * @example
 * export default css`${card('entries', {muted: 'muted-color'})} .entries { display: grid; }`;
 */
export function card(name: string, {frame = name, muted, shadow}: CardOptions = {}): CSSResult {
  const token = (suffix: string) => unsafeCSS(`--portico-${name}-${suffix}`);
  // `css` takes only CSS results: an empty one stands for "no declaration".
  const none = css``;
  const mutedToken = muted
    ? css`
        ${token(muted)}: ${sys('color-on-surface-variant')};
      `
    : none;
  const shadowToken = shadow
    ? css`
        ${token('shadow')}: ${sys('elevation-1')};
      `
    : none;
  const castShadow = shadow
    ? css`
        box-shadow: var(${token('shadow')});
      `
    : none;
  return css`
    :host {
      ${token('background')}: ${sys('color-surface')};
      ${token('border-color')}: ${sys('color-outline-variant')};
      ${token('border-radius')}: ${sys('radius-lg')};
      ${token('color')}: ${sys('color-on-surface')};
      ${token('padding')}: ${sys('space-lg')};
      ${mutedToken}
      ${shadowToken}
    }

    ${unsafeCSS(`.${frame}`)} {
      padding: var(${token('padding')});
      color: var(${token('color')});
      background: var(${token('background')});
      border: 1px solid var(${token('border-color')});
      border-radius: var(${token('border-radius')});
      ${castShadow}
    }
  `;
}

/** The component tokens {@link card} sets for these options. */
type CardToken<O extends CardOptions> =
  | 'background'
  | 'border-color'
  | 'border-radius'
  | 'color'
  | 'padding'
  | (O['muted'] extends string ? O['muted'] : never)
  | (O['shadow'] extends true ? 'shadow' : never);

/**
 * An element's allow-list of component tokens, sorted: the ones {@link card} sets for the same
 * `options`, and the element's own `extra` ones. Passing the options the element gives `card()`
 * keeps the two in step.
 */
export function cardTokens<const O extends CardOptions, const E extends readonly string[] = []>(
  options: O,
  ...extra: E
): readonly (CardToken<O> | E[number])[] {
  const tokens: string[] = ['background', 'border-color', 'border-radius', 'color', 'padding'];
  if (options.muted) tokens.push(options.muted);
  if (options.shadow) tokens.push('shadow');
  return [...tokens, ...extra].sort() as (CardToken<O> | E[number])[];
}
