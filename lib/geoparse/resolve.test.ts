import { describe, expect, it } from "vitest";
import type { GazetteerMatch } from "./gazetteer";
import type { Place } from "./place";
import type { RecognisedName } from "./recognize";
import { resolveNames } from "./resolve";

const place = (id: string, name: string, country: string, featureCode: string, population: number, lat: number, lon: number, admin1 = ""): Place => ({
  id, name, lat, lon, featureClass: /^(PCL|ADM)/.test(featureCode) ? "A" : "P", featureCode, country, admin1, population, source: "test", admin2Pcode: "", admin3Pcode: "", pcode: "",
});
const exact = (p: Place): GazetteerMatch => ({ place: p, match: "exact", primary: true });

/** The names of `text` in order, each with the places given for it. */
function names(text: string, places: Record<string, Place[]>): RecognisedName[] {
  return Object.entries(places).map(([surface, ps]) => {
    const start = text.indexOf(surface);
    return { surface, start, end: start + surface.length, matches: ps.map(exact), recognisedBy: "gazetteer", feature: null, nonLiteral: null };
  });
}

const US_TOWNS = {
  Dayton: [place("1", "Dayton", "US", "PPLA2", 140_000, 39.76, -84.19)],
  Akron: [place("2", "Akron", "US", "PPLA2", 190_000, 41.08, -81.52)],
  Toledo: [place("3", "Toledo", "US", "PPLA2", 270_000, 41.66, -83.56)],
};

describe("resolveNames: a world city among small namesakes", () => {
  it("keeps a city a hundred times larger than its namesakes, even in an article about another country", () => {
    const text = "Officials in Dayton, Akron and Toledo said that London was calm.";
    const london = [place("10", "London", "GB", "PPLC", 8_961_989, 51.51, -0.13), place("11", "London", "US", "PPLA2", 8_126, 37.13, -84.08), place("12", "London", "US", "PPLA2", 10_060, 39.89, -83.45)];
    const out = resolveNames(text, names(text, { ...US_TOWNS, London: london }));
    expect(out.find((r) => r.name.surface === "London")?.chosen?.match.place.id).toBe("10");
  });

  it("leaves a namesake of comparable size to the article's focus", () => {
    const text = "Officials in Dayton, Akron and Toledo said that Birmingham was calm.";
    const birmingham = [place("20", "Birmingham", "GB", "PPLA2", 1_144_919, 52.48, -1.9), place("21", "Birmingham", "US", "PPLA2", 200_733, 33.52, -86.8)];
    const out = resolveNames(text, names(text, { ...US_TOWNS, Birmingham: birmingham }));
    expect(out.find((r) => r.name.surface === "Birmingham")?.chosen?.match.place.id ?? null).not.toBe("20");
  });
});

const chosenFor = (out: ReturnType<typeof resolveNames>, surface: string) => out.find((r) => r.name.surface === surface)?.chosen?.match.place.id ?? null;

describe("resolveNames: a country's name", () => {
  const mexico = [place("cc:MX", "Mexico", "MX", "PCLI", 10_000_000, 23, -102), place("4398103", "Mexico", "US", "PPLA2", 11_660, 39.17, -91.88, "MO")];

  it("a bare country name resolves to the country, even in an article about the namesake's country", () => {
    const text = "Troops were sent from Texas and Arizona to the border with Mexico.";
    const out = resolveNames(text, names(text, { Texas: [place("4736286", "Texas", "US", "ADM1", 0, 31.1, -98.8, "TX")], Arizona: [place("5551752", "Arizona", "US", "ADM1", 0, 34.3, -111.7, "AZ")], Mexico: mexico }));
    expect(chosenFor(out, "Mexico")).toBe("cc:MX");
  });

  it("a town named after a country is the town when it lies among the article's other places", () => {
    const text = "Fires in Moberly and Columbia spread to Mexico overnight.";
    const out = resolveNames(
      text,
      names(text, { Moberly: [place("4398678", "Moberly", "US", "PPL", 13_700, 39.42, -92.44, "MO")], Columbia: [place("4381982", "Columbia", "US", "PPLA2", 126_000, 38.95, -92.33, "MO")], Mexico: mexico }),
    );
    expect(chosenFor(out, "Mexico")).toBe("4398103");
  });
});

