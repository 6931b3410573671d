import type { Gazetteer, GazetteerMatch } from "./gazetteer";
import { foldName, withoutLeadingArticle } from "./normalize";
import { adjacent, isAllCaps, isArticleName, isCapitalised, type Token, tokenize } from "./tokens";
import { FEATURE_WORDS, GOVERNMENT_NOUNS, GOVERNMENT_VERBS, NAME_CONNECTORS, NOT_PLACE_WORDS, ORGANISATION_HEADS, ORGANISATIONS, PERSON_TITLES, PLACE_PREFIX_WORDS, RULER_WORDS } from "./vocabulary";

/** A place name found in text, before resolution. */
export interface RecognisedName {
  surface: string;
  start: number;
  end: number;
  /** Gazetteer entries the name may refer to (empty for names known only from context, e.g. "the village of X"). */
  matches: GazetteerMatch[];
  recognisedBy: string;
  /** A feature word written with the name ("camp", "province", "air base"), which tells what kind of place is meant. */
  feature: string | null;
  /** Set when the name stands for something other than the place (a government, part of an organisation's name). */
  nonLiteral: string | null;
}

const MAX_NAME_TOKENS = 6;
/** Cues that introduce a place name the gazetteer may not know ("the village of Fahel"). */
const CUE_BEFORE = /\b(village|villages|town|towns|city|neighbou?rhoods?|district|suburb|area|camp|region|province|governorate|countryside|hometown)\s+of\s+$/i;

const lower = (t: Token) => t.lower;
/** Nouns for a city's own parts and people: after a possessive they keep the name literal ("London's city centre"). */
const CITY_PARTS = new Set(["city", "centre", "center", "downtown", "streets", "street", "suburbs", "outskirts", "mayor", "airport", "residents", "inhabitants", "people", "population", "hospitals", "neighbourhoods", "neighborhoods", "districts", "skyline", "metro", "old", "port", "river", "university", "police", "mosques", "churches", "markets", "schools"]);
/** Words that may stand between a capital and the verb that makes it its government ("Moscow has repeatedly rejected"). */
const AUXILIARIES = new Set(["has", "had", "have", "is", "was", "will", "would", "could", "may", "might", "also", "repeatedly", "reportedly", "then", "quickly", "swiftly", "already", "now", "later", "again", "not", "never"]);
/** What is done to or received from a government, written just before a capital ("warned Moscow", "authorities in Damascus", "aid from Washington"). */
const ACTED_ON_BEFORE =
  /\b(?:(?:warned|warns|gave|gives|give|benefits|benefit|urged|urges|pressured|pressure|pressuring|lobbied|lobbying|told|tells|asked|asks|accused|accuses|condemned|thanked|backed|recognised|recognized|reassured|placated|angered|persuaded|convinced|defied|snubbed)(?:\s+the)?|(?:authorities|officials|leadership)\s+in|(?:receives?|received|receiving|support|aid|assistance|pressure|approval|funding|backing|orders|instructions)\s+from|(?:relations?|relationship|ties|talks|coordination|rapprochement|normali[sz]ation|agreement|deal)\s+(?:between|with))\s+$/i;
/** "the province of X", "the village of X": the kind of place a name stands for, written before it. */
const KIND_OF_BEFORE = /\b(provinces?|governorates?|city|cities|towns?|villages?|neighbou?rhoods?|districts?|regions?)\s+of\s+(?:the\s+)?$/i;
/** "the provinces of Latakia and Tartus": the same kind for the names listed after it. */
const KIND_OF_LIST_BEFORE = /\b(provinces|governorates|cities|towns|villages|neighbou?rhoods|districts)\s+of\s+[^.;:!?()]{1,40}?(?:,\s*|\s+)(?:and|or)\s+$/i;
/** Head words that take "of" inside a place name ("Valley of the Christians", "Republic of Turkiye", "Gulf of Aden"). */
const OF_HEADS = new Set(["valley", "republic", "gulf", "bay", "strait", "straits", "sea", "isle", "island", "islands", "cape", "lake", "city", "kingdom", "state", "province", "governorate", "district", "mount", "county", "port", "sultanate", "emirate", "commonwealth", "federation", "union"]);
/** A compound modifier such as "HTS-stronghold" or "Kurdish-held" before a name. */
const isModifier = (t: Token) => /-\p{Ll}+$/u.test(t.text);
const isConnector = (t: Token) => NAME_CONNECTORS.has(lower(t)) && !isCapitalised(t);
/** A capitalised word or "al-Hol": both begin with a letter, so never a number. */
const isNameToken = (t: Token) => isCapitalised(t) || isArticleName(t);
const isFeature = (t: Token) => FEATURE_WORDS.has(lower(t));

/**
 * Runs of capitalised words, joined through connectors ("Ras al-Ayn", "Valley of the Christians"). `isPlaceName`
 * says whether a stretch of text is itself a gazetteer name ("Horn of Africa"), which "of" may then join.
 */
