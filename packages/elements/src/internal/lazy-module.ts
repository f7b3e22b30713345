import type {ReactiveControllerHost} from 'lit';

/**
 * The code of a part a member may never open (a history, an onboarding step, a form), kept
 * out of the element's own file: loaded the first time the element renders that part, after
 * which the element renders again. Until then {@link get} is undefined and the element shows
 * that part's loading state, as it does while its data loads: no flash of an empty part.
 *
 * @example
 * readonly #ledger = this.lazy(() => import('./credit-ledger.js')); // PorticoClientElement.lazy()
 * render() { return this.#ledger.get()?.renderLedger(view) ?? renderLoading(); }
 */
export class LazyModule<M> {
  #module: M | undefined;
  #loading: Promise<M> | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<M>;

  constructor(host: ReactiveControllerHost, load: () => Promise<M>) {
    this.#host = host;
    this.#load = load;
  }

  /** While the module loads: the element's `updateComplete` waits for it. */
  get pending(): Promise<M> | undefined {
    return this.#module ? undefined : this.#loading;
  }

  /** The module once loaded; the first call starts loading it. */
  get(): M | undefined {
    if (!this.#module) {
      this.load().catch((error: unknown) => {
        console.error('[Portico] Failed to load a part of the element:', error);
      });
    }
    return this.#module;
  }

  /** Resolves with the module (a test, or an element that needs it before it renders). */
  load(): Promise<M> {
    this.#loading ??= this.#load().then(
      (module) => {
        this.#module = module;
        this.#host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        // A failed load is tried again the next time the part is rendered.
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}
