import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { arabicKey, buildArabicNameIndex, defaultArabicNamePaths, hasArabic, loadArabicNames, normalizeArabic, queryKeys, withoutClitics } from "./arabic-names";

/** A syria-places.tsv row: GeoNames' 19 columns and the source. */
const placeRow = (id: string, name: string, alternates: string, lat: number, lon: number, code: string, admin1: string, admin2: string, admin3: string, pcode: string) =>
  [id, name, name.toLowerCase(), alternates, lat, lon, code.startsWith("ADM") ? "A" : "P", code, "SY", "", admin1, admin2, admin3, pcode, 0, "", "", "Asia/Damascus", "2026-12-08", "test"].join("\t");

const PLACES = [
  "# geonameid\tname\tasciiname\talternatenames\t…",
  placeRow("169304", "Jablah", "Jableh,jblt,جبلة", 35.36211, 35.92759, "PPLA2", "02", "SY0602", "SY060200", "C3585"),
  placeRow("ocha:SY0602", "Jablah", "Jableh,جبلة", 35.319673, 36.066898, "ADM2", "02", "SY0602", "", ""),
  placeRow("ocha:C3644", "Deirotan / Jableh", "Deirotan,ديروتان / جبلة", 35.402894, 36.021248, "PPL", "02", "SY0602", "SY060203", "C3644"),
  placeRow("ocha:C1340", "Jablet Elhamra", "جبلة الحمرة", 36.433532, 37.703057, "PPL", "09", "SY0202", "SY020206", "C1340"),
  placeRow("ocha:C7272", "Al Hamra", "الحمراء", 35.884888, 38.067705, "PPL", "09", "SY0205", "SY020501", "C7272"),
  placeRow("ocha:C9000", "Bir Ajam", "بئر عجم", 33.1, 35.9, "PPL", "03", "SY1401", "SY140100", "C9000"),
  // A row with no Arabic name is not indexed; a Persian spelling is shown after the Arabic one.
  placeRow("ocha:C9001", "Latin Only", "Latin", 35, 36, "PPL", "02", "SY0602", "SY060200", "C9001"),
  placeRow("173576", "Latakia", "اللاذقية,لاذقیه", 35.53168, 35.79011, "PPLA", "02", "SY0600", "SY060000", "C3464"),
].join("\n");

const ADMIN = [
  "# Syrian admin units",
  "pcode\tlevel\tname_en\tname_ar\tparent\tlat\tlon\tgeonameid\twikidata",
  "SY0602\t2\tJablah\tجبلة\tSY06\t35.31967\t36.06690\t\t",
  // A unit the places file lacks stands on its own point; its name without "مركز" finds it too.
  "SY060200\t3\tJablah\tمركز جبلة\tSY0602\t35.36281\t35.94836\t\t",
].join("\n");

const index = buildArabicNameIndex(PLACES, ADMIN);
const ids = (query: string, prefix = false) => index.lookup(query, { prefix }).map((m) => `${m.entry.place.id}:${m.match}`);

describe("normalizeArabic", () => {
  it("drops tashkeel, the dagger alef and tatweel", () => {
    expect(normalizeArabic("جَبْلَةُ")).toBe(normalizeArabic("جبلة"));
    expect(normalizeArabic("رحمٰن")).toBe("رحمن");
    expect(normalizeArabic("جبـــلة")).toBe(normalizeArabic("جبلة"));
  });

  it("unifies the alef forms, ى with ي and ة with ه", () => {
    for (const alef of ["أ", "إ", "آ", "ٱ"]) expect(normalizeArabic(`${alef}دلب`)).toBe("ادلب");
    expect(normalizeArabic("مصطفى")).toBe("مصطفي");
    expect(normalizeArabic("جبلة")).toBe("جبله");
  });

  it("reads hamza on a seat as the seat and drops it on the line, and Persian letters as Arabic", () => {
    expect(normalizeArabic("بئر")).toBe("بير");
    expect(normalizeArabic("الحمراء")).toBe("الحمرا");
    expect(normalizeArabic("لاذقیه")).toBe(normalizeArabic("لاذقية"));
    expect(normalizeArabic("کفرنبل")).toBe("كفرنبل");
  });

  it("turns punctuation into single spaces", () => {
    expect(normalizeArabic(" ديروتان / جبلة ")).toBe("ديروتان جبله");
    expect(normalizeArabic("الجبلة_برداغ")).toBe("الجبله برداغ");
  });

  it("tells Arabic text from Latin", () => {
    expect(hasArabic("جبلة")).toBe(true);
    expect(hasArabic("Jableh")).toBe(false);
    expect(hasArabic("Jableh جبلة")).toBe(true);
  });
});

