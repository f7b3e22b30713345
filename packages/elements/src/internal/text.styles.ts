import {css, type CSSResult} from 'lit';
import {sys} from './tokens.js';

/** The sizes of the type scale a heading takes. */
type HeadingSize = 'sm' | 'md' | 'lg';

/**
 * A heading in an element (its title, a section's, an item's): no browser margin (the rule's
 * gap spaces it), a size of the type scale. A rule includes it (`.x__title { ${heading('lg')} }`),
 * like the layouts of layout.styles.ts; each element file carries its own copy
 * (rollup.config.mjs `COPIED`).
 */
export function heading(size: HeadingSize): CSSResult {
  return css`
    margin: 0;
    font-size: ${sys(`font-size-${size}`)};
  `;
}