describe("resolveNames: the article's state or province", () => {
  it("picks the namesake in the state of the article's other places, even when they are far from it", () => {
    const text = "Officials in Savannah, Augusta and Valdosta met in Columbus on Monday.";
    const ga = { Savannah: [place("4221552", "Savannah", "US", "PPLA2", 145_000, 32.08, -81.1, "GA")], Augusta: [place("4180531", "Augusta", "US", "PPLA2", 197_000, 33.47, -81.97, "GA")], Valdosta: [place("4228147", "Valdosta", "US", "PPLA2", 56_000, 30.83, -83.28, "GA")] };
    const columbus = [place("4509177", "Columbus", "US", "PPLA", 905_748, 39.96, -83.0, "OH"), place("4188985", "Columbus", "US", "PPLA2", 206_922, 32.46, -84.99, "GA")];
    expect(chosenFor(resolveNames(text, names(text, { ...ga, Columbus: columbus })), "Columbus")).toBe("4188985");
  });
});

describe("resolveNames: a region named in passing", () => {
  it("does not move a capital's name to a small namesake in a region of a country the article is not about", () => {
    const text = "Damascus, Aleppo, Homs and Hama were calm; courts in England heard the case; officials in Washington said so.";
    const sy = (id: string, n: string, lat: number, lon: number, a1: string) => [place(id, n, "SY", "PPLA", 500_000, lat, lon, a1)];
    const out = resolveNames(
      text,
      names(text, {
        Damascus: sy("170654", "Damascus", 33.51, 36.29, "13"),
        Aleppo: sy("170063", "Aleppo", 36.2, 37.16, "09"),
        Homs: sy("169577", "Homs", 34.73, 36.71, "11"),
        Hama: sy("170017", "Hama", 35.13, 36.76, "10"),
        England: [place("6269131", "England", "GB", "ADM1", 0, 52.16, -0.7, "ENG")],
        Washington: [place("4140963", "Washington", "US", "PPLC", 689_545, 38.9, -77.04, "DC"), place("2634715", "Washington", "GB", "PPL", 53_526, 54.9, -1.52, "ENG")],
      }),
    );
    expect(chosenFor(out, "Washington")).toBe("4140963");
  });
});

describe("resolveNames: size among namesakes and sole names", () => {
  it("Paris without context is Paris, France; Paris near Texas names is Paris, Texas", () => {
    const paris = [place("2988507", "Paris", "FR", "PPLC", 2_138_551, 48.85, 2.35, "11"), place("4717560", "Paris", "US", "PPLA2", 24_171, 33.66, -95.56, "TX"), place("4647963", "Paris", "US", "PPLA2", 10_156, 36.3, -88.33, "TN")];
    const alone = "The delegates met in Paris on Monday.";
    expect(chosenFor(resolveNames(alone, names(alone, { Paris: paris })), "Paris")).toBe("2988507");
    const texan = "Storms hit Sherman and Bonham before reaching Paris.";
    const tx = { Sherman: [place("4729130", "Sherman", "US", "PPLA2", 38_521, 33.64, -96.61, "TX")], Bonham: [place("4676206", "Bonham", "US", "PPLA2", 9_990, 33.58, -96.18, "TX")] };
    expect(chosenFor(resolveNames(texan, names(texan, { ...tx, Paris: paris })), "Paris")).toBe("4717560");
  });

  it("a world capital is not moved to a namesake a thousandth its size by the article's country alone", () => {
    const text = "Officials in Dayton, Akron and Toledo said that London was calm.";
    const london = [place("10", "London", "GB", "PPLC", 8_961_989, 51.51, -0.13), place("13", "London", "CA", "PPLA2", 346_765, 42.98, -81.23), place("11", "London", "US", "PPLA2", 8_126, 37.13, -84.08)];
    // Placed in London, England, or left unresolved for an editor: never in the Kentucky town.
    expect(chosenFor(resolveNames(text, names(text, { ...US_TOWNS, London: london })), "London")).not.toBe("11");
  });

  it("places a name that is the sole, exact entry of its kind even when the article's other places are elsewhere", () => {
    const text = "Officials in Dayton, Akron and Toledo said that Morecambe was calm.";
    const out = resolveNames(text, names(text, { ...US_TOWNS, Morecambe: [place("2642135", "Morecambe", "GB", "PPL", 34_768, 54.07, -2.87)] }));
    expect(chosenFor(out, "Morecambe")).toBe("2642135");
  });
});

