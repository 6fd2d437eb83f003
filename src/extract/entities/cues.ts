// Cue words: general vocabulary of news text that signals what kind of name sits next to it. No names here.

/** Titles and honorifics that precede a person's name; they are stripped from the name and kept as its role. */
// prettier-ignore
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister', 'premier',
  'chancellor', 'gov', 'governor', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gen',
  'general', 'col', 'colonel', 'capt', 'captain', 'lt', 'lieutenant', 'sgt', 'sergeant', 'cmdr', 'commander', 'adm',
  'admiral', 'major', 'pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'mayor', 'judge', 'justice',
  'secretary', 'rev', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'ayatollah',
  'ambassador', 'professor', 'prof', 'chief', 'sheriff', 'deputy', 'detective', 'det', 'inspector', 'superintendent',
  'supt', 'officer', 'constable', 'mp', 'mep', 'chairman', 'chairwoman', 'chair', 'director', 'commissioner',
  'coach', 'speaker', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'attorney', 'agent', 'pastor', 'saint',
  'first', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'head', 'hon', 'honorable', 'honourable',
  'pres', 'ceo', 'founder', 'dj', 'emir', 'sultan', 'crown', 'duke', 'duchess', 'count', 'countess', 'baron',
  'baroness', 'senior', 'junior', 'assistant', 'associate', 'executive', 'lawmaker', 'councillor', 'councilman',
  'councilwoman', 'astronaut', 'dean', 'provost', 'nurse', 'private', 'corporal', 'marshal', 'brigadier',
  'commandant', 'magistrate', 'envoy', 'pm', 'emeritus', 'prosecutor', 'fellow', 'qc', 'kc', 'obe', 'mbe', 'cbe',
  'kbe', 'phd', 'assemblyman', 'alderman', 'policeman', 'fireman', 'whip', 'administrator', 'mufti', 'mullah',
  'maulana', 'maulvi', 'patriarch', 'metropolitan', 'ustad', 'adviser', 'advisor', 'madam', 'madame',
  // Members of parliaments and assemblies by their letters ("Sinn Féin TD Eoin Ó Broin", "Ward MCA Esther Gachoki",
  // "Greenvale MLA Priya Ramaswamy").
  'td', 'msp', 'mla', 'mca', 'mpp', 'mha', 'mna',
  // Courtesy titles of Portuguese and Filipino ("Seu Joaquim", "Aling Rosa", "Mang Tonyo", "Kapitan Boyet").
  'seu', 'aling', 'mang', 'kapitan',
  // Indonesian forms of address and a regency's head ("Pak Darmo", "Bu Sri", "Ibu Ratna", "Regent Wulandari").
  'pak', 'bapak', 'bu', 'ibu', 'regent',
]);

/**
 * Words of TITLES that name an office's portfolio ("Health Minister", "Foreign Secretary"): they open a title and
 * are no office alone, so one that ends a name is the name's ("School of Public Health"), where an office
 * ("Labour MP") is not.
 */
export const PORTFOLIO_TITLES = new Set(['foreign', 'defense', 'defence', 'interior', 'finance', 'health']);

/**
 * Capitalised words that name an office's portfolio before its title ("National Security Adviser", "Environment
 * Minister", "Trade Commissioner"): part of the title, no name of their own. (Ones that are titles too, "Foreign",
 * "Health", are in TITLES.)
 */
// prettier-ignore
export const PORTFOLIO_WORDS = new Set([
  'national', 'security', 'homeland', 'home', 'environment', 'environmental', 'education', 'trade', 'energy',
  'transport', 'transportation', 'agriculture', 'culture', 'economic', 'economy', 'treasury', 'industry', 'tourism',
  'sport', 'sports', 'housing', 'immigration', 'development', 'infrastructure', 'welfare', 'employment', 'social',
  'legal', 'science', 'scientific', 'technology', 'climate', 'intelligence', 'policy', 'public', 'affairs',
  'communications', 'information', 'digital', 'cyber', 'budget', 'fisheries', 'water', 'labor', 'veterans',
  'emergency', 'planning', 'research', 'operations', 'strategy', 'investment', 'commerce', 'regional', 'european',
  'international', 'special', 'political', 'military', 'district', 'circuit', 'federal', 'appellate', 'bankruptcy',
]);

/**
 * A saint's title ("Saint", "St.", "Ste."): it opens the name of the place or body named after the saint ("Saint
 * Francis Hospital", "St. John's Episcopal Church") and stays part of that name, unlike an office's title.
 */
export const SAINT_WORDS = new Set(['saint', 'st', 'st.', 'ste', 'ste.', 'sainte']);

/** "the State of France", "State of Palestine": a country named as a state, one place with the country. */
export const STATE_OF = /^State of (?:the )?(.+)$/u;

/**
 * Ranks and offices that, lower case right before a name, still say it is a person's ("the general Qasem Soleimani",
 * "archbishop Jorge Scheinig"), beside PERSON_NOUNS; TITLES also holds modifiers ("first", "foreign") that do not.
 */
// prettier-ignore
export const RANK_NOUNS = new Set([
  'general', 'colonel', 'lieutenant', 'sergeant', 'admiral', 'corporal', 'brigadier', 'archbishop', 'ayatollah',
  'sheikh', 'reverend', 'sultan', 'emperor', 'rabbi', 'patriarch', 'metropolitan', 'congressman', 'congresswoman',
]);

/** Plurals without an "s", whose possessive opens names ("People's Party", "Women's March"). */
export const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children']);

