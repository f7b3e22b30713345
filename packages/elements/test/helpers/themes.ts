// The ready themes as custom properties on a wrapper, the way a page's theme CSS would set
// them, and an axe check of an element in each theme and locale (and the test that runs it).
import {expect} from '@open-wc/testing';
import {contrastTheme, darkTheme, lightTheme, type Theme} from '@portico/themes';
import type {HarnessedElement, PorticoElementHarness} from '../../src/internal/element.harness.js';

export const THEMES = {light: lightTheme, dark: darkTheme, contrast: contrastTheme} as const;
export type ThemeName = keyof typeof THEMES;
export const THEME_NAMES = Object.keys(THEMES) as ThemeName[];

/** Sets every `--portico-sys-*` token of `theme` on `wrapper` (and its page background). */
export function applyTheme(wrapper: HTMLElement, theme: ThemeName | Theme): void {
  const values = typeof theme === 'string' ? THEMES[theme] : theme;
  for (const [token, value] of Object.entries(values)) {
    wrapper.style.setProperty(`--portico-sys-${token}`, value);
  }
  // Contrast is measured against what is behind the element: the theme's surface.
  wrapper.style.background = values['color-surface'];
  wrapper.style.color = values['color-on-surface'];
}

/**
 * Runs axe (including color contrast) on `element` once per theme, restoring the light theme
 * afterwards. `wrapper` is the element's themed ancestor.
 */
export async function expectAccessibleInEveryTheme(
  element: Element,
  wrapper: HTMLElement,
): Promise<void> {
  for (const name of THEME_NAMES) {
    applyTheme(wrapper, name);
    await expect(element, `in the ${name} theme`).to.be.accessible();
  }
  applyTheme(wrapper, 'light');
}

/**
 * `it('should be accessible in every theme')`: axe in every theme on the element `setup`
 * renders (themed through its wrapper), once `ready` holds.
 */
export function itIsAccessibleInEveryTheme<H extends PorticoElementHarness<HarnessedElement>>(
  setup: () => Promise<{harness: H}>,
  ready: (harness: H) => boolean = () => true,
): void {
  it('should be accessible in every theme', async () => {
    const {harness} = await setup();
    await harness.until(ready);
    await expectAccessibleInEveryTheme(harness.element, harness.element.parentElement!);
  });
}
