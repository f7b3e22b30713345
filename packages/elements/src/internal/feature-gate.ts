import type {Features, QueryDescriptor, Space} from '@portico/sdk';
import {offers} from '@portico/sdk/domain';
import {spaceQuery} from '@portico/sdk/space';
import {QueryController, type QueryHost} from './query-controller.js';

/**
 * Whether the space runs the optional part of the portal an element shows (`Space.features`,
 * the portal's `offered()` for one element): where it does not, the server answers 404 to the
 * part's routes and the element shows nothing (its `DataStates` takes this gate).
 *
 * @example
 * readonly #gate = new FeatureGate(this, 'events');
 * readonly #events = new QueryController(this, (c) => this.#gate.when(eventsQuery(c)));
 * readonly #states = new DataStates(this, {queries: [this.#events], gate: this.#gate, …});
 */
export class FeatureGate {
  /** The space's description (public, cached and shared with every element of the page). */
  readonly space: QueryController<Space>;
  readonly feature: keyof Features;

  constructor(host: QueryHost, feature: keyof Features) {
    this.space = new QueryController(host, (client) => spaceQuery(client));
    this.feature = feature;
  }

  /** `true` or `false` once the space has loaded (with the part around it); `undefined` until then. */
  get offered(): boolean | undefined {
    const features = this.space.state.data?.features;
    return features && offers(features, this.feature);
  }

  /**
   * `descriptor`, unless the space is known not to run the part: the part's queries start
   * with the space's (no waiting for it), and none is sent once the space says it is off.
   */
  when<T>(descriptor: QueryDescriptor<T> | undefined): QueryDescriptor<T> | undefined {
    return this.offered === false ? undefined : descriptor;
  }

  /** The space is still being read (not failed): whether the part runs is not known yet. */
  get deciding(): boolean {
    return this.offered === undefined && this.space.state.status !== 'error';
  }
}