/** The names of `text` in order, each with its gazetteer matches given in full. */
function namesWithMatches(text: string, matches: Record<string, GazetteerMatch[]>): RecognisedName[] {
  return Object.entries(matches).map(([surface, ms]) => {
    const start = text.indexOf(surface);
    return { surface, start, end: start + surface.length, matches: ms, recognisedBy: "gazetteer", feature: null, nonLiteral: null };
  });
}
const alternate = (p: Place): GazetteerMatch => ({ place: p, match: "exact", primary: false });

describe("resolveNames: a name that is another place's alternate name", () => {
  const ohio = {
    Canton: [exact(place("5149222", "Canton", "US", "PPLA2", 70_000, 40.8, -81.38, "OH"))],
    Mansfield: [exact(place("5161803", "Mansfield", "US", "PPLA2", 46_000, 40.76, -82.52, "OH"))],
  };

  it("reads the name as the place called so, not as a smaller neighbour that lists it as an alternate name", () => {
    // Mount Gilead lies among the article's other places; Youngstown, 150 km away, is what the text names.
    const text = "Marion, Mansfield and Delaware sent buses to Youngstown on Friday.";
    const near = {
      Marion: [exact(place("5161723", "Marion", "US", "PPLA2", 36_000, 40.59, -83.13, "OH"))],
      Mansfield: ohio.Mansfield,
      Delaware: [exact(place("5151891", "Delaware", "US", "PPLA2", 38_000, 40.3, -83.07, "OH"))],
    };
    const youngstown = [exact(place("5177568", "Youngstown", "US", "PPLA2", 64_628, 41.1, -80.65, "OH")), alternate(place("5163631", "Mount Gilead", "US", "PPLA2", 3_653, 40.55, -82.83, "OH"))];
    expect(chosenFor(resolveNames(text, namesWithMatches(text, { ...near, Youngstown: youngstown })), "Youngstown")).toBe("5177568");
  });

  it("a state's name is the state, not a town that lists it as an alternate name", () => {
    const text = "Farmers in Canton and Mansfield sold corn to Minnesota.";
    const minnesota = [alternate(place("5037680", "Minneota", "US", "PPL", 1_363, 40.7, -81.9, "OH")), exact(place("5037779", "Minnesota", "US", "ADM1", 0, 46.06, -93.36, "MN"))];
    expect(chosenFor(resolveNames(text, namesWithMatches(text, { ...ohio, Minnesota: minnesota })), "Minnesota")).toBe("5037779");
  });

  it("keeps an alternate name that is the larger place's (St. Petersburg for Saint Petersburg)", () => {
    const text = "The delegation flew from Moscow to St. Petersburg.";
    const moscow = [exact(place("524901", "Moscow", "RU", "PPLC", 10_381_222, 55.75, 37.62, "48"))];
    const spb = [alternate(place("498817", "Saint Petersburg", "RU", "PPLA", 5_351_935, 59.94, 30.31, "66")), exact(place("4171563", "St. Petersburg", "US", "PPL", 257_083, 27.77, -82.68, "FL"))];
    expect(chosenFor(resolveNames(text, namesWithMatches(text, { Moscow: moscow, "St. Petersburg": spb })), "St. Petersburg")).toBe("498817");
  });
});

describe("resolveNames: a name after a comma as its container", () => {
  const us = place("cc:US", "United States", "US", "PCLI", 10_000_000, 39.76, -98.5);
  const russia = [place("cc:RU", "Russia", "RU", "PCLI", 10_000_000, 60, 100), place("5168839", "Russia", "US", "PPL", 656, 40.23, -84.41, "OH")];

  it("a country is not contained by the country named after it (\"Russia, U.S. officials said\")", () => {
    const text = "Trump's dealings in Russia, U.S. officials said.";
    expect(chosenFor(resolveNames(text, names(text, { Russia: russia, "U.S.": [us] })), "Russia")).toBe("cc:RU");
  });

  it("a state in a list of states is not read inside the next one (\"Montana, Wyoming\")", () => {
    const text = "Ranchers from Montana, Wyoming and Idaho met.";
    const montana = [place("5667009", "Montana", "US", "ADM1", 0, 47, -109.5, "MT"), place("5666000", "Montana", "US", "PPL", 9_000, 43.0, -107.0, "WY")];
    const out = resolveNames(text, names(text, { Montana: montana, Wyoming: [place("5843591", "Wyoming", "US", "ADM1", 0, 43, -107.55, "WY")], Idaho: [place("5596512", "Idaho", "US", "ADM1", 0, 44.5, -114.25, "ID")] }));
    expect(chosenFor(out, "Montana")).toBe("5667009");
  });
});

