import type { EventType } from "./incident";

/**
 * How a trigger's type may still change with the words around it (`refineType`):
 * - `target`: who or what was hit decides — armed people or military objects make it a battle
 *   ("gunmen killed two soldiers"), civilians or civilian places violence against civilians
 *   ("gunmen killed two civilians"); a killing told as the result of another act ("..., killing
 *   four") takes that act's type.
 * - `territory`: who took the ground decides — the government side regains, anyone else overtakes.
 * - `detention`: who detained decides — the state's forces arrest, anyone else abducts.
 */
export type Refinement = "target" | "territory" | "detention";

export interface TriggerRule {
  type: EventType;
  /** ACLED's sub-event type, written exactly as ACLED writes it. */
  subType: string;
  pattern: RegExp;
  refine?: Refinement;
}

/** A trigger found in a sentence: its rule's type and sub-type, and its offsets in the sentence. */
export interface TriggerSpan {
  type: EventType;
  subType: string;
  start: number;
  end: number;
}

const NUMBER_WORD = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of|scores of|hundreds of|a number of|some)`;
const PERSONS = String.raw`(?:fighters?|soldiers?|militants?|members?|militiam[ae]n|gunm[ae]n|rebels?|officers?|troops|personnel|elements|combatants?|commanders?|leaders?)`;

/**
 * Words that report something happening, mapped to ACLED's event types and
 * sub-event types. `extract.ts` matches them in this order: where two overlap
 * the earlier wins, so a specific phrase ("exchange of shelling", "air raid",
 * "seized weapons") comes before the bare word it contains.
 */
export const TRIGGERS: ReadonlyArray<TriggerRule> = [
  // Violence against civilians that no target can turn into a battle: mass killing, executions, sexual violence.
  { type: "violence-against-civilians", subType: "Attack", pattern: /\b(massacre[ds]?|slaughter(?:ed|ing)?|mass (?:murder|killing)s?|execut(?:ed|ion|ions|ing)|beheading?s?|beheaded)\b/i },
  { type: "violence-against-civilians", subType: "Sexual violence", pattern: /\b(rap(?:e|ed|es|ing)|sexual(?:ly)? (?:violence|assault(?:ed|s)?|abuse[ds]?))\b/i },
  { type: "violence-against-civilians", subType: "Abduction/forced disappearance", pattern: /\b(abduct(?:ed|ion|ions|ing)|kidnapp?(?:ed|ing|ings)?|forcibly (?:taken|disappeared)|forced disappearances?)\b/i },
  { type: "violence-against-civilians", subType: "Abduction/forced disappearance", pattern: /\b(detain(?:ed|ing|s)?)\b/i, refine: "detention" },
  { type: "strategic-developments", subType: "Arrests", pattern: /\b(arrested|arrest (?:campaigns?|raids?|of)|(?:carried out|conducted|launched|made) (?:an? )?(?:wave|series|campaign) of arrests|rounded up)\b/i },
  // Force against a demonstration, and demonstrators' own violence, before the bare protest word.
  { type: "protests", subType: "Excessive force against protesters", pattern: /\b((?:opened fire|fired (?:live (?:ammunition|rounds|bullets) )?|shot) (?:\w+ ){0,2}(?:on|at|into) (?:the |a )?(?:\w+ )?(?:protesters|demonstrators|protests?|demonstrations?|marchers|mourners)|(?:killed|shot dead) (?:\w+ ){0,2}(?:protesters|demonstrators))\b/i },
  { type: "protests", subType: "Protest with intervention", pattern: /\b(dispers(?:ed|ing) (?:the |a )?(?:\w+ )?(?:protest|protesters|demonstrat(?:ion|ions|ors)|crowds?|sit-in|rally)|tear gas|water cannons?)\b/i },
  { type: "riots", subType: "Violent demonstration", pattern: /\b(riots?|rioters|rioting|(?:protesters|demonstrators) (?:set fire|torched|burn(?:ed|t)|threw stones|pelted|attacked|stormed|clashed)|stormed the governor)\b/i },
  { type: "riots", subType: "Mob violence", pattern: /\b(mobs?|lynch(?:ed|ing|ings)?|vigilantes?)\b/i },
  // Explosions and remote violence, most specific first.
  { type: "explosions-remote-violence", subType: "Chemical weapon", pattern: /\b(chemical (?:attacks?|weapons?|strikes?|munitions?)|gas attacks?|sarin|chlorine (?:attacks?|bombs?|gas))\b/i },
  { type: "explosions-remote-violence", subType: "Suicide bomb", pattern: /\b(suicide (?:car |truck )?(?:bomb(?:s|er|ers|ing|ings)?|attacks?|attackers?|vests?|belts?)|blew (?:him|her|them)sel(?:f|ves) up|explosive (?:vests?|belts?))\b/i },
  // Weapons seized, defused or intercepted before the words for the weapons themselves.
  {
    type: "strategic-developments",
    subType: "Disrupted weapons use",
    pattern: /\b((?:seized|confiscated|found|discovered) (?:an? |the )?(?:\w+ ){0,3}(?:weapons|arms|ammunition|munitions|explosives|weapons? (?:depot|cache|shipment)s?)|defus(?:ed|ing)|dismantl(?:ed|ing) (?:an? |the )?(?:\w+ ){0,2}(?:IEDs?|bombs?|explosive devices?|mines?|landmines?)|intercept(?:ed|ing) (?:an? |the )?(?:\w+ ){0,2}(?:drones?|missiles?|rockets?|projectiles?)|shot down (?:an? |the )?(?:\w+ ){0,2}drones?|air defen[cs]es? (?:intercepted|confronted|responded))\b/i,
  },
  {
    type: "explosions-remote-violence",
    subType: "Remote explosive/landmine/IED",
    pattern: /\b(IEDs?|improvised explosive devices?|explosive devices?|(?:car|vehicle|truck|roadside|motorcycle|motorbike|parcel|magnetic|sticky) bombs?|booby-?trap(?:s|ped)?|land ?mines?|(?:a|an) mine (?:exploded|detonated|blew up|went off)|mine (?:blasts?|explosions?)|unexploded (?:ordnance|munitions?|shells?)|war remnants?|detonat(?:ed|ion)|explosions?|exploded|blasts?)\b/i,
  },
  { type: "explosions-remote-violence", subType: "Grenade", pattern: /\b((?<!rocket[- ]propelled )grenades?)\b/i },
  {
    type: "explosions-remote-violence",
    subType: "Air/drone strike",
    pattern: /\b(air ?strikes?|air ?raids?|aerial (?:bombardment|attack|strike)s?|drop(?:ped)? (?:\w+ )?bombs|barrel bombs?|(?:warplanes?|jets?|aircraft|planes?|helicopters?) (?:struck|bombed|targeted|raided|hit|carried out)|drones? (?:strikes?|struck|targeted|attacked|hit|bombed)|(?:armed|suicide|kamikaze) drones?|helicopters? .{0,30}bombs?)\b/i,
  },
  // An exchange of fire or shelling between two armed sides is a battle, not one-sided shelling.
  {
    type: "battles",
    subType: "Armed clash",
    pattern: /\b((?:shelling|artillery|mortar|rocket|fire|gunfire) exchanges?|exchanges? of (?:\w+ ){0,2}(?:fire|gunfire|shelling|shells|artillery|mortars?|rockets?|missiles?|strikes)|exchang(?:ed|ing) (?:\w+ ){0,3}(?:fire|gunfire|shelling|shells|rounds|mortars?|rockets?|artillery|shots|strikes)|trad(?:ed|ing) (?:\w+ ){0,2}(?:fire|gunfire|shelling|shots|artillery)|(?:mutual|reciprocal) (?:shelling|bombardment|fire))\b/i,
  },
  {
    type: "explosions-remote-violence",
    subType: "Shelling/artillery/missile attack",
    pattern: /\b(shell(?:ed|ing|s)|artillery|bombard(?:ed|ing|ment|ments)|bomb(?:ed|ing|ings)|rockets?|mortars?|missiles?|tank (?:fire|rounds)|heavy weapons fire)\b/i,
  },
  // Protests.
  { type: "protests", subType: "Peaceful protest", pattern: /\b(protest(?:s|ers|ed|ing)?|demonstrat(?:ors|ion|ions|ed)|rall(?:y|ies)|sit-ins?)\b/i },
  // Strategic developments.
  { type: "strategic-developments", subType: "Other", pattern: /\b(mass escapes?|escaped from (?:the |a )?(?:prison|jail|camp|detention)|(?:prisoners|detainees|inmates|terrorists|fighters|members) (?:have |had )?escaped|(?:prison|jail) ?-?break|jailbreak|break-?outs?|gates were flung open|storm it)\b/i },
  { type: "strategic-developments", subType: "Change to group/activity", pattern: /\b(blockade[ds]?|besieg(?:ed|ing)|cut off (?:electricity|water|supplies|roads?)|curfews?|defect(?:ed|ion|ions|ing)|switched sides|changed sides)\b/i },
  { type: "strategic-developments", subType: "Agreement", pattern: /\b(cease-?fires?|truces?|(?:signed|reached|brokered|concluded) (?:an? |the )?(?:\w+ )?(?:agreement|deal|accord)|reconciliation (?:agreement|deal)s?|prisoner (?:exchange|swap)s?)\b/i },
  { type: "strategic-developments", subType: "Headquarters or base established", pattern: /\b((?:established|set up|built|opened) (?:an? |the |its |their )?(?:new )?(?:military )?(?:base|headquarters|outpost|checkpoint|observation post)s?)\b/i },
  { type: "strategic-developments", subType: "Non-violent transfer of territory", pattern: /\b(handed over (?:control|positions|the (?:town|village|city|area|base))|hand-?over of|(?:withdrew|pulled out|withdrawn) (?:\w+ ){0,2}from|took over (?:\w+ ){0,3}without (?:a fight|resistance|fighting))\b/i },
  { type: "strategic-developments", subType: "Looting/property destruction", pattern: /\b(loot(?:ed|ing)|pillag(?:ed|ing)|plunder(?:ed|ing)|ransack(?:ed|ing)|torched|(?:set fire to|burn(?:ed|t)|demolish(?:ed|ing)|bulldoz(?:ed|ing)|razed) (?:down )?(?:the |their |civilian )?(?:\w+ )?(?:homes?|houses?|shops?|properties|property|crops|fields|buildings?)|burn(?:ed|t) down)\b/i },
  // Battles: a person or a side captured is a clash; ground taken is a territory sub-event, its side read by refineType.
  { type: "battles", subType: "Armed clash", pattern: new RegExp(String.raw`\b(captur(?:ed|ing) ${NUMBER_WORD}? ?(?:\w+ )?${PERSONS})\b`, "i") },
  {
    type: "battles",
    subType: "Non-state actor overtakes territory",
    pattern: /\b((?:took|taken|taking|seized|seizing|gained|gaining|regained|regaining|wrested|wresting|retook|retaken|restored|assumed|established) (?:full |complete |total |partial |effective )?control (?:of|over)|took over|made (?:\w+ )?advances|advanc(?:ed|ing) (?:into|on|in|towards?)|captur(?:ed|ing)|recaptur(?:ed|ing)|seiz(?:ed|ing)|re-?took|re-?taken|overr[au]n|advanced into|fell to|fell into the hands of|came under (?:the )?control of|liberat(?:ed|ion|ing)|(?:drove|driven|pushed|expelled|ousted|kicked) (?:\w+ ){0,2}out)\b/i,
    refine: "territory",
  },
  {
    type: "battles",
    subType: "Armed clash",
    pattern: /\b(clash(?:es|ed|ing)?|fighting|fought|battl(?:es?|ed|ing)|gun ?battles?|gun ?fights?|fire ?fights?|ambush(?:es|ed)?|offensive|counter-?offensive|siege|gunfire|raid(?:s|ed|ing)?|storm(?:ed|ing)|infiltrat(?:ion|ions|ed|ing|e)|repell?(?:ed|ing)|repuls(?:ed|ing)|thwart(?:ed|ing) (?:an? |the )?(?:\w+ )?(?:attack|assault|advance|infiltration)|insurgen(?:ts|cy)|uprising|(?:security|combing|counter-?terrorism|counter-?insurgency) (?:operations?|sweeps?))\b/i,
  },
  // Acts against someone or something: the target decides battle or violence against civilians.
  {
    type: "battles",
    subType: "Armed clash",
    pattern: /\b(attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|target(?:ed|ing)|snipers?(?: fire)?|sniped|sniping)\b/i,
    refine: "target",
  },
  {
    type: "violence-against-civilians",
    subType: "Attack",
    pattern: /\b(shot and (?:killed|wounded|injured)|shot dead|shot (?:at|in)|gunned down|stabb(?:ed|ing)|opened fire|fired (?:live (?:ammunition|rounds|bullets) )?(?:at|on)|assassinat(?:ed|ion|ions|ing)|burn(?:ed|t) (?:alive|to death)|kill(?:ed|ing|ings)?|murder(?:ed|s)?|dead|deaths?|death toll|found dead|bod(?:y|ies) (?:[\w’'-]+ ){0,14}?(?:was|were) found)\b/i,
    refine: "target",
  },
  { type: "violence-against-civilians", subType: "Attack", pattern: /\b(atrocities|violence|violations)\b/i },
  { type: "strategic-developments", subType: "Other", pattern: /\b(fled|flee(?:ing)?|displace(?:d|ment)|refuge|evacuat(?:ed|ion))\b/i },
];

const GLOBAL = TRIGGERS.map((t) => new RegExp(t.pattern.source, "gi"));
const WHOLE = TRIGGERS.map((t) => new RegExp(`^(?:${t.pattern.source})$`, "i"));

let lastTriggers: { text: string; found: TriggerSpan[] } | null = null;
/**
 * The triggers of a sentence as `extract.ts` finds them: every match of every
 * rule, in rule order, skipping a match that overlaps one found before.
 * Returned in the order they stand in the sentence.
 */
export function triggersOf(text: string): TriggerSpan[] {
  // refineType reads the same sentence's triggers for each of its reports and causes: the last sentence's are kept.
  if (lastTriggers?.text === text) return lastTriggers.found.slice();
  const found: TriggerSpan[] = [];
  for (const [i, t] of TRIGGERS.entries()) {
    for (const m of text.matchAll(GLOBAL[i]!)) {
      if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
      found.push({ type: t.type, subType: t.subType, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  lastTriggers = { text, found };
  return found.slice();
}

/** The rule a trigger came from: the first of its type and sub-type whose pattern matches its words whole. */
function ruleOf(trigger: TriggerSpan, sentence: string): TriggerRule | undefined {
  const words = sentence.slice(trigger.start, trigger.end);
  return TRIGGERS.find((t, i) => t.type === trigger.type && t.subType === trigger.subType && WHOLE[i]!.test(words));
}

// ---------------------------------------------------------------------------------------------------------------
// Who or what was hit

/** Where a clause ends: a full stop, a semicolon, a dash, or a comma that opens another clause or an aside. */
const CLAUSE_BREAK = /[;:.!?]|\s[–—-]\s|,\s+(?:and|but|while|whereas|which|who|where|after|before|amid|as|when|according)\b/gi;
const FIRST_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source, "i");

/** Someone no longer or never armed: a former soldier is a civilian ("15 former officers of the army"). */
const NOT_ARMED = /\b(?:former|ex-|retired|demobili[sz]ed|unarmed|off-duty|defected)\s*(?:[\w-]+\s+){0,2}?(?:soldiers?|officers?|fighters?|members?|rebels?|policem[ae]n|conscripts?|personnel)(?:\s+(?:in|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:army|forces|military|police|regime|security|groups?|factions?))?/gi;
/** Armed people, their units, and military objects. */
const ARMED =
  /\b(?:soldiers?|troops|servicem[ae]n|conscripts?|officers?|policem[ae]n|police|guards?|fighters?|militants?|militiam[ae]n|militias?|gunm[ae]n|rebels?|insurgents?|jihadists?|combatants?|commanders?|mercenar(?:y|ies)|forces|militar(?:y|ies)|military personnel|security personnel|recruits?|snipers?|patrols?|checkpoints?|convoys?|positions?|barracks|headquarters|outposts?|bases?|(?:military|army|security|police|intelligence) (?:vehicles?|points?|sites?|posts?|stations?|members?|officials?|branch(?:es)?)|(?:observation|military) points?|\w+['’]s points?|armed (?:men|groups?|factions?)|security forces|army|(?:regime|government|opposition|rebel|militia|faction|group|cell|force|brigade|division|battalion|intelligence) (?:members?|elements)|forces(?:'|’)? (?:members?|elements))\b/i;
/** A group's members or elements, named by the group ("two SDF members", "members of the Border Guard", "the group's fighters"). */
const GROUP_MEMBERS = /\b(?:[A-Z]{2,}|[A-Z][a-z]+)['’]?s? (?:members?|elements?|fighters?|militants?|leaders?|commanders?|cells?|officials?)\b|\b(?:members?|elements?) of (?:the |an? )?(?:[\w-]+ )?(?:[A-Z]|security|army|military|armed|militia|rebel|opposition|factions?|groups?|forces)|\b(?:group|faction|militia|army|force|brigade|cell|unit)['’]s (?:members?|fighters?|elements)/;
/** Civilians, and places where civilians are. */
const CIVILIAN =
  /\b(?:civilians?|civilian \w+|children|child|kids?|bab(?:y|ies)|infants?|boys?|girls?|wom[ae]n|elderly|farmers?|shepherds?|workers?|labou?rers?|residents?|villagers?|inhabitants|famil(?:y|ies)|relatives|patients?|students?|pupils?|teachers?|worshippers?|journalists?|reporters?|doctors?|nurses?|medics?|paramedics?|volunteers?|refugees?|displaced|passers?-?by|pedestrians?|merchants?|traders?|shopkeepers?|pharmacists?|citizens?|people|hospitals?|clinics?|schools?|markets?|homes?|houses?|mosques?|churches?|shrines?|bakery|bakeries|shops?|camps? for (?:the )?displaced|(?:IDP|displacement|refugee) camps?|(?:a|an|one|two|three|\d+) (?:young |elderly |old )?m[ae]n)\b/i;

type Target = "armed" | "civilian" | null;

/** What a stretch of words says was hit: armed people or military objects, civilians or civilian places, or nothing either way. */
export function targetOf(words: string): Target {
  const civilianOnly = words.search(NOT_ARMED) !== -1;
  const rest = words.replace(NOT_ARMED, " ");
  if (ARMED.test(rest) || GROUP_MEMBERS.test(rest)) return "armed";
  return civilianOnly || CIVILIAN.test(rest) ? "civilian" : null;
}

/** The stretch from the start of the trigger's clause to the trigger. */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  return before.slice(from);
}

/** The stretch from the trigger to the end of its clause (at most `max` characters). */
function clauseAfter(sentence: string, at: number, max: number): string {
  const after = sentence.slice(at, at + max);
  const cut = after.search(FIRST_CLAUSE_BREAK);
  return cut === -1 ? after : after.slice(0, cut);
}

/** Words after an act that show it has no object there: a place, a time, an agent, the next clause. */
const NO_OBJECT = /^\s*(?:in|near|during|by|when|after|before|while|as|and|or|but|amid|since|with|from|to|for|outside|inside|across|around|throughout|over|under|last|yesterday|today|overnight|early|late|earlier|later|there|here|also|reportedly|allegedly|[,.;:!?)\u2013\u2014-]|$)/i;
/** A passive just before the act: "were killed", "was reportedly shot dead", "had been targeted". */
const PASSIVE = /\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+\s+)?$/; // lower case: "IS" is a group
/** A killing told as the result of the act before it: ", killing four", "resulting in the death of", "and killed two". */
const RESULT = /(?:,\s*|\b(?:resulting in|resulted in|leading to|led to|causing|caused|leaving|left|and)\s+(?:the\s+)?)$/i;
const KILLING_WORD = /^(?:kill|death|dead)/i;

/** Who or what an act hit: its object when it has one (up to an agent's "by"), else, in the passive, its subject. */
function targetOfAct(trigger: TriggerSpan, sentence: string): Target {
  const words = sentence.slice(trigger.start, trigger.end).toLowerCase();
  const before = sentence.slice(0, trigger.start);
  if (words === "dead" || PASSIVE.test(before)) return targetOf(clauseBefore(sentence, trigger.start));
  if (NO_OBJECT.test(sentence.slice(trigger.end))) return null;
  return targetOf(clauseAfter(sentence, trigger.end, 140).split(/\bby\b/)[0]!);
}

// ---------------------------------------------------------------------------------------------------------------
// Who took the ground, who detained

/** The government side, as reporters name it ("regime forces", "the Syrian army", "SAA", "pro-government militias"). */
const GOVERNMENT = [
  /\b(?<!anti-)(?:[Rr]egime|[Gg]overnment|[Ll]oyalist)(?: forces| troops| army| soldiers| units| militias?)?\b/g,
  /\b[Pp]ro-(?:regime|government) (?:forces|troops|militias?|fighters|groups?)\b/g,
  /\bSAA\b/g,
  /\b(?<!Free )Syrian (?:Arab )?[Aa]rmy\b/g,
  /\b[Tt]he army\b|\b[Aa]rmy (?:troops|units|forces)\b|\b[Ss]tate forces\b/g,
];
/** Other sides a clause may name as the one that acted. */
const NON_STATE = [
  /\b(?:rebels?|opposition|insurgents?|militants?|jihadists?|fighters|factions?|armed groups?|gunmen|militias?|tribal|kurdish|kurds|islamic state|isis|isil|daesh|hts|sdf|ypg|sna|fsa|free syrian army|syrian national army|nusra|al-qaeda)\b/gi,
  /\bIS\b/g,
];
/** The state's forces that arrest: police, security forces, intelligence, authorities. */
const STATE_AGENCY = /\b(?:police|policemen|security forces|security services|intelligence|authorities|government|regime|army|soldiers|troops|checkpoint|interior ministry|ministry of (?:the )?interior)\b/i;

/** Which side the party named last in a stretch belongs to: the government's, another's, or neither named. */
function sideBefore(text: string): "government" | "other" | null {
  let best: { at: number; side: "government" | "other" } | null = null;
  const sides = [...GOVERNMENT.map((re) => [re, "government"] as const), ...NON_STATE.map((re) => [re, "other"] as const)];
  for (const [re, side] of sides) {
    for (const m of text.matchAll(re)) {
      const at = m.index + m[0].length;
      // "pro-regime militias": the government's words end where "militias" does; the tie goes to the government.
      if (!best || at > best.at || (at === best.at && side === "government")) best = { at, side };
    }
  }
  return best?.side ?? null;
}

/** The side that took the ground: "by <side>" after a passive, else the side named last before the act in its clause. */
function territorySide(trigger: TriggerSpan, sentence: string): "government" | "other" | null {
  const words = sentence.slice(trigger.start, trigger.end);
  const before = sentence.slice(0, trigger.start);
  const agent = /^(?:fell to|fell into the hands of|came under (?:the )?control of)$/i.test(words)
    ? sentence.slice(trigger.end, trigger.end + 60)
    : PASSIVE.test(before)
      ? (/^\s*(?:[\w-]+\s+){0,6}?by\s+((?:[\w'’-]+\s*){1,5})/.exec(sentence.slice(trigger.end))?.[1] ?? null)
      : null;
  if (agent !== null) {
    const side = sideBefore(` ${agent}`);
    if (side) return side;
  }
  return sideBefore(clauseBefore(sentence, trigger.start).slice(-120));
}

/** How far after a passive killing its cause may be named: "were killed (on Monday) in an air strike". */
const CAUSE_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:in|by|during|when|as|after|amid)\s+/i;

/** The act a killing word reports the work of, if the sentence tells it: see `refineType`. */
function causeOf(trigger: TriggerSpan, sentence: string): TriggerSpan | undefined {
  const others = triggersOf(sentence).filter((t) => !KILLING_WORD.test(sentence.slice(t.start, t.end)));
  const before = sentence.slice(0, trigger.start);
  if (RESULT.test(before)) return others.filter((t) => t.end <= trigger.start).pop();
  if (PASSIVE.test(before)) {
    const link = CAUSE_AFTER.exec(sentence.slice(trigger.end));
    if (!link) return undefined;
    const from = trigger.end + link[0].length;
    return others.find((t) => t.start >= from && t.start - from <= 40);
  }
  // The subject: an event word with nothing but its own modifiers (and an agent after "by") before the killing.
  const subject = others.filter((t) => t.end <= trigger.start).pop();
  if (!subject) return undefined;
  const gap = sentence.slice(subject.end, trigger.start).replace(/\bby\b.*$/s, "");
  return gap.length <= 60 && !/[,;:()]/.test(gap) && targetOf(gap) === null && sideBefore(gap) === null ? subject : undefined;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The type and sub-type of a trigger, read with the words around it in its
 * sentence (`trigger.start`/`end` are offsets into `sentence`):
 * - an act against someone ("killed", "shot", "targeted", "attacked", "assassinated",
 *   "snipers") is a battle ("Armed clash") when it hit armed people or military
 *   objects, violence against civilians ("Attack") when it hit civilians or
 *   civilian places, and keeps its rule's type when the words do not say; a killing
 *   told as the result of an act before it (", killing four", "resulting in the
 *   death of") is of that act's type (a clash or a shelling that kills civilians is
 *   still a clash or a shelling);
 * - ground taken ("took control of", "captured", "recaptured", "advanced into") is
 *   "Government regains territory" when the side that took it is the government's
 *   (regime or government forces, the Syrian army, SAA), else "Non-state actor
 *   overtakes territory";
 * - "detained" is an arrest when the state's forces did it, a clash when an armed
 *   group took a fighter of another, else an abduction.
 * Pure: it reads only its arguments. `extract.ts` calls it on the trigger it chose
 * for a place: `const { type, subType } = refineType(trigger, sentence.text)`.
 */
export function refineType(trigger: TriggerSpan, sentence: string): { type: EventType; subType: string } {
  return refine(trigger, sentence, 0);
}

function refine(trigger: TriggerSpan, sentence: string, depth: number): { type: EventType; subType: string } {
  const own = { type: trigger.type, subType: trigger.subType };
  const rule = ruleOf(trigger, sentence);
  if (!rule?.refine) return own;
  const words = sentence.slice(trigger.start, trigger.end);
  const before = sentence.slice(0, trigger.start);

  if (rule.refine === "territory") {
    const side = territorySide(trigger, sentence);
    return { type: "battles", subType: side === "government" ? "Government regains territory" : "Non-state actor overtakes territory" };
  }

  if (rule.refine === "detention") {
    if (STATE_AGENCY.test(clauseBefore(sentence, trigger.start).slice(-80))) return { type: "strategic-developments", subType: "Arrests" };
    // An armed group taking a member of another prisoner is an interaction of two armed groups.
    return targetOfAct(trigger, sentence) === "armed" ? { type: "battles", subType: "Armed clash" } : own;
  }

  // A killing told as the work of another act takes that act's type: its result (", killing four"), its subject
  // ("an air strike killed five"), or its cause in the passive ("were killed in the shelling", "were killed when gunmen opened fire").
  if (KILLING_WORD.test(words) && depth < 2) {
    const cause = causeOf(trigger, sentence);
    // An act whose target its own words leave open ("attacked a wedding party") is read by the dead of its result.
    const open = cause !== undefined && ruleOf(cause, sentence)?.refine === "target" && targetOfAct(cause, sentence) === null;
    if (cause && !(open && targetOfAct(trigger, sentence) !== null)) return refine(cause, sentence, depth + 1);
  }
  // "the body of a soldier was found", "a fighter's body was found": the dead are named in or just before the words.
  if (/^bod/i.test(words)) {
    const dead = targetOf(`${clauseBefore(sentence, trigger.start).slice(-60)} ${words}`);
    if (dead === "armed") return { type: "battles", subType: "Armed clash" };
    if (dead === "civilian") return { type: "violence-against-civilians", subType: "Attack" };
  }
  let target = targetOfAct(trigger, sentence);
  if (target === null && !KILLING_WORD.test(words)) {
    // "attacked a wedding party, killing six guests": an act whose own words leave its target open is read by the dead of its result.
    const result = triggersOf(sentence).find((t) => t.start >= trigger.end && KILLING_WORD.test(sentence.slice(t.start, t.end)) && RESULT.test(sentence.slice(0, t.start)));
    if (result && causeOf(result, sentence)?.start === trigger.start) target = targetOfAct(result, sentence);
  }
  if (target === "armed") return { type: "battles", subType: "Armed clash" };
  if (target === "civilian") return { type: "violence-against-civilians", subType: "Attack" };
  return own;
}

/** The triggers of a sentence with the types `refineType` reads for them. */
export function typedTriggersOf(text: string): TriggerSpan[] {
  return triggersOf(text).map((t) => ({ ...t, ...refineType(t, text) }));
}

/**
 * What may happen, not what happened: a modal, plan or threat governing the
 * event word, at most two words before it ("would attack", "threatened to
 * launch an attack", "vulnerable to attacks"). Tested on the text before the event word.
 */
export const HYPOTHETICAL =
  /\b(?:would|could|might|will|can|cannot|if you|if|expected to|threaten(?:s|ed|ing)? to|plan(?:s|ned)? to|to plan|vulnerable to|(?:at )?risk of|fear of|threat of)\s+(?:[\w’'-]+\s+){0,2}$/i;
