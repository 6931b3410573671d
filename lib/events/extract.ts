import { type EventDate, findEventDates } from "../dates/event-date";
import { distanceKm } from "../geoparse/distance";
import type { Mention } from "../geoparse/mention";
import type { Precision } from "../geoparse/place";
import type { Article } from "../ingest/article";
import { findActors } from "./actors";
import { findAttributions } from "./attribution";
import { findFatalities } from "./fatalities";
import { type EventType, type Fatalities, type Report, ReportSchema } from "./incident";
import { HYPOTHETICAL, refineType, TRIGGERS } from "./lexicon";
import { splitSentences } from "./sentences";
import { frameRoles, roadNamedFrom, unplacedNameBefore } from "./frame";
import { mergeArticleReports } from "./article-events";
import { findStatistics } from "./statistics";

/** Places precise enough to stand for where an incident happened. */
const INCIDENT_PRECISION: ReadonlySet<Precision> = new Set(["site", "neighbourhood", "town", "district", "governorate"]);
const RANK: Record<Precision, number> = { site: 0, neighbourhood: 1, town: 2, district: 3, governorate: 4, region: 5, country: 6 };
/** A date carried to a later paragraph stays with places this close to where it was set (one district's width). */
const SAME_AREA_KM = 50;
/**
 * How sure a report placed at its locus's container can be: the text names a village the gazetteer cannot place, and
 * the point (a governorate's or district's, drawn as a ring) only says the event happened somewhere in that area.
 */
const STAND_IN_CONFIDENCE = 0.4;
/** A date set by a sentence with no place carries this many paragraphs forward. */
const PLACELESS_CARRY_PARAGRAPHS = 1;

type Placed = Mention & { lat: number; lon: number; precision: Precision; standsFor?: string };

/** A container standing in for a locus the gazetteer cannot place: its area, at low confidence, naming the locus. */
const standIn = (container: Placed, locus: string): Placed => ({ ...container, confidence: Math.min(container.confidence, STAND_IN_CONFIDENCE), standsFor: locus });

/** Whether `outer` contains `inner` ("Aleppo" contains "Sheikh Maqsoud"), judged by level and distance. */
function contains(outer: Placed, inner: Placed): boolean {
  // Names the text lists under one container ("Sheikh Maqsoud and Ashrafieh in Aleppo") are siblings, not container and content.
  if (outer.parentId !== null && outer.parentId === inner.parentId) return false;
  if (RANK[outer.precision] <= RANK[inner.precision]) return false;
  if (outer.precision === "governorate") return outer.admin1 !== null && outer.admin1 === inner.admin1;
  return distanceKm(outer, inner) <= (outer.precision === "district" ? 40 : 20);
}

/** A stretch of a sentence: offsets within the sentence. */
interface Range {
  start: number;
  end: number;
}

/**
 * Relative clauses (", where the uprising began in 2011", ", who have fought
 * since 2012") describe a place or a party, often with another event and date.
 * Each runs from its relative word to the next comma or the sentence's end.
 */
type Clause = Range & { aboutParty: boolean };
function relativeClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const m of text.matchAll(/,\s+(where|which|who|whose|whom)\b/g)) {
    const comma = text.slice(m.index + m[0].length).search(/,\s/);
    clauses.push({ start: m.index, end: comma === -1 ? text.length : m.index + m[0].length + comma, aboutParty: m[1] !== "where" && m[1] !== "which" });
  }
  return clauses;
}

