import { type AdminPath, adminPathOf, areaHolds } from "./admin-path";
import type { GazetteerMatch } from "./gazetteer";
import { distanceKm } from "./distance";
import { foldName } from "./normalize";
import type { Candidate, Mention } from "./mention";
import type { Place } from "./place";
import { precisionOf } from "./precision";
import type { RecognisedName } from "./recognize";
import type { RegionIndex } from "./regions";

/** Below this confidence a name is reported as unresolved rather than placed: a wrong town is worse than none. */
export const MIN_CONFIDENCE = 0.5;
const MAX_CANDIDATES = 40;
/** A city this large, with no namesake a hundredth its size, is read as itself before the article's focus (see dominant). */
const DOMINANT_POPULATION = 1_000_000;
const DOMINANCE_RATIO = 100;
const DOMINANCE_BONUS = 0.5;
/** Weight of the article's state/province focus (the share of its other places in a candidate's first-level division). */
const DIVISION_FOCUS = 0.4;
/** What a country's written-out name is worth over towns named after the country. */
const COUNTRY_NAME_BONUS = 0.3;
/** Per tenfold of size below the name's largest populated place, and the most that costs. */
const SMALLER_WEIGHT = 0.1;
const SMALLER_CAP = 0.3;
/**
 * What reading a name as another place's alternate name costs when some candidate bears the name as its own: cities500
 * lists "Minnesota" for Minneota and "Maryville" for Beeville, and the article's context must not carry such a reading
 * past the places that are called so.
 */
const ALIAS_OF_OTHER = 0.5;
/** The same for a short form of the place's own name ("Newcastle" for Newcastle upon Tyne), a usual way to write it. */
const SHORT_FORM_OF_OTHER = 0.25;

/** Whether a folded name is a whole-word part of a place's main name ("newcastle" of "Newcastle upon Tyne"). */
function shortForm(key: string, mainName: string): boolean {
  const main = foldName(mainName);
  return main !== key && ` ${main} `.includes(` ${key} `);
}

/** What being of the kind (country, first-level division) of the names listed beside it is worth to a reading. */
const SAME_KIND_AS_LIST = 0.3;
/** What a state or country reading is worth to a name written as a container after a comma ("Bronx, New York"). */
const CONTAINER_READING = 0.3;
/** What being the capital of a country the article names is worth. */
const CAPITAL_OF_NAMED = 0.2;
/** What a populated place's reading is worth to a dateline ("NEW YORK (Reuters) -"). */
const DATELINE_TOWN = 0.3;
/** What a state or country reading is worth to a name heading an office or a government ("New York Gov."). */
const POLITY_READING = 0.4;
/** Readings of two names within this distance support each other, by so much per other name, up to a cap. */
const PAIR_KM = 25;
const PAIR_WEIGHT = 0.15;
const PAIR_CAP = 0.3;
/** Side of the grid cells (degrees) that pairs are looked up in; PAIR_KM is under a cell's height (28 km). */
const CELL = 0.25;
/** Beyond this distance from a region's capital, the article's places in the region speak for the region rather than the capital. */
const CAPITAL_REACH_KM = 100;
/** Doubt about a sole exact entry in a country the article is not about (0.3 for a name with namesakes). */
const SOLE_NAME_DOUBT = 0.15;

/** "X, near Y", "X in the coastal province of Y", "X, the Alawite neighbourhood of Y": Y contains X. */
const PARENT_GAP =
  /^(?:\s*(?:,\s*)?(?:(?:an?|the)\s+[\p{L}\s'’-]{0,40}?\s+|(?:village|town|city|area|camp|district|sub-?district|neighbou?rhood|quarter|region|axis|front|frontline|road|highway|plain|outskirts|countryside|desert|badia|farms|farmlands|hills?|mountains?|valley|checkpoint|base|airport)\s+)?(?:in|near|outside|of|on the outskirts of|north of|south of|east of|west of|close to)\s+(?:the\s+[\p{L}\s'’-]{0,30}?\s+(?:of|in)\s+)?(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|rural)\s+)?|\s*(?:village|town|city|area|camp|district|sub-?district|neighbou?rhood|quarter|region|axis|front|frontline|road|highway|plain|outskirts|countryside|desert|badia|farms|farmlands|hills?|mountains?|valley|checkpoint|base|airport)\s*,\s*)$/iu;
const POLITY_AFTER = /^\s+(?:(?:state|provincial|[A-Z][a-z]+)\s+)?(?:government|gov\.|governor|premier|legislature|lawmakers|minister|ministry|parliament|assembly|attorney general|corporation|limited liability company|state\b(?!\s+(?:university|college|park|police)))/i;
const COORDINATION = /^\s*(?:,|and|,\s*and|or)\s*$/;


const FEATURE_FIT: Record<string, RegExp> = {
  camp: /^(CMP|CMPRF|PPLX|PPL)$/,
  province: /^ADM1$/,
  governorate: /^ADM1$/,
  region: /^(ADM1|RGN|AREA)$/,
  district: /^ADM[23]$/,
  neighbourhood: /^PPLX$/,
  neighborhood: /^PPLX$/,
  quarter: /^PPLX$/,
  suburb: /^(PPLX|PPL)$/,
  city: /^PPL/,
  town: /^PPL/,
  village: /^PPL(A[34])?$/,
  // "the Idlib countryside", "rural Hama": the governorate's or district's area, never the city's point.
  countryside: /^ADM[123]$/,
  rural: /^ADM[123]$/,
  subdistrict: /^ADM3$/,
  base: /^(AIRB|AIRF|MILB|INSM)$/,
  air: /^(AIRB|AIRF|MILB)$/,
  airport: /^(AIRP|AIRF)$/,
  mountain: /^(MT|MTS|RDGE|HLLS)$/,
  mountains: /^(MT|MTS|RDGE|HLLS)$/,
  desert: /^(DSRT|RGN|PLAT)$/,
  river: /^STM/,
  sea: /^(SEA|GULF|BAY)$/,
  gulf: /^(GULF|SEA|RGN)$/,
  oil: /^(OILF|OILW)$/,
  street: /^(ST|RD|SQR)$/,
  road: /^(ST|RD)$/,
  square: /^(SQR)$/,
  strip: /^(RGN|AREA|TERR|PCL)/,
  coast: /^(RGN|CST)$/,
};

