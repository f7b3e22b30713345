import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

/** CSS properties by their CSS names (`width`, `--portico-x`), e.g. `{width: '40%'}`. */
export type CssomStyles = Readonly<Record<string, string>>;

class CssomStyleDirective extends Directive {
  #previous: ReadonlySet<string> = new Set();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('[Portico] cssomStyle() must be used on an element: <div ${cssomStyle(…)}>');
    }
  }

  render(_styles: CssomStyles): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [CssomStyles]): typeof noChange {
    const {style} = part.element as HTMLElement;
    for (const name of this.#previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(styles));
    return noChange;
  }
}

/**
 * Sets inline style properties through the CSSOM on every render, the first included.
 * Lit's `styleMap` writes a `style="…"` attribute on the first render, which a strict
 * Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) blocks: a progress bar
 * would then stay empty until its next update. Use it as an element directive.
 *
 * @example html`<div class="progress__bar" ${cssomStyle({width: `${share}%`})}></div>`
 */
export const cssomStyle = directive(CssomStyleDirective);
