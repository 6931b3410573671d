import type { Fatalities } from "./incident";

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
/** Vague quantities: the lowest number the word allows (ACLED codes "hundreds" conservatively). */
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000 };

const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|dozens|scores|hundreds|thousands)`;
const QUALIFIER = String.raw`(at least|more than|over|nearly|almost|around|about|approximately|some|up to|as many as)?\s*`;
const KILLED = String.raw`(?:killed|dead|slaughtered|massacred|executed|murdered|died|lost their lives|perished)`;

function toNumber(s: string): number | null {
  const lower = s.toLowerCase();
  if (lower in WORDS) return WORDS[lower]!;
  if (lower in VAGUE) return VAGUE[lower]!;
  const n = Number(lower.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

function claim(qualifier: string | undefined, n: number, vague: boolean): { low: number; best: number; high: number | null } {
  const q = (qualifier ?? "").toLowerCase();
  if (vague) return { low: n, best: n, high: null };
  if (q === "more than" || q === "over") return { low: n + 1, best: n, high: null };
  if (q === "at least") return { low: n, best: n, high: null };
  if (q === "nearly" || q === "almost") return { low: Math.round(n * 0.9), best: n, high: n };
  if (q === "up to" || q === "as many as") return { low: 0, best: n, high: n };
  return { low: n, best: n, high: n };
}

/**
 * The number of dead a sentence claims, as low/best/high: "more than 300 people
 * were killed", "at least 973", "between 600 and 2,000", "hundreds were killed",
 * "13 of them dead", "two members ... were killed". Offsets are within the sentence.
 */
export function findFatalities(sentence: string): Fatalities | null {
  const range = new RegExp(String.raw`\b(?:death toll|dead|killed)[^.]{0,40}?between\s+${NUMBER}\s+and\s+${NUMBER}`, "i").exec(sentence);
  if (range) {
    const a = toNumber(range[1]!)!;
    const b = toNumber(range[2]!)!;
    return { low: a, best: a, high: b, span: { start: range.index, end: range.index + range[0].length, text: range[0] } };
  }
  const patterns = [
    // "more than 300 people were killed", "two members of the ministry were killed", "Four civilians ... were killed"
    new RegExp(String.raw`\b${QUALIFIER}${NUMBER}\b([^.;:!?]{0,80}?)\b(?:were|was|have been|had been|are|being)\s+(?:reportedly\s+|also\s+)?${KILLED}`, "i"),
    // "leaving 13 of them dead", "killing 15"
    new RegExp(String.raw`\b(?:leaving|killing|left)\s+${QUALIFIER}${NUMBER}\b[^.;:]{0,30}?\b(?:dead|killed)?`, "i"),
    // "gunmen killed 12 civilians", "executing three men"
    new RegExp(String.raw`\b(?:killed|killing|massacred|executed|executing|slaughtered|murdered)\s+${QUALIFIER}${NUMBER}\b`, "i"),
    // "massacre of more than 1,500 Alawites", "death toll of 300"
    new RegExp(String.raw`\b(?:massacre|slaughter|killing|death toll|deaths)\s+of\s+${QUALIFIER}${NUMBER}\b`, "i"),
    // "at least 973 Alawite civilians were slaughtered", "15 former officers ... were killed" handled above; "N killed"
    new RegExp(String.raw`\b${QUALIFIER}${NUMBER}\s+(?:people\s+|civilians\s+|fighters\s+)?${KILLED}\b`, "i"),
  ];
  for (const pattern of patterns) {
    const re = new RegExp(pattern.source, "gi");
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      re.lastIndex = m.index + 1;
      const numberText = m[2];
      const qualifier = m[1];
      if (!numberText) continue;
      const n = toNumber(numberText);
      if (n === null || n === 0 || (/^\d{4}$/.test(numberText) && n >= 1900 && n <= 2100)) continue;
      // "On March 4, ..." is a date, not a count.
      const numberAt = m.index + m[0].toLowerCase().indexOf(numberText.toLowerCase());
      if (new RegExp(`(${MONTH_NAMES})\\s*$`, "i").test(sentence.slice(Math.max(0, numberAt - 12), numberAt))) continue;
      const c = claim(qualifier, n, numberText.toLowerCase() in VAGUE);
      const start = qualifier ? m.index : numberAt;
      return { ...c, span: { start, end: m.index + m[0].length, text: sentence.slice(start, m.index + m[0].length) } };
    }
  }
  return null;
}