function nameRuns(text: string, tokens: Token[], isPlaceName: (name: string) => boolean): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i]!)) {
      i++;
      continue;
    }
    const run = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1]!;
      const t = tokens[j]!;
      if (!adjacent(text, tokens[j - 1]!, t) || tokens[j - 1]!.possessive) break;
      // "Syria ISIS", "US-Israel": an acronym and a written-out name next to each other are two names.
      if (isAllCaps(t) !== isAllCaps(tokens[j - 1]!)) break;
      if (isNameToken(t) && !t.sentenceStart) {
        run.push(t);
        j++;
        continue;
      }
      // Connectors only join when a capitalised word follows them.
      let k = j;
      while (k < tokens.length && isConnector(tokens[k]!) && adjacent(text, tokens[k - 1]!, tokens[k]!) && k - j < 2) k++;
      // "of" makes one name only after a head word such as "Valley", "Republic", "Gulf" ("the Bedouin of Deir ez-Zor" is two
      // things), or when the joined words are a name of the gazetteer as written ("Horn of Africa").
      // (Seldom reached: the joins are functions of their own, left out of this loop's compiled graph.)
      if (k > j && lower(tokens[j]!) === "of" && !OF_HEADS.has(lower(prev)) && !ofJoinsName(text, tokens, run, k, isPlaceName)) break;
      if (k > j && k < tokens.length && isNameToken(tokens[k]!) && adjacent(text, tokens[k - 1]!, tokens[k]!)) {
        j = joinThroughConnectors(tokens, run, j, k);
        continue;
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/** Whether "of" before tokens[k] joins it to the run: a capitalised word right after it, the whole a gazetteer name ("Horn of Africa"). */
function ofJoinsName(text: string, tokens: Token[], run: Token[], k: number, isPlaceName: (name: string) => boolean): boolean {
  const next = tokens[k];
  return !!next && isNameToken(next) && adjacent(text, tokens[k - 1]!, next) && isPlaceName(text.slice(run[0]!.start, next.end));
}

/** Adds the connectors tokens[j .. k) and the name word tokens[k] to the run; the index after them. */
function joinThroughConnectors(tokens: Token[], run: Token[], j: number, k: number): number {
  run.push(...tokens.slice(j, k + 1));
  return k + 1;
}

function spanText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

const ORGANISATION_NAMES = new Set(ORGANISATIONS);
/** "Hezbollah", "the Lebanese Red Cross": a run naming an organisation, or ending in one's name after a space (folded text). */
function isOrganisation(folded: string): boolean {
  if (ORGANISATION_NAMES.has(folded)) return true;
  for (let i = folded.indexOf(" "); i >= 0; i = folded.indexOf(" ", i + 1)) if (ORGANISATION_NAMES.has(folded.slice(i + 1))) return true;
  return false;
}

/** A word that cannot be a place on its own, whatever the gazetteer says. */
function isStopWord(t: Token): boolean {
  return NOT_PLACE_WORDS.has(t.folded) && !(isAllCaps(t) && t.text.replace(/\./g, "").length <= 3);
}

const isCountryOrRegion = (m: GazetteerMatch) => /^(PCL|ADM1)/.test(m.place.featureCode) || m.place.featureClass === "L";
/** Places prominent enough that a common English word naming them is still read as the place. */
const isProminent = (m: GazetteerMatch) =>
  isCountryOrRegion(m) || /^(PPLC|PPLA|PPLA2)$/.test(m.place.featureCode) || m.place.population >= 100_000 || /^[HTLS]$/.test(m.place.featureClass);
/**
 * Only a country, a capital or a metropolis commonly names institutions ("Turkiye Gazetesi", "New York Times"); a
 * town's name inside a longer run is far more often a person's name ("Vladimir Putin", "Ahmad al-Sharaa").
 */
const isInstitutionalName = (x: GazetteerMatch) =>
  x.match === "exact" &&
  (/^PCL/.test(x.place.featureCode) || ((x.primary || x.place.name.includes(" ")) && (x.place.featureCode === "PPLC" || x.place.population >= 1_000_000)));
/** Up to three capitalised words and a comma just before: "New Orleans, " in "New Orleans, La.". */
const ABBREVIATED_DIVISION_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’.-]*),\s?$/u;

/** The first-level divisions an abbreviation may be: those where the name before it ("Frankfort, ") has a place. */
function abbreviatedDivision(before: string, matches: GazetteerMatch[], gazetteer: Gazetteer): GazetteerMatch[] {
  const m = ABBREVIATED_DIVISION_BEFORE.exec(before);
  if (!m) return [];
  const words = m[1]!.split(" ");
  for (let i = 0; i < words.length; i++) {
    const places = gazetteer.lookup(words.slice(i).join(" "));
    if (places.length === 0) continue;
    const divisions = new Set(places.map((p) => `${p.place.country}|${p.place.admin1}`));
    return matches.filter((x) => x.match === "exact" && x.place.featureCode === "ADM1" && divisions.has(`${x.place.country}|${x.place.admin1}`));
  }
  return [];
}
const LOCATIVE = /\b(in|near|at|outside|from|to|into|across|around|toward|towards|inside)\s+(the\s+)?$/i;

/**
 * Whether a gazetteer hit made of one word is a place name here. Acronyms
 * ("HTS", "SDF") are places only when they are a country's abbreviation;
 * a common English word ("Page", "Reading") only when it names a prominent
 * place or follows a locative preposition.
 */
