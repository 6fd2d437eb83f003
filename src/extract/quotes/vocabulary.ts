// Every word list of the quotes stage, once. The patterns built from them live here too, so that a list and the
// regular expression made of it cannot drift apart.
import {FEMALE_TITLES, MALE_TITLES, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, TITLES} from '../entities/cues.js';
import {lazyPattern} from '../memo.js';

/**
 * Titles that fix a person's gender, the common nouns for kinds of organization ("the company said"), the words
 * that make a name a body's ("Institute", "Centers"), and the titles and nouns for a person ("the professor said"):
 * shared with the entities stage, which owns them.
 */
export {FEMALE_TITLES, MALE_TITLES, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, TITLES};
export {COMPANY_NAME_WORDS, COMPANY_NOUNS} from '../entities/cues.js';

/**
 * Words of a business's name that say its trade ("Norcast Foods", "Kelmer Records"): such a body is the one "the
 * company" or "the firm" stands for, as one named "… Inc." is (the entities' COMPANY_NAME_WORDS).
 */
// prettier-ignore
export const TRADE_NAME_WORDS: ReadonlySet<string> = new Set([
  'foods', 'stores', 'records', 'studios', 'pictures', 'entertainment', 'games', 'tours', 'adventures', 'express',
  'brewing', 'brewery', 'energy', 'mining', 'oil', 'petroleum', 'logistics', 'shipping', 'marine', 'farms', 'software', 'solutions', 'partners', 'capital', 'ventures', 'brands', 'retail', 'cosmetics', 'apparel',
]);

/**
 * Nouns a sports or feature story calls a person it has just named, with no one given them as a role ("the Portuguese
 * forward said", "the youngster added"), beyond the person nouns the entities know.
 */
// prettier-ignore
export const EPITHET_NOUNS: ReadonlySet<string> = new Set([
  'forward', 'skipper', 'keeper', 'goalkeeper', 'winger', 'youngster', 'playmaker', 'newcomer', 'rookie', 'marksman',
  'netminder', 'batsman', 'bowler', 'rider', 'full-back', 'centre-back', 'centre-half', 'frontman', 'sprinter',
  'opener', 'seamer', 'spinner', 'paceman', 'all-rounder', 'striker', 'midfielder', 'defender', 'jockey', 'veteran',
  'teenager',
]);

/**
 * A nationality's noun for a person ("the Scot", "the Dutchman", "the Portuguese", "the Brazilian"): the shapes, and the
 * short ones no shape gives. An office alone ("the Vizier") is no epithet: nobody holding it, the speaker is unnamed.
 */
export const nationalityNoun = lazyPattern(
  () =>
    /^(?:\p{Lu}\p{Ll}+(?:ese|ian|ean|ish|ch|man|woman|an|i)|Scot|Brit|Briton|Spaniard|Swede|Dane|Finn|Pole|Turk|Greek|Czech|Swiss|Thai|Kiwi|Aussie|Basque|Croat|Serb|Slovak|Slovene|Uzbek|Kazakh)$/u,
);

/**
 * Nouns for a person of a nation that are not the nation's demonym ("the Swede" → Swedish → Sweden), so that "the
 * Swede said" finds the one the article calls "Sweden's Oskar Lindqvist" (nationality.ts).
 */
// prettier-ignore
export const PERSON_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['Spaniard', 'Spanish'], ['Swede', 'Swedish'], ['Dane', 'Danish'], ['Finn', 'Finnish'], ['Pole', 'Polish'],
  ['Turk', 'Turkish'], ['Brit', 'British'], ['Briton', 'British'], ['Croat', 'Croatian'], ['Serb', 'Serbian'],
  ['Kiwi', 'New Zealander'], ['Aussie', 'Australian'],
]);

