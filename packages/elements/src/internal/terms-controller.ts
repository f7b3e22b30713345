import {type Profile, type PorticoCore} from '@portico/sdk';
import {spaceQuery} from '@portico/sdk/space';
import {acceptTerms} from '@portico/sdk/profile';
import type {ReactiveControllerHost} from 'lit';
import {HostController} from './host-controller.js';

/** What a `TermsController` needs from its element. */
export interface TermsHost extends ReactiveControllerHost {
  readonly resolvedClient: PorticoCore | undefined;
}

/** The member as the server answered the acceptance, and the version they accepted. */
export interface TermsAccepted {
  readonly member: Profile;
  readonly version: string;
}

/**
 * Accepts the space's current terms of use for the signed-in member: the step that sign-in,
 * a booking and an order each need before anything creates an obligation (the API answers
 * `terms_not_accepted` until then). The version is always the space's current one, and
 * `busy` marks the button that asked while the request runs. Failures reject with the API's
 * `PorticoError`: each element says them in its own words.
 */
export class TermsController extends HostController<TermsHost, Pick<TermsController, 'busy'>> {
  /** The acceptance is with the server. */
  busy = false;

  /**
   * Accepts the current terms. `before` runs first, within the same busy step (sign-in saves
   * a missing name with the acceptance). Does nothing without a client, or while busy.
   */
  async accept(
    before?: (client: PorticoCore) => Promise<unknown>,
  ): Promise<TermsAccepted | undefined> {
    const client = this.host.resolvedClient;
    if (!client || this.busy) return undefined;
    this.set({busy: true});
    try {
      // The space is loaded by every element that asks; on a fast click it may still come.
      const query = spaceQuery(client);
      const space = client.store.get(query).data ?? (await client.store.fetch(query));
      const {version} = space.terms;
      await before?.(client);
      const member = await acceptTerms(client, {version});
      return {member, version};
    } finally {
      this.set({busy: false});
    }
  }
}
