/** The three kinds of named entity brief tracks. */
export type EntityKind = 'person' | 'place' | 'organization';

/** One named entity of an article: the fullest name it uses, the other forms, and how often it is named. */
export interface Entity {
  /** Fullest form the article uses, without titles (Mr., President…). */
  name: string;
  /** Every other form the article uses for the same entity. */
  aliases: string[];
  /** Mentions counted over all forms. */
  mentions: number;
  /** A title or description the article gives ("foreign minister"), when it gives one. */
  role?: string;
  /**
   * How far the summed evidence for this kind stood above any other answer in the article (rule weights,
   * entities/kind-weights.ts): below KIND_SURE_MARGIN the article's own text barely decides what the name is, and
   * the library's other articles may (store/link-joins.ts). Absent for names no rule weighed.
   */
  kindMargin?: number;
}

/** A direct quotation and who said it. */
export interface Quote {
  /** The words inside the quotation marks, exactly as in the article. */
  text: string;
  /** The `name` of a person or organization entry, or null when the speaker is unnamed. */
  speaker: string | null;
}

/** A number with what it counts ("598 drones" → {value: 598, unit: "drones"}). */
export interface FactValue {
  value: number;
  unit: string;
}

/** A key numeric fact. */
export interface Fact {
  /** Short readable fact. */
  text: string;
  /** The sentence it comes from. */
  sentence: string;
  values: FactValue[];
}

/** A stage of the pipeline that did not finish, and why; "budget" when the article ran out of time. */
export interface StageFailure {
  stage: string;
  reason: string;
}

/** Everything extraction finds in one article: the fields of the `extract --json` contract. */
export interface Analysis {
  summary: string[];
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
  quotes: Quote[];
  facts: Fact[];
  /** Only when the analysis is incomplete: the stages that failed, in order. Their fields are left empty. */
  failures?: StageFailure[];
}

/** What extraction reads: the article's title and body paragraphs. */
export interface ExtractInput {
  title: string;
  paragraphs: string[];
  /** The article's writers and contributors (bylines): metadata, not its people unless the body names them. */
  authors?: string[];
  /** An outlet the file's own text names outside the body (e.g. "appeared first on New York Times"). */
  outlet?: string | null;
  /** The article's source (front matter or footer): a name of it in the body is an organization. */
  source?: string | null;
}
