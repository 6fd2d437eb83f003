import type {EntityKind} from '../extract/index.js';
import type {EntitySearchResult} from './types.js';

const PLURAL: Record<EntityKind, [string, string]> = {
  person: ['person', 'people'],
  place: ['place', 'places'],
  organization: ['organization', 'organizations'],
};

/**
 * Other words for a kind: the reader's search results label an organization "org", and British English spells it
 * with an s.
 */
const OTHER_WORDS: Readonly<Record<string, EntityKind>> = {
  org: 'organization',
  orgs: 'organization',
  organisation: 'organization',
  organisations: 'organization',
};

/**
 * The kind a word names, singular or plural as the reader's tabs say it ("place", "places", "People"), or as its
 * search results label it ("org"); null for any other word.
 */
export function kindNamed(word: string): EntityKind | null {
  const w = word.trim().toLowerCase();
  for (const [kind, forms] of Object.entries(PLURAL) as [EntityKind, [string, string]][])
    if (forms.includes(w)) return kind;
  return Object.hasOwn(OTHER_WORDS, w) ? (OTHER_WORDS[w] ?? null) : null;
}

/** The words kindNamed takes, for a usage message: "person (people), place (places), organization (organizations)". */
export const KIND_WORDS = Object.values(PLURAL)
  .map(([one, many]) => `${one} (${many})`)
  .join(', ');

/** "1 person", "3 places". */
export function kindCount(kind: EntityKind, n: number): string {
  return `${n} ${PLURAL[kind][n === 1 ? 0 : 1]}`;
}

/**
 * What a search limited to `kind` found nothing of but other kinds did, from the unlimited results: "1 place and
 * 2 organizations" (empty when nothing else matched either), with whether one or more matched.
 */
export function otherKinds(
  all: readonly EntitySearchResult[],
  kind: EntityKind,
): {text: string; count: number} {
  const counts = new Map<EntityKind, number>();
  for (const r of all)
    if (r.entity.kind !== kind) counts.set(r.entity.kind, (counts.get(r.entity.kind) ?? 0) + 1);
  const parts = (['person', 'place', 'organization'] as const)
    .filter((k) => counts.has(k))
    .map((k) => kindCount(k, counts.get(k) ?? 0));
  const text =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
  return {text, count: [...counts.values()].reduce((a, b) => a + b, 0)};
}

/** "no people match" for a kind-limited search. */
export function noneOfKind(kind: EntityKind): string {
  return `no ${PLURAL[kind][1]} match`;
}
