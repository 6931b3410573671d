import { describe, expect, it } from "vitest";
import type { EventType } from "./incident";
import { refineType, TRIGGERS, targetOf, triggersOf, typedTriggersOf } from "./lexicon";

/** ACLED's event types and their sub-event types, in ACLED's words. */
const ACLED: Record<EventType, string[]> = {
  battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "violence-against-civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
  "explosions-remote-violence": ["Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon"],
  protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  riots: ["Violent demonstration", "Mob violence"],
  "strategic-developments": [
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
  ],
};

/**
 * The type a sentence gives the trigger that holds `word` (the first trigger
 * when no word is given), read as `extract.ts` reads it: found by `triggersOf`,
 * typed by `refineType`.
 */
function typed(sentence: string, word?: string): string {
  const triggers = triggersOf(sentence);
  const at = word === undefined ? -1 : sentence.indexOf(word);
  if (word !== undefined && at === -1) throw new Error(`"${word}" is not in the sentence`);
  const t = word === undefined ? triggers[0] : triggers.find((x) => x.start <= at && at < x.end);
  if (!t) return "none";
  const r = refineType(t, sentence);
  return `${r.type} / ${r.subType}`;
}

const BATTLE = "battles / Armed clash";
const GOV_TERRITORY = "battles / Government regains territory";
const NSA_TERRITORY = "battles / Non-state actor overtakes territory";
const VAC = "violence-against-civilians / Attack";
const ABDUCTION = "violence-against-civilians / Abduction/forced disappearance";
const SHELLING = "explosions-remote-violence / Shelling/artillery/missile attack";
const AIR = "explosions-remote-violence / Air/drone strike";
const IED = "explosions-remote-violence / Remote explosive/landmine/IED";

describe("the lexicon's sub-types", () => {
  it("are ACLED's sub-event types, each under its ACLED event type", () => {
    for (const t of TRIGGERS) expect(ACLED[t.type], `${t.type} / ${t.subType}`).toContain(t.subType);
  });

  it("types every refinement it makes with ACLED's names too", () => {
    const sentences = ["Gunmen killed two soldiers.", "Gunmen killed two civilians.", "Regime forces captured the hill.", "Rebels captured the hill.", "Police detained a man.", "Gunmen detained a man."];
    for (const s of sentences) for (const t of triggersOf(s)) {
      const r = refineType(t, s);
      expect(ACLED[r.type]).toContain(r.subType);
    }
  });
});

describe("battles: words for armed clashes", () => {
  it.each([
    ["Clashes erupted between two armed factions on the edge of the town.", "Clashes"],
    ["Rebel fighters clashed with an army unit near the dam.", "clashed"],
    ["A gun fight broke out between two clans in the market.", "gun fight"],
    ["A gunfight between smugglers and border guards lasted an hour.", "gunfight"],
    ["A firefight broke out at the crossing after midnight.", "firefight"],
    ["An exchange of fire between the two sides was reported on the front line.", "exchange of fire"],
    ["Militants exchanged fire with a patrol outside the village.", "exchanged fire"],
    ["The two sides traded fire across the river on Sunday.", "traded fire"],
    ["Insurgents ambushed a military convoy on the highway.", "ambushed"],
    ["Two soldiers died in an ambush on the mountain road.", "ambush"],
    ["Police raided a hideout of the cell in the old quarter.", "raided"],
    ["A dawn raid on a farm left one of the wanted men wounded.", "raid"],
    ["Fighters stormed the barracks before dawn.", "stormed"],
    ["The faction announced it had foiled an infiltration attempt on the northern axis.", "infiltration attempt"],
    ["A group of militants infiltrated army lines near the hill.", "infiltrated"],
    ["Militants tried to infiltrate the positions of a rival faction overnight.", "infiltrate"],
    ["Government troops repelled an attack on the airbase.", "repelled"],
    ["A security operation was launched against the cell in the desert.", "security operation"],
    ["Heavy fighting continued for a third day in the northern districts.", "fighting"],
  ])("%s", (sentence, word) => {
    expect(typed(sentence, word)).toBe(BATTLE);
  });

  it("reads sniper fire at soldiers or fighters as a clash", () => {
    expect(typed("Sniper fire killed a soldier at the front line.", "Sniper fire")).toBe(BATTLE);
    expect(typed("Opposition snipers shot two conscripts near the outpost.", "snipers")).toBe(BATTLE);
    expect(typed("A rebel sniper shot and killed a regime soldier on the front.", "shot and killed")).toBe(BATTLE);
    expect(typed("Government forces sniped at militants across the valley.", "sniped")).toBe(BATTLE);
  });

  it("reads sniper fire at civilians as violence against civilians", () => {
    expect(typed("A sniper shot a woman as she crossed the bridge.", "sniper")).toBe(VAC);
  });

  it("reads an attack on a position, point, checkpoint, patrol or vehicle as a clash", () => {
    expect(typed("Gunmen attacked a checkpoint on the road to the airport.", "attacked")).toBe(BATTLE);
    expect(typed("The group attacked an army position east of the town.", "attacked")).toBe(BATTLE);
    expect(typed("Militants attacked a military point held by a rival militia.", "attacked")).toBe(BATTLE);
    expect(typed("Unknown assailants attacked a patrol near the bridge.", "attacked")).toBe(BATTLE);
    expect(typed("The cell targeted an army vehicle with machine guns.", "targeted")).toBe(BATTLE);
  });

  it("reads an attack on civilians or a civilian place as violence against civilians", () => {
    expect(typed("Armed men attacked a hospital in the southern quarter.", "attacked")).toBe(VAC);
    expect(typed("It was a brutal attack on a school full of pupils.", "attack")).toBe(VAC);
    expect(typed("The militia targeted farmers working in their fields.", "targeted")).toBe(VAC);
  });

  it("keeps an attack whose target it cannot tell as a clash", () => {
    expect(typed("The attackers attacked from three directions at night.", "attacked")).toBe(BATTLE);
  });
});