/** Words that make a place a landmark for the one named before it ("Qardaha, located in the mountains overlooking ... Latakia"). */
const LANDMARK = /\b(?:located|situated|overlooking|near|close to|outside|on the outskirts of|(?:north|south|east|west)(?:-?(?:east|west))? of|miles from|kilometres from|kilometers from)\b/i;
/** A place name used to qualify a noun ("the Najaf meeting", "Gaza peace board", "the Damascus government") is not where anything happened. */
/** "the new authorities in Damascus": a seat of government, not where the event happened. */
const SEAT = /\b(?:authorities|government|regime|officials|leadership|rulers|administration|ministry|embassy)\s+in\s+$/i;
const ATTRIBUTIVE = /^["”’']?\s+(?:[a-z]+\s+)?(?:meeting|talks|summit|conference|board|agreement|accords?|deal|process|government|regime|authorities|administration|leadership|statement|declaration|format|platform|office|embassy)\b/;

interface Trigger extends Range {
  type: EventType;
  subType: string;
}

/** The trigger rules as global patterns, compiled once. */
const TRIGGER_PATTERNS = TRIGGERS.map((t) => new RegExp(t.pattern.source, "gi"));

function findTriggers(text: string): Trigger[] {
  const found: Trigger[] = [];
  for (let i = 0; i < TRIGGERS.length; i++) {
    const t = TRIGGERS[i]!;
    const re = TRIGGER_PATTERNS[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((f) => at < f.end && end > f.start)) continue;
      found.push({ type: t.type, subType: t.subType, start: at, end });
    }
  }
  return found;
}

const inside = (r: Range, at: number) => at >= r.start && at < r.end;
const distance = (a: Range, b: Range) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/**
 * What a sentence says about one of its places: the event word nearest the
 * place, and the date nearest before it (else the first after it), both taken
 * from the main clause or from the place's own relative clause, never from a
 * clause about something else.
 */
function readPlace(place: Range, triggers: Trigger[], dates: EventDate[], clauses: Clause[]) {
  const own = clauses.find((c) => inside(c, place.start));
  const inScope = (at: number) => {
    const clause = clauses.find((c) => inside(c, at));
    return clause === undefined || clause === own;
  };
  const main = triggers.filter((t) => inScope(t.start));
  // The event of a place named in the main clause is the main clause's, when it has one ("The massacres continued in Suwayda, where ...").
  const outsideClauses = main.filter((t) => !clauses.some((c) => inside(c, t.start)));
  const candidates = own || outsideClauses.length === 0 ? main : outsideClauses;
  const trigger = [...candidates].sort((a, b) => distance(a, place) - distance(b, place) || TRIGGERS.findIndex((t) => t.subType === a.subType) - TRIGGERS.findIndex((t) => t.subType === b.subType))[0];
  const scoped = dates.filter((d) => inScope(d.index) && (own !== undefined || !clauses.some((c) => inside(c, d.index)) || (trigger !== undefined && clauses.some((c) => inside(c, d.index) && inside(c, trigger.start)))));
  const before = scoped.filter((d) => d.index < place.start);
  const date = before.length ? before[before.length - 1] : scoped.find((d) => d.index >= place.end);
  // The clause right after a place tells its toll ("the village of Arzeh, where 15 people were killed").
  const described = own ?? clauses.find((c) => c.start >= place.end && c.start - place.end <= 2 && !c.aboutParty);
  return { trigger, date, described };
}

/** The date an earlier sentence set, carried forward while the text stays on the same events. */
interface Context {
  date: EventDate;
  paragraph: number;
  /** Places of the reports dated by it: a later paragraph about somewhere far away is about something else. */
  areas: Placed[];
}

/** Whether a sentence without a date of its own takes the context's: same paragraph, or a later one about the same area. */
function carries(context: Context | null, paragraph: number, places: Placed[]): boolean {
  if (!context) return false;
  if (context.paragraph === paragraph) return true;
  if (context.areas.length === 0) return paragraph - context.paragraph <= PLACELESS_CARRY_PARAGRAPHS;
  return places.some((p) => context.areas.some((a) => distanceKm(a, p) <= SAME_AREA_KM || (a.admin1 !== null && a.admin1 === p.admin1)));
}

const DAY_MS = 86_400_000;
/** Two dates within a few days of each other, or overlapping, tell one story ("on 6 March" ... "on 7 March"). */
function closeInTime(a: EventDate, b: EventDate): boolean {
  const gap = Math.max(Date.parse(a.start) - Date.parse(b.end), Date.parse(b.start) - Date.parse(a.end));
  return gap <= 3 * DAY_MS;
}