/** Verbs that introduce speech or writing, in any form the news uses them. */
// prettier-ignore
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'posted', 'stated', 'states',
  'explained', 'explains', 'noted', 'notes', 'asked', 'asks', 'replied', 'replies', 'answered', 'continued',
  'declared', 'insisted', 'warned', 'warns', 'claimed', 'claims', 'argued', 'argues', 'commented', 'remarked',
  'recalled', 'recalls', 'acknowledged', 'admitted', 'announced', 'announces', 'confirmed', 'described', 'called',
  'calls', 'urged', 'urges', 'estimated', 'predicted', 'concluded', 'stressed', 'emphasized',
  'emphasised', 'pointed out', 'went on', 'reported', 'reports', 'responded', 'suggested', 'shouted', 'screamed',
  'cried', 'whispered', 'joked', 'mused', 'quipped', 'conceded', 'observed', 'testified', 'promised', 'vowed',
  'pledged', 'boasted', 'complained', 'lamented', 'exclaimed', 'elaborated', 'according to', 'telling', 'adding',
  'writing', 'saying', 'stating', 'explaining', 'noting', 'calling', 'describing', 'tweeting', 'characterized',
  'characterised', 'characterizing', 'characterising', 'describes', 'characterizes', 'characterises',
  'talked of', 'spoke of', 'talked about', 'spoke about', 'reacted', 'retorted', 'replying', 'responding', 'announcing', 'declaring',
  'insisting', 'warning', 'arguing', 'recalling', 'stressing', 'urging', 'asking', 'answering', 'posting',
  'underlined', 'underlining', 'affirmed', 'reaffirmed', 'cautioned', 'countered', 'wondered',
  'reiterated', 'tweets', 'posts', 'recounted', 'predicts', 'told of', 'alleges', 'opined', 'opines', 'alleged',
  'alleging', 'tell', 'claiming',
  // The other forms of the verbs above, so that a form the news happens to use is not missed before a quote.
  'shouting', 'chanted', 'chanting', 'whispering', 'joking', 'promising', 'vowing',
  'pledging', 'complaining', 'complains', 'confirming', 'confirms', 'acknowledging',
  'acknowledges', 'admitting', 'admits', 'suggesting', 'suggests', 'conceding', 'concedes', 'commenting',
  'remarking', 'emphasizing', 'emphasising', 'emphasizes', 'emphasises', 'concluding', 'concludes',
  'predicting', 'lamenting', 'boasting', 'reiterating', 'reiterates', 'cautioning',
  'countering', 'quipping', 'observing', 'observes', 'testifying', 'testifies',
  'exclaiming', 'affirming', 'affirms', 'retorting', 'recounting', 'insists',
  'responds', 'declares', 'demanded', 'demanding', 'pleaded', 'pleading', 'revealed',
  'revealing', 'reveals', 'disclosed', 'speculated', 'speculating', 'summarized', 'summarised', 'summarizing',
  'informed', 'informs', 'informing',
  // A court's words: what it rules or holds ("the court ruled", "quashed the order, holding that it was “…”").
  'ruled', 'ruling', 'holding that', 'held that',
];

/**
 * Verbs whose object may be a quotation in the subject's own words ("attacked the inquiry as “…”", "a statement
 * which read, “…”"), but which never name the speaker after a quote ("“…” Harris attacked" is not Harris's).
 */
// prettier-ignore
export const OBJECT_SPEECH_VERBS = [
  'termed', 'branded', 'labelled', 'labeled', 'dismissed', 'attacked', 'condemned', 'criticised', 'criticized',
  'hailed', 'referred to', 'read', 'reads', 'justified', 'defended', 'accused', 'accusing', 'accuses', 'lauded',
  'praised', 'regarded', 'regards', 'viewed', 'assailed', 'denounced', 'decried', 'derided', 'touted', 'introduced',
];

/** Object verbs whose judgement is "of" something ("accused the network of “…”"), not "as" something. */
export const ACCUSING = /^accus(?:ed|ing|es)$/iu;

/**
 * Nouns a person's name may modify ("the Trump campaign", "the Biden administration"): a name before one is no
 * speaker, but the group it names (with ORG_NOUNS, "the Trump team").
 */
// prettier-ignore
export const NAMED_GROUPS = new Set([
  ...ORG_NOUNS, 'campaign', 'administration', 'camp', 'family', 'aides', 'allies', 'supporters', 'estate', 'spokesperson',
  'spokesman', 'spokeswoman', 'lawyers', 'attorneys', 'government', 'cabinet', 'regime',
]);

