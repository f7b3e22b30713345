/** A Web Storage in memory, for Node (which has no `localStorage` without a flag). */
export class FakeStorage implements Storage {
  readonly #values = new Map<string, string>();
  writes = 0;

  get length(): number {
    return this.#values.size;
  }
  clear(): void {
    this.#values.clear();
  }
  getItem(key: string): string | null {
    return this.#values.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#values.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#values.delete(key);
  }
  setItem(key: string, value: string): void {
    this.writes++;
    this.#values.set(key, String(value));
  }
  keys(): string[] {
    return [...this.#values.keys()];
  }
}

/** Installs `localStorage` and `sessionStorage` on globalThis for the duration of `run`. */
export async function withWebStorage<T>(
  run: (storages: {local: FakeStorage; session: FakeStorage}) => T | Promise<T>,
): Promise<T> {
  const local = new FakeStorage();
  const session = new FakeStorage();
  Object.assign(globalThis, {localStorage: local, sessionStorage: session});
  try {
    return await run({local, session});
  } finally {
    delete (globalThis as {localStorage?: Storage}).localStorage;
    delete (globalThis as {sessionStorage?: Storage}).sessionStorage;
  }
}
