// The mock server's API as a test reads it over plain HTTP, beside the page: the dev mailbox
// (sign-in codes, a visitor's mails), a member's credits, and a reset to a seeded scenario.
import {SPACE} from './seed.mjs';

const spaceUrl = (origin) => `${origin}/v1/spaces/${SPACE}`;

/** What the dev mailbox at `origin` holds for `email`, newest first. */
export async function mailbox(origin, email) {
  const response = await fetch(
    `${spaceUrl(origin)}/__dev/mailbox?email=${encodeURIComponent(email)}`,
  );
  const {messages} = await response.json();
  return messages.sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt));
}

/** The newest code the dev mailbox at `origin` holds for `email`. */
export async function mailboxCode(origin, email) {
  const code = (await mailbox(origin, email)).find((m) => m.code)?.code;
  if (!code) throw new Error(`the dev mailbox has no code for ${email}`);
  return code;
}

/** The member's credit total according to the API (signing in and out over plain HTTP). */
export async function apiCredits(origin, email) {
  const base = spaceUrl(origin);
  const post = (route, body) =>
    fetch(base + route, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const {challengeId} = await post('/auth/otp', {email});
  const {session} = await post('/auth/otp/verify', {
    challengeId,
    code: await mailboxCode(origin, email),
  });
  const credits = await fetch(`${base}/me/credits`, {
    headers: {authorization: `Bearer ${session.token}`},
  }).then((r) => r.json());
  await fetch(`${base}/auth/logout`, {
    method: 'POST',
    headers: {authorization: `Bearer ${session.token}`},
  });
  return credits.total;
}

/** Puts the server at `origin` back to the seeded `scenario` (`POST __dev/reset`). */
export async function resetScenario(origin, scenario = SPACE) {
  const reset = await fetch(`${spaceUrl(origin)}/__dev/reset`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({scenario}),
  });
  if (!reset.ok) throw new Error(`POST __dev/reset answered ${reset.status}`);
}