/**
 * Nouns for an unnamed group that speaks without a determiner in wire copy ("“…,” police said", "authorities said");
 * plural person nouns ("officials", "witnesses") are known by their singular.
 */
export const BARE_GROUP_SPEAKERS: ReadonlySet<string> = new Set(['police', 'authorities']);

/** Nouns by which a sentence points back at the quote before it ("That was the reaction of X"). */
// prettier-ignore
export const BACK_NOUNS = [
  'reaction', 'response', 'words', 'message', 'answer', 'verdict', 'view', 'reply', 'assessment', 'warning',
  'comment', 'promise', 'plea', 'advice', 'conclusion',
];

/** Verbs of opinion whose clause a quote may complete in the subject's words ("believes the tax is “…”"). */
// prettier-ignore
export const OPINION_VERBS = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared',
  'feel', 'feels', 'felt', 'expect', 'expects', 'expected', 'worry', 'worries', 'worried', 'doubt', 'doubts',
  'doubted', 'wish', 'wishes', 'wished', 'consider', 'considers', 'considered', 'suspect', 'suspects', 'suspected',
  'predict', 'trust', 'trusts', 'trusted', 'maintain', 'maintains', 'maintained', 'contend', 'contends', 'contended',
  'want', 'wants', 'wanted',
]);

/**
 * Verbs by which a person states a stance of their own, whose object or complement in marks is their words with no
 * speech verb ("X remains “fully committed”", "professed himself “deeply concerned”", "endorsed the selection of a
 * “woman of color”", "envisioned the pipeline to end their “fringe country” status"). Verbs of undergoing or doing
 * ("suffered “two deep wounds”", "held a “Salute to America”") say nothing of the subject's words and are no such verb.
 */
// prettier-ignore
export const STANCE_VERBS = [
  'remains', 'remained', 'professed', 'professes', 'endorsed', 'endorses', 'envisioned', 'envisions', 'expressed',
  'expresses', 'voiced', 'voices', 'welcomed', 'welcomes', 'rejected', 'rejects',
];

/**
 * Verbs of judging, whose direct object in marks is the judge's phrase ("criticised the “macho culture” of the
 * council"); a quote after a preposition is another's word for what is judged ("attacked the company for its
 * “cheating”").
 */
// prettier-ignore
export const JUDGING_VERBS = [
  'attacked', 'condemned', 'criticised', 'criticized', 'hailed', 'lauded', 'praised', 'denounced', 'decried',
  'derided', 'assailed', 'dismissed', 'touted',
];

/**
 * A role word as the text writes it after "the": a noun ("mayor", "vice-president", or a capitalised office the
 * article gives someone, "the Vizier") or an age ("54-year-old").
 */
export const ROLE_WORD = '\\p{L}\\p{Ll}[\\p{Ll}-]*|\\d+-year-old';

/**
 * Words of bodies' names that, as "the <word>", name one body of the article speaking ("the commission said", "the
 * court ruled"): ORG_WORDS but the ones that name no one body ("the media", "the press", "the news").
 */
export const BODY_NAME_NOUNS: ReadonlySet<string> = new Set(
  [...ORG_WORDS].filter((w) => !['media', 'press', 'news', 'independent', 'forces', 'services'].includes(w)),
);

/**
 * Nouns by which the news names a body of one kind, and the words of such bodies' names: "the lender said" after
 * "Nordmark Bank", "the carrier" after "Skyline Airways", "the watchdog" after "the Competition and Markets
 * Authority", "the bench" (the judges sitting as the court, GUIDE.md) after "the High Court". The noun's own word in a
 * name ("the bank" after "Nordmark Bank") needs no entry.
 */