describe("killing: who the dead were decides the type", () => {
  it.each([
    ["Gunmen killed two soldiers at a checkpoint.", BATTLE],
    ["Gunmen killed two civilians in their home.", VAC],
    ["Unknown gunmen shot and killed a policeman in the main street.", BATTLE],
    ["Unknown gunmen shot and killed a shepherd in the hills.", VAC],
    ["Two members of the security forces were killed overnight.", BATTLE],
    ["Three children were killed on Tuesday.", VAC],
    ["A fighter of the faction was shot dead outside his house.", BATTLE],
    ["A teacher was shot dead outside his house.", VAC],
    ["Gunmen on a motorbike killed two brothers, both members of the local council forces.", BATTLE],
    ["Four of the group's members were killed.", BATTLE],
    ["The killing of two militiamen angered the tribe.", BATTLE],
    ["The killing of two students angered the town.", VAC],
  ])("%s", (sentence, type) => {
    expect(typed(sentence, /killed|killing|shot dead|shot and killed/.exec(sentence)![0])).toBe(type);
  });

  it("counts a former soldier as a civilian", () => {
    expect(typed("Gunmen killed a former army officer at his farm.", "killed")).toBe(VAC);
    expect(typed("Six retired soldiers were killed in their homes.", "killed")).toBe(VAC);
  });

  it("reads the dead of both kinds as a battle when armed people were among them", () => {
    expect(typed("Around a dozen members of the police and eight men of the village were killed.", "killed")).toBe(BATTLE);
  });

  it("keeps a killing whose dead it cannot tell as violence against civilians", () => {
    expect(typed("Gunmen killed a man on the road.", "killed")).toBe(VAC);
    expect(typed("Dozens were killed.", "killed")).toBe(VAC);
  });

  it("reads an assassination by whom it hit", () => {
    expect(typed("Gunmen assassinated a commander of the local militia.", "assassinated")).toBe(BATTLE);
    expect(typed("Gunmen assassinated a doctor outside the clinic.", "assassinated")).toBe(VAC);
  });

  it("reads a body found by who it was", () => {
    expect(typed("The body of a soldier was found near the canal.", "body")).toBe(BATTLE);
    expect(typed("The bodies of two farmers were found near the canal.", "bodies")).toBe(VAC);
  });

  it("gives a killing told as an act's result that act's type", () => {
    expect(typed("Militants attacked an army post, killing four.", "killing")).toBe(BATTLE);
    expect(typed("Clashes broke out between two clans, killing a man.", "killing")).toBe(BATTLE);
    expect(typed("Artillery shelled the market, killing three civilians.", "killing")).toBe(SHELLING);
    expect(typed("The gunmen attacked a wedding party, which resulted in the killing of six guests and a child.", "killing")).toBe(VAC);
    // and the act itself, whose own words leave its target open, is read by the dead of its result
    expect(typed("The gunmen attacked a wedding party, which resulted in the killing of six guests and a child.", "attacked")).toBe(VAC);
    expect(typed("Gunmen attacked a car, killing two soldiers.", "attacked")).toBe(BATTLE);
  });

  it("gives a killing whose subject is an event that event's type", () => {
    expect(typed("An air strike killed five civilians near the bakery.", "killed")).toBe(AIR);
    expect(typed("A landmine killed a shepherd grazing his flock.", "killed")).toBe(IED);
    expect(typed("The clashes killed two fighters.", "killed")).toBe(BATTLE);
  });

  it("gives a killing in the passive its cause's type when the sentence names it", () => {
    expect(typed("Five civilians were killed in an air strike on the market.", "killed")).toBe(AIR);
    expect(typed("Two men were killed when a roadside bomb went off.", "killed")).toBe(IED);
    expect(typed("Seven villagers were killed in the exchange of fire.", "killed")).toBe(BATTLE);
  });

  it("does not take a party for the cause of a killing it carried out", () => {
    expect(typed("During the protests, security forces killed five people.", "killed")).toBe(VAC);
  });
});