function samePlace(a: Place, b: Place): boolean {
  if (a.id === b.id) return true;
  // Compared on every call, though read only for two countries or two divisions: code that is rarely reached has no type
  // feedback when it first is, and sends its optimised caller back to the compiler.
  const sameCountry = a.country === b.country;
  const sameDivision = sameCountry && a.admin1 === b.admin1;
  const aIsCountry = /^PCL/.test(a.featureCode);
  const bIsCountry = /^PCL/.test(b.featureCode);
  if (aIsCountry && bIsCountry) return sameCountry;
  if (a.featureCode === "ADM1" && b.featureCode === "ADM1") return sameDivision;
  // A district and its seat town (or a town in it): the point is the area's, or within it.
  if (areaHolds(a, b) || areaHolds(b, a)) return true;
  // A runner-up a few kilometres away (a city and the governorate named after it) puts the point in the same place.
  return distanceKm(a, b) < (a.featureClass === b.featureClass ? 5 : 25);
}

/** The part of a place's prior that its size gives: up to 0.5 for ten million people. */
export function populationScore(p: Place): number {
  return Math.min(0.5, (0.5 * Math.log10(p.population + 1)) / 7);
}

/** What a gazetteer entry is worth before the article's context is considered. */
export function priorScore(m: GazetteerMatch, feature: string | null): number {
  const p = m.place;
  let s = populationScore(p);
  const code = p.featureCode;
  if (/^PCL/.test(code)) s += 0.5;
  // A continent has no population in GeoNames; it is at least as prominent as a country.
  else if (code === "CONT") s = 0.5 + 0.5;
  else if (code === "PPLC") s += 0.3;
  // A first-level division has no population in GeoNames; it is as prominent as a large city.
  else if (code === "ADM1") s = Math.max(s, 0.15) + 0.3;
  else if (code === "PPLA") s += 0.2;
  else if (code === "PPLA2") s += 0.12;
  else if (code === "PPLA3") s += 0.05;
  // A district or sub-district is named after its seat: written bare ("Jableh"), the name is the town, and the area
  // only with a word that makes it one ("Jableh district", "the Jableh countryside").
  else if ((code === "ADM2" || code === "ADM3") && !(feature && FEATURE_FIT[feature]?.test(code))) s -= 0.25;
  else if (p.featureClass === "L" || p.featureClass === "H" || p.featureClass === "T") s += 0.25;
  if (m.primary) s += 0.1;
  if (m.match === "article") s -= 0.03;
  if (m.match === "skeleton") s -= 0.12;
  if (m.match === "loose") s -= 0.2;
  if (feature) {
    const fit = FEATURE_FIT[feature];
    if (fit && fit.test(code)) s += 0.6;
    else if (fit) s -= 0.1;
  }
  return s;
}

/**
 * "Aleppo", "Daraa": a region's capital written without a word such as "province" is the city, not the
 * region named after it. Returns the bonus for the capital among the candidates of one name.
 */
export function capitalOverRegion(m: GazetteerMatch, all: GazetteerMatch[], feature: string | null): number {
  const p = m.place;
  if (feature || p.featureCode !== "PPLA") return 0;
  for (const o of all) if (o.place.featureCode === "ADM1" && o.place.country === p.country && o.place.admin1 === p.admin1) return 0.2;
  return 0;
}

/** One candidate reading of a name: its score before the article's context (prior) and with it (score, per round). */
export interface Scored {
  match: GazetteerMatch;
  prior: number;
  score: number;
  /** Whether the text puts the reading among the article's places (a container, or near the article's other places). */
  local: boolean;
}

/*
 * Candidates, ballots and results are made by these factories only, so that each kind has one hidden class in V8.
 * Each is made once at load with fractions, so its number fields hold doubles from the first object on: otherwise a
 * first whole number (a score of 0, a weight of 1) would make a small-integer field, and the first fraction would
 * change the hidden class mid-run and send every optimised reader back to the compiler.
 */
function newScored(match: GazetteerMatch, prior: number, score: number, local: boolean): Scored {
  return { match, prior, score, local };
}
newScored(null as unknown as GazetteerMatch, 0.5, 0.5, false);

interface Ballot {
  country: string;
  weight: number;
}
function newBallot(country: string, weight: number): Ballot {
  return { country, weight };
}
newBallot("", 0.5);

export interface ResolvedName {
  name: RecognisedName;
  chosen: Scored | null;
  ranked: Scored[];
  confidence: number;
  reason: string;
  parent: number | null;
}
function newResolvedName(name: RecognisedName, chosen: Scored | null, ranked: Scored[], confidence: number, reason: string, parent: number | null): ResolvedName {
  return { name, chosen, ranked, confidence, reason, parent };
}
newResolvedName(null as unknown as RecognisedName, null, [], 0.5, "", null);

/** Which names of the article stand as containers of which ("Daliyah, near Jableh"). */
export function findParents(text: string, names: RecognisedName[]): Array<number | null> {
  const parents: Array<number | null> = [];
  for (let i = 0; i < names.length; i++) parents.push(null);
  for (let i = 0; i < names.length - 1; i++) {
    const gap = text.slice(names[i]!.end, names[i + 1]!.start);
    if (gap.length <= 70 && !/[.!?;:()\n]/.test(gap) && PARENT_GAP.test(gap) && !/\b(and|or|but)\b/.test(gap)) parents[i] = i + 1;
  }
  // "Sheikh Maqsoud and Ashrafieh in Aleppo": coordinated names share the parent of the last one.
  for (let i = names.length - 2; i >= 0; i--) {
    const gap = text.slice(names[i]!.end, names[i + 1]!.start);
    const next = parents[i + 1] ?? null;
    // Stored on every step, though it rarely changes: see samePlace.
    // Not a name that is itself the container of the one before it ("Al-Qusour in Baniyas and Datour in Latakia":
    // Baniyas holds Al-Qusour; it is not a sibling of Datour's in Latakia).
    const inherits = parents[i] === null && COORDINATION.test(gap) && next !== null && !(i > 0 && parents[i - 1] === i);
    parents[i] = inherits ? next : (parents[i] ?? null);
  }
  return parents;
}

/** A candidate of the grid of quarter degrees (see pairedNames). */
interface GridEntry {
  key: string;
  place: Place;
}
/** A country or first-level division the article names outright, by the folded name that names it. */
interface NamedCountry {
  country: string;
  key: string;
}
interface NamedRegion {
  key: string;
  country: string;
  admin1: string;
}

