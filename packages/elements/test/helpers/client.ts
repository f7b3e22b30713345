// A client of the mock API and the login steps a member goes through; shared by element
// tests and stories.
import {
  createPorticoClient,
  type PorticoClient,
  type PorticoClientOptions,
  type PorticoCore,
} from '@portico/sdk';

export const API = `${location.origin}/v1`;
export const SPACE = 'demo';
export const MEMBER = 'ada@example.com';

/**
 * A client of the mock API that keeps its session in memory (tests do not share a login
 * through localStorage) and does not retry, so an error shows at once.
 */
export function createTestClient(options: Partial<PorticoClientOptions> = {}): PorticoClient {
  return createPorticoClient({
    baseUrl: API,
    space: SPACE,
    session: 'memory',
    retry: {limit: 0},
    ...options,
  });
}

/**
 * Logs `email` in through the client like a member would: asks for a code, reads it from
 * the mock server's dev mailbox, and verifies it.
 */
export async function logIn(client: PorticoCore, email = MEMBER): Promise<void> {
  const {challengeId} = await client.auth.requestCode({email});
  const code = await readCode(email);
  await client.auth.verifyCode({challengeId, code});
}

/** What the mock server "mailed" to `email`, newest first (its dev mailbox). */
async function mailbox(email: string) {
  const response = await fetch(
    `${API}/spaces/${SPACE}/__dev/mailbox?email=${encodeURIComponent(email)}`,
  );
  return (
    (await response.json()) as {messages: {subject: string; text: string; code: string | null}[]}
  ).messages;
}

/** The latest one-time code "mailed" to `email` by the mock server. */
export async function readCode(email = MEMBER): Promise<string> {
  const code = (await mailbox(email)).find((message) => message.code)?.code;
  if (!code) throw new Error(`No code in the dev mailbox for ${email}`);
  return code;
}

/** The latest mail to `email` (a visitor's registration, a message). */
export async function readMail(email: string): Promise<{subject: string; text: string}> {
  const [latest] = await mailbox(email);
  if (!latest) throw new Error(`No mail in the dev mailbox for ${email}`);
  return latest;
}

/** `POST /__dev/<path>` on the mock server: the space's side of a journey (front desk, billing). */
export async function devPost<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${API}/spaces/${SPACE}/__dev/${path}`, {
    method: 'POST',
    headers: body ? {'content-type': 'application/json'} : {},
    body: body ? JSON.stringify(body) : null,
  });
  if (!response.ok) throw new Error(`POST /__dev/${path}: ${response.status}`);
  return (await response.json()) as T;
}
