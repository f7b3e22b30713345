/// <reference types="mocha" />
// Shared by the login's test files: a login bound to a test client, the way to its code step,
// and a record of the API requests it makes.
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {describeElement} from './hooks.js';
import {MEMBER, readCode, SPACE, worker} from './mock-api.js';
import {elementSetup, type ElementSetupOptions} from './mount.js';
import '../../src/login/login.js';
import type {PorticoLogin} from '../../src/login/login.component.js';
import {PorticoLoginHarness} from '../../src/login/login.harness.js';

/** The routes the login's tests answer themselves (msw paths). */
export const SPACE_URL = `*/v1/spaces/${SPACE}`;
export const OTP = `${SPACE_URL}/auth/otp`;
export const ME = `${SPACE_URL}/me`;

export interface SetupOptions extends ElementSetupOptions {
  email?: string;
  invitation?: string;
  invitationFromUrl?: boolean;
  /** Seconds; left unset, the element's own default. */
  resendCooldown?: number;
}

/** A login bound to a test client, nobody signed in unless told. */
export const setupTest = elementSetup<PorticoLogin, PorticoLoginHarness, SetupOptions>(
  'portico-login',
  PorticoLoginHarness,
  null,
  (client, options) =>
    html`<portico-login
      .client=${client}
      email=${options.email ?? ''}
      invitation=${options.invitation ?? ''}
      ?invitation-from-url=${options.invitationFromUrl ?? false}
      resend-cooldown=${ifDefined(options.resendCooldown)}
    ></portico-login>`,
);

/** Up to the code step for `email`. */
export async function codeStep(email = MEMBER, options: SetupOptions = {}) {
  const setup = await setupTest(options);
  await setup.harness.type(email);
  await setup.harness.submit();
  await setup.harness.until((h) => h.input?.autocomplete === 'one-time-code');
  return setup;
}

/** A code that is not the one mailed. */
export async function wrongCode(email = MEMBER): Promise<string> {
  return (await readCode(email)) === '000000' ? '111111' : '000000';
}

/** Records the API requests made from now on. */
export function recordRequests(): string[] {
  const seen: string[] = [];
  worker.events.on('request:start', ({request}) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return seen;
}

/** `describe('<portico-login>')` with {@link describeElement}'s hooks. */
export function describeLogin(tests: () => void): void {
  describeElement('portico-login', tests);
}
