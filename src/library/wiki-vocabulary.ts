// Words the Wikinews markup reader (wiki-markup.ts) reads by: one place for them.

/** Speaker marks that stand for a name: Wikinews marks its own interviewer "WN". Others are shown as written. */
export const SPEAKER_LABELS: ReadonlyMap<string, string> = new Map([['WN', 'Wikinews']]);

/**
 * English words that end an original-language text in Latin script where no mark does ("Tylko nie mów nikomu was
 * released"): function words that are not also short words of the languages Wikinews quotes in Latin script
 * (so no "a", "i", "in", "is", "on", "to", "has", "he", "or", "as", "an", "be", "me", "no").
 */
export const ENGLISH_CUES: ReadonlySet<string> = new Set(
  `the of and was were by with from which that had have are his her their this these those when after said been
  would will they she it its who for but not also at`.split(/\s+/),
);