function acceptSingleWord(text: string, t: Token, matches: GazetteerMatch[], gazetteer: Gazetteer): GazetteerMatch[] {
  // Every answer below is some of the matches: a word the gazetteer lacks (most capitalised words) needs none of the tests.
  if (matches.length === 0) return matches;
  // An acronym's filter is a function of its own: the optimising compiler inlines this test into the run matcher, and
  // leaves out of that graph what is seldom called (a filter's callback would be inlined with it).
  if (isAllCaps(t) && t.text.replace(/\./g, "").length <= 4) return countriesOnly(matches);
  // "Frankfort, Ky.", "Pittsburgh, Pa.": a two-letter word with a period, right after a name and a comma, is the
  // abbreviation of a first-level division; any other word this short is not a place.
  if (t.text.length < 3) return t.end < text.length && text.charCodeAt(t.end) === 46 /* . */ ? abbreviatedDivision(text.slice(Math.max(0, t.start - 60), t.start), matches, gazetteer) : [];
  if (gazetteer.isCommonWord(t.text)) {
    const locative = LOCATIVE.test(text.slice(Math.max(0, t.start - 16), t.start));
    // "in Reading": after a locative a common word may be a town, but not a hamlet sharing an institution's name ("in Congress").
    if (locative) return matches.filter((m) => m.place.featureClass !== "P" || (m.primary && m.place.population >= 5_000));
    // At a sentence's start any word is capitalised: only a major place's name is read as the place there.
    // A common word matching only some place's alternate name ("Sun", "Hill") is the word, not the place.
    const named = matches.filter((m) => m.primary || isCountryOrRegion(m));
    if (t.sentenceStart) return named.filter((m) => isCountryOrRegion(m) || m.place.featureCode === "PPLC" || m.place.population >= 100_000);
    return named.filter(isProminent);
  }
  return matches;
}

/** An acronym's entries that are a country by its own abbreviation. */
function countriesOnly(matches: GazetteerMatch[]): GazetteerMatch[] {
  return matches.filter((m) => m.match === "exact" && /^PCL/.test(m.place.featureCode));
}


/** One text's recognition in progress: what its phases read and what they have found so far. */
interface Recognition {
  text: string;
  tokens: Token[];
  gazetteer: Gazetteer;
  found: RecognisedName[];
  /** Which characters are already inside a found name: overlap tests without scanning the list. */
  covered: Uint8Array;
  /** Words that were part of people's names in this text: later lone uses are the same people. */
  personWords: Set<string>;
  /** Names already read as places in this text. */
  literalSeen: Set<string>;
}

function addFound(ctx: Recognition, f: RecognisedName): void {
  ctx.found.push(f);
  ctx.covered.fill(1, f.start, f.end);
}

function overlapsFound(ctx: Recognition, start: number, end: number): boolean {
  const covered = ctx.covered;
  for (let c = start; c < end; c++) if (covered[c] === 1) return true;
  return false;
}

/** Remembers a word of a person's name under its lookup keys (see nameKeys): the folded word, then without the Arabic article. */
function addPersonWord(ctx: Recognition, w: string): void {
  const folded = foldName(w);
  if (!folded) return;
  // Both added every time (a set keeps one of two equal keys): no array per word, and no call first reached at the first
  // word with an article, which would send the optimised callers back to the compiler.
  ctx.personWords.add(folded);
  ctx.personWords.add(withoutLeadingArticle(folded));
}

const tokenBefore = (ctx: Recognition, t: Token, n = 1): Token | undefined => ctx.tokens[t.index - n];
const tokenAfter = (ctx: Recognition, t: Token): Token | undefined => ctx.tokens[t.index + 1];

/** Reused across calls (cleared at each): a fresh array per article is a large share of the allocation. */
let coveredScratch = new Uint8Array(1 << 16);

/**
 * Finds place names in text. Names come from the gazetteer (longest match
 * within a run of capitalised words) and from cues ("the village of X").
 * A gazetteer name inside a longer name that is not a place ("Hillary
 * Clinton", "Hayat Tahrir al-Sham") is a person or organisation, not a place.
 *
 * Each phase is a function of its own: V8 optimises (and, after a deoptimisation, re-optimises) a function as a whole,
 * and one function holding every phase cost more compiler time at start-up than the first pass over a corpus.
 */
export function recogniseNames(text: string, gazetteer: Gazetteer): RecognisedName[] {
  // The text's length is read here and handed to the tokenizer (see tokenize): this function is left to the baseline
  // compiler (see below), whose reads take texts of any kind without being compiled again.
  const tokens = tokenize(text, text.length);
  const runs = nameRuns(text, tokens, (name) => gazetteer.lookup(name).some((m) => m.match === "exact" && m.primary));
  if (coveredScratch.length < text.length + 1) coveredScratch = new Uint8Array(Math.max(text.length + 1, 2 * coveredScratch.length));
  const covered = coveredScratch.subarray(0, text.length + 1);
  covered.fill(0);
  const ctx: Recognition = { text, tokens, gazetteer, found: [], covered, personWords: new Set(), literalSeen: new Set() };
  // A callback, not a loop (see cuedNames): with no loop of its own this function, called once per article, is left
  // to the baseline compiler, instead of being compiled again with the phases below inlined into it.
  runs.forEach((run) => recogniseRun(ctx, run));
  cuedNames(ctx, runs);
  listedNames(ctx, runs);
  sameNamesAgain(ctx, runs);
  return ctx.found.sort((a, b) => a.start - b.start);
}

type RunMatch = { from: number; to: number; matches: GazetteerMatch[] };

/** Whether one of the words r[from .. to) is or begins with the Arabic article ("al-Ayn", "ash Sham"). */
function hasArticleWord(r: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isArticleName(r[k]!) || /^(al|el|ad|ar|ash|az|ez)(-|$)/.test(r[k]!.lower)) return true;
  return false;
}

