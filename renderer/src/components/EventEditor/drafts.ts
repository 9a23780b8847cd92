// Unsaved form contents, kept so that nothing typed is lost when a form is closed by mistake.
//
// Drafts live in MEMORY ONLY, in the editor provider inside the unlocked frame. They are never written to
// localStorage, sessionStorage or IndexedDB: a draft is ledger content (a crisis, what a client felt), and
// ledger content must never land unencrypted on disk. Locking unmounts the frame, and the drafts go with it
// (docs/security.md 13: renderer state is cleared on lock).
export interface Draft<V> {
  values: V;
  savedAt: number;
}

export class DraftStore<V> {
  private readonly drafts = new Map<string, Draft<V>>();

  get(key: string): Draft<V> | undefined {
    return this.drafts.get(key);
  }

  set(key: string, values: V): void {
    this.drafts.set(key, { values, savedAt: Date.now() });
  }

  delete(key: string): void {
    this.drafts.delete(key);
  }

  /** The newest draft whose key starts with `prefix` (e.g. every new-event draft of one client). */
  newest(prefix: string): [key: string, draft: Draft<V>] | undefined {
    let best: [string, Draft<V>] | undefined;
    for (const entry of this.drafts) {
      if (entry[0].startsWith(prefix) && (!best || entry[1].savedAt >= best[1].savedAt)) best = entry;
    }
    return best;
  }

  clear(): void {
    this.drafts.clear();
  }
}
