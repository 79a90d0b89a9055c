/**
 * Lookups by key asked for in the same turn of the event loop, answered by one query: on
 * PostgreSQL every request looks up its device, and a round trip each wakes a backend and the
 * bureau again; under load those wake-ups, not the query, are the cost. `loadMany` gets the
 * distinct keys and returns what it found, by key; a key it did not find answers null.
 */
export class CoalescedLookup<V> {
  private pending = new Map<string, { resolve: (value: V | null) => void; reject: (error: unknown) => void }[]>();

  constructor(private readonly loadMany: (keys: string[]) => Promise<Map<string, V>>) {}

  load(key: string): Promise<V | null> {
    return new Promise<V | null>((resolve, reject) => {
      if (this.pending.size === 0) setImmediate(() => this.flush());
      const waiting = this.pending.get(key) ?? [];
      waiting.push({ resolve, reject });
      this.pending.set(key, waiting);
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = new Map();
    this.loadMany([...batch.keys()]).then(
      (found) => {
        for (const [key, waiting] of batch) for (const { resolve } of waiting) resolve(found.get(key) ?? null);
      },
      (error: unknown) => {
        for (const waiting of batch.values()) for (const { reject } of waiting) reject(error);
      },
    );
  }
}