/**
 * Whether a token's folded form is what folding it inside a longer span gives it: the span then folds to its tokens'
 * folded forms joined by single spaces (the spaces, tabs and hyphens between a run's words all fold to one space).
 * True for a word whose folding only lowered its case, and for words of Latin letters (with or without diacritics,
 * precomposed) and apostrophes: their folding looks at no neighbour. Another word with separate combining marks or
 * folding to nothing is left to the full lookup.
 */
function foldsOnItsOwn(t: Token): boolean {
  if (t.folded.length === 0) return false;
  // Most words: folding only lowered the case (a plain word's folded form is its lower-case string itself). Lowering
  // looks at no neighbour across the spaces and hyphens between a run's words.
  if (t.folded === t.lower) return true;
  const w = t.text;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || c === 0x2018 || c === 0x2019) continue;
    return false;
  }
  return true;
}

/**
 * False when no span of `len` (two or more) words of `r` from `i` can be a gazetteer name by the plain lookup: its first
 * words begin no name of several words. Decided from the tokens' folded forms (the first three words answer for a
 * longer span), so most spans of a long run of capitalised words are settled without slicing and folding them.
 */
function spanMayBeName(gazetteer: Gazetteer, r: Token[], i: number, len: number): boolean {
  const a = r[i]!;
  const b = r[i + 1]!;
  if (!foldsOnItsOwn(a) || !foldsOnItsOwn(b)) return true;
  if (len === 2) return gazetteer.mayBeginMultiWordName(`${a.folded} ${b.folded}`);
  const c = r[i + 2]!;
  if (!foldsOnItsOwn(c)) return true;
  return gazetteer.mayBeginMultiWordName(`${a.folded} ${b.folded} ${c.folded}`);
}

/**
 * "fighting in Jisr al-Shoughour": a name with the Arabic article (the caller has seen one among r[i .. i + len)) after a
 * locative may be a looser transliteration of a gazetteer name; elsewhere such a run is more often a person ("Hossam
 * al-Din"). The loose lookup of those words after a locative, else `none` (what the plain lookup found: nothing).
 */
function looseAfterLocative(text: string, gazetteer: Gazetteer, r: Token[], i: number, len: number, none: GazetteerMatch[] = []): GazetteerMatch[] {
  const first = r[i]!;
  if (!LOCATIVE.test(text.slice(Math.max(0, first.start - 16), first.start))) return none;
  return gazetteer.lookup(text.slice(first.start, r[i + len - 1]!.end), { loose: true });
}

/** Longest gazetteer matches within a run, left to right. */
function runMatches(ctx: Recognition, r: Token[]): RunMatch[] {
  const { text, gazetteer } = ctx;
  const matches: RunMatch[] = [];
  for (let i = 0; i < r.length; ) {
    let hit: RunMatch | null = null;
    // The words r[i .. i + len) are read in place: no array is made per span tried.
    const first = r[i]!;
    // Whether spans of three or more words from here may be names: the same answer for each (asked once, when needed).
    let longMayBeName: boolean | undefined;
    for (let len = Math.min(MAX_NAME_TOKENS, r.length - i); len >= 1 && !hit; len--) {
      const lastOfPart = r[i + len - 1]!;
      if (isConnector(first) || isConnector(lastOfPart)) continue;
      if (len === 1 && isStopWord(first)) continue;
      // A span the plain lookup would find nothing for is not made: only the looser reading below is left for it.
      const plainMayMatch = len === 1 || (len === 2 ? spanMayBeName(gazetteer, r, i, 2) : (longMayBeName ??= spanMayBeName(gazetteer, r, i, 3)));
      if (!plainMayMatch) {
        if (!hasArticleWord(r, i, i + len)) continue;
        const loose = looseAfterLocative(text, gazetteer, r, i, len);
        if (loose.length > 0) hit = { from: i, to: i + len, matches: loose };
        continue;
      }
      // One word is looked up by its folded form, made when the text was split into words (the same as folding it again).
      let m = len === 1 ? gazetteer.lookupFolded(first.folded) : gazetteer.lookup(text.slice(first.start, lastOfPart.end));
      if (len === 1) m = acceptSingleWord(text, first, m, gazetteer);
      // "As HTS", "The Hague": a leading function word is part of a name only when the gazetteer has it so.
      else if (isStopWord(first)) m = m.filter((x) => x.match === "exact");
      if (m.length === 0 && (len >= 2 || first.text.includes("-")) && hasArticleWord(r, i, i + len)) m = looseAfterLocative(text, gazetteer, r, i, len, m);
      if (m.length > 0) hit = { from: i, to: i + len, matches: m };
    }
    if (hit) {
      matches.push(hit);
      i = hit.to;
    } else i++;
  }
  return matches;
}

