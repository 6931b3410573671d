/**
 * The roles place names play in an event frame. A sentence such as "Regime forces shelled Kafr X in the southern Idlib
 * countryside from their positions in Y, displacing families towards Z" names four places, and only one of them is
 * where the event happened (the locus): Idlib is the locus's container, Y the origin of the fire, Z a destination.
 * Rules are patterns of language over the words between and before the names, never names themselves.
 */

/** What a place name is to the event of its sentence. */
export type FrameRole = "locus" | "container" | "origin" | "destination";

/** The span of a name within its sentence. */
export interface NameSpan {
  start: number;
  end: number;
}

const FEATURE = String.raw`(?:village|villages|town|towns|city|area|camp|district|sub-?district|neighbou?rhood|quarter|region|axis|axes|front|frontline|fronts|road|highway|plain|outskirts|countryside|desert|badia|farms?|farmlands?|hills?|mountains?|valley|checkpoint|point|position|base|airbase|air base|airport|station|pumping station|dam|bridge|junction|silos|crossing|border crossing|governorate|province)`;
const DIRECTION = String.raw`(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|rural)`;
/**
 * The words between a name and its container: "X in Y", "X town in the southern Y countryside", "X, Y", "X (Y",
 * "X in the countryside of Y", "X village of the eastern Y", "X near Y".
 */
const CONTAINER_GAP = new RegExp(
  String.raw`^\s*(?:(?:'s)?\s*${FEATURE}\b\s*)?(?:,\s*|\(\s*|(?:,\s*)?(?:in|of|within|near|outside|close to|on the outskirts of|in the vicinity of)\s+(?:the\s+)?(?:(?:${DIRECTION}\s+)?${FEATURE}\s+(?:of|in)\s+(?:the\s+)?)?)(?:${DIRECTION}\s+)?(?:parts? of\s+(?:the\s+)?)?$`,
  "i",
);
/** "X (Jableh, Latakia)": a second name inside the parentheses after a first is that one's container too. */
const IN_PARENTHESES = /^\s*,\s*$/;

/** The words just before a name that make it where the fire or the attackers came from: "from positions in X". */
const ORIGIN_BEFORE = new RegExp(
  String.raw`\b(?:from|launched from|fired from|coming from)\s+(?:(?:their|its|the|regime|rebel|opposition|militia)\s+)*(?:(?:positions?|bases?|areas?|points?|posts?|direction|side|outskirts|vicinity|${FEATURE})\s+(?:in|of|at|near)\s+)?(?:the\s+)?(?:${DIRECTION}\s+)?$`,
  "i",
);
/** The words before a name that make it where people or things went: "fled towards X", "displacing families to X". */
const DESTINATION_BEFORE = /\b(?:fled|flee|fleeing|displac\w*|evacuat\w*|transferr?\w*|relocat\w*|deport\w*|heading|headed|returned|return|moved|sent|taken|escaped|smuggl\w*)\b[^.;:]{0,60}?\b(?:to|towards?|into|for)\s+(?:the\s+)?(?:(?:camps?|areas?|town|city|village)\s+(?:of|in)\s+)?$/i;

/** Whether `later` is named as the container of `earlier` by the words between them. */
export function namesContainer(sentence: string, earlier: NameSpan, later: NameSpan): boolean {
  const gap = sentence.slice(earlier.end, later.start);
  if (gap.length > 80 || /[.;:!?]|\b(?:and|or|but|while|after|before|as|when)\b/i.test(gap)) return false;
  if (CONTAINER_GAP.test(gap)) return true;
  // Inside one pair of parentheses: "(Jableh, Latakia)".
  const open = sentence.lastIndexOf("(", earlier.start);
  return open !== -1 && sentence.indexOf(")", open) >= later.end && IN_PARENTHESES.test(gap);
}

const ROAD_AFTER = /^\s+(?:international\s+)?(?:road|highway|motorway|axis|route|railway|corridor)\b/i;

/**
 * "on the Damascus-Homs highway": the name is the first end of a road named for two towns. The event happened
 * somewhere along the road, so the town only stands for it: its words ("the Damascus-Homs highway"), or null.
 */
export function roadNamedFrom(sentence: string, span: NameSpan): string | null {
  const m = /^[-–]\p{Lu}[\p{L}\p{M}'’]*(?:[\s-]\p{Lu}[\p{L}\p{M}'’]*){0,3}\s+(?:international\s+)?(?:road|highway|motorway|axis|route|railway|corridor)\b/u.exec(sentence.slice(span.end));
  return m ? `the ${sentence.slice(span.start, span.end)}${m[0]}` : null;
}