/** What the resolver knows of an article before it scores a name: the same in both rounds. */
interface Article {
  text: string;
  names: RecognisedName[];
  parents: Array<number | null>;
  /** Per name, its candidates by prior, strongest first (at most MAX_CANDIDATES). */
  scored: Scored[][];
  /** Per name, its surface folded. */
  keys: string[];
  ballots: Map<string, Ballot>;
  allVotes: number;
  votesFor: Map<string, number>;
  countryNames: NamedCountry[];
  countriesNamed: Set<string>;
  regionsNamed: NamedRegion[];
  listNeighbours: number[][];
  commaParents: Array<number | null>;
  containerAfterComma: boolean[];
  dateline: boolean[];
  polity: boolean[];
  dominant: Array<string | null>;
  largest: Float64Array;
  ownNameSize: Float64Array;
  grid: Map<number, GridEntry[]>;
}

/** What one round knows: the choices so far and the places they anchor. */
interface Round {
  round: number;
  chosen: Array<Scored | null>;
  anchors: Array<{ place: Place; key: string }>;
  /** Each anchored place once, with the names it was chosen for. */
  keysOf: Map<Place, Set<string>>;
  placesByKey: Map<string, Place[]>;
  divisionCount: Map<string, number>;
  /** Per name key, the places anchored by other names and by this name alone (filled as asked: a text repeats its names). */
  othersByKey: Map<string, Place[]>;
  ownOnlyByKey: Map<string, Place[]>;
}

/** What scoring one name's candidates needs beside the article and the round. */
interface NameScoring {
  i: number;
  ownKey: string;
  /** The name's own ballot, taken back out of its country focus, and the votes left. */
  ownBallot: Ballot | undefined;
  focusTotal: number;
  parent: Place | null;
  /** The places anchored by other names, each once (round 2 only). */
  others: Place[];
  /** Places anchored by this name alone, and how many places the other names anchor. */
  ownOnly: Place[];
  otherCount: number;
  /** The kinds of the name's list neighbours' readings: LIST_OF_COUNTRIES, LIST_OF_DIVISIONS (bits, not a set made per name and round). */
  listKinds: number;
}
const LIST_OF_COUNTRIES = 1;
const LIST_OF_DIVISIONS = 2;

const divisionOf = (p: Place) => `${p.country}|${p.admin1}`;
/** The grid cell of a point: cell rows and columns (|row| ≤ 360, |column| ≤ 728) packed in one number. */
const cellKey = (row: number, column: number) => row * 2048 + column;

function inList(a: Article, i: number, j: number): boolean {
  return i >= 0 && j < a.names.length && COORDINATION.test(a.text.slice(a.names[i]!.end, a.names[j]!.start));
}

/** The share of the article's country votes for `country`, without the name's own ballot. */
function focusOf(a: Article, n: NameScoring, country: string): number {
  if (n.focusTotal === 0) return 0;
  const votes = a.votesFor.get(country) ?? 0;
  const own = n.ownBallot;
  return (own && own.country === country ? votes - own.weight : votes) / n.focusTotal;
}

/** A world city among namesakes of a hundredth its size: its id, or null. */
function dominantReading(list: Scored[]): string | null {
  let top: Place | undefined;
  for (const s of list) if (!top || s.match.place.population > top.population) top = s.match.place;
  // Only by its own name ("La." is not Los Angeles), and not beside a region of that name (regions carry no population here).
  if (!top || top.population < DOMINANT_POPULATION || top.featureClass !== "P") return null;
  let byOwnName = false;
  let rival = 0;
  for (const s of list) {
    const p = s.match.place;
    if (p === top && s.match.primary && s.match.match === "exact") byOwnName = true;
    if (/^(PCL|ADM1)/.test(p.featureCode)) return null;
    if (!samePlace(p, top) && p.population > rival) rival = p.population;
  }
  if (!byOwnName) return null;
  return top.population >= DOMINANCE_RATIO * rival ? top.id : null;
}

/** The largest populated place among a name's candidates (0 for none). */
function largestPopulated(list: Scored[]): number {
  let largest = 0;
  for (const s of list) if (s.match.place.featureClass === "P" && s.match.place.population > largest) largest = s.match.place.population;
  return largest;
}

/** The largest place that bears the name as its own main name (a country or division counts as larger than any town; -1 for none). */
function ownNameSizeOf(list: Scored[]): number {
  let size = -1;
  for (const s of list) {
    if (!s.match.primary || s.match.match !== "exact") continue;
    const v = /^(PCL|ADM1)/.test(s.match.place.featureCode) ? Infinity : s.match.place.population;
    if (v > size) size = v;
  }
  return size;
}

/** A name's candidates by prior, strongest first. */
function candidatesOf(n: RecognisedName): Scored[] {
  const list: Scored[] = [];
  for (const match of n.matches) list.push(newScored(match, priorScore(match, n.feature) + capitalOverRegion(match, n.matches, n.feature), 0, false));
  list.sort(byPrior);
  if (list.length > MAX_CANDIDATES) list.length = MAX_CANDIDATES;
  return list;
}
/** A ranked list's first reading, or undefined for an empty list (read without indexing past the end). */
const strongest = (list: Scored[]): Scored | undefined => (list.length > 0 ? list[0] : undefined);
const byPrior = (a: Scored, b: Scored) => b.prior - a.prior;
const byScore = (a: Scored, b: Scored) => b.score - a.score;

/*
 * The article's arrays are filled from empty literals rather than made by Array.prototype.map: an array's hidden class
 * follows its elements kind, which map() picks differently for an empty array, a full one and an optimised caller,
 * so loops over them would meet a class they were not compiled for. A literal's kind is remembered at its site.
 */
