import type {PorticoError} from '@portico/sdk';

/** A request an element depends on failed; the element shows it and offers a retry. */
export type PorticoErrorEvent = CustomEvent<{error: PorticoError}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'portico-error': PorticoErrorEvent;
  }
}