/** Each name's role in its sentence (offsets within `sentence`, names in text order). */
export function frameRoles(sentence: string, names: NameSpan[]): FrameRole[] {
  const roles: FrameRole[] = names.map(() => "locus");
  for (let i = 0; i < names.length; i++) {
    const before = sentence.slice(Math.max(0, names[i]!.start - 80), names[i]!.start);
    if (ORIGIN_BEFORE.test(before)) roles[i] = "origin";
    else if (DESTINATION_BEFORE.test(before)) roles[i] = "destination";
  }
  // A container of a locus is context: "X town in Y countryside", and Y's own container after it ("… in Y, Z").
  // The container of an origin or a destination stays with it: neither is where the event happened.
  for (let i = 0; i + 1 < names.length; i++) {
    // "on the X-Y road": the road joins two towns; the event is on it, placed by its first-named end, not at both.
    if (/^[-–]$/.test(sentence.slice(names[i]!.end, names[i + 1]!.start)) && ROAD_AFTER.test(sentence.slice(names[i + 1]!.end))) {
      roles[i + 1] = roles[i] === "locus" ? "container" : roles[i]!;
      continue;
    }
    if (!namesContainer(sentence, names[i]!, names[i + 1]!)) continue;
    roles[i + 1] = roles[i] === "locus" ? "container" : roles[i]!;
  }
  return roles;
}

const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:ish|ite|ian|ese)|Druze|Sunni|Shia|Arab|Christian|Yazidi|Assyrian|Turkmen|Circassian)$/u;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’]*|\d+)`;
const NAME_JOIN = String.raw`(?:\s+|\s*[-–]\s*)(?:(?:al|el|ad|as|ash|ar|at|az|an|ibn|bin|abu|bani|um|umm|deir|tal|tell|kafr|ain|ayn|jabal|jebel)[-\s]+)?`;
/**
 * A name the geoparser did not find, written as a place just before a container: "Alzaafaranah town in", "on the
 * Qubtan axis in the western", "Regiment 46 - Military Base in", "Bulad village,". Its words, or null.
 */
/** The feature words with a capital allowed ("Military Base"): the pattern is case-sensitive for the name's capitals. */
const FEATURE_ANY_CASE = FEATURE.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
const UNPLACED_BEFORE = new RegExp(
  String.raw`(${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,4})\s*(?:[-–]\s*)?(?:${FEATURE_ANY_CASE}s?)\s*(?:(?:in|of|near|outside|within)\s+(?:the\s+)?|,\s*)(?:${DIRECTION}\s+)?(?:(?:${FEATURE})\s+(?:of|in)\s+(?:the\s+)?)?(?:${DIRECTION}\s+)?$`,
  "u",
);

/** "near Talilah in Homs province", "in Tlul al Safa in the Rural Damascus desert": a name after a preposition, then its container. */
const UNPLACED_AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:in|near|at|on|around|outside|towards?|of)\s+(?:the\s+)?(${NAME_WORD}(?:${NAME_JOIN}${NAME_WORD}){0,4})\s*(?:in|,)\s+(?:the\s+)?(?:${DIRECTION}\s+)?(?:(?:${FEATURE})\s+(?:of|in)\s+(?:the\s+)?)?(?:${DIRECTION}\s+)?$`,
  "u",
);

/**
 * When the words before a name place a more precise place in it that no mention covers ("Alzaafaranah town in Homs
 * governorate"), the event happened there, not at the container: the unplaced name, or null.
 */
export function unplacedNameBefore(sentence: string, span: NameSpan, mentioned: NameSpan[]): string | null {
  const from = Math.max(0, span.start - 90);
  const m = UNPLACED_BEFORE.exec(sentence.slice(from, span.start)) ?? UNPLACED_AFTER_PREPOSITION.exec(sentence.slice(from, span.start));
  if (!m) return null;
  // "the Kurdish neighbourhood of", "an Alawite village in": a people's adjective, not a place's name.
  if (DEMONYM.test(m[1]!)) return null;
  const at = from + m.index;
  // A name the geoparser found covers those words: it is the locus, and frameRoles already made this one its container.
  if (mentioned.some((o) => o.start < at + m[1]!.length && o.end > at)) return null;
  return m[1]!;
}