describe("resolveNames: names listed together", () => {
  it("a name listed beside states is the state, not a town in a state the article names", () => {
    const text = "We looked from Ohio to the borders of Montana and Wyoming.";
    const out = resolveNames(
      text,
      names(text, {
        Ohio: [place("5165418", "Ohio", "US", "ADM1", 0, 40.25, -82.75, "OH")],
        Montana: [place("5667009", "Montana", "US", "ADM1", 0, 47, -109.5, "MT")],
        Wyoming: [place("4528793", "Wyoming", "US", "PPL", 8_411, 39.23, -84.47, "OH"), place("5843591", "Wyoming", "US", "ADM1", 0, 43, -107.55, "WY")],
      }),
    );
    expect(chosenFor(out, "Wyoming")).toBe("5843591");
  });
});

describe("resolveNames: a container after a comma, and a named country's capital", () => {
  it("reads a name standing after a place and a comma as the state, not the city of that name (\"Albany, New York\")", () => {
    const text = "He trained at a hospital in Albany, New York.";
    const out = resolveNames(
      text,
      names(text, {
        Albany: [place("5106834", "Albany", "US", "PPLA", 97_856, 42.65, -73.76, "NY")],
        "New York": [place("5128581", "New York City", "US", "PPL", 8_804_190, 40.71, -74.01, "NY"), place("5128638", "New York", "US", "ADM1", 0, 43, -75.5, "NY")],
      }),
    );
    expect(chosenFor(out, "New York")).toBe("5128638");
  });

  it("keeps the city in a list after a comma (\"Aleppo, Idlib and Hama\")", () => {
    const text = "Strikes hit Aleppo, Idlib and Hama.";
    const sy = (id: string, n: string, code: string, lat: number, lon: number, a1: string) => place(id, n, "SY", code, code === "ADM1" ? 0 : 500_000, lat, lon, a1);
    const out = resolveNames(
      text,
      names(text, {
        Aleppo: [sy("170063", "Aleppo", "PPLA", 36.2, 37.16, "09")],
        Idlib: [sy("169389", "Idlib", "PPLA", 35.93, 36.63, "15"), sy("169388", "Idlib", "ADM1", 35.75, 36.6, "15")],
        Hama: [sy("170017", "Hama", "PPLA", 35.13, 36.76, "10")],
      }),
    );
    expect(chosenFor(out, "Idlib")).toBe("169389");
  });

  it("prefers the capital of a country the article names over a namesake in the article's other country", () => {
    const text = "A student from Georgetown, Kentucky, was in France when gunmen struck Paris.";
    const out = resolveNames(
      text,
      names(text, {
        Georgetown: [place("4292686", "Georgetown", "US", "PPLA2", 32_000, 38.21, -84.56, "KY")],
        Kentucky: [place("6254925", "Kentucky", "US", "ADM1", 0, 37.5, -85, "KY")],
        France: [place("cc:FR", "France", "FR", "PCLI", 10_000_000, 46, 2)],
        Paris: [place("2988507", "Paris", "FR", "PPLC", 2_138_551, 48.85, 2.35, "11"), place("4303602", "Paris", "US", "PPLA2", 8_553, 38.21, -84.25, "KY")],
      }),
    );
    expect(chosenFor(out, "Paris")).toBe("2988507");
  });
});

describe("resolveNames: the state of the article's places, and datelines", () => {
  const quebec = [place("6325494", "Québec", "CA", "PPLA", 528_595, 46.81, -71.21, "10"), place("6115047", "Quebec", "CA", "ADM1", 0, 52, -72, "10")];
  const montreal = [place("6077243", "Montreal", "CA", "PPL", 1_600_000, 45.51, -73.59, "10")];

  it("reads a province's name as the province when the article's other places lie in it, far from its capital", () => {
    const text = "Drivers in Montreal, Laval and Beaconsfield may soon turn right on red, as elsewhere in Quebec.";
    const island = { Laval: [place("6050610", "Laval", "CA", "PPL", 422_993, 45.57, -73.69, "10")], Beaconsfield: [place("5896969", "Beaconsfield", "CA", "PPL", 19_000, 45.43, -73.86, "10")] };
    expect(chosenFor(resolveNames(text, names(text, { Montreal: montreal, ...island, Quebec: quebec })), "Quebec")).toBe("6115047");
  });

  it("reads a dateline in capitals as the town it was filed from", () => {
    const text = "NEW YORK (Reuters) - Officials in Albany said the state budget was late.";
    const out = resolveNames(
      text,
      names(text, {
        "NEW YORK": [place("5128581", "New York City", "US", "PPL", 8_804_190, 40.71, -74.01, "NY"), place("5128638", "New York", "US", "ADM1", 0, 43, -75.5, "NY")],
        Albany: [place("5106834", "Albany", "US", "PPLA", 97_856, 42.65, -73.76, "NY")],
      }),
    );
    expect(chosenFor(out, "NEW YORK")).toBe("5128581");
  });
});