/** The places named in one run of capitalised words. */
function recogniseRun(ctx: Recognition, run: Token[]): void {
  const text = ctx.text;
  let r = run;
  while (r.length > 0 && isConnector(r[0]!)) r = r.slice(1);
  while (r.length > 0 && isConnector(r[r.length - 1]!)) r = r.slice(0, -1);
  if (r.length === 0) return;

  const prev = tokenBefore(ctx, r[0]!);
  const titled = prev !== undefined && PERSON_TITLES.has(lower(prev)) && !isFeature(prev);
  const startsWithTitle = PERSON_TITLES.has(lower(r[0]!)) && r.length > 1;

  const matches = runMatches(ctx, r);

  // Organisations, and names followed by "administration"/"regime", are not places.
  const runText = foldName(spanText(text, r));
  const nextWord = tokenAfter(ctx, r[r.length - 1]!);
  const lastWord = lower(r[r.length - 1]!);
  const runIsOnePlace = matches.length === 1 && matches[0]!.from === 0 && matches[0]!.to === r.length;
  // The rarer readings below are functions of their own: called seldom, the optimising compiler leaves them out of
  // this function's graph (a call instead of their code), and recogniseRun is compiled in every process.
  if (isOrganisation(runText) || (r.length >= 2 && ORGANISATION_HEADS.has(lastWord) && !runIsOnePlace)) {
    institutionalNames(ctx, r, matches);
    return;
  }
  if (nextWord && RULER_WORDS.has(lower(nextWord)) && allPopulated(matches)) {
    for (const t of r) addPersonWord(ctx, t.text);
    return;
  }
  // "The Duran", "The Sun": a town's name after a capitalised "The" is a publication or a company.
  if (r.length === 2 && /^the$/i.test(r[0]!.text) && matches.length === 1 && allPopulated(matches)) return;

  // "the Syrian coast", "the Syrian Desert": an adjective and a feature word that together name a region.
  const following = tokenAfter(ctx, r[r.length - 1]!);
  if (matches.length === 0 && following && isFeature(following) && adjacent(text, r[r.length - 1]!, following) && regionWithFeatureWord(ctx, r, following)) return;
  if (matches.length === 0) {
    // A run of two or more capitalised words that names no place is a person or organisation.
    if (r.length >= 2) for (const t of r) if (isCapitalised(t) || isArticleName(t)) addPersonWord(ctx, t.text);
    return;
  }

  const wholeRunIsOneName = matches.length === 1 && matches[0]!.to === r.length && (matches[0]!.from === 0 || (matches[0]!.from === 1 && isStopWord(r[0]!)));
  for (const m of matches) recogniseMatch(ctx, r, m, wholeRunIsOneName, titled, startsWithTitle);
}

/**
 * "Turkiye Gazetesi", "Damascus Caliphate", "European Union": the run names a body; a country's or capital's name in it
 * is kept, flagged, so the mention layer shows it without placing anything there.
 */
function institutionalNames(ctx: Recognition, r: Token[], matches: RunMatch[]): void {
  const text = ctx.text;
  for (const m of matches) {
    if (!m.matches.some(isInstitutionalName)) continue;
    const nameTokens = r.slice(m.from, m.to);
    addFound(ctx, { surface: spanText(text, nameTokens), start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end, matches: m.matches, recognisedBy: "gazetteer", feature: null, nonLiteral: `part of the name "${spanText(text, r)}"` });
  }
}

/** Whether every entry of every match is a populated place (a town, not a country or a region). */
function allPopulated(matches: RunMatch[]): boolean {
  for (const m of matches) for (const x of m.matches) if (x.place.featureClass !== "P") return false;
  return true;
}

/** Adds the run with the feature word after it when together they name a region the gazetteer has ("the Syrian coast"); whether it did. */
function regionWithFeatureWord(ctx: Recognition, r: Token[], following: Token): boolean {
  const text = ctx.text;
  const withFeature = ctx.gazetteer.lookup(`${spanText(text, r)} ${following.text}`).filter((x) => x.match === "exact" && x.place.featureClass !== "P");
  if (withFeature.length === 0) return false;
  addFound(ctx, { surface: text.slice(r[0]!.start, following.end), start: r[0]!.start, end: following.end, matches: withFeature, recognisedBy: "gazetteer", feature: null, nonLiteral: null });
  return true;
}

/** Whether one gazetteer match within a run is a place here, and what kind; found places are added to `ctx`. */
function recogniseMatch(ctx: Recognition, r: Token[], m: RunMatch, wholeRunIsOneName: boolean, titled: boolean, startsWithTitle: boolean): void {
  const { text, personWords, literalSeen } = ctx;
  const nameTokens = r.slice(m.from, m.to);
  // Words around the name that leave it a place: feature words, directions, and a sentence-initial function word ("In Baniyas alone").
  const restIsFeatureOrPlace = restLeavesPlace(r, m);
  const surface = spanText(text, nameTokens);
  const start = nameTokens[0]!.start;
  const end = nameTokens[nameTokens.length - 1]!.end;

  if (!wholeRunIsOneName && !restIsFeatureOrPlace) {
    // Part of a longer name: "Damascus Caliphate", "Hillary Clinton", "Syrian Observatory".
    // Only a country, a capital or a metropolis names institutions ("Turkiye Gazetesi", "New York Times"); a town's
    // name inside a longer run is far more often a person's name ("Vladimir Putin", "Ahmad al-Sharaa").
    const big = m.matches.some(isInstitutionalName);
    if (big) addFound(ctx, { surface, start, end, matches: m.matches, recognisedBy: "gazetteer", feature: null, nonLiteral: `part of the name "${spanText(text, r)}"` });
    // Its words name a person or organisation from here on, unless the text already used the name as a place.
    for (const t of r) if ((isCapitalised(t) || isArticleName(t)) && !literalSeen.has(t.folded)) addPersonWord(ctx, t.text);
    return;
  }
  if ((titled || startsWithTitle) && !wholeRunIsOneName) return;
  if (titled && m.matches.every((x) => x.place.featureClass === "P" && x.place.population < 500_000)) {
    personWords.add(foldName(surface));
    return;
  }
  if (nameTokens.length === 1 && personWords.has(foldName(surface)) && !m.matches.some((x) => /^(PCL|ADM1|PPLC)/.test(x.place.featureCode))) return;

  const { feature, matches: matchesWithFeature } = featureOf(ctx, m, r, nameTokens, surface, start);
  const nonLiteral = governmentReading(ctx, nameTokens, matchesWithFeature, start, surface);
  addFound(ctx, { surface, start, end, matches: matchesWithFeature, recognisedBy: "gazetteer", feature, nonLiteral });
  if (!nonLiteral) literalSeen.add(foldName(surface));
}