const REGULATOR_WORDS = [
  'authority',
  'commission',
  'council',
  'agency',
  'office',
  'board',
  'ombudsman',
  'inspectorate',
  'regulator',
  'directorate',
];
const MAKER_OF_CARS = ['motors', 'motor', 'automotive', 'auto', 'autos', 'cars'];
const SHOP_WORDS = ['stores', 'store', 'retail', 'mart', 'supermarkets', 'markets'];
// prettier-ignore
export const BODY_KIND_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['bench', ['court', 'tribunal']],
  ['lender', ['bank', 'bancorp', 'banking', 'credit', 'financial', 'finance', 'lending', 'mortgage', 'savings']],
  ['carrier', ['airways', 'airlines', 'air', 'aviation', 'telecom', 'telecommunications', 'mobile', 'wireless', 'shipping', 'lines']],
  ['airline', ['airways', 'airlines', 'air', 'aviation']],
  ['watchdog', REGULATOR_WORDS],
  ['regulator', REGULATOR_WORDS],
  ['insurer', ['insurance', 'assurance', 'mutual']],
  ['carmaker', MAKER_OF_CARS],
  ['automaker', MAKER_OF_CARS],
  ['broadcaster', ['tv', 'television', 'broadcasting', 'radio', 'media']],
  ['retailer', SHOP_WORDS],
  ['supermarket', SHOP_WORDS],
  ['drugmaker', ['pharma', 'pharmaceuticals', 'therapeutics', 'biotech', 'biosciences', 'laboratories', 'labs']],
  ['charity', ['foundation', 'trust', 'fund', 'aid', 'relief', 'appeal']],
  ['utility', ['energy', 'power', 'water', 'electric', 'electricity', 'gas', 'utilities']],
  ['club', ['fc', 'afc', 'cf', 'sc', 'ac', 'united', 'athletic']],
]);

/** Verbs of a clause that gives a person a role ("Renn is the town's mayor", "Brill, who was elected mayor,"). */
// prettier-ignore
export const ROLE_VERBS = [
  'is', 'was', 'has been', 'had been', 'became', 'becomes', 'serves as', 'served as', 'has served as', 'works as',
  'worked as', 'was elected', 'was re-elected', 'was named', 'was appointed', 'is now', 'was then',
];

/** Abbreviated titles and the role each stands for ("Dr. Lena Ostrova" … "the doctor said"). */
// prettier-ignore
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['dr', 'doctor'], ['prof', 'professor'], ['gen', 'general'], ['gov', 'governor'], ['sen', 'senator'],
  ['rep', 'representative'], ['lt', 'lieutenant'], ['col', 'colonel'], ['sgt', 'sergeant'], ['capt', 'captain'],
  ['cmdr', 'commander'], ['adm', 'admiral'], ['rev', 'reverend'], ['supt', 'superintendent'], ['det', 'detective'],
  ['insp', 'inspector'], ['pres', 'president'], ['cst', 'constable'],
]);

/** Nouns for one who speaks for a body ("an Interpol spokesperson stated"): the body speaks (GUIDE.md). */
export const SPOKES_NOUNS = ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons'];

/** What a sign or a document "reads": writing, never a short quote's speech verb. */
export const WRITTEN = /^reads?$/iu;

/**
 * Naming and hearsay verbs which, in the passive ("has been termed", "was said to be suffering"), have no speaker in
 * the sentence.
 */
export const PASSIVE_NAMING =
  /^(?:called|termed|branded|labell?ed|described|referred\s+to|dismissed|said|reported|alleged|claimed)$/iu;

/** Forms of "be" before a passive participle ("was described by …"). */
export const PASSIVE_BEFORE = /(?<![\p{L}\p{N}])(?:been|being|be|is|are|was|were)\s+(?:\p{Ll}+ly\s+)?$/u;

/** Auxiliaries and adverbs that may stand between a speaker and the speech verb ("he also said", "had previously called"). */
// prettier-ignore
export const VERB_MODIFIERS = [
  'also', 'then', 'later', 'earlier', 'previously', 'once', 'has', 'had', 'have', 'was', 'is', 'would', 'will',
  'further', 'simply', 'only', 'again', 'repeatedly', 'publicly', 'reportedly', 'had previously', 'has also',
  'had also', 'has repeatedly', 'has previously', 'would later', 'yesterday', 'today', 'tonight',
];