describe("resolveNames: a name heading an office or a government", () => {
  it("reads \"Quebec Health Minister\" as the province", () => {
    const text = "Ottawa is not doing enough, Quebec Health Minister Gaetan Barrette said.";
    const out = resolveNames(
      text,
      names(text, {
        Ottawa: [place("6094817", "Ottawa", "CA", "PPLC", 812_129, 45.41, -75.7, "08")],
        Quebec: [place("6325494", "Québec", "CA", "PPLA", 528_595, 46.81, -71.21, "10"), place("6115047", "Quebec", "CA", "ADM1", 0, 52, -72, "10")],
      }),
    );
    expect(chosenFor(out, "Quebec")).toBe("6115047");
  });

  it("keeps the city before a word that is no office (\"Quebec hospitals\")", () => {
    const text = "Ottawa is not doing enough for Quebec hospitals, doctors said.";
    const out = resolveNames(
      text,
      names(text, {
        Ottawa: [place("6094817", "Ottawa", "CA", "PPLC", 812_129, 45.41, -75.7, "08")],
        Quebec: [place("6325494", "Québec", "CA", "PPLA", 528_595, 46.81, -71.21, "10"), place("6115047", "Quebec", "CA", "ADM1", 0, 52, -72, "10")],
      }),
    );
    expect(chosenFor(out, "Quebec")).not.toBe("6115047");
  });
});

describe("resolveNames: two ambiguous names near each other", () => {
  const edmonton = [exact(place("5946768", "Edmonton", "CA", "PPLA", 712_391, 53.55, -113.47, "01")), exact(place("2650105", "Edmonton", "GB", "PPL", 82_000, 51.63, -0.06, "ENG"))];
  const scoreOf = (out: ReturnType<typeof resolveNames>, surface: string, id: string) => out.find((r) => r.name.surface === surface)!.ranked.find((s) => s.match.place.id === id)!.score;

  it("a reading a few kilometres from a reading of another name gains, though neither was chosen first", () => {
    const text = "All Saints' in Edmonton opens its doors to rough sleepers from across Enfield.";
    const beside = resolveNames(
      text,
      namesWithMatches(text, {
        Edmonton: edmonton,
        Enfield: [exact(place("4835003", "Enfield", "US", "PPL", 44_000, 41.98, -72.59, "CT")), alternate(place("2650107", "Enfield Town", "GB", "PPLA3", 30_000, 51.65, -0.08, "ENG"))],
      }),
    );
    const far = resolveNames(
      text,
      namesWithMatches(text, {
        Edmonton: edmonton,
        Enfield: [exact(place("4835003", "Enfield", "US", "PPL", 44_000, 41.98, -72.59, "CT")), alternate(place("2650108", "Enfield", "IE", "PPL", 3_000, 53.42, -6.83, "L"))],
      }),
    );
    expect(scoreOf(beside, "Edmonton", "2650105")).toBeGreaterThan(scoreOf(far, "Edmonton", "2650105"));
    expect(scoreOf(beside, "Edmonton", "5946768")).toBe(scoreOf(far, "Edmonton", "5946768"));
  });

  it("finds a pair 20 km apart east to west in the far north, where a degree of longitude is short", () => {
    const text = "Boats left Lindas for Knarvik.";
    const lindas = [exact(place("9000001", "Lindas", "NO", "PPL", 2_000, 60.73, 5.2, "46")), exact(place("9000002", "Lindas", "SE", "PPL", 3_000, 57.5, 15.0, "08"))];
    const knarvik = (lon: number) => [exact(place("9000003", "Knarvik", "NO", "PPL", 6_000, 60.73, lon, "46")), exact(place("9000004", "Knarvik", "FI", "PPL", 7_000, 63.0, 27.0, "13"))];
    const near = resolveNames(text, namesWithMatches(text, { Lindas: lindas, Knarvik: knarvik(5.2 + 0.37) }));
    const far = resolveNames(text, namesWithMatches(text, { Lindas: lindas, Knarvik: knarvik(5.2 + 1.5) }));
    expect(scoreOf(near, "Lindas", "9000001")).toBeGreaterThan(scoreOf(far, "Lindas", "9000001"));
  });
});