function readArticle(text: string, names: RecognisedName[]): Article {
  const parents = findParents(text, names);
  const scored: Scored[][] = [];
  const keys: string[] = [];
  const dominant: Array<string | null> = [];
  const largest = new Float64Array(names.length);
  const ownNameSize = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const list = candidatesOf(names[i]!);
    scored.push(list);
    keys.push(foldName(names[i]!.surface));
    dominant.push(dominantReading(list));
    // The largest populated place of each name: a namesake a thousandth its size needs the text's support to be meant.
    largest[i] = largestPopulated(list);
    // Per name, the largest place that bears it as its own main name: a smaller place known by it only as an alternate
    // name is not what the text means.
    ownNameSize[i] = ownNameSizeOf(list);
  }

  // The article's country focus: each name votes for the country of its strongest reading.
  // Each distinct place votes once, so a country named twenty times does not outvote twenty towns.
  // A name does not vote for itself: its focus comes from the article's other places.
  const ballots = new Map<string, Ballot>();
  scored.forEach((list, i) => {
    if (names[i]!.nonLiteral || list.length === 0) return;
    const best = list[0]!;
    if (ballots.has(best.match.place.id)) return;
    // A short word matching only an alternate name of a town ("LaQ", an armed group's initials, is an alias of a
    // Libyan town) is no evidence of what country the article is about; a country's or a metropolis's ("UK", "NYC") is.
    if (!best.match.primary && names[i]!.surface.length <= 4 && best.match.place.population < 1_000_000 && !/^(PCL|ADM1)/.test(best.match.place.featureCode)) return;
    const second = list[1];
    ballots.set(best.match.place.id, newBallot(best.match.place.country, second && second.prior > best.prior - 0.1 ? 0.5 : 1));
  });
  // Every ballot counted once; a name's focus takes its own ballot back out (weights of 1 and 0.5 add up exactly).
  let allVotes = 0;
  const votesFor = new Map<string, number>();
  for (const b of ballots.values()) {
    allVotes += b.weight;
    votesFor.set(b.country, (votesFor.get(b.country) ?? 0) + b.weight);
  }
  // Countries the article names outright: a place in one of them has the text's support.
  // The same, by the name that names each (a capital's bonus needs its country named by another name than its own).
  const countryNames: NamedCountry[] = [];
  const countriesNamed = new Set<string>();
  // Regions the article names outright (their strongest reading is a first-level division).
  const regionsNamed: NamedRegion[] = [];
  scored.forEach((list, i) => {
    const top = list[0]?.match.place;
    if (!top) return;
    if (/^PCL/.test(top.featureCode)) {
      countryNames.push({ country: top.country, key: keys[i]! });
      countriesNamed.add(top.country);
    }
    if (top.featureCode === "ADM1" && !names[i]!.nonLiteral) regionsNamed.push({ key: keys[i]!, country: top.country, admin1: top.admin1 });
  });
  const a: Article = {
    text,
    names,
    parents,
    scored,
    keys,
    ballots,
    allVotes,
    votesFor,
    countryNames,
    countriesNamed,
    regionsNamed,
    listNeighbours: [],
    commaParents: [],
    containerAfterComma: [],
    dateline: [],
    polity: [],
    dominant,
    largest,
    ownNameSize,
    grid: new Map(),
  };
  // Callbacks, not loops, here and below: the optimising compiler does not inline a closure made afresh at every call,
  // so these steps stay out of readArticle's compiled graph (compiled in every process) and run as baseline code.
  names.forEach((n, i) => {
    // Names listed together ("Montana, Wyoming and Idaho", "Spain, Turkey or Florida"): each name's list neighbours.
    const neighbours: number[] = [];
    if (i > 0 && inList(a, i - 1, i)) neighbours.push(i - 1);
    if (i + 1 < names.length && inList(a, i, i + 1)) neighbours.push(i + 1);
    a.listNeighbours.push(neighbours);
    a.commaParents.push(i + 1 < names.length && /^\s*,\s*$/.test(text.slice(n.end, names[i + 1]!.start)) ? i + 1 : null);
    // "NEW YORK (Reuters) -", "TORRINGTON —": a dateline in capitals at the head of the article names the town it was filed from.
    // (The name's own tests first: most names are not in capitals, and the text before the name can be long.)
    a.dateline.push(n.surface.length > 2 && n.surface === n.surface.toUpperCase() && /\p{Lu}/u.test(n.surface) && /^[\s"'“‘(]*$/.test(text.slice(0, n.start)));
    // "New York Gov. Andrew Cuomo", "Quebec Health Minister", "the Quebec government": a name heading an office or a
    // government is the polity (state, province, country), not the town of that name.
    a.polity.push(POLITY_AFTER.test(text.slice(n.end, n.end + 40)));
  });
  // "Bronx, New York", "Albany, Georgia": a name standing alone after a place and a comma is its container, so its state
  // or country reading is the likelier one. Not in a list ("Aleppo, Idlib and Hama"), where the comma only separates.
  names.forEach((_, j) => {
    const i = j - 1;
    a.containerAfterComma.push(i >= 0 && a.commaParents[i] === j && !inList(a, j, j + 1) && !inList(a, i - 1, i));
  });
  // Every candidate of every name on a grid of quarter degrees: two ambiguous names with readings a few kilometres apart
  // ("Edmonton" and "Enfield", both in north London) point at each other even when neither was chosen in the first round.
  scored.forEach((list, i) => {
    if (names[i]!.nonLiteral) return;
    const key = keys[i]!;
    for (const s of list) {
      if (/^(PCL|ADM1|CONT|RGN|OCN)/.test(s.match.place.featureCode)) continue;
      const k = cellKey(Math.floor(s.match.place.lat / CELL), Math.floor(s.match.place.lon / CELL));
      let cell = a.grid.get(k);
      if (!cell) a.grid.set(k, (cell = []));
      cell.push({ key, place: s.match.place });
    }
  });
  return a;
}

/** Whether other names than this one cast a ballot for the article's country focus. */
/**
 * The largest share of the places chosen for the article's other names (in the first round) that lies in one country
 * other than `country`; 0 before any is chosen.
 */
function focusElsewhere(n: NameScoring, country: string): number {
  const others = n.others;
  if (others.length === 0) return 0;
  let most = 0;
  for (const o of others) {
    if (o.country === country || o.country === "") continue;
    let same = 0;
    for (const q of others) if (q.country === o.country) same++;
    most = Math.max(most, same / others.length);
  }
  return most;
}

function othersVoted(a: Article, i: number): boolean {
  return a.ballots.size - (a.ballots.has(strongest(a.scored[i]!)?.match.place.id ?? "") ? 1 : 0) > 0;
}

/** How many other names have a reading within PAIR_KM of this place. */
function pairedNames(a: Article, p: Place, ownKey: string): number {
  const keys = new Set<string>();
  const la = Math.floor(p.lat / CELL);
  const lo = Math.floor(p.lon / CELL);
  // A degree of longitude shrinks towards the poles: as many cells east and west as PAIR_KM spans there.
  const span = Math.min(8, Math.ceil(PAIR_KM / (111 * CELL * Math.max(0.05, Math.cos((p.lat * Math.PI) / 180)))));
  for (let r = la - 1; r <= la + 1; r++)
    for (let c = lo - span; c <= lo + span; c++) {
      const cell = a.grid.get(cellKey(r, c));
      if (cell) for (const e of cell) if (e.key !== ownKey && e.place.id !== p.id && !keys.has(e.key) && distanceKm(e.place, p) <= PAIR_KM) keys.add(e.key);
    }
  return keys.size;
}

function startRound(a: Article, round: number, chosen: Array<Scored | null>): Round {
  const anchors: Array<{ place: Place; key: string }> = [];
  chosen.forEach((c, i) => {
    if (c && !a.names[i]!.nonLiteral && !/^(PCL|ADM1)/.test(c.match.place.featureCode)) anchors.push({ place: c.match.place, key: a.keys[i]! });
  });
  // Each anchored place once, with the names it was chosen for, counted by first-level division (once per round,
  // not per name: an article with hundreds of names would otherwise spend its time here).
  const keysOf = new Map<Place, Set<string>>();
  for (const an of anchors) {
    let set = keysOf.get(an.place);
    if (!set) keysOf.set(an.place, (set = new Set()));
    set.add(an.key);
  }
  const placesByKey = new Map<string, Place[]>();
  const divisionCount = new Map<string, number>();
  // Keys and values read by plain loops, not by destructuring each entry: an array pattern runs the iterator protocol
  // on every entry, a large graph for the optimising compiler, which compiles this function in every process.
  for (const p of keysOf.keys()) {
    for (const k of keysOf.get(p)!) {
      let list = placesByKey.get(k);
      if (!list) placesByKey.set(k, (list = []));
      list.push(p);
    }
    if (p.admin1) divisionCount.set(divisionOf(p), (divisionCount.get(divisionOf(p)) ?? 0) + 1);
  }
  return { round, chosen, anchors, keysOf, placesByKey, divisionCount, othersByKey: new Map(), ownOnlyByKey: new Map() };
}

/** The article's state or province: the share of its other places (each once) in the place's first-level division. */
function divisionShare(r: Round, n: NameScoring, p: Place): number {
  if (n.otherCount === 0 || !p.admin1) return 0;
  const d = divisionOf(p);
  let count = r.divisionCount.get(d) ?? 0;
  for (const o of n.ownOnly) if (o.admin1 && divisionOf(o) === d) count--;
  return count / n.otherCount;
}

/** How many of the article's other places support this one: in its division (for a division), or within 60 km. */
function nearCount(others: Place[], p: Place): number {
  let near = 0;
  if (p.featureCode === "ADM1") {
    for (const o of others) if (o.country === p.country && o.admin1 === p.admin1) near++;
  } else {
    for (const o of others) if (o.id !== p.id && Math.abs(o.lat - p.lat) < 0.6 && distanceKm(o, p) <= 60) near++;
  }
  return near;
}

function countryNamedByOther(a: Article, country: string, ownKey: string): boolean {
  for (const c of a.countryNames) if (c.country === country && c.key !== ownKey) return true;
  return false;
}

/** Scores one candidate of name `n.i` in its article's context (sets `s.score` and `s.local`). */
function scoreCandidate(a: Article, r: Round, n: NameScoring, s: Scored): void {
  const i = n.i;
  const ownKey = n.ownKey;
  const p = s.match.place;
  let score = s.prior + 0.6 * focusOf(a, n, p.country);
  let local = false;
  const pop = p.population;
  const largest = a.largest[i]!;
  // The kind of place, read once. Each rule below adds its term (or nothing) on every call rather than only when it
  // applies: a rule that applies rarely would otherwise meet the optimised code without type feedback and send it back
  // to the compiler the first time it does.
  const code = p.featureCode;
  const isCountry = code.startsWith("PCL");
  const isPolity = isCountry || code.startsWith("ADM1");
  const isPopulated = p.featureClass === "P";
  if (isPopulated && pop > 0 && largest > pop) score += Math.max(-SMALLER_CAP, SMALLER_WEIGHT * Math.log10((pop + 1) / (largest + 1)));
  score += a.dominant[i] === p.id ? DOMINANCE_BONUS : 0;
  score += a.polity[i] && isPolity ? POLITY_READING : 0;
  score += a.dateline[i] && isPopulated ? DATELINE_TOWN : 0;
  score += a.containerAfterComma[i] && isPolity ? CONTAINER_READING : 0;
  // The capital of a country the article names is the likeliest bearer of its name ("Paris" beside "France").
  score += code === "PPLC" && s.match.primary && countryNamedByOther(a, p.country, ownKey) ? CAPITAL_OF_NAMED : 0;
  score += (n.listKinds & (isCountry ? LIST_OF_COUNTRIES : code === "ADM1" ? LIST_OF_DIVISIONS : 0)) !== 0 ? SAME_KIND_AS_LIST : 0;
  if (!s.match.primary && isPopulated && a.ownNameSize[i]! >= Math.max(1, pop)) score -= shortForm(ownKey, p.name) ? SHORT_FORM_OF_OTHER : ALIAS_OF_OTHER;
  // A region (state, province, governorate) the article names supports the places inside it.
  // Only in a country the article is about: a passing "England and Wales" does not move Washington to Tyne and Wear.
  score += !isPolity && (a.countriesNamed.has(p.country) || focusOf(a, n, p.country) >= 0.25) && regionNamedByOther(a, p, ownKey) ? 0.35 : 0;
  // A container is of a higher rank than what it contains: "Russia, U.S. officials" and "Montana, Wyoming" are not
  // a country in a country or a state in a state, so such a reading is neither helped nor hurt by the "parent".
  const parent = n.parent;
  // Tested whenever there is a parent, not only for a country: see samePlace.
  const parentIsCountryOrDivision = parent !== null && /^(PCL|ADM1)/.test(parent.featureCode);
  if (parent && !(isCountry && parentIsCountryOrDivision) && !(code === "ADM1" && parent.featureCode === "ADM1")) {
    score += parentSupport(p, parent);
    local = true;
  }
  if (r.round > 0 && !isCountry) {
    // Places of the same article lie near each other: towns within 60 km, a governorate around its towns.
    // Other names only: "Najaf" the city does not vouch for "Najaf" the governorate.
    const near = nearCount(n.others, p);
    score += Math.min(0.5, 0.2 * near);
    if (near === 0 && code !== "ADM1") score += Math.min(PAIR_CAP, PAIR_WEIGHT * pairedNames(a, p, ownKey));
    // The article's places in a state speak for the state itself as much as for a town in it ("Montreal" for Quebec).
    score += DIVISION_FOCUS * divisionShare(r, n, p);
    if (near > 0) local = true;
    // "Stay in Quebec" beside Montreal: when the article's places in a region all lie far from its capital, the
    // name is as likely the region as the capital, and the capital's bonus over its region is withdrawn.
    const capitalBonus = near === 0 ? capitalOverRegion(s.match, a.names[i]!.matches, a.names[i]!.feature) : 0;
    score -= capitalBonus > 0 && allInRegionFar(n.others, p) ? capitalBonus : 0;
  }
  s.score = score;
  s.local = local;
}

function regionNamedByOther(a: Article, p: Place, ownKey: string): boolean {
  for (const r of a.regionsNamed) if (r.key !== ownKey && r.country === p.country && r.admin1 === p.admin1) return true;
  return false;
}

/** What a container the text names ("X, near Y", "Paris, Texas") does for a reading of X. */
function parentSupport(p: Place, parent: Place): number {
  if (parent.featureCode === "ADM1") return p.country === parent.country && p.admin1 === parent.admin1 ? 0.9 : -0.4;
  if (/^PCL/.test(parent.featureCode)) return p.country === parent.country ? 0.4 : -0.4;
  const d = distanceKm(p, parent);
  return d <= 40 ? 1 : d <= 100 ? 0.4 : -0.5;
}

/**
 * Countries whose villages the gazetteer holds (OCHA's communities for Syria): there a reading outside the container
 * the text names is surely another namesake. Elsewhere the village may simply be missing and the container misread.
 */
const VILLAGE_LEVEL = new Set(["SY"]);

/** Whether a reading lies in (or near) the container the text names for it. */
function withinContainer(p: Place, parent: Place): boolean {
  // Towns and districts in towns, districts, governorates and countries: a sea "near" a peninsula is no such nesting.
  if ((p.featureClass !== "P" && !/^ADM[23]$/.test(p.featureCode)) || (parent.featureClass !== "P" && parent.featureClass !== "A")) return true;
  if (/^PCL/.test(parent.featureCode)) return p.country === parent.country;
  if (parent.featureCode === "ADM1") return p.country === parent.country && p.admin1 === parent.admin1;
  if (areaHolds(parent, p)) return true;
  // "X in Ar-Raqqa", "Y in Dar'a": a governorate's seat written as a container stands for its governorate.
  if (/^PPLA$/.test(parent.featureCode) && p.country === parent.country && p.admin1 === parent.admin1) return true;
  // Reports name a district loosely for its governorate's countryside ("X in the Hasakeh countryside"): the same governorate will do.
  if ((parent.featureCode === "ADM2" || parent.featureCode === "ADM3") && p.country === parent.country && p.admin1 === parent.admin1) return true;
  return distanceKm(p, parent) <= (parent.featureCode === "ADM2" || parent.featureCode === "ADM3" ? 60 : parent.featureClass === "P" ? 40 : 100);
}

/** Whether the article's other places in p's region exist and all lie beyond CAPITAL_REACH_KM of p. */
function allInRegionFar(others: Place[], p: Place): boolean {
  let any = false;
  for (const o of others) {
    if (o.country !== p.country || o.admin1 !== p.admin1 || o.id === p.id) continue;
    if (distanceKm(o, p) <= CAPITAL_REACH_KM) return false;
    any = true;
  }
  return any;
}

/** Scores, ranks and chooses among the candidates of name i in one round. */
/** Other names' places only: "Najaf" the city does not vouch for "Najaf" the governorate. Each place once (none in round 1). */
function othersOf(r: Round, ownKey: string): Place[] {
  let others = r.othersByKey.get(ownKey);
  if (others) return others;
  others = [];
  if (r.round > 0) {
    const seen = new Set<string>();
    for (const an of r.anchors) if (an.key !== ownKey && !seen.has(an.place.id)) {
      seen.add(an.place.id);
      others.push(an.place);
    }
  }
  r.othersByKey.set(ownKey, others);
  return others;
}

/** The article's state or province: places anchored by this name alone are not the article's other places. */
function ownOnlyOf(r: Round, ownKey: string): Place[] {
  let ownOnly = r.ownOnlyByKey.get(ownKey);
  if (ownOnly) return ownOnly;
  ownOnly = [];
  if (r.round > 0) for (const p of r.placesByKey.get(ownKey) ?? []) if (r.keysOf.get(p)!.size === 1) ownOnly.push(p);
  r.ownOnlyByKey.set(ownKey, ownOnly);
  return ownOnly;
}

/**
 * Chooses name `i`'s reading in round `r` (into `r.chosen`). Only the last round's answer is kept, so the first
 * round returns null without writing the reason out.
 */
function resolveOne(a: Article, r: Round, i: number, final: boolean): ResolvedName | null {
  const names = a.names;
  const scored = a.scored;
  const chosen = r.chosen;
  const name = names[i]!;
  const round = r.round;
  // "Paris, Texas", "Aleppo, Syria": a name after a bare comma contains this one only if it is a region or country.
  const commaParent = a.commaParents[i] ?? null;
  const commaPlace = commaParent !== null ? chosen[commaParent]?.match.place : undefined;
  // A name whose strongest reading is itself of the comma parent's rank is listed beside it, not inside it
  // ("Russia, U.S. officials said", "Montana, Wyoming and Idaho").
  // The strongest reading read only when there is one: an index past the end, first met in a name without candidates
  // after this function is optimised, would send it back to the compiler.
  const top = strongest(scored[i]!);
  const topCode = top?.match.place.featureCode ?? "";
  // (Both codes compared for every name with a comma parent: a comparison first reached by the stream's first division
  // after a division would meet this function's optimised code without type feedback and send it back to the compiler.)
  const topIsDivision = topCode === "ADM1";
  const commaIsDivision = (commaPlace ? commaPlace.featureCode : "") === "ADM1";
  const listedBeside = !!commaPlace && (/^PCL/.test(topCode) || (topIsDivision && commaIsDivision));
  const parentIndex = a.parents[i] ?? (commaPlace && /^(PCL|ADM1)/.test(commaPlace.featureCode) && !listedBeside ? commaParent : null);
  const parent = parentIndex !== null ? chosen[parentIndex]?.match.place ?? null : null;
  const ownKey = a.keys[i]!;
  const ownBallot = a.ballots.get(top?.match.place.id ?? "");
  const others = othersOf(r, ownKey);
  const ownOnly = ownOnlyOf(r, ownKey);
  // A list is of one kind: beside countries or first-level divisions, a name is more likely one too.
  let listKinds = 0;
  for (const j of a.listNeighbours[i]!) {
    const code = (round > 0 ? chosen[j] : strongest(scored[j]!))?.match.place.featureCode ?? "";
    if (/^PCL/.test(code)) listKinds |= LIST_OF_COUNTRIES;
    else if (code === "ADM1") listKinds |= LIST_OF_DIVISIONS;
  }
  const n: NameScoring = {
    i,
    ownKey,
    ownBallot,
    focusTotal: ownBallot ? a.allVotes - ownBallot.weight : a.allVotes,
    parent,
    others,
    ownOnly,
    otherCount: round > 0 ? r.keysOf.size - ownOnly.length : 0,
    listKinds,
  };
  for (const s of scored[i]!) scoreCandidate(a, r, n, s);
  const list = scored[i]!.slice();
  // "Mexico", "Peru", "Jordan": a country's name written out is the country, unless the text puts a namesake among
  // its other places (a container, or neighbours of the article's other places).
  if (!list.some((s) => s.local && !/^PCL/.test(s.match.place.featureCode))) {
    for (const s of list) if (/^PCL/.test(s.match.place.featureCode) && s.match.match === "exact") s.score += COUNTRY_NAME_BONUS;
  }
  list.sort(byScore);
  const best = strongest(list) ?? null;
  // A runner-up that is the same place under another entry (a country listed twice) is no rival.
  let second: Scored | undefined;
  for (let k = 1; best && k < list.length && !second; k++) if (!samePlace(list[k]!.match.place, best.match.place)) second = list[k];
  // The confidence and the reason are worked out by functions of their own: the optimising compiler compiles each
  // function it finds hot as one graph, and a smaller graph here is less compiler time at every process's start.
  const confidence = best ? confidenceOf(a, n, name, best, second) : 0;
  chosen[i] = best && confidence >= MIN_CONFIDENCE ? best : null;
  // Read for every name, though needed only for one without candidates: see samePlace.
  const byCue = name.recognisedBy === "cue";
  if (!final) return null;
  const reason = best ? reasonFor(a, n, name, list, best, second, parentIndex) : byCue ? "named as a place in the text, but not in the gazetteer" : "no gazetteer entry";
  return newResolvedName(name, chosen[i], list, confidence, reason, parentIndex);
}

/** How sure the choice of `best` for a name is, from its margin over the runner-up and the article's support for it. */
function confidenceOf(a: Article, n: NameScoring, name: RecognisedName, best: Scored, second: Scored | undefined): number {
  const p = best.match.place;
  const parent = n.parent;
  const margin = second ? best.score - second.score : 1;
  let confidence = second ? 0.35 + 0.45 * Math.min(1, margin / 0.5) : 0.75;
  // A supranational region ("Middle East", "Central Asia") has no country to be in focus.
  const supported =
    parent !== null ||
    // The text puts it among the article's other places (a container of one, or near those chosen in the first round).
    best.local ||
    focusOf(a, n, p.country) >= 0.25 ||
    p.country === "" ||
    // Named by another name: a country's own name does not vouch for itself ("Jordan" in an article on Minnesota).
    countryNamedByOther(a, p.country, n.ownKey) ||
    // A region the article names by another name: a region's own name does not vouch for itself ("the Gulf", "Al-Manar").
    regionNamedByOther(a, p, n.ownKey);
  if (supported) confidence += 0.15;
  // The article is about other places and nothing in it points to this one's country.
  const against = !supported && othersVoted(a, n.i);
  const prominent = /^(PCL|PPLC|ADM1)/.test(p.featureCode) || p.population >= 100_000;
  // An obscure place in a country the article is not about: likely a wrong reading.
  // A name whose only entry it is, by its main name, is less likely a misreading than one of several namesakes.
  const soleExact = !second && best.match.match === "exact" && best.match.primary;
  if (against && !prominent) confidence -= soleExact ? SOLE_NAME_DOUBT : 0.3;
  // Matching only a foreign alternate name ("Hamas" for Hamm) of a place the article is not about is weak evidence.
  if (against && !best.match.primary && p.featureClass === "P") confidence -= 0.3;
  // Not abroad by accident: in an article whose other places all lie in one country, a village in another that nothing
  // in the text supports ("Bulad" in the Philippines, "Harra" in Germany, in a report on Syria) is left unplaced.
  // (A town of 10,000 or more keeps its reading — "Morecambe" in an article on Ohio — and so does a name whose kind
  // the text writes and the place has, "Miami-Dade County".)
  const ownKind = name.feature !== null && FEATURE_FIT[name.feature] !== undefined && FEATURE_FIT[name.feature]!.test(p.featureCode);
  if (!supported && p.population < 10_000 && !(soleExact && ownKind) && p.country !== "" && focusElsewhere(n, p.country) >= 1) confidence = Math.min(confidence, 0.45);
  if (supported && best.match.match === "exact" && /\s/.test(name.surface)) confidence += 0.1;
  // "Karama town in Ar Raqqa countryside": the stated container decides. A reading outside it is another namesake,
  // and the name is left unresolved with its candidates listed rather than placed there.
  // Only where the gazetteer holds the container's villages: elsewhere the village may be missing and the container
  // itself misread ("Atlanta, Georgia"), and the score's penalty for lying outside it is enough.
  if (parent !== null && VILLAGE_LEVEL.has(parent.country) && !withinContainer(p, parent)) confidence = Math.min(confidence, 0.3);
  if (name.feature && FEATURE_FIT[name.feature] && !FEATURE_FIT[name.feature]!.test(p.featureCode)) {
    // "Thawra Street" is not the town of Thawrah: a street or square we cannot place is left unplaced. A road is named
    // for the town it leads to or passes ("on the Sokhneh road"): the town stands near it, a little less surely.
    confidence -= /^(street|square|bridge|hospital)$/.test(name.feature) ? 0.6 : name.feature === "road" && p.featureClass === "P" ? 0.15 : name.feature === "road" ? 0.6 : 0.25;
  }
  return Math.max(0.02, Math.min(0.98, confidence));
}

/** Why `best` was chosen for a name (only the last round's choice is explained). */
function reasonFor(a: Article, n: NameScoring, name: RecognisedName, list: Scored[], best: Scored, second: Scored | undefined, parentIndex: number | null): string {
  const why: string[] = [];
  if (n.parent) why.push(`inside/near "${a.names[parentIndex!]!.surface}"`);
  if (best.match.place.country && focusOf(a, n, best.match.place.country) >= 0.3) why.push(`article's focus on ${best.match.place.country}`);
  if (name.feature) why.push(`"${name.feature}"`);
  why.push(second ? `${list.length} candidates, margin ${(best.score - second.score).toFixed(2)}` : "only candidate");
  return why.join("; ");
}

/**
 * Chooses, for each recognised name of one article, the gazetteer entry it
 * refers to: by the article's country focus, by explicit containers in the
 * text, by nearness to the article's other places, and by feature type and
 * size. Keeps the runner-up candidates and a confidence for each choice.
 */
export function resolveNames(text: string, names: RecognisedName[]): ResolvedName[] {
  const a = readArticle(text, names);
  const chosen: Array<Scored | null> = [];
  for (let i = 0; i < names.length; i++) chosen.push(null);
  // Two rounds: the second sees the first's choices (containers and neighbours). Each round scores the same candidate
  // objects afresh; the first round's choices are read only for their places.
  const first = startRound(a, 0, chosen);
  for (let i = 0; i < names.length; i++) resolveOne(a, first, i, false);
  const second = startRound(a, 1, chosen);
  const results: ResolvedName[] = [];
  for (let i = 0; i < names.length; i++) results.push(resolveOne(a, second, i, true)!);
  return results;
}

/*
 * Candidates and mentions are made by these factories only, each warmed up once at load with fractions (and, for a
 * mention, with and without a place) so that its fields take their final representation before any code is optimised:
 * a score or coordinate that happened to be whole at first would otherwise change the hidden class mid-run.
 */
function newCandidate(placeId: string, name: string, lat: number, lon: number, country: string, featureCode: string, score: number): Candidate {
  return { placeId, name, lat, lon, country, featureCode, score };
}
newCandidate("", "", 0.5, 0.5, "", "", 0.5);

function newMention(
  id: string,
  articleId: string,
  surface: string,
  start: number,
  end: number,
  status: Mention["status"],
  recognisedBy: string,
  placeId: string | null,
  name: string | null,
  lat: number | null,
  lon: number | null,
  country: string | null,
  admin1: string | null,
  admin: AdminPath | null,
  precision: Mention["precision"],
  confidence: number,
  alternatives: Candidate[],
  parentId: string | null,
  reason: string,
): Mention {
  return { id, articleId, surface, start, end, status, recognisedBy, placeId, name, lat, lon, country, admin1, admin, precision, confidence, alternatives, parentId, reason };
}
newMention("", "", "", 0, 0, "unresolved", "", null, null, null, null, null, null, null, null, 0.5, [], null, "");
// Optimised code hands a whole coordinate over as a small integer: the fields must take those too.
newMention("", "", "", 0, 0, "resolved", "", "", "", 1, 1, "", "", null, "town", 0.5, [], "", "");
newMention("", "", "", 0, 0, "resolved", "", "", "", 0.5, 0.5, "", "", null, "town", 0.5, [], "", "");

function toCandidate(s: Scored): Candidate {
  const p = s.match.place;
  return newCandidate(p.id, p.name, p.lat, p.lon, p.country, p.featureCode, Math.round(s.score * 100) / 100);
}

/** Turns one resolved name into its Mention record. */
function toMention(articleId: string, r: ResolvedName, resolved: ResolvedName[], regions: RegionIndex, idOrigin: number): Mention {
  const { name, chosen, ranked, confidence, reason, parent } = r;
  // A place name inside another name ("Damascus Caliphate", "Hayat Tahrir al-Sham") is not placed at all.
  const partOfName = name.nonLiteral?.startsWith("part of the name") ?? false;
  const place = partOfName ? null : (chosen?.match.place ?? null);
  const precision = place ? precisionOf(place) : null;
  const admin1 = !place || precision === "country" || precision === "region"
    ? null
    : /^naturalearth:admin1 /.test(place.source)
      ? place.source.split(" ")[1]!
      : (regions.codeAt(place.lon, place.lat) ?? regions.codeFor(place.country, place.admin1));
  const status = name.nonLiteral ? "non-literal" : !place ? "unresolved" : "resolved";
  const alternatives: Candidate[] = [];
  for (const s of ranked) if (s !== chosen && alternatives.length < 5) alternatives.push(toCandidate(s));
  return newMention(
    `${articleId}@${name.start - idOrigin}`,
    articleId,
    name.surface,
    name.start,
    name.end,
    status,
    name.recognisedBy,
    place?.id ?? null,
    place?.name ?? null,
    place?.lat ?? null,
    place?.lon ?? null,
    place?.country ?? null,
    admin1,
    place && regions.units ? adminPathOf(place, regions.units) : null,
    precision,
    Math.round(confidence * 100) / 100,
    alternatives,
    parent !== null ? `${articleId}@${resolved[parent]!.name.start - idOrigin}` : null,
    name.nonLiteral ? `${name.nonLiteral}; ${reason}` : reason,
  );
}

/**
 * Turns resolver output into the Mention records the store, layers and UI share. A mention's id is
 * `<article>@<offset from idOrigin>` (see geoparseArticle: ids count from the article's body).
 */
export function toMentions(articleId: string, resolved: ResolvedName[], regions: RegionIndex, idOrigin = 0): Mention[] {
  const out: Mention[] = [];
  for (const r of resolved) out.push(toMention(articleId, r, resolved, regions, idOrigin));
  return out;
}