/** Title words written after a name ("Jane Doe QC", "PhD"): no head of a role ("a PhD in oceanography"). */
export const POST_NOMINALS = new Set(['qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'phd', 'emeritus']);

/** Words that qualify the office a title word names ("Minority Whip", "Press Secretary"): part of the title. */
// prettier-ignore
export const OFFICE_QUALIFIERS = new Set([
  'majority', 'minority', 'opposition', 'shadow', 'ranking', 'acting', 'interim', 'press', 'medical', 'principal',
  'permanent', 'parliamentary', 'floor',
]);

/**
 * The parts a cast or a field has, which PERSON_NOUNS lacks as they are verbs or adjectives too ("to lead"): as the
 * head of "one of the series leads" after a name, a person's. (Not "stars": "one of the brightest stars".)
 */
export const CAST_PARTS = new Set(['lead', 'co-lead', 'co-star', 'headliner', 'understudy', 'runner-up']);

/**
 * A match's and a court's people, whom sports and court reports name by their role and a surname alone ("Winger
 * Ferrand", "Defender Lowe was sent off", "the defendant Gideon Marlowe"): opening a sentence before a lone surname,
 * the role is split off as its title (leading-nouns.ts), where a wider word for people would take a name's word
 * ("Candidate Questionnaire", "Sailor Moon").
 */
// prettier-ignore
export const MATCH_AND_COURT_ROLES = new Set([
  'striker', 'goalkeeper', 'midfielder', 'defender', 'substitute', 'winger', 'full-back', 'fullback', 'centre-back',
  'center-back', 'playmaker', 'keeper', 'skipper', 'referee', 'umpire', 'linesman', 'batsman', 'bowler', 'pitcher',
  'quarterback', 'jockey', 'defendant', 'plaintiff', 'claimant', 'complainant', 'juror', 'witness', 'prosecutor',
]);

/** Lower-case words that, right before a capitalised name, say it is a person ("activist Andrew Kinsman"). */
// prettier-ignore
export const PERSON_NOUNS = new Set([
  'activist', 'lawyer', 'attorney', 'barrister', 'solicitor', 'spokesperson', 'spokesman', 'spokeswoman', 'journalist', 'photographer',
  'photojournalist', 'reporter', 'correspondent', 'editor', 'player', 'singer', 'actor', 'actress', 'author', 'writer', 'novelist', 'poet', 'artist', 'director', 'producer',
  'president', 'minister', 'secretary', 'head', 'chief', 'leader', 'mayor', 'governor', 'senator', 'judge',
  'commander', 'officer', 'sheriff', 'coach', 'manager', 'chairman', 'chairwoman', 'ceo', 'founder', 'scientist',
  'researcher', 'professor', 'astronomer', 'physicist', 'economist', 'analyst', 'expert', 'doctor', 'surgeon',
  'rapper', 'comedian', 'businessman', 'businesswoman', 'billionaire', 'politician', 'lawmaker', 'candidate',
  'ambassador', 'diplomat', 'envoy', 'detective', 'inspector', 'pilot', 'captain', 'suspect',
  'victim', 'survivor', 'resident', 'student', 'teacher', 'priest', 'bishop', 'cardinal', 'pastor',
  'imam', 'rabbi', 'colleague', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister',
  'boyfriend', 'girlfriend', 'partner', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter',
  'co-author', 'engineer', 'designer', 'architect', 'historian', 'biologist', 'chemist', 'geologist', 'oceanographer',
  'climatologist', 'astronaut', 'cosmonaut', 'athlete', 'cyclist', 'runner', 'swimmer', 'boxer', 'wrestler',
  'driver', 'musician', 'guitarist', 'drummer', 'composer', 'dancer', 'model', 'entrepreneur', 'investor',
  'deputy', 'premier', 'chancellor', 'emir', 'king', 'queen', 'prince', 'princess', 'pope', 'fellow', 'scholar',
  'official', 'member', 'student', 'resident', 'owner', 'fan', 'worker', 'employee', 'volunteer', 'veteran',
  'citizen', 'native', 'friend', 'neighbor', 'neighbour', 'manager', 'host', 'presenter', 'anchor', 'owner',
  'commissioner', 'chairperson', 'councillor', 'councilor', 'ombudsman', 'superintendent', 'magistrate', 'national',
  'aide', 'client', 'patient', 'administrator', 'customer', 'tenant', 'passenger', 'countryman', 'countrywoman',
  'compatriot', 'teammate', 'eyewitness', 'bystander', 'onlooker', 'marathoner', 'sprinter', 'champion',
  'runner-up', 'cleric', 'mufti', 'critic', 'reviewer', 'columnist', 'commentator', 'blogger', 'podcaster', 'nominee',
  'theorist', 'pianist', 'violinist', 'cellist', 'finalist', 'specialist', 'therapist', 'psychiatrist', 'dentist',
  'pharmacist', 'linguist', 'strategist', 'lobbyist', 'publicist', 'prisoner', 'inmate',
  ...MATCH_AND_COURT_ROLES,
]);

/**
 * Other languages' words for a kind of body that open its name ("Deutsche Bahn", "Banco Santander", "Agence
 * France-Presse", "Partido Popular"): never a personal name, and a body's name wherever they open one.
 */
// prettier-ignore
export const BODY_OPENERS = new Set([
  'deutsche', 'deutscher', 'grupo', 'banco', 'societe', 'société', 'compagnie', 'fundación', 'fundacion', 'instituto',
  'universidad', 'université', 'universita', 'partido', 'parti', 'partei', 'agence', 'agencia', 'agenzia',
  // (Portuguese, Spanish, French and Italian bodies named in their own language: "Fundação Terra Viva", "Secretaría
  // de Salud", "Sindicato dos Metalúrgicos".)
  'fundação', 'fundacao', 'fondation', 'fondazione', 'agência', 'secretaria', 'secretaría', 'ministério',
  'ministerio', 'ministère', 'companhia', 'compañía', 'sindicato', 'confederação', 'confederación', 'federação',
  'federación', 'associação', 'asociación', 'universidade', 'conselho', 'consejo', 'comissão', 'comisión',
  'superintendência', 'superintendencia', 'corporación', 'cooperativa', 'banque', 'istituto', 'partito',
  // (Schools and universities in their own language: "Escola Estadual Padre Anchieta", "Universiti Sains Malaysia".)
  'escola', 'escuela', 'école', 'scuola', 'colégio', 'colegio', 'liceo', 'lycée', 'universiti', 'sekolah',
]);

/**
 * Words that open a sports club's name in its own language ("Real Madrid", "Atlético Ribeira", "Sporting Tapuru",
 * "Olympique Varnes"): read only before a name that is no common word (kind-rules-teams.ts).
 */
// prettier-ignore
export const CLUB_OPENERS = new Set([
  'real', 'atlético', 'atletico', 'sporting', 'deportivo', 'nacional', 'olympique', 'dinamo', 'dynamo',
  'lokomotiv', 'spartak', 'borussia', 'racing', 'independiente', 'estudiantes', 'internacional', 'athletico',
]);

/**
 * False positives of the unknown-name evidence (classify.ts, words.ts isNameShaped): capitalised words the lexicon
 * lacks that open companies' names, honours or party labels, never a personal name ("Deutsche Bahn", "Bharat Ratna
 * Pranab Mukherjee", "Nonpartisan Ardo Pell", "Cde [comrade] Robert Mugabe").
 */
// prettier-ignore
export const NOT_NAME_WORDS = new Set([
  ...BODY_OPENERS,
  'nonpartisan', 'non-partisan', 'cde', 'comrade', 'shri', 'confederated', 'pro', 'anti', 'editorial', 'radio',
  'televisión', 'television', 'telecom', 'aero', 'air',
]);

/** Members of parties, which name groups or a person's allegiance ("fellow Republican", "Democrat Rod Blagojevich"). */
export const PARTY_MEMBERS =
  /^(?:republican|democrat|conservative|liberal|tory|tories|socialist|communist|nationalist|unionist|loyalist|libertarian|independent|progressive)s?$/u;

/** Members of parties and faiths, which name groups, not people or places ("fellow Republican", "Sunnis"). */
export const GROUP_MEMBERS =
  /^(?:republican|democrat|conservative|liberal|tory|tories|socialist|communist|nationalist|unionist|loyalist|catholic|protestant|muslim|christian|jew|sunni|shia|shiite|kurd|evangelical|libertarian|independent|progressive)s?$/u;

/** Speech verbs that mark the name next to them as a person when no other cue decides. */
// prettier-ignore
export const PERSON_SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'stated', 'explained', 'noted',
  'asked', 'replied', 'claimed', 'argued', 'commented', 'recalled', 'acknowledged', 'admitted', 'insisted', 'warned',
  'according to',
];

/**
 * Reporting verbs that say a person spoke only after the name ("Hotak alleged", "Renzi vowed"): before a name
 * several are adjectives ("the alleged attacker"), so they are not read there.
 */
// prettier-ignore
export const PERSON_SPEECH_VERBS_AFTER = [
  'alleged', 'suggested', 'responded', 'vowed', 'stressed', 'urged', 'pleaded', 'testified', 'remarked', 'conceded',
  'countered', 'lamented', 'reiterated', 'emphasised', 'emphasized', 'described', 'recounted', 'predicted',
  'explains', 'notes', 'adds', 'continued', 'concluded',
];

/**
 * Verbs of meeting that people do to each other, read on both sides of a name: "X met Y", "X shook hands with Y".
 * Bodies meet too ("the committee met"), so the cue counts only for names shaped as a person's (person-shape in
 * kind-rules-people.ts). Not "called" (before a name it names: "a town called Varnby").
 */
// prettier-ignore
export const MEETING_VERBS = [
  'met', 'meets', 'met with', 'meets with', 'spoke with', 'talked with', 'held talks with', 'shook hands with',
  'phoned', 'telephoned', 'congratulated', 'hugged', 'thanked', 'welcomed', 'collaborated with',
];
/** Verbs of meeting read only before a name, as its object: "to meet X", "talks with X". */
// prettier-ignore
export const MEETING_VERBS_BEFORE = ['meet', 'meet with', 'meeting with', 'talks with', 'a call with'];
/** Verbs of meeting read only after a name, as its subject: "X visited Varnby" (its object is a place), "X called on". */
// prettier-ignore
export const MEETING_VERBS_AFTER = ['visited', 'visits', 'spoke to', 'talked to', 'called on', 'held talks'];
/**
 * What a person does that a body or a place seldom does, read after a name as its subject: "Ardo Pell arrived in
 * Varnby", "Ardo Pell announced his resignation". (A body announces too: these weigh only on names a given name or
 * an unknown word opens, person-shape in kind-rules-people.ts, never on one word such as "Varnco announced".)
 */
// prettier-ignore
export const PERSON_ACTS_AFTER: readonly string[] = [
  'arrived', 'arrives', 'landed in', 'flew to', 'flew into', 'travelled to', 'traveled to', 'returned to',
  'announced', 'announces',
];

/**
 * Last words naming a group of people ("the Varnby Family" faction, "the Holm Brothers"): several people under one
 * name, no one person.
 */
export const GROUP_OF_PEOPLE_LAST = /^(?:family|brothers|sisters|twins|siblings|clan|dynasty)$/u;

/** Place words that name an administrative division, which a body also has ("Police Prefecture", "Army District"). */
export const ADMIN_DIVISIONS = /^(?:county|province|state|region|district|oblast|prefecture|territory)$/u;

/**
 * Styles of rank or honour that many hold at once and that are written as part of how a person is named ("Sheikh
 * Hasina", "Lord Carloway", "Prince Harry", "Ayatollah Sistani"): before the only word of a name the article gives,
 * the style stays in the name. Not an office one person holds at a time ("Pope Francis", "King Charles", "Sultan
 * Qaboos": the name alone names them), nor a form of address ("Mr.", "Dr.", "Sir").
 */
export const NAMING_STYLES = new Set([
  'sheikh',
  'sheikha',
  'lord',
  'lady',
  'prince',
  'princess',
  'ayatollah',
  'mufti',
  'maulana',
]);

/** Titles that say nothing of the person's office ("Mr."), so they are not reported as a role. */
// prettier-ignore
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'hon', 'madam', 'madame', 'seu', 'aling', 'mang']);