describe("resolveNames: a company's jurisdiction", () => {
  it("reads \"a Delaware limited liability company\" as the state", () => {
    const text = "LE Central, a Delaware limited liability company, bought the Orlando property.";
    const out = resolveNames(
      text,
      names(text, {
        Delaware: [place("5151891", "Delaware", "US", "PPLA2", 60_000, 40.3, -83.07, "OH"), place("4142224", "Delaware", "US", "ADM1", 0, 38.87, -75.41, "DE")],
        Orlando: [place("4167147", "Orlando", "US", "PPLA2", 307_573, 28.54, -81.38, "FL")],
      }),
    );
    expect(chosenFor(out, "Delaware")).toBe("4142224");
  });
});

describe("resolveNames: a region's capital or the region", () => {
  const quebec = [place("6325494", "Québec", "CA", "PPLA", 528_595, 46.81, -71.21, "10"), place("6115047", "Quebec", "CA", "ADM1", 0, 52, -72, "10")];

  it("reads the name as the region when the article's places in it all lie far from the capital (\"Montreal … Quebec\")", () => {
    const text = "After his release in Montreal, Emery said he is not allowed to stay in Quebec.";
    const out = resolveNames(text, names(text, { Montreal: [place("6077243", "Montreal", "CA", "PPL", 1_600_000, 45.51, -73.59, "10")], Quebec: quebec }));
    expect(chosenFor(out, "Quebec")).toBe("6115047");
  });

  it("keeps the capital when a place of the region lies near it (\"al-Bab … Aleppo\")", () => {
    const text = "Fighters moved from al-Bab towards Aleppo.";
    const out = resolveNames(
      text,
      names(text, {
        "al-Bab": [place("172515", "Al Bāb", "SY", "PPLA2", 130_745, 36.37, 37.52, "09")],
        Aleppo: [place("170063", "Aleppo", "SY", "PPLA", 1_602_264, 36.2, 37.16, "09"), place("170062", "Aleppo", "SY", "ADM1", 0, 36.25, 37.5, "09")],
      }),
    );
    expect(chosenFor(out, "Aleppo")).toBe("170063");
  });
});

describe("resolveNames: a country's name does not vouch for itself", () => {
  it("is placed, but below high confidence, when only its own name points to it among another country's towns", () => {
    const text = "Officials in Dayton, Akron and Toledo said that Jordan had won.";
    const jordan = [place("cc:JO", "Jordan", "JO", "PCLI", 10_000_000, 31, 36), place("5030005", "Jordan", "US", "PPL", 6_000, 44.67, -93.63, "MN")];
    const out = resolveNames(text, names(text, { ...US_TOWNS, Jordan: jordan }));
    expect(chosenFor(out, "Jordan")).toBe("cc:JO");
    expect(out.find((r) => r.name.surface === "Jordan")!.confidence).toBeLessThan(0.8);
  });
});

describe("resolveNames: a short form of a place's own name", () => {
  it("ranks Newcastle upon Tyne first for \"Newcastle\" in a British article, over a small namesake that bears the name itself", () => {
    const text = "Fans flew from Glasgow to Newcastle.";
    const out = resolveNames(
      text,
      namesWithMatches(text, {
        Glasgow: [exact(place("2648579", "Glasgow", "GB", "PPLA2", 591_620, 55.87, -4.26, "SCT"))],
        Newcastle: [
          exact(place("2155472", "Newcastle", "AU", "PPLA2", 322_278, -32.93, 151.78, "02")),
          exact(place("2641674", "Newcastle", "GB", "PPL", 7_700, 54.22, -5.89, "NIR")),
          alternate(place("2641673", "Newcastle upon Tyne", "GB", "PPLA2", 192_382, 54.97, -1.61, "ENG")),
        ],
      }),
    );
    expect(out.find((r) => r.name.surface === "Newcastle")!.ranked[0]!.match.place.id).toBe("2641673");
  });
});