/**
 * Whether a sentence's toll is about a place: yes, unless the toll sits in a
 * coordinated part of the sentence that names other places but not this one
 * ("clashes erupted in Jableh and Baniyas, and 30 were killed in Baniyas").
 */
/** The coordinated parts of a sentence ("2 were killed in X, and 3 in Y"): their start offsets, and the sentence's end. */
function coordinatedCuts(text: string): number[] {
  return [0, ...[...text.matchAll(/,\s+(?:and|but|while|whereas)\s+|;\s+/g)].map((m) => m.index), text.length];
}

/**
 * "2 civilians were killed in Jableh, and 3 in Baniyas": the figure of the coordinated part a place stands in, if it
 * has its own. Each part is read once per sentence (`memo`), however many places stand in it.
 */
function tollOfPart(text: string, cuts: number[], placeAt: number, memo: Map<number, Fatalities | null>): Fatalities | null {
  if (cuts.length <= 2) return null;
  const k = cuts.findIndex((c, i) => placeAt >= c && placeAt < (cuts[i + 1] ?? Infinity));
  const [start, end] = [cuts[k]!, cuts[k + 1]!];
  let toll = memo.get(start);
  if (toll === undefined) {
    const found = findFatalities(text.slice(start, end));
    toll = found ? shiftFatalities(found, start) : null;
    memo.set(start, toll);
  }
  return toll;
}

function tollIsFor(text: string, toll: Fatalities, placeAt: number[], allAt: number[]): boolean {
  const cuts = coordinatedCuts(text);
  const part = (at: number) => cuts.findIndex((c, i) => at >= c && at < (cuts[i + 1] ?? Infinity));
  const tollPart = part(toll.span.start);
  if (!allAt.some((at) => part(at) === tollPart)) return true;
  return placeAt.some((at) => part(at) === tollPart);
}

const shift = (d: EventDate, by: number): EventDate => ({ ...d, index: d.index + by });
const shiftFatalities = (f: Fatalities, by: number): Fatalities => ({ ...f, span: { ...f.span, start: f.span.start + by, end: f.span.end + by } });

/**
 * The mentions lying within [start, end], in their given order. `byStart` (their indices sorted by start) lets each
 * sentence find its own by binary search instead of scanning all of the article's mentions.
 */
