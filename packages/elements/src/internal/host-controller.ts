import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * A controller that holds part of one element's state: it registers itself with the element
 * and re-renders it when that state changes ({@link set}). `State` names the fields `set`
 * may change, e.g. `Pick<TermsController, 'busy'>`.
 *
 * The element calls `hostConnected()` from `addController()` when it is already connected,
 * that is from this constructor, before a subclass's own fields exist: a subclass with a
 * `hostConnected()` must be created before its element connects (as a field of the element).
 */
export abstract class HostController<
  Host extends ReactiveControllerHost = ReactiveControllerHost,
  State extends object = Record<never, never>,
> implements ReactiveController {
  protected readonly host: Host;

  // Lit's hooks are all optional; one declared makes this class a ReactiveController to TS.
  hostConnected?(): void;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** Changes some of the controller's state, and renders the element again. */
  protected set(changes: Partial<State>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}