/*
 * The words of a run around one of its matches are read in place by plain loops, not gathered into an array of their
 * own and tested by callbacks: the optimising compiler inlines every callback into its caller, and recogniseMatch is
 * compiled in every process that reads a few articles.
 */

/** Whether every word of the run outside the match leaves it a place (feature words, directions, connectors, modifiers, a leading function word). */
function restLeavesPlace(r: Token[], m: RunMatch): boolean {
  for (let k = 0; k < r.length; k++) {
    if (k >= m.from && k < m.to) continue;
    const t = r[k]!;
    if (!(isFeature(t) || PLACE_PREFIX_WORDS.has(lower(t)) || isConnector(t) || isModifier(t) || (k === 0 && isStopWord(t) && !PERSON_TITLES.has(lower(t))))) return false;
  }
  return true;
}

/** The first feature word of the run outside the match ("camp" in "al-Hol camp"), if any. */
function featureAround(r: Token[], m: RunMatch): Token | undefined {
  for (let k = 0; k < r.length; k++) if ((k < m.from || k >= m.to) && isFeature(r[k]!)) return r[k];
  return undefined;
}

/** The kind of place a name is written with ("al-Hol camp", "the province of Latakia"), and its gazetteer entries read with those feature words. */
function featureOf(ctx: Recognition, m: RunMatch, r: Token[], nameTokens: Token[], surface: string, start: number): { feature: string | null; matches: GazetteerMatch[] } {
  const text = ctx.text;
  // Feature words written after the name ("camp", "air base", "oil fields").
  const trailing: Token[] = [];
  for (let t = tokenAfter(ctx, nameTokens[nameTokens.length - 1]!), prevT = nameTokens[nameTokens.length - 1]!; t && isFeature(t) && adjacent(text, prevT, t) && trailing.length < 2; prevT = t, t = tokenAfter(ctx, t)) trailing.push(t);
  // "the Damascus suburb of Ghouta": the feature word belongs to the name after "of", not to this one.
  if (trailing.length > 0 && /^\s+of\b/i.test(text.slice(trailing[trailing.length - 1]!.end, trailing[trailing.length - 1]!.end + 4))) trailing.length = 0;
  const featureToken = featureAround(r, m) ?? trailing[0];
  // "the coastal province of Latakia", "the provinces of Latakia and Tartus": a kind named before the name.
  const lead = text.slice(Math.max(0, start - 80), start);
  // The full patterns only when the text just before ends the way they need ("… of ", "… and ").
  const tail = lead.slice(-8);
  const kindBefore = featureToken
    ? null
    : /\sof\s+(?:the\s+)?$|\sof\s+th?e?$/.test(lead.slice(-10))
      ? KIND_OF_BEFORE.exec(lead)
      : /\s(?:and|or)\s+$/.test(tail)
        ? KIND_OF_LIST_BEFORE.exec(lead)
        : null;
  const feature = featureToken ? singular(featureToken.text) : kindBefore ? singular(kindBefore[1]!).replace(/^neighborhood$/, "neighbourhood") : null;
  // A name with its feature words may be a gazetteer entry of its own ("al-Hol camp", "Al-Omar oil field").
  const matchesWithFeature = !nameTokens.includes(featureToken!) && trailing.length > 0 ? withFeatureWords(ctx.gazetteer, m.matches, surface, trailing) : m.matches;
  return { feature, matches: matchesWithFeature };
}

/** A feature word in the singular ("provinces" → "province", "cities" → "city"). */
function singular(w: string): string {
  return w.toLowerCase().replace(/ies$/, "y").replace(/(?<=[a-z]{3})s$/, "");
}

/**
 * The entries of a name written with the feature words after it, when the gazetteer has the two together, before the
 * name's own (else the name's own). A function of its own: seldom called, it stays out of featureOf's compiled graph.
 */
function withFeatureWords(gazetteer: Gazetteer, matches: GazetteerMatch[], surface: string, trailing: Token[]): GazetteerMatch[] {
  for (let n = trailing.length; n >= 1; n--) {
    let words = surface;
    for (let k = 0; k < n; k++) words += ` ${singular(trailing[k]!.text)}`;
    const withFeature = gazetteer.lookup(words);
    if (withFeature.length > 0) return [...withFeature, ...matches.filter((x) => !withFeature.some((w) => w.place.id === x.place.id))];
  }
  return matches;
}

/** Why a capital's name stands for its government here ("Ankara followed suit", "Moscow's muted dismay"), or null when it names the place. */
function governmentReading(ctx: Recognition, nameTokens: Token[], matchesWithFeature: GazetteerMatch[], start: number, surface: string): string | null {
  // Only a capital's name stands for a government; the text around it is read only then (most names are not capitals,
  // and the reading of the text is left out of the graph the optimising compiler makes of the callers).
  return isCapitalOnly(matchesWithFeature) ? capitalGovernmentReading(ctx, nameTokens, start, surface) : null;
}