/**
 * Ranks of the nobility. Inside a run of given names they are a name's own word ("Sacha Baron Cohen"): the rank
 * stands before the name ("Baron Varnholm") or before "of" ("Duke of Varna").
 */
// prettier-ignore
export const NOBLE_RANKS = new Set(['baron', 'baroness', 'count', 'countess', 'duke', 'duchess', 'earl', 'marquis', 'marquess', 'viscount', 'viscountess', 'lord', 'lady']);

/** Titles that fix a gender. */
// prettier-ignore
export const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'aling', 'bu', 'ibu', 'dame', 'lady', 'queen', 'princess', 'duchess', 'countess', 'baroness', 'congresswoman', 'chairwoman', 'spokeswoman', 'councilwoman']);
// prettier-ignore
export const MALE_TITLES = new Set(['mr', 'seu', 'mang', 'pak', 'bapak', 'sir', 'lord', 'king', 'prince', 'duke', 'count', 'baron', 'congressman', 'chairman', 'spokesman', 'councilman', 'father', 'pope', 'emperor', 'sultan', 'emir']);

/**
 * Heads of the bodies a state or territory has as its nation does ("Senate", "House of Representatives", "Supreme
 * Court"): named without a country in an article about one, they may be its own. (Not "Congress", "Department",
 * "Army": a state's are named otherwise.)
 */
export const STATE_BODY_HEADS = new Set(['senate', 'house', 'assembly', 'legislature', 'court']);

/** Last words that make a name an organization, beyond compromise's own list. */
// prettier-ignore
export const ORG_WORDS = new Set([
  'union', 'ministry', 'parliament', 'congress', 'senate', 'assembly', 'government', 'party', 'court', 'tribunal',
  'police', 'guard', 'army', 'navy', 'force', 'forces', 'command', 'office', 'agency', 'service', 'services', 'department',
  'commission', 'council', 'committee', 'university', 'college', 'institute', 'institution', 'school', 'academy',
  'center', 'centre', 'foundation', 'fund', 'trust', 'society', 'association', 'federation', 'confederation',
  'organization', 'organisation', 'league', 'club', 'team', 'band', 'orchestra', 'group', 'corporation', 'company',
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'bank', 'airlines', 'airways', 'railways', 'railway', 'railroad',
  // (A brewer's and a trade's bodies: "Tsurumine Brewery", "the Tsurumine Chamber of Commerce".)
  'brewery', 'breweries', 'distillery', 'chamber',
  // (A church's bodies: "the Diocese of Carrowby", "the Carrowby Diocesan Synod".)
  'diocese', 'archdiocese', 'synod', 'presbytery',
  'times', 'post', 'guardian', 'telegraph', 'journal', 'tribune', 'herald', 'gazette', 'chronicle', 'observer',
  'independent', 'news', 'press', 'radio', 'television', 'tv', 'broadcasting', 'network', 'magazine', 'review',
  'house', 'cabinet', 'bureau', 'authority', 'board', 'administration', 'directorate', 'secretariat', 'alliance',
  'coalition', 'movement', 'front', 'brigade', 'brigades', 'regiment', 'battalion', 'division', 'corps', 'church',
  'mosque', 'temple', 'hospital', 'clinic', 'infirmary', 'hospice', 'museum', 'library', 'observatory', 'laboratory', 'laboratories', 'labs',
  'systems', 'technologies', 'industries', 'holdings', 'motors', 'electric', 'pharmaceuticals', 'media',
  'nations', 'reserve', 'exchange', 'program', 'programme', 'project', 'mission',
  'initiative', 'campaign', 'aquatics', 'adventures', 'tours', 'records', 'studios', 'pictures', 'entertainment',
  'games', 'stores', 'foods', 'express', 'patrol', 'constabulary', 'gendarmerie', 'forum', 'rescue',
  'daily', 'weekly', 'monthly', 'quarterly', 'digest', 'courier', 'bulletin', 'unit', 'units', 'tribe', 'caucus',
  // Plurals of the words above that open or end names of their own ("Centers for Disease Control").
  'centers', 'centres', 'institutes', 'agencies', 'ministries', 'councils', 'committees', 'associations', 'federations',
  'foundations', 'unions', 'departments', 'commissions', 'universities', 'colleges', 'hospitals',
]);

