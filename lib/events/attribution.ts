/**
 * Who an article cites for a claim: "according to the Syrian Observatory for
 * Human Rights", "Reuters reported", "told Reuters", "UN experts ... reported",
 * "documented by Syrians for Truth and Justice (STJ)". This is a second source
 * facet beside the publisher: the organisation behind the claim, not the outlet
 * that carried it.
 */

/** Short forms of organisations often cited in conflict reporting, to one name each. Vocabulary, not a list of sample answers. */
const KNOWN: Record<string, string> = {
  SOHR: "Syrian Observatory for Human Rights",
  SNHR: "Syrian Network for Human Rights",
  STJ: "Syrians for Truth and Justice",
  HRW: "Human Rights Watch",
  OCHA: "UN OCHA",
  UNHCR: "UNHCR",
  OHCHR: "UN OHCHR",
  IOM: "International Organization for Migration",
  ICRC: "International Committee of the Red Cross",
  MSF: "Doctors Without Borders",
  SANA: "SANA",
  AFP: "AFP",
  AP: "Associated Press",
  ACLED: "ACLED",
  UCDP: "UCDP",
};

/** Outlets and bodies that are cited by name without an organisational word in it. */
const NAMED_SOURCES =
  /\b(Reuters|Axios|Associated Press|AFP|Al Jazeera|Al-Jazeera|Al Arabiya|BBC|CNN|Bloomberg|Anadolu|SANA|i24 News|Al-Jumhuriya|Amnesty International|Human Rights Watch|Airwars|Bellingcat|ACLED|UCDP|the United Nations|UNICEF|UNHCR|OCHA|WHO|Red Crescent|Red Cross|Syrian Observatory for Human Rights|Syrian Network for Human Rights|Syrians for Truth and Justice)\b/;

/** Words that make a capitalised name an organisation rather than a person. */
const ORGANISATION_WORD =
  /\b(Observatory|Network|Agency|News|Ministry|Council|Committee|Commission|Organi[sz]ation|Office|Watch|International|Project|Institute|Centre|Center|Foundation|Times|Post|Press|Media|Monitor|Group|Union|League|Coalition|Forces|Army|Command|Government|Authority|Authorities|Directorate|Department|Network|Syrians for Truth and Justice|Red Cross|Red Crescent)\b/;

/** Sources named by role rather than by name. */
const ROLE_SOURCES =
  /\b((?:UN|U\.N\.|United Nations)\s+(?:experts|investigators|officials|agencies|monitors|rapporteurs?|commission of inquiry)|(?:[A-Z][a-z]+\s+)?state media|human rights (?:groups|organi[sz]ations|monitors)|war monitors?|(?:an?\s+)?(?:SDF|HTS|SNA|IDF)\s+commander)\b/g;

const TOKEN = String.raw`(?:[A-Z][\w’'.&-]*|[a-z]\d+\w*|al-\w+)`;
const CAPITALISED_NAME = String.raw`(${TOKEN}(?:\s+(?:${TOKEN}|of|for|and|the|on))*)`;

function clean(name: string): string | null {
  let n = name
    .trim()
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/^(?:[A-Z]{2,}|[A-Z][a-z]+)-based\s+/, "")
    .replace(/\s+(?:of|for|and|the|on)$/i, "")
    .replace(/[’']s$/, "")
    .trim();
  const acronym = /\(([A-Z]{2,})\)$/.exec(n);
  if (acronym) n = n.slice(0, acronym.index).trim();
  if (n in KNOWN) return KNOWN[n]!;
  if (!n || n.length < 2) return null;
  if (NAMED_SOURCES.test(n) || ORGANISATION_WORD.test(n) || /^[A-Z]{2,}$/.test(n)) {
    const named = NAMED_SOURCES.exec(n);
    return named && named[0].length === n.length ? n.replace(/^the\s+/i, "") : n;
  }
  return null;
}

/**
 * The organisations a sentence cites, in the order written. People ("Gohmert
 * said") are not organisations and are left out; the publisher itself
 * ("speaking with The Cradle" in The Cradle) is left out by the caller.
 */
export function findAttributions(sentence: string): string[] {
  const found: Array<{ at: number; name: string }> = [];
  const add = (at: number, raw: string | undefined) => {
    if (!raw) return;
    const name = clean(raw);
    if (name && !found.some((f) => f.name === name)) found.push({ at, name });
  };
  for (const m of sentence.matchAll(new RegExp(String.raw`\b(?:[Aa]ccording to|cited by|documented by|collected by|compiled by|confirmed by|reported by|verified by|told|speaking (?:with|to))\s+(?:the\s+)?${CAPITALISED_NAME}(\s*\([A-Z]{2,}\))?`, "g"))) {
    add(m.index, `${m[1]}${m[2] ?? ""}`);
  }
  for (const m of sentence.matchAll(new RegExp(String.raw`${CAPITALISED_NAME}(\s*\([A-Z]{2,}\))?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:reported|reports|said|says|documented|confirmed|stated|announced|added|noted|estimated|recorded|told)\b`, "g"))) {
    // Take only the name right before the verb: "After Netanyahu's visit, Reuters reported".
    const words = m[1]!.split(/\s+(?=[A-Z]|[a-z]\d)/);
    for (let k = 0; k < words.length; k++) {
      const candidate = words.slice(k).join(" ");
      if (clean(candidate + (m[2] ?? ""))) {
        add(m.index + m[1]!.length - candidate.length, candidate + (m[2] ?? ""));
        break;
      }
    }
  }
  for (const m of sentence.matchAll(ROLE_SOURCES)) found.push({ at: m.index, name: m[1]!.replace(/^an?\s+/i, "") });
  for (const m of sentence.matchAll(/\(([A-Z]{2,})\)/g)) if (m[1]! in KNOWN && /according|report|document|said|told|collected/i.test(sentence)) add(m.index, m[1]);
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.name)
    .filter((n) => (seen.has(n) ? false : (seen.add(n), true)));
}
