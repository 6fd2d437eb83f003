/** The shared scorer's folding of text before comparing it: accents and case off, curly quotes straight. */
export function fold(s: unknown): string;
/** Every number the shared scorer reads in a text, in digits or words, with a scale word when one follows. */
export function numbersIn(text: string): number[];