/**
 * A firm's head words: "of" and a place after them says where the firm is, not its name ("Haneul Systems of Seoul"
 * is Haneul Systems, in Seoul), unlike a public body's ("Bank of Varnia", "University of Varnia", "Port of X").
 */
// prettier-ignore
export const FIRM_WORDS = new Set([
  'systems', 'technologies', 'industries', 'holdings', 'motors', 'electric', 'pharmaceuticals', 'media', 'labs',
  'studios', 'pictures', 'entertainment', 'records', 'games', 'stores', 'foods', 'inc', 'inc.', 'corp', 'corp.',
  'ltd', 'ltd.', 'llc', 'plc', 'co.', 'company', 'group', 'airlines', 'airways', 'brewery', 'distillery',
]);

/**
 * Body words that end a firm's own name, not a division's of a larger house: "Quillon Labs" is the "Quillon" of the
 * same story ("Sony Pictures", "Tata Motors" are parts of a group that the lone word names).
 */
export const FIRM_OWN_WORDS = new Set(['labs', 'systems', 'technologies', 'pharmaceuticals', 'industries']);

/** Words of an armed force's unit, whose ordinal is part of its name ("1st Fleet Command", "501st Legion"). */
// prettier-ignore
export const UNIT_WORDS = new Set([
  'fleet', 'command', 'legion', 'division', 'brigade', 'regiment', 'battalion', 'corps', 'squadron', 'wing',
  'infantry', 'airborne', 'cavalry', 'artillery', 'army', 'flotilla', 'marines',
]);

/**
 * Body words that after a place's name alone name the vote held there ("the Iowa Caucus"), not a body (the
 * "Congressional Black Caucus", a group of lawmakers).
 */
export const PLACE_VOTE_WORDS = new Set(['caucus', 'caucuses', 'primary', 'primaries']);

/** Words that make a name an organization only as its last word ("Amnesty International", not "International Women's Day"). */
// Company forms of other countries' law ("Cipriani S.A.", "Varnstal AG", "HDT Ipari Kft", "Kelmo Pty"): only last,
// where they close a firm's name (not "AG" opening a title, "Attorney General").
// prettier-ignore
export const ORG_LAST_WORDS = new Set([
  'international', 'incorporated', 'limited',
  's.a.', 'ag', 'gmbh', 'kft', 'kft.', 'zrt', 'zrt.', 'nyrt', 'nyrt.', 'n.v.', 'b.v.', 's.p.a.', 'spa.', 's.r.l.',
  'srl', 'pty', 'bhd', 'llp', 'oyj', 'asa', 'a.s.', 's.r.o.', 'k.k.', 'tbk', 'pjsc', 'ojsc', 'jsc',
  // Sports clubs' and firms' last words ("Marlow Athletic", "Eastbridge United", "Northgate Partners"): only last,
  // not "United States", "Athletic Association" of a longer name.
  'united', 'athletic', 'rovers', 'wanderers', 'albion', 'fc', 'afc', 'partners', 'associates',
  // Firms' and banks' last words of markets copy ("Nomaru Securities", "Kaupstad Savings", "Hanazono Brewing"): only
  // last, not inside "Securities and Exchange Commission".
  'securities', 'savings', 'brewing', 'investments', 'manufacturing',
  // Operators' and builders' last words of local and business copy ("Tolmere Buses", "Ardmore Ferries", "Eastfold
  // Homes", "Grainger Properties", "Northgate Living"): only last, never a surname. (Not "Engineering", a field's
  // word: "VP of Linux Engineering".)
  'buses', 'coaches', 'ferries', 'homes', 'properties', 'developments', 'living',
]);

/**
 * A firm's trade as the second word of its name ("Solwick Energy", "Varnco Motors"): the first word alone, typed a
 * body, is that firm (merge.ts `trade:`).
 */
// prettier-ignore
/**
 * What a body says it is doing, after "said it was" ("Corvan Aerospace said it was aware of the incident", "… it
 * is cooperating with investigators"): "it" there is the speaker, not the matter ("said it was hard").
 */
// prettier-ignore
export const BODY_STATES = [
  'aware', 'working', 'cooperating', 'co-operating', 'investigating', 'reviewing', 'supporting', 'assisting',
  'committed', 'in contact', 'monitoring', 'looking into',
];

export const INDUSTRY_LAST = new Set([
  'energy',
  'power',
  'solar',
  'oil',
  'petroleum',
  'gas',
  'mining',
  'steel',
  'motors',
  'systems',
  'technologies',
  'technology',
  'software',
  'foods',
  'pharma',
  'pharmaceuticals',
  'airlines',
  'airways',
  'telecom',
  'communications',
  'capital',
  'partners',
  'logistics',
  'shipping',
  'robotics',
  'biotech',
  'therapeutics',
  'semiconductor',
  'semiconductors',
  'securities',
  'savings',
  'brewing',
  'electronics',
  'insurance',
  'bank',
]);

/** A body that names people to an honour ("Hall of Fame"), not the building it may keep. */
export const HONOUR_BODY = /\bHall of Fame$/u;

/**
 * A hyphenated name with a lower-case toponymic particle between capitalised parts ("Saint-Aubin-des-Vignes",
 * "Montfaucon-sur-Loire", "Stratford-upon-Avon"): the shape of a town's name, not a person's (Arabic articles, which
 * join surnames, "Abd-al-Rahman", are not among the particles); so is a county's "-shire" ("Varnshire").
 */
export const TOPONYM_PARTICLE =
  /^\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*-(?:sur|sous|lès|lez|en|upon|on|under|super|am|des|du|aux|de|la|le|les|et)-\p{Lu}|^\p{Lu}\p{Ll}{2,}shire$/u;

/** Last words that make a name a place. */
// prettier-ignore
export const PLACE_WORDS = new Set([
  'county', 'parish', 'province', 'state', 'region', 'district', 'oblast', 'prefecture', 'territory', 'island', 'islands',
  'isle', 'sea', 'ocean', 'river', 'lake', 'mountains', 'mountain', 'mount', 'valley', 'desert', 'coast', 'bay',
  'gulf', 'strait', 'peninsula', 'square', 'street', 'avenue', 'road', 'boulevard', 'lane', 'highway', 'bridge',
  'park', 'corner', 'plaza', 'city', 'town', 'village', 'borough', 'quarter', 'harbor', 'harbour', 'port', 'beach',
  'canyon', 'forest', 'falls', 'heights', 'hills', 'hill', 'canal', 'channel', 'basin', 'delta', 'reef', 'glacier',
  'volcano', 'archipelago', 'cape', 'peak', 'freeway', 'interstate', 'station', 'stadium', 'arena', 'palace',
  'cathedral', 'tower', 'wall', 'gate', 'market', 'mall', 'prison', 'base', 'airport', 'airfield', 'headquarters',
  'terminal', 'cemetery', 'zoo', 'lodge',
  // (A headland's: "Skerrow Head", "Varrow Point"; "Head" is also a title, kept as the name's word only at its end.)
  'head', 'point', 'headland',
  // (Upland, water and shore words of British and Irish place names: "Cauldron Fell", "Kessock Sound".)
  'fell', 'moor', 'sound', 'loch', 'lough', 'estuary', 'fen', 'cove', 'creek',
  // (A mountain road's: "the Urayama Pass"; a plain's by a river: "the Kafue Flats".)
  'pass', 'flats',
]);