/**
 * Words between a speaker after a quote and the speech verb that still make it theirs: "can be heard saying", "is
 * quoted as saying", "was heard to say".
 */
export const HEARD_SAYING =
  '(?:(?:can|could|may|might|will|would|is|was|were|are)\\s+)?(?:be\\s+)?(?:heard|seen|quoted)\\s+(?:as\\s+|to\\s+)?';
/** HEARD_SAYING's words, in its order: auxiliary, "be", the verb, the particle (each optional but the verb). */
export const HEARD_SAYING_WORDS = {
  auxiliaries: ['can', 'could', 'may', 'might', 'will', 'would', 'is', 'was', 'were', 'are'],
  be: ['be'],
  verbs: ['heard', 'seen', 'quoted'],
  particles: ['as', 'to'],
} as const;

/** Subject pronouns that can say something ("she said"); `he`/`she`/`it` are resolved, the others stay unnamed. */
export const SUBJECT_PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i'] as const;

/** Pronouns that point to one person or body, the ones resolved to a named speaker. */
export const RESOLVED_PRONOUNS = ['he', 'she', 'it'] as const;

/** Pronouns of either gender that follow a person's mention and so vote for that person's gender. */
export const MALE_PRONOUNS = ['he', 'him', 'his', 'himself'] as const;
/** See MALE_PRONOUNS. */
export const FEMALE_PRONOUNS = ['she', 'her', 'hers', 'herself'] as const;

/** Words opening a noun phrase that names no one ("said a witness", "the lawyer for the family said"). */
// prettier-ignore
export const UNNAMED_OPENERS = ['a', 'an', 'the', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'most', 'other'];

/** The articles opening each unnamed speaker's shape (unnamed-shapes.ts): "the skipper said", "the Scot said". */
export const EPITHET_ARTICLES: readonly string[] = ['the'];
/** See EPITHET_ARTICLES: "a witness said", "one resident said". */
export const UNNAMED_ARTICLES: readonly string[] = ['a', 'an', 'the', 'one', 'another'];
/** See EPITHET_ARTICLES: "an Interpol spokesperson said". */
export const SPOKES_ARTICLES: readonly string[] = ['a', 'an', 'the', 'one'];
/** See EPITHET_ARTICLES: after the quote and its verb, "said a woman who declined to be named". */
export const AFTER_VERB_ARTICLES: readonly string[] = ['an', 'a', 'another', 'one'];

/** What ends the phrase before an unnamed speaker's verb (`[^,.;:!?“”"]`: "a woman who lives nearby said"). */
export const PHRASE_STOPS = ',.;:!?“”"';
/** What ends the lead phrase before a role (`[^,.;:“”"]`: "After the meeting, the president told"). */
export const LEAD_STOPS = ',.;:“”"';

/** Words that introduce a name the text gives an unnamed speaker ("a protester using the pseudonym Veshka"). */
export const NAMING_WORDS = ['named', 'called', 'pseudonym', 'alias', 'nicknamed'];

/** Words that open a new clause, which has its own subject ("“…,” while Governor Tim Olsen noted"). */
// prettier-ignore
export const CLAUSE_OPENERS = ['while', 'when', 'whereas', 'as', 'but', 'and', 'after', 'before', 'because', 'since', 'although', 'though', 'if'];

/** Words opening a subordinate clause before the main one ("After X failed, the mayor said"): its names are not the main verb's subject. */
export const LEADING_OPENERS = [
  'after',
  'when',
  'while',
  'although',
  'though',
  'because',
  'since',
  'if',
  'once',
  'until',
  'before',
  'whereas',
];

/** Prepositions after which a name is an object, not the speaker ("the lawyer for Dana Whitfield said"). */
export const OBJECT_PREPOSITIONS = ['for', 'of', 'to', 'with', 'by', 'and', 'or', 'from', 'via'];

/** Prepositions of what a phrase is about ("a statement about X", "the report on X"): a name after one is no speaker. */
export const TOPIC_PREPOSITIONS = ['about', 'on', 'against', 'over'];