describe("battles: ground taken", () => {
  it.each([
    ["Regime forces took control of the village after two days of fighting.", "took control of"],
    ["Government forces seized the hilltop overlooking the road.", "seized"],
    ["The Syrian army captured the town on Friday.", "captured"],
    ["The SAA advanced into the eastern neighbourhoods.", "advanced into"],
    ["Syrian Arab Army units recaptured the airbase.", "recaptured"],
    ["Pro-government militias regained control of the crossing.", "regained control of"],
    ["The town fell to regime forces on Monday.", "fell to"],
    ["The hill was captured by government troops.", "captured"],
  ])("%s → the government regains territory", (sentence, word) => {
    expect(typed(sentence, word)).toBe(GOV_TERRITORY);
  });

  it.each([
    ["Rebel factions took control of the village after two days of fighting.", "took control of"],
    ["The militants seized the hilltop overlooking the road.", "seized"],
    ["Kurdish-led fighters captured the town on Friday.", "captured"],
    ["Opposition fighters advanced into the eastern neighbourhoods.", "advanced into"],
    ["The faction recaptured the village it had lost in the spring.", "recaptured"],
    ["The hill was captured by opposition fighters.", "captured"],
    ["The Free Syrian Army captured the crossing.", "captured"],
    ["Tribal fighters regained control of the oil field.", "regained control of"],
  ])("%s → a non-state actor overtakes territory", (sentence, word) => {
    expect(typed(sentence, word)).toBe(NSA_TERRITORY);
  });

  it("takes the side named nearest before the words in their clause", () => {
    expect(typed("Clashes broke out between rebels and the army, with regime forces gaining control of the ridge.", "gaining control of")).toBe(GOV_TERRITORY);
    expect(typed("Regime forces shelled the area, while rebels captured the ridge.", "captured")).toBe(NSA_TERRITORY);
  });

  it("reads fighters captured, not ground, as a clash", () => {
    expect(typed("Insurgents captured three soldiers at a checkpoint.", "captured")).toBe(BATTLE);
  });
});

describe("explosions and remote violence", () => {
  it.each([
    ["Regime artillery shelled the outskirts of the town.", "shelled", SHELLING],
    ["Heavy shelling hit the eastern districts overnight.", "shelling", SHELLING],
    ["A rocket landed near the mosque.", "rocket", SHELLING],
    ["Missiles struck the depot at dawn.", "Missiles", SHELLING],
    ["An airstrike hit a convoy on the highway.", "airstrike", AIR],
    ["Warplanes carried out air raids on the hills.", "air raids", AIR],
    ["A drone strike killed two men on a motorcycle.", "drone strike", AIR],
    ["A drone targeted a car near the roundabout.", "drone targeted", AIR],
    ["An IED exploded as a patrol passed.", "IED", IED],
    ["A roadside bomb went off near the bus station.", "roadside bomb", IED],
    ["A landmine exploded under a tractor.", "landmine", IED],
    ["A car bomb tore through the market.", "car bomb", IED],
    ["A suicide bomber blew himself up at the gate.", "suicide bomber", "explosions-remote-violence / Suicide bomb"],
    ["A man threw a hand grenade into the shop.", "grenade", "explosions-remote-violence / Grenade"],
    ["Witnesses described a chemical attack on the suburb.", "chemical attack", "explosions-remote-violence / Chemical weapon"],
  ])("%s", (sentence, word, type) => {
    expect(typed(sentence, word)).toBe(type);
  });

  it("reads an exchange of shelling between two sides as a clash, not shelling", () => {
    expect(typed("A shelling exchange took place between the army and a rebel faction on the front.", "shelling exchange")).toBe(BATTLE);
    expect(typed("An exchange of artillery fire between the two sides lasted all night.", "exchange of artillery fire")).toBe(BATTLE);
    expect(typed("The two sides exchanged mortar rounds across the valley.", "exchanged mortar rounds")).toBe(BATTLE);
    expect(typed("Mutual shelling resumed along the front line.", "Mutual shelling")).toBe(BATTLE);
  });

  it("reads one side's shelling of a place as shelling", () => {
    expect(typed("Government forces shelled the village with mortars.", "shelled")).toBe(SHELLING);
  });
});