function mentionsWithin(mentions: Mention[], byStart: number[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[byStart[mid]!]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const within: number[] = [];
  for (let k = lo; k < byStart.length && mentions[byStart[k]!]!.start <= end; k++) if (mentions[byStart[k]!]!.end <= end) within.push(byStart[k]!);
  return within.sort((a, b) => a - b).map((i) => mentions[i]!);
}

/**
 * A sentence that reports something happening at a place becomes a report
 * there. Its date is the sentence's own, else one set earlier in the same
 * paragraph, or in an earlier paragraph about the same area, never the
 * publication date. When a sentence names a place and the place that contains
 * it, the incident goes to the more precise one. A death toll given in the
 * next sentences of the paragraph without a place of its own ("More than 100
 * were killed.") completes the reports before it.
 */
export function extractReports(article: Article, mentions: Mention[]): Report[] {
  const reference = article.published ?? article.postedOnPage;
  const reports: Report[] = [];
  let context: Context | null = null;
  let lastDay: EventDate | null = null;
  /** The reports of the last sentence that made any, by index into `reports`, while a following toll may still complete them. */
  let lastReported: { paragraph: number; indices: number[] } | null = null;
  const byStart = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);

  for (const sentence of splitSentences(article.text)) {
    // The head (title, by-line, standfirst) names places but reports nothing: its date line is the publication's.
    if (sentence.start < article.bodyStart) continue;
    const clauses = relativeClauses(sentence.text);
    const dates = findEventDates(sentence.text, reference, lastDay);
    const mainDates = dates.filter((d) => !clauses.some((c) => inside(c, d.index)));
    // The killing word of a period count ("35 have been killed in the area since January") reports no incident.
    const statistics = findStatistics(sentence.text);
    const triggers = findTriggers(sentence.text).filter((t) => !statistics.some((s) => t.start >= Math.min(s.span.start, s.period.start) && t.start < Math.max(s.span.end, s.period.end)));

    const inSentence = mentionsWithin(mentions, byStart, sentence.start, sentence.end);
    const here = inSentence.filter(
      (m): m is Placed =>
        m.status === "resolved" &&
        m.precision !== null &&
        INCIDENT_PRECISION.has(m.precision) &&
        m.lat !== null &&
        m.lon !== null &&
        !isDateline(article.text, article.bodyStart, m),
    );
    // The event frame: of the names in the sentence (placed or not), only the locus is where the event happened — not
    // the container named after it ("X town in the Idlib countryside"), the origin of fire or the destination of people.
    const named = inSentence
      .filter((m) => m.status !== "non-literal" && !isDateline(article.text, article.bodyStart, m))
      .sort((a, b) => a.start - b.start);
    const roles = frameRoles(sentence.text, named.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start })));
    const roleOf = new Map(named.map((m, k) => [m.id, roles[k]!]));
    // A locus the gazetteer cannot place, inside a container it can ("Breiha town in Ar Raqqa countryside"): the report
    // stands at the container's area, at low confidence, and says which name it stands for.
    const standIns: Placed[] = [];
    named.forEach((m, k) => {
      if (roles[k] !== "locus" || here.some((h) => h.id === m.id)) return;
      for (let j = k + 1; j < named.length && roles[j] === "container"; j++) {
        const container = here.find((h) => h.id === named[j]!.id);
        if (!container) continue;
        standIns.push(standIn(container, m.surface));
        break;
      }
    });
    // A place the text names as another's container ("near Jableh in Tartous province") is context, not a second incident.
    const spans = named.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start }));
    const places = [
      ...here
        .filter((m) => roleOf.get(m.id) === "locus" && !here.some((other) => other !== m && (contains(m, other) || other.parentId === m.id)))
        // "Alzaafaranah town in Homs governorate": the text names a place inside this one that no mention covers.
        .map((m): Placed => {
          const at = { start: m.start - sentence.start, end: m.end - sentence.start };
          const unplaced = unplacedNameBefore(sentence.text, at, spans);
          if (unplaced !== null) return standIn(m, unplaced);
          // On a road named for two towns, the first town stands for a point somewhere along the road.
          const road = roadNamedFrom(sentence.text, at);
          return road === null ? m : standIn(m, road);
        }),
      ...standIns.filter((s) => !here.some((m) => m.placeId === s.placeId && roleOf.get(m.id) === "locus")),
    ];
    // One incident per distinct place of the sentence; not a landmark that locates another place, nor a name used as a qualifier,
    // nor a place in a clause about a party's past ("The Kurds, who have fought since 2012 in Afrin, ...").
    const local = (m: Placed) => m.start - sentence.start;
    const inMain = places.some((m) => !clauses.some((c) => inside(c, local(m))));
    const kept = places
      .filter((m) => !ATTRIBUTIVE.test(article.text.slice(m.end, m.end + 40)) && !SEAT.test(article.text.slice(Math.max(0, m.start - 30), m.start)))
      .filter((m) => !clauses.some((c) => c.aboutParty && inside(c, local(m))))
      // A clause that only describes where the main place lies ("Daliyah, which lies in the Jableh countryside") names context.
      .filter((m) => !(inMain && clauses.some((c) => inside(c, local(m)) && findTriggers(sentence.text.slice(c.start, c.end)).length === 0)))
      .filter((m) => {
        const before = places.filter((o) => o.end <= m.start && m.start - o.end <= 90);
        return !before.some((o) => {
          const gap = article.text.slice(o.end, m.start);
          return LANDMARK.test(gap) && findTriggers(gap).length === 0;
        });
      });
    const distinct = kept.filter((m, i) => kept.findIndex((o) => o.placeId === m.placeId) === i);

    // A sentence without an event word may still complete the reports before it: "2 fatalities were reported.",
    // "Neither injuries nor fatalities were reported." (an explicit zero, not an unknown toll).
    const fatalities = triggers.length || (distinct.length === 0 && lastReported !== null) ? findFatalities(sentence.text) : null;
    const actors = distinct.length && triggers.length ? findActors(sentence.text) : [];
    const cited = distinct.length && triggers.length ? findAttributions(sentence.text).filter((a) => a !== article.publisher) : [];
    const made: Report[] = [];
    const cuts = distinct.length > 1 && triggers.length ? coordinatedCuts(sentence.text) : [0, sentence.text.length];
    const partTolls = new Map<number, Fatalities | null>();
    let usedDate: EventDate | null = null;
    const carried = carries(context, sentence.paragraph, distinct);
    for (const m of distinct) {
      const at = { start: m.start - sentence.start, end: m.end - sentence.start };
      const { trigger, date: own, described: clause } = readPlace(at, triggers, dates, clauses);
      if (!trigger) continue;
      // A modal or plan just before the event word ("would attack", "threatened to launch an attack") makes it a prospect, not an event.
      const triggerClause = clauses.find((c) => inside(c, trigger.start));
      if (HYPOTHETICAL.test(sentence.text.slice(triggerClause?.start ?? 0, trigger.start))) continue;
      const clauseToll = clause ? findFatalities(sentence.text.slice(clause.start, clause.end)) : null;
      const partToll = triggers.length ? tollOfPart(sentence.text, cuts, at.start, partTolls) : null;
      const toll = clauseToll ? shiftFatalities(clauseToll, clause!.start) : partToll ? partToll : fatalities && tollIsFor(sentence.text, fatalities, here.filter((o) => o.placeId === m.placeId).map(local), here.map(local)) ? fatalities : null;
      const date = own ? shift(own, sentence.start) : carried ? context!.date : null;
      if (own) usedDate = own;
      made.push(
        ReportSchema.parse({
          id: `rep:${m.id}`,
          articleId: article.id,
          mentionId: m.id,
          place: { surface: m.surface, name: m.name, lat: m.lat, lon: m.lon, country: m.country, admin1: m.admin1, admin: m.admin ?? null, precision: m.precision, confidence: m.confidence, ...(m.standsFor ? { standsFor: m.standsFor } : {}) },
          dateStart: date?.start ?? null,
          dateEnd: date?.end ?? null,
          datePrecision: date?.precision ?? "unknown",
          dateEvidence: date ? { start: date.index, end: date.index + date.text.length, text: date.text } : null,
          // The event word's type, as the words around it refine it: who was hit, what did the killing, who took the ground.
          ...refineType(trigger, sentence.text),
          fatalities: toll ? shiftFatalities(toll, sentence.start) : null,
          actors,
          attributedTo: cited,
          source: article.publisher,
          published: article.published,
          url: article.url,
          title: article.title,
          evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
          placeEvidence: { start: m.start, end: m.end, text: m.surface },
        }),
      );
      if (!own && carried && context) context.areas.push(m);
    }
    reports.push(...oneTollPerFigure(made));

    // A toll without a place of its own completes the reports just before it, in its paragraph or the next;
    // a claim in the same paragraph that names its source ("UN experts reported atrocities") adds that source.
    if (distinct.length === 0 && lastReported && sentence.paragraph - lastReported.paragraph <= 1) {
      const sameParagraph = sentence.paragraph === lastReported.paragraph;
      const cites = fatalities || (sameParagraph && triggers.length) ? findAttributions(sentence.text).filter((a) => a !== article.publisher) : [];
      // The toll completes the first of those reports that has none; the places it was told for together are named
      // with it, and the figure is never copied to each of them.
      // A sentence that only states the report's total ("4 fatalities.", "Total fatalities: 9.") is the report's own count
      // of what the sentences before it told in parts ("killing three … a fourth succumbed to his wounds"): it replaces
      // the figure of the report it follows, when that report is the sentence's only one.
      const statesTotal = fatalities !== null && triggers.length === 0 && /\bfatalit/i.test(fatalities.span.text) && lastReported.indices.length === 1;
      const open = statesTotal ? lastReported.indices : lastReported.indices.filter((i) => reports[i]!.fatalities === null);
      const keeper = open[0];
      for (const i of lastReported.indices) {
        const r = reports[i]!;
        const cited = [...new Set([...r.attributedTo, ...cites])];
        if (fatalities && i === keeper) {
          const others = [...new Set(open.slice(1).map((k) => reports[k]!.place.name))].filter((n) => n !== r.place.name);
          reports[i] = { ...r, fatalities: { ...shiftFatalities(fatalities, sentence.start), ...(others.length ? { sharedWith: others } : {}) }, attributedTo: cited };
        } else if (cites.length) reports[i] = { ...r, attributedTo: cited };
      }
    }
    // TypeScript loses this variable's type across the loop's closures; restate it.
    const open = lastReported as { paragraph: number; indices: number[] } | null;
    if (made.length) lastReported = { paragraph: sentence.paragraph, indices: made.map((_, k) => reports.length - made.length + k) };
    else if (open && here.some((m) => open.indices.some((i) => reports[i]!.place.name === m.name))) {
      // The story stays on the same place ("According to Qardaha residents, ..."): the reports stay open for a toll.
      lastReported = { paragraph: sentence.paragraph, indices: open.indices };
    } else if (open && sentence.paragraph - open.paragraph > 1) lastReported = null;

    // The date this sentence sets for the ones after it: the one its reports used, else its last main-clause date.
    const established = usedDate ?? mainDates[mainDates.length - 1];
    if (established) {
      const areas = made.filter((r) => r.dateEvidence?.start === established.index + sentence.start).map((r) => distinct.find((m) => m.id === r.mentionId)!);
      // A date set without a place, right after another, moves the same story on ("The following day, ..."): it keeps that story's places.
      const inherited: Placed[] = areas.length === 0 && context !== null && (sentence.paragraph - context.paragraph <= 1 || closeInTime(context.date, established)) ? context.areas : [];
      context = { date: shift(established, sentence.start), paragraph: sentence.paragraph, areas: areas.length ? areas : inherited };
      const lastDated = mainDates[mainDates.length - 1];
      if (lastDated && lastDated.precision === "day") lastDay = lastDated;
    }
  }
  // One event told in several sentences is one report with all of them as evidence.
  return mergeArticleReports(reports);
}

