import {ContextRoot, createContext} from '@lit/context';
import type {PorticoCore} from '@portico/sdk';

/**
 * The client a `<portico-provider>` gives every element inside it. The key is a string, not
 * a `Symbol()`, so an element bundled twice (the CDN file and an app's own copy) still finds
 * the provider. Any client will do: the lean `PorticoCore`, or a full `PorticoClient` from
 * `createPorticoClient()`, which extends it.
 */
export const clientContext = createContext<PorticoCore | undefined>('portico-client');

const ROOT = Symbol.for('portico.context-root');

/**
 * Lets an element find a provider that upgrades after it (the element's script ran first,
 * or the provider is defined by a later entry point): a `ContextRoot` on the document keeps
 * unanswered requests and replays them when a provider appears. Installed once per page.
 */
export function ensureContextRoot(): void {
  const global = globalThis as {[ROOT]?: ContextRoot};
  if (global[ROOT] || typeof document === 'undefined') return;
  global[ROOT] = new ContextRoot();
  global[ROOT].attach(document.documentElement);
}