/**
 * Last words of PLACE_WORDS that name a built facility and are no one's surname: a name they end is the facility's,
 * even when a person's name (and title) opens it ("General Varno Petrik Base", "Ana Lind Airport"), where a place
 * word that is also a surname ("Hill", "Street", "Wall") may end a person's name.
 */
// prettier-ignore
export const FACILITY_WORDS = new Set([
  'station', 'stadium', 'arena', 'cathedral', 'mall', 'prison', 'base', 'airport', 'airfield', 'headquarters',
  'bridge', 'terminal', 'cemetery', 'zoo',
]);

/** Nouns for a vessel: a name that modifies one ("the Varna supply vessel") is the vessel's, which we do not report. */
// prettier-ignore
export const VESSEL_WORDS = new Set([
  'ship', 'vessel', 'boat', 'frigate', 'tanker', 'ferry', 'submarine', 'destroyer', 'cruiser', 'yacht', 'trawler',
  'freighter', 'icebreaker', 'warship', 'steamer', 'barge', 'tugboat', 'corvette',
]);

/**
 * Common nouns for a company ("the company said", "the firm added"), and the words that make a body's name a
 * company's ("Varnco Industries", "Brevik Motors Inc."): the noun speaks for a body whose name holds one of them.
 */
export const COMPANY_NOUNS = new Set([
  'company',
  'firm',
  'corporation',
  'conglomerate',
  'startup',
  'start-up',
  'giant',
  'subsidiary',
  'manufacturer',
  'automaker',
  'carmaker',
  'business',
]);
// prettier-ignore
export const COMPANY_NAME_WORDS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'company', 'corporation', 'group', 'holdings',
  'industries', 'motors', 'electric', 'pharmaceuticals', 'technologies', 'systems', 'labs', 'laboratories', 'media',
  'airlines', 'airways', 'enterprises', 'ag', 'gmbh', 'sa', 'nv',
]);

/** Prefixes that open a ship's name ("MV Namsetar", "HMS Varnholm"): a vessel, which we do not report. */
export const SHIP_PREFIXES = /^(?:MV|HMS|USS|USNS|HMCS|HMAS|HMNZS|RMS|RV)$/u;

/** Last words of names that are neither people, places nor organizations: laws, events, awards, holidays. */
// prettier-ignore
export const THING_WORDS = new Set([
  'convention', 'treaty', 'agreement', 'accord', 'accords', 'act', 'bill', 'law', 'declaration', 'protocol',
  'day', 'eve', 'week', 'war', 'wars', 'revolution', 'prize', 'award', 'awards', 'cup', 'olympics', 'olympiad', 'championship',
  'championships', 'festival', 'summit', 'deal', 'plan', 'doctrine', 'amendment', 'constitution', 'charter', 'code',
  'era', 'age', 'crisis', 'affair', 'scandal', 'storm', 'hurricane', 'typhoon', 'cyclone', 'earthquake', 'fire',
  'virus', 'disease', 'syndrome', 'telescope', 'satellite', 'spacecraft', 'rover', 'probe', 'ship', 'vessel',
  'flight', 'operation', 'style', 'language', 'time', 'bible', 'quran', 'koran', 'gospel', 'prayer', 'book',
  'album', 'song', 'film', 'series', 'show', 'index', 'reaper', 'briefing',
  // (Astronomy's: "in the Telescopium constellation" places a star, not a place on Earth.)
  'constellation', 'galaxy', 'nebula',
]);

/**
 * Countries that no longer exist, which the gazetteer (today's countries) lacks: a country is a place by GUIDE.md,
 * a former one too, though "Union" or "Empire" ends it as a body's word would ("the Soviet Union's space program").
 */
// prettier-ignore
export const FORMER_STATES = new Set(['soviet union', 'ussr', 'u.s.s.r.', 'yugoslavia', 'czechoslovakia', 'east germany', 'west germany', 'ottoman empire', 'austria-hungary', 'austro-hungarian empire', 'russian empire', 'byzantine empire', 'roman empire', 'holy roman empire', 'british raj', 'rhodesia', 'prussia', 'persia', 'siam', 'ceylon', 'zaire', 'german democratic republic', 'united arab republic']);

/**
 * Regions of the world the gazetteer (countries, their regions, cities) lacks, named as places ("across the Middle
 * East"); none is an adjective the way "Caribbean" or "Pacific" also are.
 */
// prettier-ignore
export const WORLD_REGIONS = new Set(['middle east', 'near east', 'far east', 'levant', 'maghreb', 'sahel', 'balkans', 'caucasus', 'horn of africa', 'latin america', 'scandinavia', 'midwest', 'indochina']);

/**
 * Nouns for a group that only a body is, which a name before them, after "the", names ("the Jamaah Ansharut Daulah
 * network", "the Varna militia"); not those a person's name takes too ("the Trump administration", "the Biden
 * campaign", "the Obama team"), nor "movement", which a cause has too ("the Brexit movement").
 */
// prettier-ignore
export const GROUP_BODY_NOUNS = new Set(['network', 'militia', 'faction', 'organisation', 'organization', 'alliance', 'coalition', 'union', 'party', 'group']);

/** A place's word that opens a place's name as a title does ("Mount Apo", "County Galway", "Lake Varna"). */
// (And other languages' words for a point, an island, a hill, a lake, a bay, a valley or a spring, a mound or a
// fort that open places' names in English text: "Punta Tombo", "Isla Mujeres", "Tell Tamer", "Ain Issa", "Fort Peck".)
// prettier-ignore
export const PLACE_FIRST_WORDS = new Set([
  'mount', 'mt.', 'lake', 'county', 'cape', 'loch', 'fort',
  'punta', 'isla', 'islas', 'cerro', 'lago', 'monte', 'playa', 'cabo', 'bahía', 'bahia', 'golfo', 'lac', 'mont',
  'pointe', 'île', 'wadi', 'jebel', 'jabal', 'ras', 'tell', 'ain',
  // (Portuguese and Spanish streams and ranges: "the Córrego Fundo", "Serra Dourada"; not "Rio", a given name and
  // a firm's: "Rio Tinto".)
  'córrego', 'ribeirão', 'riacho', 'arroyo', 'serra', 'sierra', 'lagoa', 'ilha', 'morro', 'chapada',
  // (A settlement's kind before its name: "Barangay San Roque", "Sitio Kalubihan", "Kampung Baru".)
  'barangay', 'brgy.', 'sitio', 'purok', 'kampung', 'kampong', 'desa',
]);

/** Words that link capitalised words inside one name ("Ursula von der Leyen", "Bank of Varnia"). */
// prettier-ignore
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'dela', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'ter', 'ten', 'y']);

/** The Arabic article joined to a family name by a hyphen, as transliterated ("el-Sisi", "al-Assad", "ash-Shara"). */
// prettier-ignore
export const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az']);

/** Month names, which the lexicon leaves untagged when they are also verbs or names ("March", "May"). */
// prettier-ignore
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * Common nouns for kinds of organization: right before a name ("retailer Tesco", "the chain HomePlus") or heading
 * an apposition (", the Polish anti-monopoly agency,") they make the name an organization.
 */