/**
 * Words after which "her" is an object, not a possessive ("wrote to her afterwards", "told her that …", "thanked her
 * in person"): a possessive "her" is followed by its noun ("her bees"). Punctuation after it says the same
 * (mentions.ts objectPronoun).
 */
// prettier-ignore
export const AFTER_OBJECT_HER = [
  'to', 'for', 'of', 'with', 'by', 'and', 'or', 'from', 'about', 'on', 'against', 'over', 'at', 'in', 'into', 'as',
  'that', 'the', 'a', 'an', 'this', 'when', 'while', 'if', 'because', 'before', 'after', 'afterwards', 'again',
  'back', 'later', 'then', 'up', 'out', 'off', 'down', 'too', 'not', 'but', 'so', 'until', 'since',
];

/** Words after which a name is the subject of a subordinate clause, not what the sentence is about ("in which X"). */
export const SUBORDINATE_WORDS = ['which', 'whom', 'whose', 'where', 'that', 'whereby'];

/** Nouns for a person by their tie to another ("the wife said"): someone new, never the last speaker named again. */
// prettier-ignore
export const RELATIONS = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'friend', 'colleague', 'neighbour',
  'neighbor', 'partner', 'boyfriend', 'girlfriend', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'teammate', 'rival', 'opponent', 'parent', 'child', 'widow',
  'widower', 'fiancé', 'fiancée', 'spouse',
]);

/** Relative words opening an aside ("X, who paid for Y, stated"). */
export const RELATIVE_WORDS = ['who', 'which', 'whose', 'whom'];

/** Writings that give their author's own words ("Judge Miller's statement reads “…”"). */
// prettier-ignore
export const WRITINGS = ['statement', 'letter', 'message', 'tweet', 'post', 'decree', 'note', 'memo', 'ruling', 'opinion', 'order', 'blog', 'book', 'essay', 'column', 'speech', 'remarks', 'words', 'website', 'site', 'account', 'page', 'report', 'release', 'press release', 'announcement', 'guidance', 'notice', 'complaint', 'filing', 'lawsuit', 'reply', 'response', 'answer', 'advice', 'verdict'];

/**
 * Verbs of saying that report what their subject said in a clause after them ("Priya Shah said the strike would cost
 * her …"): a pronoun in that clause is most often the subject's own (resolve.ts).
 */
// prettier-ignore
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'recalled', 'recalls', 'admitted', 'insisted', 'complained',
]);

/**
 * Writings whose words, read out or speaking ("The event description read", "reads the letter to me:"), are their
 * author's (authors.ts): one written, posted or sent by someone the story names.
 */
// prettier-ignore
export const AUTHORED_WRITINGS = ['letter', 'letters', 'note', 'message', 'post', 'description', 'invitation', 'card', 'email', 'e-mail', 'text', 'statement', 'tweet', 'memo', 'notice', 'diary', 'entry', 'caption', 'inscription'];

/** Verbs of writing whose subject is the author of a writing read out later (authors.ts). */
// prettier-ignore
export const WRITING_ACTS = ['wrote', 'writes', 'posted', 'posts', 'sent', 'sends', 'published', 'issued', 'released', 'penned', 'signed', 'tweeted', 'emailed', 'e-mailed', 'texted', 'left a note'];

/**
 * Nouns that put a quoted phrase forward as a word, a name or a title, not as speech ("the term “…”", "the slogan
 * “…”", "the film “…”").
 */
// prettier-ignore
export const LABEL_NOUNS = [
  'term', 'terms', 'phrase', 'word', 'title', 'slogan', 'slogans', 'motto', 'hashtag', 'nickname', 'label', 'qualifier',
  'theme', 'catchphrase', 'moniker', 'codename', 'headline', 'chant', 'sign', 'banner', 'placard', 'poster',
  // Works, whose titles the news puts in quotation marks ("the film “…”"); not writings that speak ("the report").
  'film', 'movie', 'song', 'album', 'single', 'series', 'show', 'play', 'podcast', 'documentary', 'episode', 'poem',
  'painting', 'exhibit', 'exhibition', 'novel', 'memoir', 'operation', 'musical', 'opera', 'sculpture', 'artwork',
];

