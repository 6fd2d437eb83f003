// Groups filed under string keys, so that grouping forms asks "which groups have a form with this key" in one
// look-up instead of testing every form of every group (which grew with the square of an article's names).

const anyGroup = (): boolean => true;

/** Groups filed under keys; each key's groups are kept in the order the groups were made. */
export class GroupIndex<G> {
  private readonly made = new Map<G, number>();
  private readonly byKey = new Map<string, G[]>();

  /** Registers a new group; groups must be registered in the order they are made. */
  add(group: G): void {
    if (!this.made.has(group)) this.made.set(group, this.made.size);
  }

  /** Files a registered group under a key (once). */
  file(key: string, group: G): void {
    const list = this.byKey.get(key);
    if (list === undefined) {
      this.byKey.set(key, [group]);
      return;
    }
    // (A key holds a few groups: its list is searched, where a set per key and the splice's array of removed
    // elements were garbage made for every form of every article.)
    if (list.includes(group)) return;
    const at = this.made.get(group) ?? Infinity;
    // Usually the newest group, so appended; an older group gaining a form goes back to its place.
    let i = list.length;
    while (i > 0 && (this.made.get(list[i - 1] as G) ?? Infinity) > at) i--;
    if (i === list.length) list.push(group);
    else list.splice(i, 0, group);
  }

  /** The groups filed under a key, oldest first. */
  all(key: string): readonly G[] {
    return this.byKey.get(key) ?? [];
  }

  /** The oldest group filed under any of the keys that `ok` accepts. */
  firstWhere(keys: readonly string[], ok: (group: G) => boolean): G | undefined {
    let best: G | undefined;
    let bestAt = Infinity;
    for (let k = 0; k < keys.length; k++) {
      const list = this.byKey.get(keys[k] as string);
      if (list === undefined) continue;
      // Each key's groups are in the order they were made: the first accepted is that key's oldest. (Indexed loops:
      // an array's iterator is an object per step where this is not optimised.)
      for (let i = 0; i < list.length; i++) {
        const g = list[i] as G;
        const at = this.made.get(g) ?? Infinity;
        if (at >= bestAt) break;
        if (!ok(g)) continue;
        best = g;
        bestAt = at;
        break;
      }
    }
    return best;
  }

  /** The oldest group filed under any of the keys. */
  first(keys: readonly string[]): G | undefined {
    return this.firstWhere(keys, anyGroup);
  }
}
