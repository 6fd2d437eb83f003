import type {EntityRecord} from '../../src/store/types.js';

interface Linked {
  records: readonly EntityRecord[];
  membersOf(key: string): readonly string[];
}

/** The groups of more than one record as "shown name <= member names", sorted: what a link test compares. */
export function shownGroups(links: Linked, records: readonly EntityRecord[]): string[] {
  const nameOf = new Map(records.map((r) => [r.key, r.name]));
  return links.records
    .filter((r) => links.membersOf(r.key).length > 1)
    .map(
      (r) =>
        `${r.name} <= ${links
          .membersOf(r.key)
          .filter((k) => nameOf.get(k) !== r.name)
          .map((k) => nameOf.get(k))
          .sort()
          .join(', ')}`,
    )
    .sort();
}
