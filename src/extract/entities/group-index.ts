// Groups filed under string keys, so that grouping forms asks "which groups have a form with this key" in one
// look-up instead of testing every form of every group (which grew with the square of an article's names).

const anyGroup = (): boolean => true;

/** Groups filed under keys; each key's groups are kept in the order the groups were made. */
export class GroupIndex<G> {
  private readonly made = new Map<G, number>();
  private readonly byKey = new Map<string, G[]>();
  private readonly filed = new Map<string, Set<G>>();

  /** Registers a new group; groups must be registered in the order they are made. */
  add(group: G): void {
    if (!this.made.has(group)) this.made.set(group, this.made.size);
  }

  /** Files a registered group under a key (once). */
  file(key: string, group: G): void {
    let seen = this.filed.get(key);
    if (!seen) this.filed.set(key, (seen = new Set()));
    if (seen.has(group)) return;
    seen.add(group);
    const list = this.byKey.get(key) ?? [];
    this.byKey.set(key, list);
    const at = this.made.get(group) ?? Infinity;
    // Usually the newest group, so appended; an older group gaining a form goes back to its place.
    let i = list.length;
    while (i > 0 && (this.made.get(list[i - 1] as G) ?? Infinity) > at) i--;
    list.splice(i, 0, group);
  }

  /** The groups filed under a key, oldest first. */
  all(key: string): readonly G[] {
    return this.byKey.get(key) ?? [];
  }

  /** The oldest group filed under any of the keys that `ok` accepts. */
  firstWhere(keys: Iterable<string>, ok: (group: G) => boolean): G | undefined {
    let best: G | undefined;
    let bestAt = Infinity;
    for (const key of keys) {
      // Each key's groups are in the order they were made: the first accepted is that key's oldest.
      for (const g of this.byKey.get(key) ?? []) {
        const at = this.made.get(g) ?? Infinity;
        if (at >= bestAt) break;
        if (!ok(g)) continue;
        [best, bestAt] = [g, at];
        break;
      }
    }
    return best;
  }

  /** The oldest group filed under any of the keys. */
  first(keys: Iterable<string>): G | undefined {
    return this.firstWhere(keys, anyGroup);
  }
}