/** Nouns for an utterance that a short quote right before them names ("the “losers” comment", "his “mini-strokes” tweet"). */
// prettier-ignore
export const UTTERANCE_NOUNS = ['comment', 'comments', 'remark', 'remarks', 'tweet', 'tweets', 'post', 'claim', 'claims', 'slur', 'gaffe', 'quip', 'jibe', 'chant', 'chants'];

/**
 * Nouns for words someone once said, owned by the name right before them ("the Chuck Jones quote that “…”", "Ada
 * Brill's famous line “…”"): that person's words (relayed.ts).
 */
export const SAYING_NOUNS = ['quote', 'quotation', 'line', 'saying', 'maxim', 'adage', 'dictum', 'words'];

/** Nouns for a speaker the news keeps anonymous ("a source within the ministry said"): unnamed, not the body. */
export const ANONYMOUS_NOUNS = ['source', 'sources', 'insider', 'insiders'];

/** Verbs that give a thing its name ("a pattern called “…”", "was nicknamed “…”"): a label, not a quote. */
export const NAMING_VERBS = ['called', 'named', 'dubbed', 'nicknamed', 'entitled', 'titled', 'known as'];

/**
 * Words that make the naming verb after them an act of speech with a subject ("he called it", "who named it",
 * "has dubbed"): before these, "called “…”" may be someone's words.
 */
// prettier-ignore
export const NAMER_WORDS = ['i', 'you', 'he', 'she', 'we', 'they', 'who', 'which', 'that', 'also', 'later', 'once', 'then', 'has', 'had', 'have', 'and', 'but', 'first', 'even', 'since', 'what'];

/** Small words left lower case in a title ("Person of the Year"), not counted when telling titles from speech. */
export const TITLE_SMALL_WORDS = [
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
];

/** A list as a regular expression alternation; spaces in an entry match any run of spaces. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
}

// Lower-case words of literal characters, one space apart: no two letters the same under the `i` flag, nothing a
// pattern reads otherwise.
const PLAIN_WORDS = /^[a-z'’-]+(?: [a-z'’-]+)*$/;

/** True when every entry is plain lower-case words, one space apart: what wordTrie takes. */
export function isPlain(words: readonly string[]): boolean {
  return words.every((w) => PLAIN_WORDS.test(w));
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * Plain lower-case words (isPlain) as an alternation with their common openings shared ("sa(?:id|y(?:s|ing)?)"),
 * each character written as `letters` has it (or as it is): what `alternation` matches, in the same order of tries.
 * Where entries match at one place, each opens the next longer one (a letter or a run of spaces is never two
 * branches'), and both try the longest first: the flat one by its order, this one by trying what goes on before
 * ending. V8 shares openings itself only in alternations of plain atoms; written as letter classes
 * (caselessAlternation), the ~200 speech verbs compile in ~30 % less time so.
 */
export function wordTrie(words: readonly string[], letters: Readonly<Record<string, string>>): string {
  const root: TrieNode = {end: false, next: new Map()};
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = {end: false, next: new Map()}));
      node = child;
    }
    node.end = true;
  }
  const write = (node: TrieNode): string => {
    const branches: string[] = [];
    for (const [c, child] of node.next)
      branches.push((c === ' ' ? '\\s+' : (letters[c] ?? c)) + write(child));
    if (branches.length === 0) return '';
    if (!node.end) return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return `(?:${branches.join('|')})?`;
  };
  return write(root);
}

/**
 * `\b` after an alternation whose words all end in a letter (any of the lists here): the same test, which V8
 * compiles in about half the time after a long alternation (the ~200 speech verbs: ~7 M instructions a compile
 * instead of ~14 M).
 */
export const WORD_END = '(?!\\w)';

/** Any speech verb. */
export const VERB_ALT = alternation(SPEECH_VERBS);
/** Any object speech verb. */
export const OBJECT_ALT = alternation(OBJECT_SPEECH_VERBS);
/** At most one auxiliary or adverb of VERB_MODIFIERS before a verb, followed by spaces. */
export const MODIFIER = `(?:(?:${alternation(VERB_MODIFIERS)})\\s+)?`;