describe("name keys", () => {
  it("drops the article of every word that keeps two letters", () => {
    expect(arabicKey(normalizeArabic("الجبلة"))).toBe("جبله");
    expect(arabicKey(normalizeArabic("دير الزور"))).toBe(arabicKey(normalizeArabic("دير زور")));
    expect(arabicKey("ال")).toBe("ال");
  });

  it("takes off a leading conjunction and preposition, and ل with the article", () => {
    expect(withoutClitics("وجبله")).toEqual(["جبله"]);
    expect(withoutClitics("بجبله")).toEqual(["جبله"]);
    expect(withoutClitics("وبجبله")).toContain("جبله");
    expect(withoutClitics("لللاذقيه")).toContain("لاذقيه");
    // Too little left to be a name.
    expect(withoutClitics("وب")).toEqual([]);
  });

  it("looks a typed name up as typed first, then without its clitic", () => {
    expect(queryKeys("وجبلة")).toEqual([
      { key: "وجبله", match: "exact" },
      { key: "جبله", match: "clitic" },
    ]);
    expect(queryKeys("  ")).toEqual([]);
  });
});

describe("buildArabicNameIndex", () => {
  it("finds a place by its Arabic name however it is spelled", () => {
    for (const q of ["جبلة", "جَبْلَة", "جبـلة", "الجبلة", "جبله"]) expect(ids(q).slice(0, 2), q).toEqual(["169304:exact", "ocha:SY0602:exact"]);
  });

  it("finds it behind a clitic: وجبلة, بجبلة, فالجبلة", () => {
    for (const q of ["وجبلة", "بجبلة", "لجبلة", "كجبلة", "فالجبلة", "وبالجبلة"]) expect(ids(q).slice(0, 2), q).toEqual(["169304:clitic", "ocha:SY0602:clitic"]);
  });

  it("finds a name of several parts by each part, and a sub-district without its مركز, after the whole names", () => {
    expect(ids("جبلة")).toEqual(["169304:exact", "ocha:SY0602:exact", "ocha:C3644:part", "ocha:SY060200:part"]);
    expect(ids("ديروتان")).toEqual(["ocha:C3644:part"]);
    expect(ids("مركز جبلة")).toEqual(["ocha:SY060200:exact"]);
  });

  it("offers names beginning with what was typed, when asked, shortest first", () => {
    expect(ids("جبل")).toEqual([]);
    expect(ids("جبل", true)).toEqual(["169304:prefix", "ocha:SY0602:prefix", "ocha:C1340:prefix"]);
    expect(ids("الحمرا")).toEqual(["ocha:C7272:exact"]);
    expect(ids("بير عجم")).toEqual(["ocha:C9000:exact"]);
  });

  it("keeps each row's own point, id and P-codes; the Arabic name to show first", () => {
    const e = index.byId("169304")!;
    expect(e.place).toMatchObject({ name: "Jablah", lat: 35.36211, lon: 35.92759, featureCode: "PPLA2", admin2Pcode: "SY0602", admin3Pcode: "SY060200", pcode: "C3585" });
    expect(e.names).toEqual(["جبلة"]);
    expect(index.byId("173576")!.names).toEqual(["اللاذقية", "لاذقیه"]);
    expect(index.byId("ocha:C9001")).toBeUndefined();
  });

  it("adds a unit's Arabic name to the unit's row, and keeps a unit the places file lacks on its own", () => {
    expect(index.byId("ocha:SY0602")!.names).toEqual(["جبلة"]);
    expect(index.byId("ocha:SY060200")!.place).toMatchObject({ featureCode: "ADM3", admin2Pcode: "SY0602", admin3Pcode: "SY060200", admin1: "02", lat: 35.36281 });
  });

  it("bounds the answer", () => {
    expect(index.lookup("جبل", { prefix: true, limit: 1 })).toHaveLength(1);
  });

  it("says which line of a file is malformed", () => {
    expect(() => buildArabicNameIndex("1\tX\tx\tجبلة\tnorth\t36", "")).toThrow(/line 1/);
    expect(() => buildArabicNameIndex("", "pcode\tlevel\nXX\t9")).toThrow(/syria-admin.tsv: line 2/);
  });
});

describe("loadArabicNames (the shipped files)", () => {
  const paths = defaultArabicNamePaths(join(__dirname, "../.."));

  it("reads both files once and finds Jablah, Latakia and Deir ez-Zor by their Arabic names", () => {
    const names = loadArabicNames(paths);
    expect(loadArabicNames(paths)).toBe(names);
    expect(names.size).toBeGreaterThan(7000);
    expect(names.lookup("جبلة")[0]?.entry.place.id).toBe("169304");
    expect(names.lookup("وجبلة")[0]?.entry.place.id).toBe("169304");
    expect(names.lookup("اللاذقية").map((m) => m.entry.place.id)).toEqual(expect.arrayContaining(["173576", "173578"]));
    expect(names.lookup("دير زور").map((m) => m.entry.place.id)).toContain("170794");
    expect(names.byId("169304")?.names[0]).toBe("جبلة");
  });
});
