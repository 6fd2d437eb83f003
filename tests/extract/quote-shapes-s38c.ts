// Made-up rows for round s38c: shapes read in articles outside the label splits (src/extract/quotes/ERRORS.md,
// "Round s38c"). Each class has a look-alike where no speaker (or another) must be given. Read by
// tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of round s38c, by class. */
export const ROUND_S38C: readonly Shape[] = [
  // A pull quote: the quote opens its paragraph and a dash line names who said it (quotes/credit-line.ts).
  {
    shape: 'a pull quote credited by a dash on its line',
    text: [
      'The season ended on Sunday.',
      '“It was a long season, and we are all tired of it.” — Pia Saari, club captain',
    ],
    quote: 'It was a long season',
    speaker: 'Pia Saari',
  },
  {
    shape: 'a pull quote credited by a dash on its line',
    text: [
      'The bridge closed in May.',
      '“Nobody told us the bridge would close for a whole month.”',
      '— Rosa Lindgren',
    ],
    quote: 'Nobody told us',
    speaker: 'Rosa Lindgren',
  },
  // Look-alikes: a dash after a quote inside the writer's sentence is an aside, not a credit; a dash line naming a
  // possessive opens a sentence of its own.
  {
    shape: 'a pull quote credited by a dash on its line',
    text: [
      'The plan, which critics have called “a blank cheque for the builders of the valley” — Tom Brack disagrees — passed on Monday.',
    ],
    quote: 'a blank cheque',
    speaker: null,
  },
  {
    shape: 'a pull quote credited by a dash on its line',
    text: [
      'The order was signed on Monday.',
      '“The bridge stays shut until the engineers say otherwise.” — Ada Holm’s office later withdrew the order.',
    ],
    quote: 'The bridge stays shut',
    speaker: null,
  },
  // "accused X of <gerund> “…”": the subject's words, however short (attribution.ts OF_OBJECT).
  {
    shape: 'a short quote after "accused X of" and a gerund',
    text: [
      'In reaction to the speech, Senator Mara Lindqvist accused Governor Tom Brack of ignoring “truth and facts”.',
    ],
    quote: 'truth and facts',
    speaker: 'Mara Lindqvist',
  },
  {
    shape: 'a short quote after "accused X of" and a gerund',
    text: [
      'The next day on Twitter the singer Kanu Oyelaran accused his manager of attempting to “lock me up”.',
    ],
    quote: 'lock me up',
    speaker: 'Kanu Oyelaran',
  },
  // Look-alike: in the passive the subject is the one accused, not the speaker.
  {
    shape: 'a short quote after "accused X of" and a gerund',
    text: [
      'Governor Tom Brack was accused of ignoring “the warnings of every engineer on the board” by the opposition.',
    ],
    quote: 'the warnings',
    speaker: null,
  },
  // "According to its press release, X was “…”": the possessive stands for X, the subject after the comma.
  {
    shape: 'a possessive source after "according to", its owner the subject',
    text: [
      'According to its press release, the Varn Basketball League was “suspending all games until further notice.”',
    ],
    quote: 'suspending all games',
    speaker: 'Varn Basketball League',
  },
  // Look-alike: "his lawyer" cannot stand for a body: the source stays unnamed.
  {
    shape: 'a possessive source after "according to", its owner the subject',
    text: [
      'According to his lawyer, the Varn Basketball League was “suspending all games until further notice.”',
    ],
    quote: 'suspending all games',
    speaker: null,
  },
  // "Calling it a “…” the archbishop said": a title after the quote, of the one person the article gives it.
  {
    shape: 'a speech participle opening the sentence, a title after the quote',
    text: [
      'The bill was criticised by archbishop Tomas Varela.',
      'Calling it a “culture of death” the archbishop said the bill would fail.',
    ],
    quote: 'culture of death',
    speaker: 'Tomas Varela',
  },
  // Look-alike: a title no one in the article holds names no one.
  {
    shape: 'a speech participle opening the sentence, a title after the quote',
    text: [
      'The bill was debated on Monday.',
      'Calling it a “culture of death and despair” the archbishop said the bill would fail.',
    ],
    quote: 'culture of death',
    speaker: false,
  },
  // "a pattern described by X as “…”": a verb of judging in the passive without "was", its agent the speaker.
  {
    shape: 'a reduced passive of judging, its agent named',
    text: [
      'Tracking data showed contact again on January 6, with a pattern described by Harbour Gazette as “rather hectic and kind of confused”.',
    ],
    quote: 'rather hectic',
    speaker: 'Harbour Gazette',
  },
  // Look-alike: the agent of a verb passing words on relays them; it did not say them.
  {
    shape: 'a reduced passive of judging, its agent named',
    text: [
      'The minister left the hall early, her remarks reported by Harbour Gazette as “a last warning to the striking dock workers of the port”.',
    ],
    quote: 'a last warning',
    speaker: null,
  },
  // "In a post on Facebook, the club wrote": the medium is no body the kind noun stands for.
  {
    shape: 'a kind noun with only a medium named before it',
    text: [
      'In a post on Facebook, the club wrote: “Our thoughts are with the family of our former captain.”',
    ],
    quote: 'Our thoughts are',
    speaker: null,
  },
  // Look-alike: a body named as the subject before stays the one the kind noun stands for.
  {
    shape: 'a kind noun with only a medium named before it',
    text: [
      'Varnby Football Club confirmed the news on Monday.',
      'In a post on Facebook, the club wrote: “Our thoughts are with the family of our former captain.”',
    ],
    quote: 'Our thoughts are',
    speaker: 'Varnby Football Club',
  },
];
