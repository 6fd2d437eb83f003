/** What the words around a name say about it. */
export interface Context {
  /** "Lytvynenko, 21," — an age apposition. */
  age: boolean;
  /** A speech verb right before or after the name. */
  speaks: boolean;
  /** Does what only a person does in a report: "won", "finished second", a race time (", 2:05:46,"). */
  acts?: boolean;
  /**
   * Does or has what only a player or a defendant does, said of a lone surname: "Ferrand was booked", "Brightwell's
   * header", "a cross from Ferrand", "Marlowe denied the charges" (acts-alone).
   */
  actsAlone?: boolean;
  /** Between a determiner and a lower-case word ("its Tarrow plant"): the name modifies a noun. */
  modifierAfterDeterminer?: boolean;
  /** After a capitalised name and "of": "Mayor Phil Easton of Tillman said" (the speech is the person's). */
  ofName?: boolean;
  /** Before a noun for a firm's site: "its Tarrow plant" (cues.ts SITE_NOUNS). */
  siteAfter?: boolean;
  /** The town of a postal address, after its street and before a comma: "of Linfield Road, Aldersby,". */
  addressTown?: boolean;
  /** A later name of a list a preposition of place opens: "in Eastquay, Harbourside and parts of Northfleet". */
  conjunctPlaced?: boolean;
  /** The subject or object of a verb of meeting: "X met Y", "talks with X", "X visited Varnby". */
  meets?: boolean;
  /** A party of a court case named "X v. Y": the case's name, not a place or a body. */
  caseParty?: boolean;
  /** Listed beside a person's name, or beside another name shaped as one ("Ababel Yeshaneh and Gelete Burka"). */
  listed?: boolean;
  /**
   * The other names of a coordinated list of three or more the name is in ("X, Y and Z"), by name key: a name nothing else
   * types shares the kind its mates have (coordinated.ts).
   */
  listMates?: readonly string[];
  /**
   * The name key of the name this one follows in a pair ("X and Y", "X or Y"): a name nothing else types after a
   * body's name is a body too (coordinated.ts).
   */
  pairedAfter?: string;
  /**
   * The pair writes its own lower-case "the" before each name ("the Centre Party and the Greens"): a capitalised
   * common word there is a name, as no work's title is written so.
   */
  pairedThe?: boolean;
  /** A descriptive apposition ("a sales manager", "Ukraine’s foreign minister"). */
  role?: string;
  /** The apposition describes a person (not "a company", "the capital"). */
  personRole: boolean;
  /** The first personal pronoun after the name, in its sentence or the next: "he", "she", "it". */
  pronoun?: 'm' | 'f' | 'n';
  /** Acts as a body does: "CNN reported", "according to the BBC", "told NPR", "NASA's telescope". */
  institutional: boolean;
  /** After a capitalised word and a comma, as a region follows its town: "Charlottesville, Virginia". */
  afterTown: boolean;
  /** After a lower-case "the": "the Kremlin", "the Taliban". */
  theLower: boolean;
  /** Before a noun only bodies have: "IAAF rules", "NATO officials" (for acronyms). */
  bodyNoun?: boolean;
  /** Staffed as a group: "X fighters", "X leaders", "members of X" (not after an adjective: "other X members"). */
  groupMembers?: boolean;
  /** Acts as one group: "X claimed responsibility", "X said in a statement", "X issued statements". */
  groupClaims?: boolean;
  /** Followed by "announced", which people do as often as bodies: "Ardo Pell announced". */
  announces?: boolean;
  /** Opens the article's first sentence as a wire dateline: "AUSTIN, Texas (AP) — " (see dateline-place). */
  dateline?: boolean;
  /** The region or country after a dateline's town: "Texas" in "AUSTIN, Texas (AP) — " (see dateline-region). */
  datelineRegion?: boolean;
  /** In the brackets of a wire dateline's credit: "CR" in "WASHINGTON (CR) — " (see dateline-credit). */
  datelineCredit?: boolean;
  /** Owns what only a state has: "Kesh's defence ministry", "Varnia's armed forces" (see state-owns). */
  stateOwns?: boolean;
  /** After a person's noun and "at": "an analyst at Bellwood Securities" (an employer; see placed-name). */
  staffAt?: boolean;
  /** After a place's relation ("residents of", "the mayor of"), or at the end of a list one opens. */
  relationPlaced?: boolean;
  /** After "neighbouring" or "nearby": "Varnia and neighbouring Kelbaria" (see neighbouring-place). */
  neighbouring?: boolean;
  /** After "the", does what a river does: "the Tarrowe burst its banks", "the Lunda rose 4 metres". */
  waterActs?: boolean;
  /** The first part of "Luxembourg-based", "Sydney-born": where something is based or someone was born. */
  basedIn?: boolean;
  /** Followed by a lower-case division of a country ("Varnak province"): a place. */
  divisionAfter?: boolean;
  /** Followed by a lower-case "town" or "city" ("in San Remigio town"): a place, unless the name is an adjective. */
  settlementAfter?: boolean;
  /** The subject of "won N seats": a party. */
  winsSeats?: boolean;
  /** After "the" or "The" and before a verb (for acronyms: "The IAAF banned"). */
  theBefore?: boolean;
  /** "Airbus said it …": speaks of itself as "it". */
  saysIt?: boolean;
  /** Taken back as a body: "Velna Dall and its leader", or the next sentence opening "The party said". */
  takenBackAsBody?: boolean;
  /** Followed by "reported"/"reports"/"published", as an outlet is ("Népszava reported"). */
  reports?: boolean;
  /** After "published by", "polled by" …: figures made by it ("figures published on Thursday by Velstat"). */
  reportedBy?: boolean;
  /** After "according to": cited as a source, by a person or a body alike. */
  accordingTo?: boolean;
  /** Right after a noun of kin: "his son Barron", "children Brodie and Nolan" (a relative of someone named). */
  kinBefore?: boolean;
  /**
   * The gender a singular noun of kin gives the name: right before it ("his wife, Mira Han", "her son Erik") or in an
   * apposition of its own after it ("Mira Han, his wife,"). Null when there is none.
   */
  kin?: 'm' | 'f' | null;
  /**
   * The gender of the first "he"/"she"/"his"/"her" after the name (its sentence, then the next), unless one of the
   * `names` is written before it: "Ngozi Adeyemi also runs a bakery. Taro Adeyemi said he …" gives Ngozi nothing.
   */
  pronounPast?(names: ReadonlySet<string>): 'm' | 'f' | null;
  /** After "told": the one spoken to, a person or an outlet alike ("told Agence France-Presse"). */
  listener?: boolean;
  /** Where words are posted, as on a platform: "wrote on Instagram", "Instagram followers", "the Telegram messages". */
  platform?: boolean;
  /** After "an interview with" or "interviewed by": a journalist or an outlet ("an interview with Rolling Stone"). */
  interviewer?: boolean;
  /** The name is the article's own source (its outlet naming itself: "Wikinews sought expert input"). */
  isSource?: boolean;
  /** After a capitalised word and "and": the end of a longer name ("Volcanology and Seismology"), or a list. */
  afterAnd?: boolean;
  /** After "the" and a year: "the 2019 IAAF World Championships" (for acronyms only). */
  theYear: boolean;
  /** Where something was published: "published Wednesday in Nature Astronomy". */
  publication: boolean;
  /** Right before a parliamentary title: "Labour MP", "Varna Party MSP" — a party. */
  party: boolean;
  /** After a possessive, "a"/"an" or a lower-case adjective ("your CV", "a PR firm"), where a common noun stands. */
  determined?: boolean;
  /** After a preposition of place: "in Whitehall", "near Cantilan". */
  locative: boolean;
  /** Followed by a possessive ("at Iyambo's death"). */
  possessive?: boolean;
  /** Before a lower-case word for a river or its land: "the Benue river", "the Marrow valley". */
  riverAfter?: boolean;
  /** Followed by ", <known country or region>" as a city is. */
  inPlace: boolean;
  /** Followed by "council" in lower case ("Tarnside council"): a town's, for a word the lexicon lacks. */
  councilAfter?: boolean;
  /** What only a company has: "Shares in X fell", "X shares rose", "X's chief executive", "a stake in X". */
  corporate?: boolean;
  /** Before a share's move in per cent, no preposition or "the" before it: "Kaupstad Savings added 0.3%". */
  stockMove?: boolean;
  /** A side of a scored match: "a 2-1 win over X", "X beat Y 3-0" (match-side.ts). */
  matchSide?: boolean;
  /** After "at" ("drew 0-0 at X"): where a match was played. */
  atGround?: boolean;
  /** A capitalised title and a name right after the name ("Police Chief Renata Voight"): the name is the office's. */
  officeAfter?: boolean;
  /** After "a", before a local business's or institution's noun ("a Kaupstad brokerage"): where it is. */
  townBeforeTrade?: boolean;
  /** The title of a town's or a province's head and a name right after it ("Ōkawara Mayor Shimizu Kenta"). */
  placeOfficeAfter?: boolean;
  /** A firm's officer's post and a name right after the name ("Velkor chief executive Anna Brandt"). */
  officerNamed?: boolean;
  /** A lower-case noun for a body's officer right after the name ("Varna Red Cross chair Anna Holm"). */
  staffAfter?: boolean;
  /** After "a spokesperson for", "an analyst at": one who speaks or works for the name. */
  staffFor?: boolean;
  /** After a person's full name and "of" ("John Geiger of USGS"): where the person works, a body or a place. */
  staffOf?: boolean;
  /** A lower-case word after the name that no verb's or function word's tag explains: a noun it modifies. */
  nounAfter?: boolean;
  /** That noun ends the phrase: no second noun follows it ("the Chuck Jones quote that", not "… oil field"). */
  loneNounAfter?: boolean;
  /** The name modifies a following noun ("James Webb space telescope", "Kyiv building"). */
  modifies: boolean;
  /** The noun it modifies names a thing or a body, not a place ("Varnic film", not "Varnholm district"). */
  modifiesThing?: boolean;
  /** The noun it modifies is a body's ("the Varna union"). */
  modifiesBody?: boolean;
  /** After "the", the noun it modifies is a group's that only a body is ("the Varna movement", "the Kelm network"). */
  modifiesGroup?: boolean;
  /** The noun it modifies is a vessel's ("Varna supply vessel"): the name is the vessel's. */
  modifiesVessel?: boolean;
  /** Followed by "of"/"from" and a country, as an athlete or a delegate is: "Abderrahman Samba of Qatar". */
  fromCountry: boolean;
  /** The title of a work: "an artwork entitled America", "a song titled Paris". */
  workTitle: boolean;
  /** Cited as a source, as outlets are: "Gazeta Prawna reports", "according to Deutsche Welle (DW)". */
  source: boolean;
  /** Right after another capitalised word ("New South Wales" read from "South"). */
  afterName: boolean;
  /** Next to a noun for a kind of organization: "retailer Tesco", "the Kaufland chain". */
  orgNoun: boolean;
  /** Right after a noun for a kind of place: "our biggest island Crete", "the town Varnholm". */
  placeNoun?: boolean;
  /** The object of a verb of faith ("converted to X", "practises X"): a religion, not a place. */
  faith?: boolean;
  /** A title before the name stands where a place does ("in Sultan Varnak"). */
  titlePlaced?: boolean;
  /** After a capitalised name and "from" ("Belle from Beauty"): a character's work or a member's body as often as a town. */
  fromName?: boolean;
  /** After "during" ("during the Varnfest"): an event or a season, not a body or a place. */
  during?: boolean;
  /** An apposition headed by a noun for an organization (", the anti-monopoly agency,") or a place (", a town"). */
  roleKind?: 'organization' | 'place' | 'person';
}
