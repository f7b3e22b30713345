// axe-core over a whole page in Chromium, for the end-to-end tests of examples/html and the
// demo portal.
import {createRequire} from 'node:module';

/** axe-core, the engine of the elements' own accessibility tests (through chai-a11y-axe). */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * The page's WCAG 2 A/AA violations (accessible names, contrast, roles…), shadow roots
 * included, as `rule: target` lines. axe is injected as a script, which the page's CSP would
 * block: this tab alone bypasses it (the journey's tabs keep the real policy).
 */
export async function axeViolations(page) {
  await page.addScriptTag({path: AXE});
  return page.evaluate(async () => {
    const {violations, passes} = await window.axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    });
    const checked = passes.reduce((sum, rule) => sum + rule.nodes.length, 0);
    return {
      problems: violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
      summary: `${passes.length} rules passed on ${checked} nodes (color-contrast: ${
        passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0
      } nodes)`,
    };
  });
}