/** The name's readings are all national capitals, or its most populous reading is one by its main name ("Washington" is first of all the capital). */
function isCapitalOnly(matches: GazetteerMatch[]): boolean {
  let biggest: GazetteerMatch | undefined;
  let allCapitals = true;
  for (const x of matches) {
    if (!biggest || x.place.population > biggest.place.population) biggest = x;
    if (x.place.featureCode !== "PPLC") allCapitals = false;
  }
  return allCapitals || (biggest?.place.featureCode === "PPLC" && biggest.primary);
}

/** governmentReading for a capital's name. */
function capitalGovernmentReading(ctx: Recognition, nameTokens: Token[], start: number, surface: string): string | null {
  const { text, found } = ctx;
  const last = nameTokens[nameTokens.length - 1]!;
  const next = tokenAfter(ctx, last);
  // "Moscow has repeatedly rejected": an auxiliary or adverb may stand between the capital and its verb.
  // "the ambassador in Ankara warned": after a locative preposition the capital is not the verb's subject.
  const locative = /\b(?:in|at|from|to|near|outside|inside)\s+$/i.test(text.slice(Math.max(0, start - 10), start));
  let verb = next && adjacent(text, last, next) && !locative ? next : undefined;
  for (let k = 0; k < 2 && verb && AUXILIARIES.has(lower(verb)); k++) verb = tokenAfter(ctx, verb);
  const governs = verb && (GOVERNMENT_VERBS.has(lower(verb)) || GOVERNMENT_NOUNS.has(lower(verb)));
  const leadIn = text.slice(Math.max(0, start - 50), start);
  const prevFound = found[found.length - 1];
  const actedOn = ACTED_ON_BEFORE.test(leadIn) || (prevFound?.nonLiteral?.startsWith("a capital") === true && /^\s+and\s+$/.test(text.slice(prevFound.end, start)));
  // "London's city centre", "Damascus's suburbs": a possessive of the city's own parts is the city itself.
  const ownPart = last.possessive && next !== undefined && CITY_PARTS.has(lower(next));
  if (!((last.possessive && !ownPart) || governs || actedOn)) return null;
  return last.possessive
    ? "a capital's name used for its government (possessive)"
    : governs
      ? `a capital's name used for its government ("${text.slice(start, verb!.end)}")`
      : `a capital's name used for its government ("${leadIn.trim().split(/\s+/).slice(-2).join(" ")} ${surface}")`;
}

/**
 * False when the text before `at` cannot end in "of", "and" or "or" and spaces: the character before the ASCII spaces
 * there is neither f, d nor r (nor a character beyond ASCII, which may be a space of another kind).
 */
function mayEndInOfAndOr(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || (text.charCodeAt(i) >= 9 && text.charCodeAt(i) <= 13))) i--;
  if (i === at - 1 && i >= 0 && text.charCodeAt(i) < 128) return false;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 102 || c === 100 || c === 114 || c > 127;
}

/** Names the gazetteer does not know, introduced by a cue: "the village of Fahel", "villages of Daliyah and Beit Ana". */
function cuedNames(ctx: Recognition, runs: Token[][]): void {
  const { text, covered } = ctx;
  // A callback, not a loop: the optimising compiler does not inline a closure made afresh at every call, and a function
  // without a loop of its own does not run hot, so this light pass over the runs is left to the baseline compiler.
  runs.forEach((run) => {
    const first = run[0]!;
    // Both cues end in "of " or "and "/"or ": anything else is settled without the full patterns, most runs by the
    // letter before the spaces that precede them (no slice made). The few runs left are read by a function of its own.
    if (covered[first.start] !== 1 && mayEndInOfAndOr(text, first.start)) cuedName(ctx, run);
  });
}

/** Adds the run when a cue introduces it as a place ("the village of Fahel"). */
function cuedName(ctx: Recognition, run: Token[]): void {
  const { text, gazetteer, found } = ctx;
  const first = run[0]!;
  const lead = text.slice(Math.max(0, first.start - 40), first.start);
  if (!/(?:of|and|or)\s+$/.test(lead.slice(-6))) return;
  const coordinated = /\b(and|or)\s+$/.test(lead) && found.some((f) => f.end <= first.start && first.start - f.end < 12 && CUE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)));
  if (!CUE_BEFORE.test(lead) && !coordinated) return;
  let r = run;
  while (r.length > 0 && /^(the|a|an)$/i.test(r[0]!.text)) r = r.slice(1);
  if (r.length === 0 || r.length > 4) return;
  const surface = spanText(text, r);
  addFound(ctx, { surface, start: r[0]!.start, end: r[r.length - 1]!.end, matches: gazetteer.lookup(surface), recognisedBy: "cue", feature: null, nonLiteral: null });
}

/** What separates the names of a list: ", ", ", and ", " and ". */
const LIST_GAP = /^\s*,\s*(and\s+)?$|^\s+and\s+$/;

/** The places read literally, in text order (found is mostly in that order already: sorted only when it is not). */
function literalPlaces(found: RecognisedName[]): RecognisedName[] {
  const places: RecognisedName[] = [];
  let ordered = true;
  for (const f of found) {
    if (f.nonLiteral) continue;
    if (places.length > 0 && places[places.length - 1]!.start > f.start) ordered = false;
    places.push(f);
  }
  return ordered ? places : places.sort((a, b) => a.start - b.start);
}