describe("violence against civilians, protests, riots", () => {
  it.each([
    ["Militiamen massacred the villagers.", "massacred", VAC],
    ["The group executed five prisoners in the square.", "executed", VAC],
    ["Gunmen abducted a merchant on his way home.", "abducted", ABDUCTION],
    ["Masked men kidnapped two aid workers.", "kidnapped", ABDUCTION],
    ["Armed men detained a young man and took him away.", "detained", ABDUCTION],
    ["Women said they were raped at the checkpoint.", "raped", "violence-against-civilians / Sexual violence"],
    ["Hundreds protested in the main square.", "protested", "protests / Peaceful protest"],
    ["Police fired tear gas at the crowd.", "tear gas", "protests / Protest with intervention"],
    ["Soldiers opened fire on the demonstrators, killing four.", "opened fire on the demonstrators", "protests / Excessive force against protesters"],
    ["Rioters set cars alight in the centre.", "Rioters", "riots / Violent demonstration"],
    ["A mob lynched a man accused of theft.", "lynched", "riots / Mob violence"],
  ])("%s", (sentence, word, type) => {
    expect(typed(sentence, word)).toBe(type);
  });

  it("reads a detention by the state's forces as an arrest, by an armed group of a fighter as a clash", () => {
    expect(typed("Security forces detained five men at a checkpoint.", "detained")).toBe("strategic-developments / Arrests");
    expect(typed("Police arrested the suspect at his home.", "arrested")).toBe("strategic-developments / Arrests");
    expect(typed("The faction detained two members of a rival group.", "detained")).toBe(BATTLE);
  });
});

describe("strategic developments", () => {
  it.each([
    ["The two sides agreed a ceasefire in the south.", "ceasefire", "Agreement"],
    ["Mediators brokered a deal to end the siege.", "brokered a deal", "Agreement"],
    ["Police seized a large cache of weapons in the basement.", "seized a large cache of weapons", "Disrupted weapons use"],
    ["Engineers defused a bomb planted under a bridge.", "defused", "Disrupted weapons use"],
    ["Air defences intercepted several drones over the coast.", "intercepted several drones", "Disrupted weapons use"],
    ["The force established a new military base on the hill.", "established a new military base", "Headquarters or base established"],
    ["Fighters looted shops and homes in the village.", "looted", "Looting/property destruction"],
    ["The militia burned down houses on the edge of town.", "burned down houses", "Looting/property destruction"],
    ["The faction handed over control of the crossing to the police.", "handed over control", "Non-violent transfer of territory"],
    ["The authorities imposed a curfew on the city.", "curfew", "Change to group/activity"],
    ["Dozens of officers defected to the opposition.", "defected", "Change to group/activity"],
    ["Thousands fled the fighting.", "fled", "Other"],
    ["Hundreds of inmates escaped from the prison.", "escaped from the prison", "Other"],
  ])("%s", (sentence, word, subType) => {
    expect(typed(sentence, word)).toBe(`strategic-developments / ${subType}`);
  });
});

describe("triggersOf", () => {
  it("lets an earlier, more specific pattern win over a word it contains", () => {
    const s = "An exchange of shelling and an air raid were reported.";
    expect(triggersOf(s).map((t) => s.slice(t.start, t.end))).toEqual(["exchange of shelling", "air raid"]);
  });
});

describe("targetOf", () => {
  it.each([
    ["two soldiers at a checkpoint", "armed"],
    ["three SDF members", "armed"],
    ["members of the Border Brigade", "armed"],
    ["a regime military point", "armed"],
    ["four civilians including a child", "civilian"],
    ["a former officer of the army", "civilian"],
    ["the hospital", "civilian"],
    ["a man", "civilian"],
    ["him", null],
    ["the town", null],
  ])("%s → %s", (words, target) => {
    expect(targetOf(words)).toBe(target);
  });
});

describe("battle and advance words of conflict notes", () => {
  it("reads 'battled' as a clash and 'made advances in' as ground taken", () => {
    const [battled] = typedTriggersOf("Rebel forces battled militants in the village.");
    expect(battled).toMatchObject({ type: "battles", subType: "Armed clash" });
    const [advance] = typedTriggersOf("Regime forces made advances in the hills west of the town.");
    expect(advance).toMatchObject({ type: "battles", subType: "Government regains territory" });
  });
});

