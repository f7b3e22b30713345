import type {Session} from '../areas/auth/schemas.js';
import {isInstant, isRecord, isString} from '../utils/shape.js';
import type {Emitter} from '../utils/emitter.js';
import {warn} from '../utils/report.js';
import {memoryStorage, type SessionStorageAdapter} from './adapters.js';

export interface SessionEvents extends Record<string, unknown> {
  /** The member logged in, logged out, or the session expired (also from another tab). */
  'session-changed': {session: Session | null};
  /** The server rejected the token (401) or it passed its `expiresAt`: ask the member to log in. */
  'session-expired': {reason: 'unauthorized' | 'expired'};
}

/**
 * Owns the bearer token: kept as JSON under one key per API and space, read back on every
 * use so a login or logout in another tab is seen at once.
 */
export class SessionManager {
  #storage: SessionStorageAdapter;
  readonly #key: string;
  readonly #events: Emitter<SessionEvents>;

  constructor(storage: SessionStorageAdapter, key: string, events: Emitter<SessionEvents>) {
    this.#storage = storage;
    this.#key = key;
    this.#events = events;
  }

  /** The current session, or null when logged out or expired. */
  get(): Session | null {
    const session = this.#read();
    if (session && Date.parse(session.expiresAt) <= Date.now()) {
      this.#remove();
      this.#events.emit('session-expired', {reason: 'expired'});
      this.#events.emit('session-changed', {session: null});
      return null;
    }
    return session;
  }

  /** Like `get()`, without side effects: an expired session is null but stays until read. */
  peek(): Session | null {
    const session = this.#read();
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  }

  get isLoggedIn(): boolean {
    return this.get() !== null;
  }

  set(session: Session): void {
    const previous = this.#read();
    if (!isSession(session)) {
      throw new TypeError(
        '[Portico] Failed to set the session: it needs a token and an expiresAt instant.',
      );
    }
    this.#write(JSON.stringify({token: session.token, expiresAt: session.expiresAt}));
    if (previous?.token !== session.token) this.#events.emit('session-changed', {session});
  }

  clear(): void {
    const previous = this.#read();
    this.#remove();
    if (previous) this.#events.emit('session-changed', {session: null});
  }

  /**
   * The server answered 401 to `token`. Only that token is dropped: a request sent before a
   * fresh login must not log the member out again.
   */
  expire(token: string): void {
    if (this.#read()?.token !== token) return;
    this.#remove();
    this.#events.emit('session-expired', {reason: 'unauthorized'});
    this.#events.emit('session-changed', {session: null});
  }

  /** Called when another tab changed the stored value (the `storage` event). */
  notifyExternalChange(key: string | null): void {
    if (key === this.#key || key === null) {
      this.#events.emit('session-changed', {session: this.get()});
    }
  }

  #read(): Session | null {
    let raw: string | null;
    try {
      raw = this.#storage.getItem(this.#key);
    } catch (error) {
      this.#fallBackToMemory(error);
      return null;
    }
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isSession(parsed)) return {token: parsed.token, expiresAt: parsed.expiresAt};
    } catch {
      // Not JSON: fall through and drop it.
    }
    this.#remove();
    return null;
  }

  #write(value: string): void {
    try {
      this.#storage.setItem(this.#key, value);
    } catch (error) {
      // Quota exceeded or storage blocked: keep the member logged in for this page at least.
      this.#fallBackToMemory(error);
      this.#storage.setItem(this.#key, value);
    }
  }

  #remove(): void {
    try {
      this.#storage.removeItem(this.#key);
    } catch (error) {
      this.#fallBackToMemory(error);
    }
  }

  #fallBackToMemory(error: unknown): void {
    warn('Session storage failed; keeping the session in memory for this page.', error);
    this.#storage = memoryStorage();
  }
}

/** What a stored (or given) session must look like; anything else is dropped. */
function isSession(value: unknown): value is Session {
  return isRecord(value) && isString(value.token) && isInstant(value.expiresAt);
}
