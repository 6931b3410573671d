import type { Fatalities, Span, Victims } from "./incident";

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
/**
 * Vague quantities, coded as the smallest number the word allows ("dozens" is
 * at least two dozen), so a figure is never inflated by the coding. They are
 * shown as written ("dozens"), never as the number.
 */
const VAGUE: Record<string, number> = {
  "tens of thousands": 20_000, "hundreds of thousands": 200_000,
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, tens: 20,
};

const UNIT = Object.keys(UNITS).join("|");
const TEN = Object.keys(TENS).join("|");
const WORD_NUMBER = String.raw`(?:(?:${TEN})(?:[- ](?:${UNIT}))?|${UNIT}|a dozen|dozen)(?:\s+(?:hundred|thousand|million))?`;
/** A written number, without a capturing group: "1,500", "973", "twenty-five", "a dozen", "hundreds". */
export const NUMBER_WORDS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|${WORD_NUMBER}|(?:tens|hundreds) of thousands|dozens|scores|hundreds|thousands|tens)`;
/** Not a head count: ages, distances, money, shares, durations. */
export const NOT_A_COUNT = String.raw`(?!-year|-day|\s*(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilomet|miles?|metres?|meters?|percent|per cent|%|billion|million\s+(?:dollars|euros)|\$|times\b|of\s+(?:them|those)\s+(?:were\s+)?(?:wounded|injured)))`;

/** How the text bounds the number it gives. */
type Bound = "exact" | "more-than" | "at-least" | "nearly" | "up-to" | "about";
const QUALIFIERS: Record<string, Bound> = {
  "more than": "more-than", over: "more-than", "upwards of": "more-than", "in excess of": "more-than",
  "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least", "a minimum of": "at-least",
  nearly: "nearly", almost: "nearly", "close to": "nearly", "just under": "nearly",
  "up to": "up-to", "as many as": "up-to", "at most": "up-to", "no more than": "up-to", "fewer than": "up-to", "less than": "up-to",
  around: "about", about: "about", approximately: "about", roughly: "about", some: "about", "an estimated": "about", estimated: "about", "an approximate": "about", circa: "about",
  "a total of": "exact",
};
/** The qualifiers, longest first, as a regex alternation (no group). */
export const QUALIFIER_WORDS = Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length).join("|");

/** Killing as done to someone: "stabbed to death", "tortured to death". */
const TO_DEATH = String.raw`(?:stabbed|beaten|tortured|burned|burnt|stoned|strangled|hacked|shot)\s+to\s+death`;
const KILLED = String.raw`(?:killed|dead|slaughtered|massacred|executed|murdered|assassinated|died|lost their lives|perished|shot dead|found dead|${TO_DEATH})`;
/** "succumbed to his wounds", "succumbed to the injuries he sustained": a death (not "succumbed to the siege"). */
const SUCCUMBED = String.raw`succumbed(?=\s+to\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,2}?(?:wounds|injuries))`;
/** Words between a passive's auxiliary and its participle: "were reportedly killed", "was shot and killed", "were all later killed". */
const PASSIVE_ADVERBS = String.raw`(?:(?:reportedly|reported|confirmed|also|all|later|subsequently|allegedly|then)\s+){0,2}(?:shot\s+and\s+)?`;
/** A word naming a side, so that "and" before it joins two sides of one group of dead: "19 regime and pro-regime militia fighters". */
const SIDE_WORD = String.raw`(?:pro-[\w-]+|anti-[\w-]+|non-[\w-]+|loyalist|allied|regime|government|opposition|rebel|islamist|jihadist)\b`;
/** "all 3 of them", "his two sons", "the three". */
const DETERMINER = String.raw`(?:all\s+(?:of\s+)?)?(?:(?:his|her|their|its|the|another)\s+)?`;
/**
 * The words naming the dead after the number, up to a preposition, a relative pronoun or a clause break ("three
 * Alawite farmers" in the village; "a member of the Northern Hawks Battalion" and a civilian; "a former rebel" who).
 */
const NOUN_PHRASE = String.raw`(?<np>[^.;:,"”]{0,80}?)(?=\s+(?:in|at|on|near|from|during|after|before|as|and(?!\s+${SIDE_WORD})|when|while|by|inside|across|ago|including|among|were|was|plus|along|together|alongside|who|whom|whose|which|that|with|has|have|had|are|will|would)\b|[.;:,"”()]|$)`;
const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";

/** A person named in the singular, so that "a/an" before it counts one: "a regime soldier", "an SDF member", "a 12-year-old boy". */
const PERSON = String.raw`(?:civilian|soldier|fighter|member|lieutenant|captain|colonel|sergeant|corporal|brigadier|emir|cadre|notable|lawyer|judge|agent|informant|collaborator|spy|herder|fisherman|militiaman|gunman|man|woman|child|boy|girl|teenager|teen|youth|person|policeman|officer|guard|commander|leader|rebel|militant|jihadist|insurgent|journalist|reporter|photographer|doctor|nurse|paramedic|medic|shepherd|farmer|resident|worker|driver|student|infant|baby|citizen|detainee|prisoner|conscript|recruit|serviceman|elder|imam|sheikh|mukhtar|employee|engineer|teacher|volunteer|mother|father|son|daughter|brother|sister|wife|husband|relative|individual|element|operative|official|trooper|defector|smuggler|trader|merchant|refugee|pilot|sniper|mayor|cleric|activist)`;
const FUNCTION_WORD = String.raw`(?:where|who|whom|which|that|and|or|but|of|in|on|at|the|a|an|with|by|to|from|for|into|were|was|is|are|had|has|have|been|near|after|before|during|while|as|his|her|their|its|number|total|group|few)`;
const MODIFIER = String.raw`(?!${FUNCTION_WORD}\b)(?![\d,]+(?:\s|$))[\w'’-]+`;
/**
 * "a"/"an"/"another", which count one when a person follows (ONE_PERSON, checked apart: as a lookahead in every
 * pattern it would cost V8 a tenth of a second to compile each).
 */
const ARTICLE = String.raw`(?:an?|another)`;
const ONE_PERSON = new RegExp(String.raw`^\s+(?:${MODIFIER}\s+){0,6}${PERSON}\b`, "i");
/**
 * Whether the number at `at` counts: an article only before a person ("a regime soldier", "a Syrian regime forces
 * member", "an IS leader", not "a car bomb"). "IS" the group is not the verb "is".
 */
function counts(sentence: string, at: number, numberText: string): boolean {
  if (!/^(?:an?|another)$/i.test(numberText)) return true;
  return ONE_PERSON.test(sentence.slice(at + numberText.length, at + numberText.length + 120).replace(/\bIS\b/g, "ISIS"));
}

/** Wounds and captures are not deaths: a number these words follow or govern is not a toll. */
const NOT_DEAD = /\b(?:wounded|wounding|injured|injuring|injuries|hurt|arrested|arresting|captured|capturing|abducted|kidnapped|detained|missing|displaced)\b/i;

/** The value of a written number: "1,500", "973", "two", "twenty-five", "three thousand", "hundreds". */
export function parseNumber(s: string): number | null {
  const lower = s.toLowerCase().trim();
  if (lower in VAGUE) return VAGUE[lower]!;
  if (/^[\d,]+$/.test(lower)) {
    const n = Number(lower.replace(/,/g, ""));
    return Number.isFinite(n) ? n : null;
  }
  let total = 0;
  let current = 0;
  for (const word of lower.replace(/^a\s+/, "").split(/[\s-]+/)) {
    if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (word === "dozen") current += 12;
    else if (word in SCALES) {
      current = (current || 1) * SCALES[word]!;
      if (SCALES[word]! >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
  }
  return total + current || null;
}

/** A number as written, or "a"/"an"/"another" before a person (one). */
function readNumber(s: string): number | null {
  return /^(?:an?|another)$/i.test(s.trim()) ? 1 : parseNumber(s);
}

/** A figure as the text bounds it. Flags are present only when set, so an exact figure is just low/best/high. */
export interface Claim {
  low: number;
  best: number;
  high: number | null;
  /** An estimate: "around 20", "some 20", "an estimated 20", "nearly 50", "dozens". */
  approximate?: true;
  /** "More than 300": the number written is not itself claimed (shown ">300"); "at least 35" leaves it unset ("≥35"). */
  moreThan?: true;
  /** A word of quantity, not a number ("dozens", "hundreds"): low is the least it allows, shown as the word. */
  vague?: string;
}

/**
 * The figure a qualifier makes of a number. "More than N" and "at least N" are
 * both coded N with an open upper bound (the written number is the floor an
 * analyst quotes; `moreThan` keeps which it was). "Nearly N" is an estimate
 * just under N: best and high N, low 90% of N. "Up to N" is 0 to N. "About N"
 * is N, marked approximate. Vague words have no upper bound.
 */
export function claim(qualifier: string | undefined, n: number, numberText: string): Claim {
  const vague = numberText.toLowerCase().trim();
  if (vague in VAGUE) return { low: n, best: n, high: null, approximate: true, vague };
  switch (QUALIFIERS[(qualifier ?? "").toLowerCase().replace(/\s+/g, " ")] ?? "exact") {
    case "more-than":
      return { low: n, best: n, high: null, moreThan: true };
    case "at-least":
      return { low: n, best: n, high: null };
    case "nearly":
      return { low: Math.round(n * 0.9), best: n, high: n, approximate: true };
    case "up-to":
      return { low: 0, best: n, high: n };
    case "about":
      return { low: n, best: n, high: n, approximate: true };
    default:
      return { low: n, best: n, high: n };
  }
}

/** The figures of one event added up: "2 soldiers and 1 militiaman" is 3. */
function sumClaims(claims: Claim[]): Claim {
  if (claims.length === 1) return claims[0]!;
  const high = claims.every((c) => c.high !== null) ? claims.reduce((s, c) => s + c.high!, 0) : null;
  return {
    low: claims.reduce((s, c) => s + c.low, 0),
    best: claims.reduce((s, c) => s + c.best, 0),
    high,
    ...(claims.some((c) => c.approximate) ? { approximate: true as const } : {}),
    ...(high === null && claims.some((c) => c.moreThan) ? { moreThan: true as const } : {}),
  };
}

// --- Who the dead were -------------------------------------------------------------------------

const CIVILIAN = /\b(?:civilians?|children|child|kids?|boys?|girls?|women|woman|infants?|bab(?:y|ies)|toddlers?|teenagers?|farmers?|shepherds?|workers?|residents?|villagers?|families|family|patients|students?|pupils?|worshippers|journalists?|reporters?|photographers?|doctors?|nurses?|paramedics?|medics?|teachers?|volunteers?|refugees?|displaced|elderly|men from the village|people)\b/;
/** Heads that name state forces whatever group they belong to. */
const STATE_HEAD = /\b(?:soldiers?|troops?|troopers?|army|police(?:m[ae]n)?|officers?|guards?|servicem[ae]n|conscripts?|gendarmes?|military personnel|security personnel|security forces|security services|defen[cs]e ministry|ministry of defen[cs]e|interior ministry|ministry of (?:the )?interior|general security|public security|saa)\b/;
/** Heads that name non-state armed men whatever group they belong to. */
const NONSTATE_HEAD = /\b(?:fighters?|militants?|insurgents?|rebels?|jihadists?|gunm[ae]n|militiam[ae]n|militias?|combatants?|mercenar(?:y|ies)|extremists?|terrorists?|armed m[ae]n)\b/;
/** Heads that take their side from the group named with them: "SDF members", "members of the regime forces", "ISIS elements". */
const NEUTRAL_HEAD = /\b(?:members?|elements?|lieutenants?|captains?|colonels?|sergeants?|corporals?|brigadiers?|personnel|forces|cadres?|operatives?|commanders?|leaders?|recruits?|affiliates?|loyalists?|agents?|units?|ranks)\b/;
const STATE_GROUP = /\b(?:regime|government|army|military|security|police|defen[cs]e|interior|saa|assad|state|(?:turkish|russian|israeli|iraqi|iranian|jordanian|lebanese|american|us|u\.s\.|coalition)\s+(?:army|military|forces|troops|soldiers))\b/;
/** Non-state groups, including those whose names hold a state word ("Free Syrian Army"): removed before state words are looked for. */
const NONSTATE_GROUP = /\b(?:sdf|qsd|ypg|ypj|pkk|asayish|isis|isil|daesh|islamic state|hts|hay['’]?at tahrir al-sham|tahrir al-sham|nusra|al-qaeda|al-qaida|fsa|free syrian army|sna|syrian national army|national army|opposition|rebel|tribal|tribes?|clans?|militia|ndf|national defen[cs]e forces|hezbollah|hizbollah|hizballah|wagner|cells?|factions?|armed groups?|brigades?|jaish al-[\w-]+|ahrar al-sham|faylaq al-[\w-]+|army of islam|kurdish forces)\b/g;
/** Militias on the state's side are still non-state armed groups: "a pro-regime militiaman", "government-backed fighters". */
const PRO_STATE = /\b(?:pro-?(?:regime|government|assad|damascus|iranian|turkish)|(?:regime|government|iran(?:ian)?|russia(?:n)?|turk(?:ey|ish))-(?:backed|affiliated|aligned|allied))\b/;

/**
 * Who the dead were, from the words naming them: "Alawite civilians", "members
 * of the General Security" (security forces: the state's army, police and
 * security services), "SDF members", "a pro-regime militiaman", "gunmen"
 * (fighters: non-state armed groups, militias on the state's side included).
 */
export function victimsOf(phrase: string): Victims {
  // An appositive list after a comma details the group named first: "Four civilians, two construction workers, and two school guards".
  const original = phrase.split(",")[0]!;
  const p = original.toLowerCase();
  const proState = PRO_STATE.test(p);
  const nonStateGroup = new RegExp(NONSTATE_GROUP.source).test(p) || /\bIS\b/.test(original);
  const stateWords = p.replace(NONSTATE_GROUP, " ").replace(PRO_STATE, " ");
  const former = /\bformer\s+(?:officers?|soldiers?|regime|army|members)\b/.test(p);
  const neutral = NEUTRAL_HEAD.test(p);
  const civilians = CIVILIAN.test(p) && !/\bpeople\b/.test(p);
  const security = !former && (STATE_HEAD.test(stateWords) || (neutral && STATE_GROUP.test(stateWords)));
  const fighters = NONSTATE_HEAD.test(p) || ((neutral || proState) && (nonStateGroup || proState));
  const kinds = [civilians ? "civilians" : null, security ? "security-forces" : null, fighters ? "fighters" : null].filter(Boolean);
  if (kinds.length > 1) return "mixed";
  if (kinds.length === 1) return kinds[0] as Victims;
  return "unknown";
}

function mixedOf(parts: string[]): Victims {
  const kinds = [...new Set(parts.map(victimsOf).filter((v) => v !== "unknown"))];
  if (kinds.length === 0) return "unknown";
  return kinds.length === 1 ? kinds[0]! : "mixed";
}

// --- Where a number is not a count ---------------------------------------------------------------

function isDate(sentence: string, numberAt: number, numberText: string): boolean {
  // "12/03/2023", "12.03.2023": a written date.
  if (/^[\d,]+$/.test(numberText) && (/^[/.]\d/.test(sentence.slice(numberAt + numberText.length)) || /\d[/.]$/.test(sentence.slice(0, numberAt)))) return true;
  // "On March 4, ..." or "6 March" is a date, not a count; so is a year.
  if (/^\d{4}$/.test(numberText) && Number(numberText) >= 1900 && Number(numberText) <= 2100) return true;
  if (new RegExp(`(${MONTH_NAMES})\\s*$`, "i").test(sentence.slice(Math.max(0, numberAt - 12), numberAt))) return true;
  return new RegExp(`^\\s*(${MONTH_NAMES})\\b`, "i").test(sentence.slice(numberAt + numberText.length, numberAt + numberText.length + 12));
}

function span(sentence: string, start: number, end: number): Span {
  return { start, end, text: sentence.slice(start, end) };
}

// --- Period and cumulative figures ---------------------------------------------------------------

/**
 * Words that make a figure a count over a period or a whole war rather than the
 * toll of one incident: "since the beginning of the year", "since 2011", "this
 * month", "so far this year", "over the past week", "the death toll of the
 * war", "the war has killed", "bringing the total to".
 */
const PERIOD = new RegExp(
  [
    String.raw`\bsince\s+(?:the\s+)?(?:very\s+)?(?:beginning|start|outbreak|onset|eruption)\s+of\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:year|month|week|war|conflict|revolution|uprising|crisis|fighting|(?:${MONTH_NAMES})(?:\s+\d{4})?|\d{4})\b`,
    String.raw`\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:${MONTH_NAMES})\s+)?(?:19|20)\d{2}\b`,
    String.raw`\bsince\s+(?:then|last\s+(?:year|month)|the\s+(?:fall|collapse|ousting|overthrow)\s+of\s+[\w\s'’-]{1,30}?(?=[,.;]|\s+(?:at|in|and)\b|$))`,
    String.raw`\bso\s+far\s+(?:this|in)\s+(?:year|month|\d{4})\b`,
    String.raw`\b(?:this|the\s+current)\s+(?:year|month)\b`,
    String.raw`\b(?:over|in|during|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:(?:few|several|two|three|four|five|six|\d+)\s+)?(?:days|weeks?|months?|years?|decades?)\b`,
    String.raw`\b(?:over|in|during|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours\b`,
    String.raw`\b(?:between|from)\s+(?:19|20)\d{2}\s+(?:and|to|until)\s+(?:19|20)\d{2}\b`,
    String.raw`\b(?:death\s+)?toll\s+(?:of|from|in)\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?(?:war|conflict|revolution|uprising|crisis)\b`,
    String.raw`\b(?:war|conflict|revolution|uprising|crisis)(?:'s|’s)\s+(?:overall\s+|total\s+)?(?:death\s+)?toll\b`,
    String.raw`\b(?:war|conflict|revolution|uprising|crisis)\s+(?:has|had|which\s+has|that\s+has)\s+(?:\w+\s+)?(?:killed|claimed)\b`,
    String.raw`\b(?:bringing|raising|taking|pushing|brings|raises|brought|raised|took)\s+(?:the\s+)?(?:overall\s+|total\s+|cumulative\s+)?(?:death\s+toll|toll|total|tally|number|count)\b(?!\s+(?:from|of|in)\s+(?:the\s+|this\s+|that\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:attack|bombing|blast|explosion|strike|air\s*strike|shelling|massacre|ambush|clash(?:es)?|raid|incident|assault|collapse|fire)\b)`,
    String.raw`\b(?:cumulative|monthly|annual|yearly)\s+(?:death\s+)?(?:toll|total|tally|figures?|count)\b`,
  ].join("|"),
  "gi",
);
/** A clause boundary a period phrase does not reach across. */
const CLAUSE_BREAK = /;|\s[—–]\s|,\s+(?=(?:and|but|while|whereas|bringing|raising|taking|pushing|which|making|the\s+(?:highest|deadliest|worst|bloodiest|largest|biggest|heaviest))\b)/gi;
/** "The deadliest attack since 2011" dates a comparison, not a count. */
const SUPERLATIVE = /\b(?:highest|deadliest|worst|bloodiest|largest|biggest|heaviest|greatest|first|most\s+\w+|single)\b[^,;]{0,60}$/i;
const RELATIVE = /\b(?:which|who|whom|whose|where|that)\b/i;

/**
 * The words that make the figure at `figure` (offsets within the sentence) a
 * period or cumulative statistic ("since 2011", "so far this year", "the death
 * toll of the war"), or null when the figure is an incident's toll. Only a
 * period phrase in the figure's own clause counts, and not one a relative
 * clause owns ("the town, which has been besieged since 2012, ...") or a
 * superlative dates ("the deadliest attack since 2011").
 */
export function periodOf(sentence: string, figure: { start: number; end: number }): Span | null {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= figure.start) from = m.index + m[0].length;
    else if (m.index >= figure.end) {
      to = m.index;
      break;
    }
  }
  const clause = sentence.slice(from, to);
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(clause); m; m = PERIOD.exec(clause)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (SUPERLATIVE.test(sentence.slice(from, start))) continue;
    if (start >= figure.end && RELATIVE.test(sentence.slice(figure.end, start))) continue;
    if (end <= figure.start && RELATIVE.test(sentence.slice(end, figure.start))) continue;
    // "The town, which has been besieged since 2012, saw 5 killed": the period belongs to the relative clause.
    if (end <= figure.start && RELATIVE.test(sentence.slice(from, start)) && sentence.slice(end, figure.start).includes(",")) continue;
    return span(sentence, start, end);
  }
  return null;
}

/** Whether the figure at `figure` (offsets within the sentence) counts a period or a whole war, not one incident. */
export function isPeriodStatistic(sentence: string, figure: { start: number; end: number }): boolean {
  return periodOf(sentence, figure) !== null;
}

// --- Reading the claims ------------------------------------------------------------------------

/** A figure the sentence gives, with what it counts and the words it rests on (offsets within the sentence). */
export interface FigureClaim extends Claim {
  victims: Victims;
  /** "killed": a verb says they were killed; "deaths": a noun counts them ("15 dead", "4 fatalities", "the death toll"). */
  what: "killed" | "deaths";
  span: Span;
}

const Q = String.raw`(?:(?<q>${QUALIFIER_WORDS})\s+)?`;
const Q_NC = String.raw`(?:(?:${QUALIFIER_WORDS})\s+)?`;
const N = String.raw`(?<n>${NUMBER_WORDS}|${ARTICLE})`;
const N_NC = String.raw`(?:${NUMBER_WORDS}|${ARTICLE})`;
/** Between the items of a list of dead: "2 soldiers, 3 policemen and a civilian". */
const SEP = String.raw`(?:\s*,?\s+(?:along with|together with|in addition to|alongside|as well as)\s+|\s*,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)`;
/** After a passive toll, the words that add more dead to it: "were killed along with 12 fighters" (not a bare "and": "and 5 wounded"). */
const ALSO_KILLED = new RegExp(String.raw`\s*,?\s+(?:along with|together with|in addition to|alongside|as well as)\s+${Q}${N}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "iyd");
/** After a passive toll, a second passive toll of the same event: "27 soldiers were killed, while at least 22 militants were killed". */
const ALSO_PASSIVE = new RegExp(String.raw`(?:\s+(?:in|during|at|on|near|by)\s+[^,.;:!?]{1,40}?)?\s*,?\s+(?:while|whilst|and)\s+${Q}${N}${NOT_A_COUNT}\b(?<np>[^.;:!?,]{0,60}?)\s+(?:were|was|had been|have been)\s+${PASSIVE_ADVERBS}${KILLED}\b`, "iyd");
const ITEM_START = new RegExp(String.raw`(?:^|${SEP})(?<q>(?:${QUALIFIER_WORDS})\s+)?(?<n>${NUMBER_WORDS}|${ARTICLE})${NOT_A_COUNT}\b`, "gid");
/** The next item of a list after an active verb's first one ("killing 2 soldiers and 1 militiaman"). */
const NEXT_ITEM = new RegExp(String.raw`${SEP}${Q}${N}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "iyd");
/** After an item, words that make it a count of wounded or captured, not dead ("and 5 others were wounded"). */
const ITEM_NOT_DEAD = /^\s*(?:others?\s+|more\s+)?(?:(?:were|was|have been|had been|are|got)\s+)?(?:also\s+|reportedly\s+|seriously\s+|critically\s+|lightly\s+)?(?:wounded|injured|hurt|arrested|captured|abducted|kidnapped|detained|missing)\b/i;
/** An item that only says where the dead were from ("1 Syrian and 3 non-Syrian", "2 Afghan"): a detail of the item before. */
const NATIONALITY = /^\s*(?:non-)?[A-Z][a-z]+(?:ian|an|i|ese|ish|ic)\s*$/;
/** Collective words an appositive list details ("4 civilians, 2 workers and 2 guards" is 4). */
const COLLECTIVE = /^\s*(?:[\w'’-]+\s+)?(?:civilians|people|persons|individuals|victims|dead)\b/i;

type Item = { qualifier: string | undefined; numberText: string; phrase: string; at: number };

function itemClaim(item: Item): Claim | null {
  const n = readNumber(item.numberText);
  return n === null ? null : claim(item.qualifier, n, item.numberText);
}

/** The claim of a list of dead, items added up unless the later items only detail the first. */
function listClaim(items: Item[]): { claim: Claim; victims: Victims } | null {
  const claims = items.map(itemClaim);
  if (claims.some((c) => c === null)) return null;
  const cs = claims as Claim[];
  const detail = COLLECTIVE.test(items[0]!.phrase) || items.slice(1).every((i) => NATIONALITY.test(i.phrase));
  if (cs.length > 1 && detail && cs.slice(1).reduce((s, c) => s + c.best, 0) === cs[0]!.best)
    return { claim: cs[0]!, victims: victimsOf(items[0]!.phrase) };
  return { claim: sumClaims(cs), victims: cs.length > 1 ? mixedOf(items.map((i) => i.phrase)) : victimsOf(items[0]!.phrase) };
}

/** An item's words must not make it a count of wounded: "5 wounded", "three of them injured". */
const itemIsDead = (item: Item, after: string) => !NOT_DEAD.test(item.phrase) && !ITEM_NOT_DEAD.test(after);

/** Continues a list of dead from `at` ("… and 1 pro-regime militiaman"), stopping at anything that is not another count of dead. */
function continueList(sentence: string, at: number, items: Item[]): number {
  let end = at;
  for (;;) {
    // "two children aged 5 and 7": ages, not more dead.
    if (/\b(?:aged?|ages)\b|\d\s*$/i.test(items.at(-1)!.phrase)) return end;
    NEXT_ITEM.lastIndex = end;
    const m = NEXT_ITEM.exec(sentence);
    if (!m?.groups?.n) return end;
    const g = m.groups;
    const item: Item = { qualifier: g.q, numberText: g.n!, phrase: g.np ?? "", at: m.indices!.groups!.n![0] };
    if (isDate(sentence, item.at, item.numberText) || !counts(sentence, item.at, item.numberText) || !itemIsDead(item, sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))) return end;
    items.push(item);
    end = m.index + m[0].trimEnd().length;
  }
}

/** "were killed along with 12 fighters and 2 civilians": the dead a passive toll goes on to add. */
function continueAlso(sentence: string, at: number, items: Item[]): number {
  for (const [re, list] of [[ALSO_KILLED, true], [ALSO_PASSIVE, false]] as const) {
    re.lastIndex = at;
    const m = re.exec(sentence);
    if (!m?.groups?.n) continue;
    const item: Item = { qualifier: m.groups.q, numberText: m.groups.n, phrase: m.groups.np ?? "", at: m.indices!.groups!.n![0] };
    const end = m.index + m[0].trimEnd().length;
    if (isDate(sentence, item.at, item.numberText) || !counts(sentence, item.at, item.numberText) || !itemIsDead(item, list ? sentence.slice(end, end + 40) : "")) continue;
    if (!list && (LATER_NUMBER.test(item.phrase) || NOT_DEAD.test(item.phrase))) continue;
    items.push(item);
    return list ? continueList(sentence, end, items) : end;
  }
  return at;
}

const RANGE_PATTERNS = [
  // "the death toll was estimated between 600 and 2,000"
  new RegExp(String.raw`\b(?:(?:death toll|dead|killed|deaths)[^.]{0,40}?|killing\s+)between\s+(?<a>${NUMBER_WORDS})\s+(?:and|to)\s+(?<b>${NUMBER_WORDS})`, "gi"),
  // "between 5 and 10 people were killed", "600 to 2,000 deaths"
  new RegExp(String.raw`\b(?:between\s+(?<a>${NUMBER_WORDS})\s+(?:and|to)|(?<a2>\d[\d,]*)\s*(?:-|–|to)\s*)\s*(?<b>${NUMBER_WORDS})${NOT_A_COUNT}\b(?<np>[^.;:!?]{0,60}?)\s*\b(?:(?:were|have been|had been|was)\s+)?${PASSIVE_ADVERBS}(?:${KILLED}|deaths|fatalities)\b`, "gi"),
];

/**
 * Patterns of one number of dead, in order of trust; `list` ones may go on to further items ("and 1 militiaman"),
 * `also` ones to dead a passive adds ("were killed along with 12 fighters"); `anyOne`: "a"/"an" is one whatever
 * follows it (a body is a person's).
 */
const PATTERNS: Array<{ re: RegExp; what: "killed" | "deaths"; list?: boolean; also?: boolean; zeroOk?: boolean; anyOne?: boolean }> = [
  // "more than 300 people were killed", "two members of the ministry were killed", "a regime soldier was shot dead",
  // "a member succumbed to his wounds", "5 fighters lost their lives"
  { re: new RegExp(String.raw`\b${Q}${N}${NOT_A_COUNT}\b(?<np>[^.;:!?]{0,80}?)\b(?:(?:were|was|have been|has been|had been|are|being|got)\s+${PASSIVE_ADVERBS}${KILLED}|(?:have\s+|has\s+|had\s+)?(?:reportedly\s+|also\s+|later\s+|subsequently\s+)?(?:died|perished|lost their lives|${SUCCUMBED}))`, "gid"), what: "killed", also: true },
  // "3 militants killed in the clashes", "with at least 17 regime soldiers killed", "2 fighters reported killed" (a participle
  // without its auxiliary; never an active verb with its object: "3 gunmen killed a soldier")
  { re: new RegExp(String.raw`\b${Q}${N}${NOT_A_COUNT}\b(?<np>(?:\s+(?!(?:were|was|is|are|had|has|have|been|being|who|which|that|and|or|but|to|by|with|in|on|at|after|before|during|while|as|when|killed|dead|reportedly|reported|confirmed)\b)[\w'’-]+){1,6}?)\s+(?:(?:reportedly|reported|confirmed|allegedly)\s+)?(?:killed|dead)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|near|by|during|when|while|after|as|and|from|following|amid|inside|outside|across|over|among|including|since)\b)`, "gid"), what: "killed", also: true },
  // "leaving 13 of them dead"
  { re: new RegExp(String.raw`\b(?:leaving|left)\s+${DETERMINER}${Q}${N}${NOT_A_COUNT}\b(?<np>[^.;:]{0,30}?)\s+(?:dead|killed)\b`, "gid"), what: "deaths" },
  // "killing 15", "killing his two adult sons", "killing 2 regime soldiers and 1 pro-regime militiaman", "killing a civilian", "killing all 3 of them"
  { re: new RegExp(String.raw`\bkilling\s+${DETERMINER}${Q}${N}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "gid"), what: "killed", list: true },
  // "gunmen killed 12 civilians", "shot and killed a regime soldier", "murdered three thousand of its own people", "assassinated a commander"
  { re: new RegExp(String.raw`\b(?:killed|massacred|executed|executing|slaughtered|murdered|assassinated|assassinating|shot dead|claimed the lives of|claiming the lives of)\s+${DETERMINER}${Q}${N}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "gid"), what: "killed", list: true },
  // "stabbed a shepherd to death", "shot two men dead"
  { re: new RegExp(String.raw`\b(?:stabbed|beat|beaten|tortured|burned|burnt|stoned|strangled|hacked|shot)\s+${DETERMINER}${Q}${N}${NOT_A_COUNT}\b(?<np>[^.;:,]{0,60}?)\s+(?:to\s+death|dead)\b`, "gid"), what: "killed" },
  // "massacre of more than 1,500 Alawites", "death toll of 300", "the killing of two soldiers", "resulting in the death of a child"
  { re: new RegExp(String.raw`\b(?:massacre|slaughter|killing|killings|death toll|death|deaths|execution|executions|murder|(?<!(?:attempted|failed|foiled|thwarted)\s)assassination)\s+of\s+${Q}${N}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "gid"), what: "killed", list: true },
  // "the bodies of 4 soldiers were found"
  { re: new RegExp(String.raw`\bbod(?:y|ies)\s+of\s+${Q}${N}${NOT_A_COUNT}\b(?<np>[^.;:]{0,80}?)\s+(?:was|were|had been|have been|has been)\s+(?:(?:later|reportedly|also|then)\s+)?(?:found|recovered|discovered|retrieved)\b`, "gid"), what: "deaths" },
  // "residents found the body of a shepherd"
  { re: new RegExp(String.raw`\b(?:found|recovered|discovered|retrieved)\s+(?:the\s+)?bod(?:y|ies)\s+of\s+${Q}${N}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "gid"), what: "deaths" },
  // "a regime officer's body was found", "4 bodies were recovered"
  { re: new RegExp(String.raw`\b${Q}${N}${NOT_A_COUNT}\b(?<np>(?:\s+(?:IS\b|${MODIFIER})){0,6}?)\s+bod(?:y|ies)\s+(?:(?:was|were|had been|have been|has been)\s+(?:(?:later|reportedly|also|then)\s+)?)?(?:found|recovered|discovered|retrieved)\b`, "gid"), what: "deaths", anyOne: true },
  // "dozens of deaths", "15 dead", "at least 40 killed", "1 fatality", "resulting in 4 fatalities", "3 civilian deaths"
  { re: new RegExp(String.raw`\b${Q}${N}${NOT_A_COUNT}\s+(?<np>(?:(?:people|persons|civilians?|fighters|soldiers|more|other|additional|military|civilian|confirmed|reported|total)\s+)?)(?:of\s+)?(?:${KILLED}|deaths|fatalit(?:y|ies))\b`, "gid"), what: "deaths", zeroOk: true },
  // "the death toll rose to 15", "the death toll from the massacre has reached 40"
  { re: new RegExp(String.raw`\bdeath toll\s+(?:(?:from|of|in)\s+[^,.;:]{1,50}?\s+)?(?:has\s+|had\s+)?(?:now\s+)?(?:rose|risen|climbed|reached|jumped|increased|stands at|stood at|was|is|hit|exceeded)\s+(?:to\s+)?${Q}${N}${NOT_A_COUNT}\b`, "gid"), what: "deaths" },
  // "bringing the death toll from Monday's bombing to 12" (a running total without an incident is a statistic: see findStatistics)
  { re: new RegExp(String.raw`\b(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:death\s+)?toll\s+(?:from|of|in)\s+[^,.;:]{1,50}?\s+to\s+${Q}${N}${NOT_A_COUNT}\b`, "gid"), what: "deaths" },
  // "Fatalities: 3"
  { re: new RegExp(String.raw`\bfatalit(?:y|ies)\s*[:=]\s*${Q}${N}\b`, "gid"), what: "deaths", zeroOk: true },
  // "Total fatalities coded to 10", "fatalities were reported at 5", "Total fatalities was coded 2"
  { re: new RegExp(String.raw`\bfatalities\s+(?:(?:were|was|have been|has been)\s+)?(?:coded|reported|recorded|estimated|put|set|counted|revised)\s+(?:up\s+|down\s+)?(?:(?:to|at|as)\s+)?${Q}${N}\b`, "gid"), what: "deaths", zeroOk: true },
  // "Total fatalities 9.", "the total number of fatalities is 4"
  { re: new RegExp(String.raw`\btotal\s+(?:number\s+of\s+)?fatalities\s+(?:(?:is|was|were|are|stands at|stood at|reached)\s+)?${Q}${N}${NOT_A_COUNT}\b`, "gid"), what: "deaths", zeroOk: true },
];

/** The verb a list of dead goes before: "were killed", "were reportedly shot and killed", "reported killed". */
const LIST_VERB = String.raw`(?:(?:were|have been|had been|are)\s+${PASSIVE_ADVERBS}${KILLED}|(?:reported|confirmed)\s+(?:killed|dead)|(?:(?:have|had)\s+)?(?:later\s+|subsequently\s+)?(?:died|perished|${SUCCUMBED}|lost their lives))`;
const LIST_VERB_AT_END = new RegExp(String.raw`\s*\b${LIST_VERB}$`, "i");
/** A list of dead before a passive verb: "3 fighters and 2 civilians were killed", "two soldiers, a policeman and three civilians were killed". */
const PASSIVE_LIST = new RegExp(
  String.raw`\b${Q_NC}${N_NC}${NOT_A_COUNT}\b[^,.;:!?]{0,60}?(?:${SEP}${Q_NC}${N_NC}${NOT_A_COUNT}\b[^,.;:!?]{0,60}?)+\s*,?\s*\b${LIST_VERB}`,
  "gi",
);

/**
 * An explicit statement that nobody died: "Neither injuries nor fatalities were
 * reported", "no fatalities", "no casualties", "no one was killed". A hedge
 * ("no immediate reports of casualties") is not one: the toll is then unknown.
 */
const ZERO_PATTERNS = [
  /\bneither\s+(?:injuries|casualties|deaths|fatalities)\s+nor\s+(?:injuries|casualties|deaths|fatalities)\b/gi,
  /\bno\s+(?:(?<adj>civilian|military|human|reported|confirmed|known|further|other)\s+)?(?:fatalities|casualties|deaths|loss(?:es)? of (?:human )?life)\b/gi,
  /\bno\s+(?:injuries|injured)\s+(?:or|and|nor)\s+(?:fatalities|deaths|casualties)\b/gi,
  /\bno\s+reports?\s+of\s+(?:any\s+)?(?:casualties|fatalities|deaths)\b/gi,
  /\b(?:no\s*-?\s*one|nobody|none)\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+(?:reportedly\s+)?(?:killed|hurt|injured|harmed|wounded)|died)\b/gi,
  /\bno\s+(?<adj>civilians?|soldiers?|fighters?|people|lives)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:reportedly\s+)?(?:killed|lost|hurt|injured|harmed)\b/gi,
  /\bwithout\s+(?:causing\s+|leaving\s+|resulting\s+in\s+)?(?:any\s+)?(?:casualties|fatalities|deaths)\b/gi,
  /\b(?:did\s+not|didn['’]t)\s+(?:cause|result\s+in|lead\s+to|leave)\s+(?:any\s+)?(?:casualties|fatalities|deaths)\b/gi,
  /\bfatalit(?:y|ies)\s*[:=]\s*(?:none|zero|nil)\b/gi,
];
const HEDGE = /\bimmediate(?:ly)?\b/i;
const GOVERNED_BY_INJURY = /\b(?:wounding|injuring|wounded|injured|hurting|arresting|capturing|abducting|kidnapping|detaining)\s+(?:(?:at least|more than|about|some|around|nearly|another|other|a further)\s+)?$/i;
/** A detail set off by commas between a number and its verb: "6 civilians, including 4 children, were killed". */
const DETAIL = /,\s*(?:including|among them|among whom|of whom|of which)\b[^,]*,?/gi;
/** A number later in the words between a number and its verb, after a clause break: the verb is that number's. */
const LATER_NUMBER = new RegExp(String.raw`(?:,|\b(?:and|were|was|after|before|while|when|as)\b)[^]*?\b(?:\d|${UNIT}|${TEN})`, "i");

/** The ranges of dead a range pattern finds, in the sentence's order. */
function* rangeClaims(sentence: string, re: RegExp): Generator<FigureClaim> {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    re.lastIndex = m.index + 1;
    const g = m.groups!;
    const aText = g.a ?? g.a2!;
    const a = parseNumber(aText);
    const b = parseNumber(g.b!);
    const aAt = m.index + m[0].indexOf(aText);
    if (a === null || b === null || a >= b || isDate(sentence, aAt, aText) || isDate(sentence, m.index + m[0].lastIndexOf(g.b!), g.b!)) continue;
    // "killed 1 soldier and wounded between 2 and 3 others": the range is of wounded.
    if (NOT_DEAD.test(sentence.slice(m.index, aAt))) continue;
    const victims = victimsOf(g.np ?? sentence.slice(m.index + m[0].length, m.index + m[0].length + 60));
    yield { low: a, best: a, high: b, victims, what: /\b(?:killed|executed|murdered|slaughtered|massacred)\b/i.test(m[0]) ? "killed" : "deaths", span: span(sentence, m.index, m.index + m[0].length) };
  }
}

/** Lists of dead before a passive verb, in the sentence's order. */
function* passiveListClaims(sentence: string): Generator<FigureClaim> {
  PASSIVE_LIST.lastIndex = 0;
  for (let m = PASSIVE_LIST.exec(sentence); m; m = PASSIVE_LIST.exec(sentence)) {
    PASSIVE_LIST.lastIndex = m.index + 1;
    const text = m[0];
    const verbAt = text.search(LIST_VERB_AT_END);
    const starts = [...text.slice(0, verbAt).matchAll(ITEM_START)];
    if (starts.length < 2) continue;
    const items: Item[] = starts.map((s, k) => {
      const phraseStart = s.index + s[0].length;
      const phraseEnd = k + 1 < starts.length ? starts[k + 1]!.index : verbAt;
      return { qualifier: s.groups!.q?.trim(), numberText: s.groups!.n!, phrase: text.slice(phraseStart, phraseEnd), at: m!.index + s.indices!.groups!.n![0] };
    });
    if (items.some((i) => NOT_DEAD.test(i.phrase) || /\b(?:were|was)\b/i.test(i.phrase) || isDate(sentence, i.at, i.numberText) || !counts(sentence, i.at, i.numberText))) continue;
    const list = listClaim(items);
    if (!list) continue;
    yield { ...list.claim, victims: list.victims, what: "killed", span: span(sentence, m.index, m.index + text.length) };
  }
}

/** The numbers of dead one of PATTERNS finds, in the sentence's order. */
function* patternClaims(sentence: string, { re, what, list, also, zeroOk, anyOne }: (typeof PATTERNS)[number]): Generator<FigureClaim> {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    re.lastIndex = m.index + 1;
    const g = m.groups ?? {};
    const numberText = g.n;
    if (!numberText) continue;
    const qualifier = g.q;
    const n = readNumber(numberText);
    const numberAt = m.indices!.groups!.n![0];
    if (n === null || (n === 0 && !zeroOk) || isDate(sentence, numberAt, numberText) || (!anyOne && !counts(sentence, numberAt, numberText))) continue;
    // "No one was killed", "not one": a negated number is no count.
    if (/\b(?:no|not)[\s-]*$/i.test(sentence.slice(Math.max(0, numberAt - 5), numberAt))) continue;
    const phrase = g.np ?? "";
    // "injuring 12 others": a count an injury verb governs.
    if (GOVERNED_BY_INJURY.test(sentence.slice(Math.max(0, numberAt - 40), numberAt))) continue;
    // "2 soldiers were wounded and 3 were killed", "12 others, a week after 40 were killed": the verb belongs to the later number.
    if (what === "killed" && !list && (NOT_DEAD.test(phrase) || LATER_NUMBER.test(phrase.replace(DETAIL, " ")))) continue;
    const items: Item[] = [{ qualifier, numberText, phrase, at: numberAt }];
    // The whole claim is the evidence: "killing his two adult sons", "leaving 13 of them dead".
    const start = m.index + (m[0].length - m[0].trimStart().length);
    let end = m.index + m[0].trimEnd().length;
    if (list) {
      if (!itemIsDead(items[0]!, sentence.slice(end, end + 40))) continue;
      end = continueList(sentence, end, items);
    } else if (also) end = continueAlso(sentence, end, items);
    const read = listClaim(items);
    if (!read) continue;
    const said = what === "killed" && /\b(?:died|perished|lost their lives|succumbed)$/i.test(m[0].trimEnd()) ? "deaths" : what;
    yield { ...read.claim, victims: read.victims, what: said, span: span(sentence, start, end) };
  }
}

/** Claims from sources each in the sentence's order, merged in that order; at the same start, the earlier source's first. */
function* byPosition(sources: Array<Generator<FigureClaim>>): Generator<FigureClaim> {
  const heads = sources.map((g) => g.next());
  for (;;) {
    let first = -1;
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k]!;
      if (!h.done && (first < 0 || h.value.span.start < (heads[first]!.value as FigureClaim).span.start)) first = k;
    }
    if (first < 0) return;
    yield heads[first]!.value as FigureClaim;
    heads[first] = sources[first]!.next();
  }
}

