/// <reference types="mocha" />
import type {HarnessedElement, PorticoElementHarness} from '../../src/internal/element.harness.js';

/**
 * `it('should speak French')`: the element, rendered in a `lang="fr"` page by `setup`, shows
 * what `check` expects once `ready`.
 */
export function itSpeaksFrench<S extends {harness: PorticoElementHarness<HarnessedElement>}>(
  setup: (options: {lang: string}) => Promise<S>,
  ready: (harness: S['harness']) => boolean,
  check: (rendered: S) => void | Promise<void>,
): void {
  it('should speak French', async () => {
    const rendered = await setup({lang: 'fr'});
    await rendered.harness.until(ready);
    await check(rendered);
  });
}
