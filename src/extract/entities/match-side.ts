// A side in a match report: "a 2-1 win over Atlético Ribeira", "Hokuryo Stallions beat Kamitaki Blue Herons 3-0",
// "drew 0-0 at Nacional Caxambu". A score in the sentence and a match's verb beside the name make it a team (a
// player's name has a given name first and is read as a person's by its shape: kind-rules-teams.ts).

// A score: "2-1", "0–0" (not a year's range "2009-2016", nor a time "10-11am"); or in words, "45 points to 24".
const SCORE =
  /(?:^|[^\d.,:])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d:]|\s?(?:am|pm)\b)|\b\d{1,3}\s+points?\s+to\s+\d{1,3}\b/u;

// The verb or noun of a match right before the name, a score between them or not ("beat 2-0", "lost 3-1 to").
const SIDE_BEFORE =
  /\b(?:beat|beats|beating|defeated|defeating|thrashed|edged|stunned|(?:beaten|held|hosted)\s+by|lost(?:\s+\d{1,2}[-–]\d{1,2})?\s+(?:to|at|against)|(?:defeat|loss|losses)\s+(?:to|at|against)|drew(?:\s+\d{1,2}[-–]\d{1,2})?\s+(?:with|at|against)|draw\s+(?:with|at|against)|(?:win|wins|victory|victories)\s+(?:over|against|at)|against|hosted|host|hosts|visit(?:ed)?)\s+(?:the\s+)?$/u;

// The verb of a match right after the name ("Ribeira beat", "Valmora have drawn").
const SIDE_AFTER =
  /^\s+(?:(?:have|had|has)\s+)?(?:beat|beaten|defeated|drew|drawn|lost|won|thrashed|edged|hammered|stunned|hosted|host|visited|visit|came\s+from\s+behind|twice\s+came\s+back)\b/u;

/** The name between `near` and `after` (its sentence's text before and after it) is a side in a scored match. */
export function matchSide(near: string, after: string): boolean {
  if (!SCORE.test(near) && !SCORE.test(after)) return false;
  return SIDE_BEFORE.test(near) || SIDE_AFTER.test(after);
}

/** After a preposition of place only ("drew 0-0 at X"), where the side's ground may be a town's name. */
export const AT_GROUND = /\bat\s+(?:the\s+)?$/u;