/** Names the gazetteer lacks, listed among places: "in Jableh, Al-Mukhtariyah, Snobar, Al-Shir, and ...". */
function listedNames(ctx: Recognition, runs: Token[][]): void {
  const found = ctx.found;
  // Counted at the top of each pass, not after it: an increment first reached in the stream's first list of unknown
  // names would meet the optimised loop without type feedback and send it back to the compiler.
  for (let pass = 0; pass < 3; ) {
    pass++;
    const places = literalPlaces(found);
    const before = found.length;
    // Places beginning before the run (only they can end before it): the runs come in text order, so this count only
    // grows, and the nearest place before a run is found by looking back from it, not through every place each time.
    let begunBefore = 0;
    // (A callback, not a loop: see cuedNames.)
    runs.forEach((run) => {
      const first = run[0]!;
      while (begunBefore < places.length && places[begunBefore]!.start < first.start) begunBefore++;
      listedRun(ctx, run, places, begunBefore);
    });
    // A pass that found nothing leaves the next one the same places to go by: it would find nothing either.
    if (found.length === before) break;
  }
}

/**
 * Adds the run to the names found when it stands in a list with the places before and after it. A function of its own
 * (not the body of listedNames' loop): the first run so found, often late in a stream, meets the code that adds it
 * without type feedback and sends its optimised function back to the compiler; it is this one, not the loop's.
 */
function listedRun(ctx: Recognition, run: Token[], places: RecognisedName[], begunBefore: number): void {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length > 3 || overlapsFound(ctx, first.start, last.end)) return;
  // Only the nearest place on each side can be separated from the run by a bare ", " or " and ". A run needs one
  // just before it in any case: tested first, as it rules out nearly every run at once.
  let prevPlace: RecognisedName | undefined;
  for (let k = begunBefore - 1; k >= 0 && prevPlace === undefined; k--) if (places[k]!.end <= first.start) prevPlace = places[k];
  // The few runs just after a place are read by a function of its own, seldom called: the optimising compiler leaves
  // it out of this function's graph, and the first run found listed (often late in a stream) meets it uncompiled.
  if (prevPlace !== undefined && first.start - prevPlace.end <= 8) listedAfterPlace(ctx, run, places, begunBefore, prevPlace);
}

/** listedRun for a run that begins at most a few characters after the place `prevPlace`. */
function listedAfterPlace(ctx: Recognition, run: Token[], places: RecognisedName[], begunBefore: number, prevPlace: RecognisedName): void {
  const { text, gazetteer, personWords } = ctx;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.some((t) => isStopWord(t) || PERSON_TITLES.has(lower(t)) || isAllCaps(t))) return;
  if (isOrganisation(foldName(spanText(text, run))) || run.some((t) => personWords.has(t.folded))) return;
  const prevTok = tokenBefore(ctx, first);
  if (prevTok && PERSON_TITLES.has(lower(prevTok))) return;
  // The first place beginning after the run (it begins no earlier than the places counted above).
  let nextPlace: RecognisedName | undefined;
  for (let k = begunBefore; k < places.length && nextPlace === undefined; k++) if (places[k]!.start >= last.end) nextPlace = places[k];
  const listedAfter = LIST_GAP.test(text.slice(prevPlace.end, first.start));
  const listedBefore = nextPlace !== undefined && nextPlace.start - last.end <= 8 && LIST_GAP.test(text.slice(last.end, nextPlace.start));
  if (!(listedAfter && listedBefore) && !(listedAfter && /^\s*,/.test(text.slice(last.end, last.end + 2)))) return;
  const surface = spanText(text, run);
  addFound(ctx, { surface, start: first.start, end: last.end, matches: gazetteer.lookup(surface), recognisedBy: "listed with places", feature: null, nonLiteral: null });
}

/**
 * How a name found again is labelled, as written-out constants: a label joined at run time is another kind of string in
 * V8, which code optimised on the constant labels meets as a new type (and is compiled again for).
 */
const SAME_NAME_AS_ABOVE = new Map([
  ["cue", "cue (same name as above)"],
  ["listed with places", "listed with places (same name as above)"],
]);

/** One sense per text: a name read as a place once (by a cue or a list) is a place wherever else it stands alone. */
function sameNamesAgain(ctx: Recognition, runs: Token[][]): void {
  const text = ctx.text;
  const known = literalNamesByKey(ctx.found);
  // (A callback, not a loop: see cuedNames.)
  runs.forEach((run) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    if (overlapsFound(ctx, first.start, last.end)) return;
    let r = run;
    while (r.length > 1 && isStopWord(r[0]!)) r = r.slice(1);
    const same = known.get(foldName(spanText(text, r)));
    // Added by a function of its own: seldom called.
    if (same) addSameName(ctx, r, same);
  });
}

/** The names read literally so far, by their folded surface (a later one of the same key replaces an earlier). */
function literalNamesByKey(found: RecognisedName[]): Map<string, RecognisedName> {
  const known = new Map<string, RecognisedName>();
  for (const f of found) if (!f.nonLiteral) known.set(foldName(f.surface), f);
  return known;
}

/** Adds the words `r` as the name `same` found again. */
function addSameName(ctx: Recognition, r: Token[], same: RecognisedName): void {
  // Written out field by field (not spread from `same`), so that every name found has the same hidden class.
  const recognisedBy = same.recognisedBy === "gazetteer" ? "gazetteer" : (SAME_NAME_AS_ABOVE.get(same.recognisedBy) ?? `${same.recognisedBy} (same name as above)`);
  addFound(ctx, { surface: spanText(ctx.text, r), start: r[0]!.start, end: r[r.length - 1]!.end, matches: same.matches, recognisedBy, feature: same.feature, nonLiteral: same.nonLiteral });
}