/** Explicit statements that nobody died (see ZERO_PATTERNS). */
function* zeroClaims(sentence: string): Generator<FigureClaim> {
  for (const re of ZERO_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (HEDGE.test(m[0]) || /^\s+(?:were|was|have been|had been)\s+immediately\b/i.test(after)) continue;
      const adj = m.groups?.adj?.toLowerCase();
      const victims: Victims = adj ? victimsOf(adj) : "unknown";
      yield { low: 0, best: 0, high: 0, victims, what: "deaths", span: span(sentence, m.index, m.index + m[0].length) };
    }
  }
}

/** A word every toll pattern (RANGE_PATTERNS, PASSIVE_LIST, PATTERNS, ZERO_PATTERNS) contains: a sentence without one gives no figure. */
const DEATH_WORD = /kill|dead|death|died|slaughter|massacre|execut|murder|assassinat|lives|perish|succumb|bod(?:y|ies)|toll|fatalit|casualt|injur|hurt|harm|wound|lost|loss/i;

/**
 * Every figure of dead the sentence gives, in the order the sentence gives them
 * (of two starting at the same word, a range before a list before one number),
 * then any explicit zero. Period statistics are included (see `periodOf`);
 * wounded, ages, distances and dates are not.
 */
export function* fatalityClaims(sentence: string): Generator<FigureClaim> {
  // Every pattern above needs one of these words: most sentences skip the large patterns.
  if (!DEATH_WORD.test(sentence)) return;
  // Lazily: the toll reader stops at the first figure that is not a period statistic.
  yield* byPosition([...RANGE_PATTERNS.map((re) => rangeClaims(sentence, re)), passiveListClaims(sentence), ...PATTERNS.map((p) => patternClaims(sentence, p))]);
  yield* zeroClaims(sentence);
}

