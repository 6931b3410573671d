import { describe, expect, it } from "vitest";
import { findFatalities, isPeriodStatistic, victimsOf } from "./fatalities";
import { formatToll } from "./toll-format";

/** The toll as read and as shown, or null. */
const read = (s: string) => {
  const f = findFatalities(s);
  return f && { low: f.low, best: f.best, high: f.high, shown: formatToll(f), victims: f.victims };
};

describe("findFatalities: bounds as written", () => {
  it.each([
    ["Shelling on the town left more than 300 people dead.", 300, 300, null, ">300"],
    ["Over 40 fighters were killed in the assault.", 40, 40, null, ">40"],
    ["At least 35 civilians were killed when the market was hit.", 35, 35, null, "≥35"],
    ["Between 600 and 2,000 people were killed in the assault on the district.", 600, 600, 2000, "600–2,000"],
    ["The toll from the attack is estimated at between 600 and 2,000 killed.", 600, 600, 2000, "600–2,000"],
    ["Around 20 gunmen were killed in the fighting near the dam.", 20, 20, 20, "~20"],
    ["About 20 people died in the blast.", 20, 20, 20, "~20"],
    ["Approximately 20 residents were killed.", 20, 20, 20, "~20"],
    ["Some 20 fighters were killed in the counter-attack.", 20, 20, 20, "~20"],
    ["An estimated 20 villagers were killed.", 20, 20, 20, "~20"],
    // "Nearly 50": just under 50, an estimate; shown "~50" (high 50 kept in the data).
    ["Nearly 50 soldiers were killed in the ambush.", 45, 50, 50, "~50"],
    ["Up to 12 civilians were killed in the raid.", 0, 12, 12, "≤12"],
    ["Dozens of people were killed in the airstrikes.", 24, 24, null, "dozens"],
    ["Hundreds were killed.", 200, 200, null, "hundreds"],
    ["Seventeen farmers were killed in the fields.", 17, 17, 17, "17"],
    ["More than a dozen people were killed.", 12, 12, null, ">12"],
  ])("%s", (sentence, low, best, high, shown) => {
    expect(read(sentence)).toMatchObject({ low, best, high, shown });
  });

  it("marks an estimate approximate and an exact count not", () => {
    expect(findFatalities("Around 20 gunmen were killed.")).toMatchObject({ approximate: true });
    expect(findFatalities("Twenty gunmen were killed.")!.approximate).toBeUndefined();
    expect(findFatalities("More than 300 were killed.")).toMatchObject({ moreThan: true, high: null });
    expect(findFatalities("At least 300 were killed.")!.moreThan).toBeUndefined();
    expect(findFatalities("Dozens were killed.")).toMatchObject({ vague: "dozens", high: null });
  });
});

describe("findFatalities: the figures of one event added up", () => {
  it.each([
    ["An IED attack killed 2 regime soldiers and 1 pro-regime militiaman near the road.", 3, "mixed"],
    ["3 fighters and 2 civilians were killed in the clashes.", 5, "mixed"],
    ["The raid killed 3 soldiers, 2 policemen and a civilian.", 6, "mixed"],
    ["A government soldier and two gunmen were killed.", 3, "mixed"],
    ["A Turkish drone strike killed 3 QSD members and a civilian.", 4, "mixed"],
    ["Members of the SDF killed 2 HTS members and an opposition fighter.", 3, "fighters"],
  ])("%s", (sentence, best, victims) => {
    expect(read(sentence)).toMatchObject({ low: best, best, high: best, victims });
  });

  it("does not add a list that only details the dead named first, nor the dead 'including' some", () => {
    expect(read("Militants killed four civilians, two farm workers and two shepherds, in the village.")).toMatchObject({ best: 4, victims: "civilians" });
    expect(read("The strike killed 12 people, including 5 children.")).toMatchObject({ best: 12 });
    expect(read("The strike killed four civilians, among them two children.")).toMatchObject({ best: 4 });
  });

  it("does not take ages or places for more dead", () => {
    expect(read("The explosion killed two children aged 5 and 7.")).toMatchObject({ best: 2, victims: "civilians" });
    expect(read("The attack killed 2 people in 3 villages.")).toMatchObject({ best: 2 });
  });

  it("takes the sentence's first toll, not one of an earlier event it recalls", () => {
    expect(read("A car bomb exploded, killing 5 people and injuring 12 others, a week after 40 were killed in a similar attack.")).toMatchObject({ best: 5 });
  });
});

