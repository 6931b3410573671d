/**
 * Armed groups, forces and other parties a sentence names. Named groups are
 * found by the words that make a name a force ("... Forces", "... Brigade",
 * "General Security") and by a short vocabulary of acronyms; unnamed parties
 * by the nouns reporters use for them ("gunmen", "security forces").
 */

/** Acronyms and single-word names of armed groups and forces, to one name each. */
const GROUPS: Record<string, string> = {
  HTS: "Hayat Tahrir al-Sham",
  "Hayat Tahrir al-Sham": "Hayat Tahrir al-Sham",
  SDF: "Syrian Democratic Forces",
  SNA: "Syrian National Army",
  ISIS: "Islamic State",
  ISIL: "Islamic State",
  Daesh: "Islamic State",
  "Islamic State": "Islamic State",
  "Al-Qaeda": "Al-Qaeda",
  "al-Qaeda": "Al-Qaeda",
  "Nusra Front": "Nusra Front",
  Hezbollah: "Hezbollah",
  Hamas: "Hamas",
  IDF: "Israel Defense Forces",
  YPG: "YPG",
  PKK: "PKK",
  PMF: "Popular Mobilization Forces",
  "General Security": "General Security",
  Peshmerga: "Peshmerga",
};

const FORCE_WORD = String.raw`(?:Forces|Army|Brigades?|Front|Militias?|Guards?|Division|Battalion|Regiment|Corps|Shield|Council for the Liberation of Syria|Ministry of Defen[cs]e|Defen[cs]e Ministry)`;
const NAMED_FORCE = new RegExp(String.raw`\b((?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}${FORCE_WORD})\b`, "g");
const GROUP_NAMES = new RegExp(String.raw`\b(${Object.keys(GROUPS).map((k) => k.replace(/[-]/g, "\\-")).join("|")})\b`, "g");
const UNNAMED =
  /\b(security forces|government forces|armed (?:men|groups?|factions)|gunmen|militants|insurgents|rebels|jihadists|militias|tribal (?:fighters|militias)|Bedouin(?:-jihadists)? fighters|Druze fighters|protesters|demonstrators|rioters)\b/gi;

/** Lower-case words that start a capitalised run without being part of the name. */
const LEADING = /^(?:the|The|A|An|In|On|At|By|As|Its|His|Her|Their|When|While|After|Before|[\w]+-(?:backed|led|affiliated|allied|linked))\s+/;
/** A state's forces written in lower case: "the Syrian army", "Israeli police". */
const STATE_FORCE = /\b([A-Z][a-z]+ (?:army|military|police|navy|air ?force|troops|soldiers))\b/g;

export function findActors(sentence: string): string[] {
  const found: Array<{ at: number; name: string }> = [];
  const add = (at: number, name: string) => {
    if (!found.some((f) => f.name === name)) found.push({ at, name });
  };
  for (const m of sentence.matchAll(NAMED_FORCE)) {
    let name = m[1]!;
    while (LEADING.test(name)) name = name.replace(LEADING, "");
    // "Syria's Defense Ministry" keeps the country; a sentence-initial "The" does not belong to the name.
    if (name.split(/\s+/).length >= 2) add(m.index, name);
  }
  for (const m of sentence.matchAll(GROUP_NAMES)) {
    // "Kurdish Democratic Forces (SDF)": the acronym spells out the name just given.
    if (sentence[m.index - 1] === "(" && found.some((f) => f.at < m.index && m.index - (f.at + f.name.length) < 6)) continue;
    add(m.index, GROUPS[m[1]!]!);
  }
  for (const m of sentence.matchAll(STATE_FORCE)) add(m.index, m[1]!);
  for (const m of sentence.matchAll(UNNAMED)) add(m.index, m[1]!.toLowerCase());
  // A named force that contains a group's acronym ("HTS security forces") is one actor, not two.
  const names = found.sort((a, b) => a.at - b.at).map((f) => f.name);
  return names.filter((n) => !names.some((o) => o !== n && o.length > n.length && o.toLowerCase().includes(n.toLowerCase()) && o.toLowerCase() !== n.toLowerCase()));
}