// prettier-ignore
export const ORG_NOUNS = new Set([
  'retailer', 'chain', 'company', 'firm', 'corporation', 'conglomerate', 'newspaper', 'tabloid', 'broadcaster',
  'network', 'outlet', 'website', 'publisher', 'magazine', 'airline', 'carrier', 'automaker', 'carmaker',
  'manufacturer', 'startup', 'start-up', 'supermarket', 'bank', 'lender', 'insurer', 'agency', 'charity',
  'nonprofit', 'non-profit', 'party', 'club', 'team', 'regulator', 'watchdog', 'giant', 'subsidiary', 'brand',
  'label', 'studio', 'group', 'organisation', 'organization', 'union', 'ngo',
  'platform', 'ministry', 'department', 'authority', 'association', 'institute', 'university', 'college',
  'channel', 'paper', 'franchise', 'distributor', 'wholesaler', 'supplier', 'provider', 'operator', 'exporter',
  'legislature', 'parliament', 'assembly', 'chamber',
  'importer', 'maker', 'band', 'supergroup', 'orchestra',
  // (", the statistical office of the European Union,", "the country's census bureau, X": a public body.)
  'office', 'bureau', 'commission', 'committee', 'council',
  // ("according to industry body Dairy Kelmark", "the peak body, X,": a body of a trade or a sport.)
  'body',
]);

/**
 * Nouns of a firm's trade that open a sentence before its name ("Retailer Bestmart said", "Carmaker Velko Motors"),
 * capitalised there and never the first word of a name (not "Bank", "Party", "Union", "Network": "Bank of Varnia",
 * "Network Rail").
 */
// prettier-ignore
export const LEADING_TRADE_NOUNS = new Set([
  'Retailer', 'Carmaker', 'Automaker', 'Broadcaster', 'Lender', 'Insurer', 'Regulator', 'Watchdog', 'Conglomerate',
  'Supermarket', 'Startup', 'Manufacturer', 'Wholesaler', 'Distributor', 'Exporter', 'Importer', 'Publisher',
  'Tabloid', 'Carrier', 'Supplier', 'Chipmaker', 'Brewer', 'Miner', 'Drugmaker', 'Telecoms', 'Utility',
]);
const LEADING_TRADE = new RegExp(`^\\s*(?:${[...LEADING_TRADE_NOUNS].join('|')})\\s+$`, 'u');
/** The sentence opens with a firm's trade right before the name ("Retailer Bestmart said"). */
export const leadingTrade = (near: string): boolean => near.length < 16 && LEADING_TRADE.test(near);

/**
 * A trade's nouns that name firms and people alike ("gas producer Energean", "record producer Terry Melcher"): a
 * firm's before one word no lexicon knows as a personal name, after a noun of what is traded (context.ts).
 */
export const FIRM_TRADE_NOUNS = new Set(['producer', 'investor', 'developer', 'designer', 'builder']);

/** Org nouns that also follow the name they classify ("the Kaufland chain", "the Sun tabloid"). */
export const ORG_NOUNS_AFTER =
  /^\s+(?:chain|retailer|supermarkets?|newspaper|tabloid|broadcaster|airline|carrier|brand|conglomerate|automaker|carmaker|franchise|restaurant|store|shop|bakery|brewery|winery|café)\b/u;

/**
 * A market's or an alliance's noun after the name it classifies, in lower case after "the" ("on the Nasdal
 * exchange", "the Green Left alliance", "the Reform bloc"): not "the euro exchange rate", nor a verb ("Students
 * exchange tips").
 */
export const EXCHANGE_AFTER =
  /^\s+(?:exchange|bourse|alliance|coalition|bloc)\b(?!\s+(?:rates?|programmes?|programs?|students?|visits?)\b)/u;

/** Common nouns for kinds of place heading an apposition (", a town in Kerala,"). */
// prettier-ignore
export const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'country', 'region', 'province', 'capital', 'island', 'suburb', 'district', 'county',
  'municipality', 'neighbourhood', 'neighborhood', 'hamlet', 'settlement', 'port', 'resort', 'archipelago',
  // ("The river Aske peaked", "the small community of Ashby Flat": a waterway's or a settlement's noun before it.)
  'river', 'lake', 'community', 'township', 'borough',
]);

/** Parts of a land by direction, before "of" ("in the north of Carrowmore"): what follows is a place. */
export const COMPASS_NOUNS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/** Levels of a school, before "School": a building where the text names it as where ("at Pell River High School"). */
export const SCHOOL_LEVELS = new Set([
  'high',
  'elementary',
  'primary',
  'secondary',
  'middle',
  'junior',
  'grammar',
]);

/** Adjectives of direction before a place ("Southern Poland", "Central Europe"): a region of it. */
export const COMPASS_ADJECTIVES =
  /^(?:northern|southern|eastern|western|central|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|upper|lower|greater)$/u;

/**
 * Last words of buildings, which are places where the text uses them as locations and bodies where they act.
 * Hospitals and clinics too: "died at Gleneagles Hospital" names where, as the labels have it (a place, the body
 * optional), while "the hospital said" keeps a body.
 */
export const BUILDING_WORDS = new Set([
  'center',
  'centre',
  'museum',
  'library',
  'mosque',
  'church',
  'temple',
  'observatory',
  'hotel',
  'office',
  'hospital',
  'clinic',
  'infirmary',
  'hospice',
]);

/** compromise's tags of function words (articles, prepositions, pronouns…): capitalised, they open sentences, not names. */
export const FUNCTION_WORD_TAGS: readonly string[] = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Copula',
  'QuestionWord',
  'Possessive',
];

/**
 * Last words of venues and roads, which are places even when a person's name opens them ("Walter Gardens", "Martine
 * Avenue"). Not "Lane" or "Way": surnames too ("Nathan Lane").
 */
export const VENUE_LAST =
  /^(?:world|resort|resorts|gardens|zoo|aquarium|speedway|raceway|motorway|avenue|street|road|boulevard|drive|highway|parkway|expressway|freeway|turnpike)$/u;