describe("findFatalities: a or an before one person is one", () => {
  it.each([
    ["Unknown gunmen shot and killed a regime soldier at a checkpoint.", "security-forces"],
    ["The explosion killed an SDF member in the town.", "fighters"],
    ["A stray shell landed on a house, killing a civilian.", "civilians"],
    ["Security forces killed an armed man.", "fighters"],
    ["A 20-year-old man was shot dead at the market.", "unknown"],
  ])("%s", (sentence, victims) => {
    expect(read(sentence)).toMatchObject({ low: 1, best: 1, high: 1, victims });
  });

  it("reads bare counts after the verb", () => {
    expect(read("The patrol killed two.")).toMatchObject({ best: 2 });
    expect(read("Coalition strikes killed 3 ISIS members in the desert.")).toMatchObject({ best: 3, victims: "fighters" });
  });

  it("does not count one for 'a' before something other than a person", () => {
    expect(read("A car bomb killed a number of people.")).toBeNull();
    expect(read("The blast killed a total of 9 people.")).toMatchObject({ best: 9 });
  });
});

describe("findFatalities: wounded are not dead", () => {
  it.each([
    ["The drone strike hit a car, killing two and wounding five.", 2],
    ["The blast killed 1 and injured 5.", 1],
    ["The attack killed 3 soldiers, wounded 5 others and destroyed a vehicle.", 3],
    ["The attack killed 3 soldiers, 5 others were wounded.", 3],
    ["The attack killed 3 soldiers and 5 civilians were injured.", 3],
    ["Two soldiers were wounded and three were killed in the ambush.", 3],
    ["Two people were killed and seven others injured in the explosion.", 2],
    ["Seven people were injured and two killed in the blast.", 2],
    ["The clashes left 6 dead and 10 wounded.", 6],
  ])("%s", (sentence, best) => {
    expect(read(sentence)).toMatchObject({ best });
  });

  it("reads no toll from wounded alone", () => {
    expect(read("5 wounded.")).toBeNull();
    expect(read("Five people were wounded in the shelling.")).toBeNull();
    expect(read("The shelling injured 14 residents.")).toBeNull();
  });
});

describe("findFatalities: the fatalities a report states", () => {
  it.each([
    ["1 fatality.", 1],
    ["2 fatalities were reported.", 2],
    ["Fatalities: 3", 3],
    ["The clashes lasted hours, resulting in 4 fatalities.", 4],
    ["Total fatalities coded to 10.", 10],
    ["The death toll rose to 15 on Tuesday.", 15],
    ["A wounded man died in hospital, bringing the death toll from Monday's bombing to 12.", 12],
  ])("%s", (sentence, best) => {
    expect(read(sentence)).toMatchObject({ low: best, best, high: best });
  });

  it.each([
    "Neither injuries nor fatalities were reported.",
    "No fatalities.",
    "The attack caused no casualties.",
    "No one was killed in the explosion, but three people were wounded.",
    "There were no reports of fatalities.",
    "Fatalities: 0",
    "0 fatalities.",
  ])("reads an explicit zero: %s", (sentence) => {
    expect(read(sentence)).toMatchObject({ low: 0, best: 0, high: 0, shown: "0" });
  });

  it("tells an explicit zero from a figure not given, and a hedge from a zero", () => {
    expect(read("The bombing hit the bakery.")).toBeNull();
    expect(read("There were no immediate reports of casualties.")).toBeNull();
    expect(read("No casualties were immediately reported.")).toBeNull();
  });

  it("prefers a number the sentence gives to its 'no casualties' about others", () => {
    expect(read("Gunmen killed a member of the Military Council; no other casualties were reported.")).toMatchObject({ best: 1 });
  });
});

