import {css, unsafeCSS, type CSSResult} from 'lit';

// The layouts elements repeat, as declaration groups a rule includes (`.x { ${split} gap: … }`),
// in the spirit of Web Awesome's layout primitives (`wa-cluster`, `wa-split`) and Sass mixins:
// the markup keeps its BEM classes (no public class names added), and each rule adds its own
// gap, padding or border. Each element file carries its own copy (rollup.config.mjs `COPIED`):
// a few bytes, and nothing on a page whose elements do not use them.

/** Items side by side that wrap onto the next line (actions, badges, chips). */
export const wrap = /* @__PURE__ */ css`
  display: flex;
  flex-wrap: wrap;
`;

/** A {@link wrap} whose items are centred on the line (a label beside its icon or button). */
export const cluster = /* @__PURE__ */ css`
  ${wrap}
  align-items: center;
`;

/** A {@link cluster} spread to both ends: a heading and its action, a row and its amount. */
export const split = /* @__PURE__ */ css`
  ${cluster}
  justify-content: space-between;
`;

/** A list without bullets or indent, laid out by the rule that includes it. */
export const bareList = /* @__PURE__ */ css`
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** A {@link bareList} whose items stand one under the other (the rule adds its gap). */
export const stackedList = /* @__PURE__ */ css`
  display: grid;
  ${bareList}
`;

/**
 * A grid of as many equal columns as fit, each at least `min` wide, down to one column when
 * the container is narrower than `min` (form fields, filters, cards).
 *
 * `unsafeCSS` is safe here: `min` is a length written in this repository, never input.
 */
export function columns(min: `${number}rem`): CSSResult {
  return css`
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, ${unsafeCSS(min)}), 1fr));
  `;
}

/** Items one under the other, in a flex column (one may grow, or push the rest with a margin). */
export const stack = /* @__PURE__ */ css`
  display: flex;
  flex-direction: column;
`;
