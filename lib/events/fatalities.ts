import type { Fatalities, Victims } from "./incident";

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
/**
 * Vague quantities, coded as the smallest number the word allows ("dozens" is
 * at least two dozen), so a figure is never inflated by the coding.
 */
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000 };

const UNIT = Object.keys(UNITS).join("|");
const TEN = Object.keys(TENS).join("|");
const WORD_NUMBER = String.raw`(?:(?:${TEN})(?:[- ](?:${UNIT}))?|${UNIT}|a dozen|dozen)(?:\s+(?:hundred|thousand|million))?`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${WORD_NUMBER}|dozens|scores|hundreds|thousands)`;
/** Not a head count: ages, distances, money, shares. */
const NOT_A_COUNT = String.raw`(?!-year|-day|\s*(?:years?|months?|days?|hours?|km|kilomet|miles?|percent|per cent|%|billion|million\s+(?:dollars|euros)|\$))`;
const QUALIFIER = String.raw`(at least|more than|over|nearly|almost|around|about|approximately|some|up to|as many as|an estimated)?\s*`;
const KILLED = String.raw`(?:killed|dead|slaughtered|massacred|executed|murdered|died|lost their lives|perished|shot dead)`;
const DETERMINER = String.raw`(?:(?:his|her|their|its|the|another)\s+)?`;
/** The words naming the dead after the number, up to a preposition or clause break ("three Alawite farmers" in the village). */
const NOUN_PHRASE = String.raw`([^.;:,"”]{0,40}?)(?=\s+(?:in|at|on|near|from|during|after|before|as|and|when|while|by|inside|across|ago)\b|[.;:,"”]|$)`;
const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";

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

type Claim = { low: number; best: number; high: number | null };

/**
 * The figure a qualifier makes of a number. "More than N" and "at least N" are
 * both coded N with an open upper bound: the written number is the floor an
 * analyst quotes. Vague words have no upper bound either.
 */
function claim(qualifier: string | undefined, n: number, vague: boolean): Claim {
  const q = (qualifier ?? "").toLowerCase();
  if (vague) return { low: n, best: n, high: null };
  if (q === "more than" || q === "over" || q === "at least") return { low: n, best: n, high: null };
  if (q === "nearly" || q === "almost") return { low: Math.round(n * 0.9), best: n, high: n };
  if (q === "up to" || q === "as many as") return { low: 0, best: n, high: n };
  return { low: n, best: n, high: n };
}

const isVague = (s: string) => s.toLowerCase() in VAGUE;

/** Who the dead were, from the words naming them ("Alawite civilians", "members of the General Security"). */
export function victimsOf(phrase: string): Victims {
  // An appositive list after a comma details the group named first: "Four civilians, two construction workers, and two guards".
  const p = phrase.toLowerCase().split(",")[0]!;
  const civilians = /\b(civilians?|children|women|farmers|workers|residents|villagers|families|family|patients|students|worshippers|journalists|doctors|men from the village|people)\b/.test(p);
  const security = /\b(soldiers?|troops|officers?|police(?:men)?|guards?|security|army|defen[cs]e ministry|ministry of defen[cs]e|military personnel|servicemen)\b/.test(p);
  const fighters = /\b(fighters?|militants?|insurgents?|rebels?|jihadists?|gunmen|militiamen|combatants?)\b/.test(p);
  const former = /\bformer\s+(?:officers?|soldiers?)\b/.test(p);
  const kinds = [civilians && !/\bpeople\b/.test(p) ? "civilians" : null, security && !former ? "security-forces" : null, fighters ? "fighters" : null].filter(Boolean);
  if (kinds.length > 1) return "mixed";
  if (kinds.length === 1) return kinds[0] as Victims;
  return "unknown";
}

function isDate(sentence: string, numberAt: number, numberText: string): boolean {
  // "On March 4, ..." or "6 March" is a date, not a count; so is a year.
  if (/^\d{4}$/.test(numberText) && Number(numberText) >= 1900 && Number(numberText) <= 2100) return true;
  if (new RegExp(`(${MONTH_NAMES})\\s*$`, "i").test(sentence.slice(Math.max(0, numberAt - 12), numberAt))) return true;
  return new RegExp(`^\\s*(${MONTH_NAMES})\\b`, "i").test(sentence.slice(numberAt + numberText.length, numberAt + numberText.length + 12));
}

function span(sentence: string, start: number, end: number) {
  return { start, end, text: sentence.slice(start, end) };
}

/**
 * The number of dead a sentence claims, as low/best/high with who they were:
 * "more than 300 people were killed", "at least 973", "between 600 and 2,000",
 * "hundreds were killed", "13 of them dead", "two members ... were killed",
 * "around 20 members of the General Security and 17 men from the village were
 * killed" (37). Offsets are within the sentence.
 */
export function findFatalities(sentence: string): Fatalities | null {
  const range = new RegExp(String.raw`\b(?:death toll|dead|killed|deaths)[^.]{0,40}?between\s+${NUMBER}\s+and\s+${NUMBER}`, "i").exec(sentence);
  if (range) {
    const a = parseNumber(range[1]!)!;
    const b = parseNumber(range[2]!)!;
    return { low: a, best: a, high: b, victims: victimsOf(sentence.slice(range.index + range[0].length, range.index + range[0].length + 60)), span: span(sentence, range.index, range.index + range[0].length) };
  }
  // Two groups of dead in one clause: "20 members of the General Security and 17 men from the village were killed".
  const sum = new RegExp(String.raw`\b${QUALIFIER}${NUMBER}${NOT_A_COUNT}\b([^,.;:!?]{1,60}?)\band\s+${QUALIFIER}${NUMBER}${NOT_A_COUNT}\b([^,.;:!?]{0,60}?)\b(?:were|have been|had been)\s+(?:reportedly\s+|also\s+)?${KILLED}`, "i").exec(sentence);
  if (sum && !isDate(sentence, sum.index, sum[2]!)) {
    const a = parseNumber(sum[2]!);
    const b = parseNumber(sum[5]!);
    if (a !== null && b !== null) {
      const ca = claim(sum[1], a, isVague(sum[2]!));
      const cb = claim(sum[4], b, isVague(sum[5]!));
      return {
        low: ca.low + cb.low,
        best: ca.best + cb.best,
        high: ca.high !== null && cb.high !== null ? ca.high + cb.high : null,
        victims: victimsOf(`${sum[3]} and ${sum[6]}`) === "unknown" ? "unknown" : mixedOf(sum[3]!, sum[6]!),
        span: span(sentence, sum.index, sum.index + sum[0].length),
      };
    }
  }
  const patterns = [
    // "more than 300 people were killed", "two members of the ministry were killed", "her three brothers had been killed"
    new RegExp(String.raw`\b${QUALIFIER}${NUMBER}${NOT_A_COUNT}\b([^.;:!?]{0,80}?)\b(?:were|was|have been|has been|had been|are|being)\s+(?:reportedly\s+|also\s+|all\s+)?${KILLED}`, "i"),
    // "leaving 13 of them dead"
    new RegExp(String.raw`\b(?:leaving|left)\s+${DETERMINER}${QUALIFIER}${NUMBER}${NOT_A_COUNT}\b([^.;:]{0,30}?)\s+(?:dead|killed)\b`, "i"),
    // "killing 15", "killing his two adult sons"
    new RegExp(String.raw`\bkilling\s+${DETERMINER}${QUALIFIER}${NUMBER}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "i"),
    // "gunmen killed 12 civilians", "executing three men", "murdered three thousand of its own people"
    new RegExp(String.raw`\b(?:killed|massacred|executed|executing|slaughtered|murdered|shot dead)\s+${DETERMINER}${QUALIFIER}${NUMBER}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "i"),
    // "massacre of more than 1,500 Alawites", "death toll of 300"
    new RegExp(String.raw`\b(?:massacre|slaughter|killing|killings|death toll|deaths)\s+of\s+${QUALIFIER}${NUMBER}${NOT_A_COUNT}\b${NOUN_PHRASE}`, "i"),
    // "dozens of deaths", "15 dead", "at least 40 killed"
    new RegExp(String.raw`\b${QUALIFIER}${NUMBER}${NOT_A_COUNT}\s+(?:people\s+|civilians\s+|fighters\s+)?(?:of\s+)?(?:${KILLED}|deaths|fatalities)\b()`, "i"),
  ];
  for (const pattern of patterns) {
    const re = new RegExp(pattern.source, "gi");
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      re.lastIndex = m.index + 1;
      const numberText = m[2];
      const qualifier = m[1];
      if (!numberText) continue;
      const n = parseNumber(numberText);
      const numberAt = m.index + m[0].toLowerCase().indexOf(numberText.toLowerCase(), qualifier ? m[0].toLowerCase().indexOf(qualifier.toLowerCase()) + qualifier.length : 0);
      if (n === null || n === 0 || isDate(sentence, numberAt, numberText)) continue;
      const c = claim(qualifier, n, isVague(numberText));
      // The whole claim is the evidence: "killing his two adult sons", "leaving 13 of them dead".
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      return { ...c, victims: victimsOf(m[3] ?? ""), span: span(sentence, start, end) };
    }
  }
  return null;
}

function mixedOf(a: string, b: string): Victims {
  const va = victimsOf(a);
  const vb = victimsOf(b);
  if (va === vb) return va;
  if (va === "unknown") return vb;
  if (vb === "unknown") return va;
  return "mixed";
}