/** Words for an ethnicity, which name groups, not the towns that share their spelling. */
export const ETHNONYMS = /^(?:latin[aox]s?|latinx|hispanics?|chican[ao]s?|afro-\p{L}+)$/u;
/** compromise's tags of personal names. */
export const NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
/** compromise's tags of places. */
export const PLACE_TAGS: readonly string[] = ['Country', 'City', 'Region', 'Place'];
/** compromise's tags of capitalised words that are dates, units or titles of address, not names. */
// prettier-ignore
export const NOT_NAME_TAGS: readonly string[] = ['Month', 'WeekDay', 'Date', 'Holiday', 'Demonym', 'Unit', 'Currency', 'Pronoun', 'Honorific'];
/** Adjectives of faith that follow name-like words ("Roman Catholic", "Greek Orthodox"). */
// prettier-ignore
export const RELIGIOUS = new Set(['catholic', 'orthodox', 'protestant', 'islamic', 'christian', 'jewish', 'muslim', 'buddhist', 'hindu', 'sunni', 'shia', 'shiite', 'evangelical', 'anglican', 'lutheran', 'methodist', 'baptist']);
/** Directions and positions that open or close regions' names. */
export const COMPASS =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|central|upper|lower)$/u;
/** Words that name one institution when they stand alone and capitalised ("Parliament voted"). */
// prettier-ignore
export const INSTITUTIONS = new Set(['parliament', 'congress', 'senate', 'cabinet', 'government', 'police', 'army', 'navy', 'pentagon', 'politburo', 'knesset', 'bundestag', 'duma', 'judiciary']);
/** Last words of newspapers' and magazines' names ("The Daily Telegraph" → "The Telegraph"). */
// prettier-ignore
export const MEDIA = new Set(['times', 'post', 'guardian', 'telegraph', 'journal', 'tribune', 'herald', 'gazette', 'chronicle', 'observer', 'independent', 'economist', 'atlantic', 'spectator', 'sun', 'mirror', 'express', 'globe', 'star', 'nation', 'hill', 'intercept', 'onion', 'daily', 'weekly', 'monthly', 'courier', 'bulletin']);
/** Words for a broadcast medium, which make the place word after them a broadcaster's ("Varna News Channel"). */
export const BROADCAST = /^(?:news|tv|television|radio)$/iu;
/** Endings of abstract nouns, which are not surnames ("Christianity", "Judaism"). */
export const ABSTRACT = /(?:ity|ism|ness|tion|sion|ment|ship|hood|ology|ics)$/u;
/** Time zones, written in capitals like acronyms. */
export const TIME_ZONES = /^(?:[A-Z]{1,2}[SD]T|UTC|GMT|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|AWST)$/;
/** First words that make a body national wherever it stands ("National Hurricane Center"). */
export const NATIONAL = /^(?:national|federal|international|royal|state)$/iu;
/** Common nouns after a body's acronym that keep it a body ("BBC Sport"). */
export const ACRONYM_COMMON_SECOND = /^(?:sports?|world|online|digital|business|arts|today|live|one|two)$/iu;
/** Particles of personal names ("al-Eryani", "Van Halen"): a cited name with one is a person's. */
export const PERSONAL_PARTICLE = /^(?:al|el|bin|ibn|abu|van|von|de|da|di|du|la|le)(?:-|$)/iu;
/** News and picture agencies that credits name after a slash ("Jane Roe/AP", "AP Photo/Jane Roe"). */
// prettier-ignore
export const AGENCY_WORDS = new Set(['AP', 'CP', 'AFP', 'EPA', 'PA', 'UPI', 'ANP', 'DPA', 'dpa', 'Reuters', 'Getty Images', 'Getty', 'Bloomberg', 'Xinhua', 'Canadian Press', 'Associated Press', 'Press Association', 'Shutterstock', 'Alamy', 'Pool', 'Handout', 'Supplied', 'File']);
/**
 * Labels that open a picture's or story's credit ("Photo: …", "Credit: …", "Photo by …"). Not "Image:": the gold
 * made by GUIDE.md (../shared/gold) counts the names of Wikinews' "Image: Name (flickr)" captions as people of the
 * story, and with "Image" here its people F1 falls from 1 to 0.906; which reading is right is the guide's to say.
 */
// prettier-ignore
export const CREDIT_LABELS = new Set(['Photo', 'Photos', 'Photograph', 'Photography', 'Picture', 'Pictures', 'Credit', 'Credits', 'Photo credit', 'Image credit', 'Illustration', 'Video', 'Courtesy', 'PHOTO', 'CREDIT']);
/** Labels that open a link to another story ("READ MORE: …", "Related: …"). */
// prettier-ignore
export const LINK_LABELS = new Set(['READ MORE', 'Read more', 'Read More', 'RELATED', 'Related', 'MORE', 'More', 'WATCH', 'Watch', 'LISTEN', 'Listen', 'SEE ALSO', 'See also', 'ALSO READ', 'Also read', 'READ', 'Read']);
/** Head nouns of an apposition that describe a body or a place, not a person (", the Varna Gas Company,"). */
// prettier-ignore
export const NON_PERSON_HEAD_NOUNS: readonly string[] = ['company', 'firm', 'group', 'organi[sz]ation', 'agency', 'institution', 'charity', 'party', 'newspaper', 'network', 'channel', 'broadcaster', 'station', 'city', 'town', 'village', 'country', 'nation', 'region', 'province', 'state', 'capital', 'island', 'river', 'university', 'college', 'school', 'bank', 'body', 'website', 'service', 'team', 'club', 'ship', 'vessel', 'boat', 'brand', 'airline', 'union', 'council', 'court', 'museum', 'program', 'programme', 'project', 'mission', 'movement', 'coalition', 'alliance', 'base', 'area', 'district', 'county', 'neighbo(?:u)?rhood', 'airport', 'port', 'site', 'building', 'hospital', 'facility', 'plant', 'mine', 'community', 'character', 'municipality', 'settlement', 'metropolis', 'suburb', 'oblast'];
/** Verbs whose agent ("led by X") is a person, as a speech verb's subject is. */
// prettier-ignore
export const AGENT_VERBS: readonly string[] = ['led', 'headed', 'founded', 'co-founded', 'directed', 'written', 'authored', 'co-authored', 'coached', 'chaired', 'presented', 'hosted', 'interviewed', 'photographed', 'painted', 'composed', 'played', 'voiced', 'sung', 'narrated'];
/** Words before "star" that make it a person's role ("pop star X"), not a celestial body. */
// prettier-ignore
export const STAR_KINDS: readonly string[] = ['porn', 'pop', 'film', 'movie', 'rock', 'rap', 'tv', 'television', 'reality', 'football', 'soccer', 'tennis', 'basketball', 'baseball', 'hockey', 'cricket', 'rugby', 'country', 'hollywood', 'child', 'sports?', 'netflix', 'youtube'];
/** Nouns only a body has after its name ("VTA officials", "VTA rules"), for acronyms. */
// prettier-ignore
export const BODY_NOUNS_AFTER: readonly string[] = ['rules', 'regulations', 'guidelines', 'officials', 'spokes(?:man|woman|person)', 'statement', 'press release', 'press office', 'headquarters', 'member states', 'chairman', 'secretary-general', 'secretary general', 'peacekeepers', 'envoy', 'inspectors', 'monitors', 'resolution', 'mission'];
/** Nouns for a group's people right after its name: "Varnist fighters", "Velkor members", "Velkor leaders". */
// prettier-ignore
export const GROUP_MEMBERS_AFTER: readonly string[] = ['fighters', 'militants', 'militiamen', 'insurgents', 'rebels', 'gunmen', 'members', 'commanders', 'leaders?', 'leadership', 'spokes(?:man|woman|person)'];
/** The same before "of": "members of the Velkor", "member states of VTA". */
// prettier-ignore
export const GROUP_MEMBERS_OF: readonly string[] = ['members', 'leaders?', 'militants', 'fighters', 'member states', 'member countries', 'ranks', 'spokes(?:man|woman|person)', 'affiliates'];
/** What an armed group does as one, after its name: "Velkor fired rockets", "Velkor launched an attack". */
// prettier-ignore
export const GROUP_ATTACKS: readonly string[] = ['fired', 'launched', 'fires', 'launches'];
/** What an armed group fires or launches (a person or a firm launches a product, a campaign). */
// prettier-ignore
export const GROUP_WEAPONS: readonly string[] = ['rockets?', 'missiles?', 'mortars?', 'drones?', 'shells', 'attacks?', 'strikes', 'an?\\s+(?:attack|offensive|assault|raid|incursion)'];
/**
 * What places a name as a preposition of place does: the people or streets of a town before "of" ("residents of
 * Harrowby"), and verbs of going before "to" ("drive to Ashwell"; not "moved to", which a job does: "moved to Varnco").
 */