describe("findFatalities: wordings of short conflict reports", () => {
  it.each([
    // a/an, several modifiers, a person
    ["Masked men shot and killed a Syrian government army conscript near the bakery.", 1],
    ["Gunmen killed a former local armed faction field commander on the highway.", 1],
    ["Coalition forces raided a farmhouse, killing an IS commander.", 1],
    ["Attackers opened fire on a checkpoint, killing a regime lieutenant and wounding two soldiers.", 1],
    // one person and another, the first with a long "of" phrase or a relative clause
    ["Unknown gunmen killed a member of the Northern Falcons Liberation Brigade and a shepherd in the village.", 2],
    ["Gunmen shot and killed a former rebel who had joined a government unit last year.", 1],
    // "all N (of them)"
    ["Militants ambushed a truck carrying 2 policemen and 1 informant, killing all 3 of them.", 3],
    ["All four were killed when the shell struck their house.", 4],
    ["A grenade was thrown into the shop, killing 1 man, and injuring 2 others.", 1],
    // deaths as written
    ["The shelling resulted in the death of 2 fighters from the brigade.", 2],
    ["The crossfire led to the death of a child.", 1],
    ["Clashes between two clans resulted in the death of a farmer and a teenager.", 2],
    ["The raid claimed the lives of 5 villagers.", 5],
    ["Six fighters lost their lives in the assault on the hill.", 6],
    ["The ambush left 3 dead.", 3],
    ["Two guards died of their wounds in hospital.", 2],
    ["The following day, a policeman succumbed to his wounds.", 1],
    ["A soldier, as well as a nurse, succumbed to wounds sustained in the bombardment.", 2],
    ["Three shepherds were found dead in the desert.", 3],
    ["Two civilians were shot and killed by members of a militia.", 2],
    // bodies found
    ["The bodies of 4 soldiers were found near the dam.", 4],
    ["Villagers found the body of a young shepherd in an orchard.", 1],
    ["A policeman's body was found in a ditch outside the town.", 1],
    ["An IS member's body was found near the well.", 1],
    ["The body of a local council employee was found on a farm road.", 1],
    // assassinations and killings done to someone
    ["Gunmen assassinated a local council official outside his home.", 1],
    ["A rebel commander was assassinated in the town by unknown assailants.", 1],
    ["Unknown attackers stabbed a farmer to death in his field.", 1],
    // a participle without its auxiliary
    ["Fighting raged for hours, with at least 9 government soldiers killed.", 9],
    ["Later reports spoke of 4 gunmen killed in the exchange of fire.", 4],
    ["The battle went on until dawn, with 11 soldiers and 6 militants reported killed.", 17],
    // dead the sentence adds to its first figure
    ["A soldier was killed along with a militiaman from the attacking group.", 2],
    ["Twelve soldiers were killed along with 5 militants in the fighting.", 17],
    ["20 fighters were killed in the battle, while at least 7 soldiers were killed.", 27],
    ["The feud ended with shooting, killing 2 guards, and 1 driver, in addition to 1 civilian.", 4],
    ["The strikes resulted in the killing of 9 regime and pro-regime fighters and 4 rebels.", 13],
    // a total the report states
    ["Total fatalities was coded 4.", 4],
    ["Total fatalities 6.", 6],
  ])("%s", (sentence, best) => {
    expect(read(sentence)).toMatchObject({ best });
  });

  it("reads a range written with 'between N to M'", () => {
    expect(read("A sniper opened fire on a patrol, killing between 3 to 5 fighters.")).toMatchObject({ low: 3, best: 3, high: 5 });
    expect(read("Between 4 to 6 civilians, including 2 children, were reported killed in the strike.")).toMatchObject({ low: 4, high: 6, victims: "civilians" });
  });

  it("keeps the first figure of a list whose later items only say where the dead were from", () => {
    expect(read("The attack resulted in the killing of 5 militiamen, 2 Afghan and 3 Pakistani, and the wounding of others.")).toMatchObject({ best: 5 });
  });

  it("does not take a detail set off by commas for the figure", () => {
    expect(read("At least 8 civilians, including 3 women, were killed in the shelling.")).toMatchObject({ low: 8, best: 8, high: null });
  });

  it("still tells wounded, dates, failed attempts and active killers from the dead", () => {
    expect(read("A sniper killed 1 soldier and wounded between 2 and 3 others.")).toMatchObject({ low: 1, best: 1, high: 1 });
    expect(read("On 14/05/2021, a fighter succumbed to his wounds.")).toMatchObject({ best: 1 });
    expect(read("Three gunmen killed a soldier at the checkpoint.")).toMatchObject({ best: 1 });
    expect(read("Gunmen tried to assassinate a judge.")).toBeNull();
    expect(read("An assassination attempt on a judge failed.")).toBeNull();
    expect(read("The attack killed 2 soldiers and 2 Syrians working at the post.")).toMatchObject({ best: 4 });
    expect(read("A car bomb killed a number of people.")).toBeNull();
    expect(read("Five fighters were wounded along with 2 civilians.")).toBeNull();
    expect(read("A number of bodies were found in the rubble.")).toBeNull();
    expect(read("A besieged garrison of 40 soldiers succumbed to hunger and surrendered.")).toBeNull();
  });

  it("names who the dead were", () => {
    expect(read("Gunmen shot and killed a regime lieutenant.")).toMatchObject({ victims: "security-forces" });
    expect(read("A drone strike killed an IS commander near the river.")).toMatchObject({ victims: "fighters" });
  });
});