/** The claim as stored on a report: flags only when set. */
function asFatalities(c: FigureClaim): Fatalities {
  return {
    low: c.low,
    best: c.best,
    high: c.high,
    victims: c.victims,
    span: c.span,
    ...(c.approximate ? { approximate: true } : {}),
    ...(c.moreThan ? { moreThan: true } : {}),
    ...(c.vague ? { vague: c.vague } : {}),
  };
}

/**
 * The number of dead one incident of the sentence claims, as low/best/high with
 * who they were, the figure as the text bounds it: "more than 300 people were
 * killed" (300, no upper bound, more than), "at least 35", "between 600 and
 * 2,000", "around 20" (approximate), "dozens" (vague), "killing 2 regime
 * soldiers and 1 pro-regime militiaman" (3, mixed), "shot and killed a regime
 * soldier" (1), "killing all 3 of them", "resulting in the death of a child",
 * "a member succumbed to his wounds", "the bodies of 4 soldiers were found",
 * "with 17 soldiers reported killed", "were killed along with 12 fighters". Wounded are never counted. An explicit "no fatalities" is a toll
 * of 0, apart from null (no figure given). A count over a period or a whole war
 * ("since 2011", "so far this year", "bringing the total to") is not an
 * incident's toll: the sentence's other figure is taken, or null (see
 * `findStatistics`). Offsets are within the sentence.
 */
export function findFatalities(sentence: string): Fatalities | null {
  for (const c of fatalityClaims(sentence)) if (!isPeriodStatistic(sentence, c.span)) return asFatalities(c);
  return null;
}