/**
 * A figure belongs to one event: when several places of a sentence would carry the same toll (the same words), only
 * the place nearest those words keeps it ("clashes in X and Y killed 30" is 30 once, at X, not 30 at each). A toll the
 * text splits ("2 in X and 3 in Y") is two figures and stays with each.
 */
export function oneTollPerFigure(made: Report[]): Report[] {
  const nearest = new Map<number, Report>();
  for (const r of made) {
    if (!r.fatalities) continue;
    const at = r.fatalities.span.start;
    const gap = (x: Report) => Math.abs(x.placeEvidence.start - at);
    const held = nearest.get(at);
    if (!held || gap(r) < gap(held)) nearest.set(at, r);
  }
  const sharers = new Map<Report, string[]>();
  for (const r of made) {
    const keeper = r.fatalities ? nearest.get(r.fatalities.span.start) : undefined;
    if (keeper && keeper !== r && r.place.name !== keeper.place.name) sharers.set(keeper, [...(sharers.get(keeper) ?? []), r.place.name]);
  }
  return made.map((r) => {
    if (r.fatalities && nearest.get(r.fatalities.span.start) !== r) return { ...r, fatalities: null };
    const others = sharers.get(r);
    return others && r.fatalities ? { ...r, fatalities: { ...r.fatalities, sharedWith: [...new Set(others)] } } : r;
  });
}

/** "BEIRUT (Dispatches) --": where the report was filed, not where anything happened. */
function isDateline(text: string, bodyStart: number, m: Mention): boolean {
  return (
    m.start >= bodyStart &&
    m.start - bodyStart < 40 &&
    /^\s*[A-Z][A-Z .'-]+(?:\([^)]*\))?\s*(?:--|—|–)/.test(text.slice(m.start, m.start + 60)) &&
    text.slice(bodyStart, m.start).trim() === ""
  );
}