describe("findFatalities: period statistics are not an incident's toll", () => {
  it.each([
    "At least 35 deaths have been recorded in the province since the beginning of the year.",
    "More than 500,000 people have been killed since 2011.",
    "Twelve civilians were killed this month in the governorate.",
    "So far this year, 140 people have died in landmine explosions.",
    "Over the past week, 60 fighters were killed in clashes across the region.",
    "The death toll of the war has reached more than 600,000.",
    "The war has killed more than 500,000 people.",
    "Clashes between 2011 and 2020 left 400,000 dead.",
  ])("%s", (sentence) => {
    expect(findFatalities(sentence)).toBeNull();
  });

  it("takes the incident's figure of a sentence that also gives a running total", () => {
    expect(read("On Monday a strike killed 4 fighters, bringing the total to 312.")).toMatchObject({ best: 4, victims: "fighters" });
  });

  it("keeps an incident's toll beside a comparison or a clause that dates something else", () => {
    expect(read("The deadliest attack since 2011 killed 45 people.")).toMatchObject({ best: 45 });
    expect(read("The town, which has been besieged since 2012, saw 5 people killed on Monday.")).toMatchObject({ best: 5 });
    expect(read("Since Thursday, clashes have killed 30 people in the city.")).toMatchObject({ best: 30 });
  });

  it("says which figure of a sentence is a period statistic", () => {
    const s = "Gunmen killed 3 farmers on Monday, bringing the number of civilians killed since January 2025 to 90.";
    const f = findFatalities(s)!;
    expect(f.best).toBe(3);
    expect(isPeriodStatistic(s, f.span)).toBe(false);
    const at = s.indexOf("90");
    expect(isPeriodStatistic(s, { start: at, end: at + 2 })).toBe(true);
  });
});

describe("victimsOf: who the dead were", () => {
  it.each([
    ["regime soldiers", "security-forces"],
    ["government troops", "security-forces"],
    ["members of the regime forces", "security-forces"],
    ["security personnel", "security-forces"],
    ["policemen", "security-forces"],
    ["members of the General Security", "security-forces"],
    ["SDF members", "fighters"],
    ["members of the QSD", "fighters"],
    ["pro-regime militiaman", "fighters"],
    ["militiamen", "fighters"],
    ["gunmen", "fighters"],
    ["ISIS members", "fighters"],
    ["IS members", "fighters"],
    ["ISIS elements", "fighters"],
    ["rebels", "fighters"],
    ["opposition fighters", "fighters"],
    ["HTS members", "fighters"],
    ["Free Syrian Army fighters", "fighters"],
    ["Syrian National Army members", "fighters"],
    ["shepherds", "civilians"],
    ["children", "civilians"],
    ["soldiers and civilians", "mixed"],
    ["members", "unknown"],
    ["people", "unknown"],
  ])("%s: %s", (phrase, victims) => {
    expect(victimsOf(phrase)).toBe(victims);
  });
});