// prettier-ignore
export const PLACE_RELATIONS: readonly string[] = [
  '(?:[Rr]esidents|[Ss]treets|outskirts|suburbs|[Ii]nhabitants|townspeople|mayor)\\s+of',
  // The places a plural place noun lists ("the towns of Ardee, Kilcoole and Rathvane").
  '(?:towns|villages|cities|islands|communities|municipalities|provinces|districts|counties)\\s+of',
  // And those it names after a comma ("seven villages, including Los Pinos and Agua Blanca").
  '(?:towns|villages|cities|islands|communities|municipalities|provinces|districts|counties|neighbou?rhoods|suburbs),?\\s+(?:including|such\\s+as)',
  '(?:drive|drove|driven|driving|travel(?:l?ed|l?ing|s)?|fly|flew|flown|fled|flee|fleeing|evacuated|relocated|commuted?|commuting|divert(?:ed|ing|s)?)\\s+(?:back\\s+|on\\s+)?to',
  // A route's end after its start ("Flight 418 from Aldbridge to Port Cassel").
  'from\\s+\\p{Lu}[\\p{L}\'’-]*(?:\\s\\p{Lu}[\\p{L}\'’-]*)?\\s+to',
  // A town taken or fought over ("recaptured Selno", "shelled Varnby"; not "captured" or "besieged", which people are too).
  '(?:recaptured|retook|retaken|liberated|shelled|encircled)',
  // A journey's end ("ferry sailings to Holmsby", "flights to Kelby").
  '(?:[Ff]lights?|[Ss]ailings?|[Ff]err(?:y|ies)|[Tt]rains?)\\s+to',
  // A seat in a parliament ("the MP for Saltmere", "the member for Kelby").
  '(?:MP|MPs|MEP|MSP|MLA|TD|[Mm]ember)\\s+for',
  // The rim of a town ("the northern edge of Harlan Springs"; "outskirts" is above).
  'edges?\\s+of',
];
/** Words a road's number follows in the road's name ("Highway 49", "Route 9", "Interstate 75"). */
export const ROAD_NUMBERED = /^(?:Highway|Route|Interstate|Motorway|Freeway|Expressway)$/u;
/** A road's name that ends in its number ("Highway 49", "U.S. Route 2"): runs.ts joins the number to the road. */
export const NUMBERED_ROAD =
  /(?:^|\s)(?:Highway|Route|Interstate|Motorway|Freeway|Expressway)\s\d{1,4}[A-Z]?$/u;
/**
 * Nouns for a firm's or a body's site, which a town's name modifies ("its Tarrow plant", "the Varnby depot"): such a
 * mention says nothing against the name being a place (unknown-always-placed), where "its Kelby crew" may be an
 * airline's.
 */
// prettier-ignore
export const SITE_NOUNS: readonly string[] = ['plant', 'plants', 'factory', 'factories', 'site', 'sites', 'depot', 'depots', 'mill', 'warehouse', 'works', 'facility', 'campus', 'branch', 'office', 'offices', 'store', 'hub', 'yard', 'mine', 'refinery', 'smelter'];
/** Last words of a street's name in a postal address ("of Linfield Road, Aldersby,"): context-later.ts addressTown. */
// prettier-ignore
export const ADDRESS_STREET_WORDS: readonly string[] = ['Road', 'Street', 'Avenue', 'Lane', 'Drive', 'Close', 'Crescent', 'Terrace', 'Gardens', 'Grove', 'Way', 'Place', 'Court', 'Row', 'Square', 'Mews', 'Rise', 'Walk'];
/** Prepositions of place: the name after them is a location ("in Varnby", "near Varnholm"). */
// prettier-ignore
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'near', 'across', 'throughout', 'outside', 'inside', 'into', 'from', 'at', 'around', 'towards?'];
/** Nouns of a death, whose "of X" is a person ("the killing of Qasem Soleimani"). */
// prettier-ignore
export const DEATH_NOUNS: readonly string[] = ['killing', 'death', 'murder', 'assassination', 'funeral', 'slaying', 'execution', 'burial'];
/** What happens only to a person, before "of" ("the nomination of X", "the impeachment of X"). */
// prettier-ignore
export const PERSON_EVENTS: readonly string[] = ['nomination', 'appointment', 'resignation', 'impeachment', 'arrest', 'extradition', 'inauguration', 'widow', 'widower'];
/**
 * Singular nouns of kin that fix the relative's gender, before a name ("his wife, Mira Han", "her son Erik") or in
 * apposition after it ("Mira Han, his wife,"): entities/gender.ts.
 */
// prettier-ignore
export const FEMALE_KIN = new Set(['wife', 'widow', 'daughter', 'mother', 'sister', 'girlfriend', 'fiancée', 'granddaughter', 'niece', 'aunt', 'grandmother', 'stepdaughter', 'stepmother', 'ex-wife']);
/** See FEMALE_KIN. */
// prettier-ignore
export const MALE_KIN = new Set(['husband', 'widower', 'son', 'father', 'brother', 'boyfriend', 'fiancé', 'grandson', 'nephew', 'uncle', 'grandfather', 'stepson', 'stepfather', 'ex-husband']);
/** Kin after a name's possessive ("X's wife", "X's eldest son"): the name is a person's. */
// prettier-ignore
export const KIN_AFTER: readonly string[] = ['wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'father', 'mother', 'brother', 'brothers', 'sister', 'sisters', 'widow', 'widower', 'children', 'parents', 'grandson', 'granddaughter', 'girlfriend', 'boyfriend', 'fiancé', 'fiancée', 'nephew', 'niece'];
/**
 * What only a person has, after a personal name's possessive ("Sigourney Weaver's character", "Ardo Pell's
 * funeral"): relations and events a firm, a team or a country does not have (not "leader", "lawyer", "staff").
 */
// prettier-ignore
export const PERSON_POSSESSIONS: readonly string[] = ['character', 'characters', 'portrayal', 'cousin', 'cousins', 'uncle', 'aunt', 'grandfather', 'grandmother', 'grandchildren', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'ex-wife', 'ex-husband', 'fiance', 'lover', 'mistress', 'bodyguard', 'biographer', 'death', 'funeral', 'murder', 'assassination', 'burial', 'autopsy', 'birthday', 'obituary', 'memoir', 'memoirs', 'autobiography', 'eulogy'];
/** A person's time in office, before "of" ("the presidency of X") or after the name ("the X administration"). */
// prettier-ignore
export const OFFICE_TERMS: readonly string[] = ['presidency', 'premiership', 'reign', 'papacy', 'chancellorship', 'administration'];

/**
 * A word for a place's kind, or a district's abbreviation, after a place's own name ("Carrow Island", "Varnby City",
 * "Washington D.C."): the name with it and the name alone are one place. Group 1 the name, group 2 the word.
 */
export const PLACE_KIND_SUFFIX = /^(\p{Lu}.*?),?\s+(Island|Isle|City|Town|D\.\s?C\.?|DC)$/u;

/** The lexicon's tags of the names of people, places and bodies. */
export const PROPER_NAME_TAGS: readonly string[] = [...NAME_TAGS, ...PLACE_TAGS, 'Organization'];
