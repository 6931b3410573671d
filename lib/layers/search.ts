import { z } from "zod";
import type { Atlas } from "../store/corpus";
import type { Incident } from "../events/incident";
import { adminPathOf, type AdminPath } from "../geoparse/admin-path";
import { arabicKey, hasArabic, normalizeArabic, type ArabicNameIndex } from "../geoparse/arabic-names";
import type { Gazetteer, GazetteerMatch } from "../geoparse/gazetteer";
import { geocodeName } from "../geoparse/geocode";
import type { Place } from "../geoparse/place";
import { precisionOf } from "../geoparse/precision";
import type { Governorate } from "../geoparse/regions";
import { FEATURE_WORDS } from "../geoparse/vocabulary";
import type { SearchResponse } from "./features";
import { filterIncidents } from "./filter";
import type { LayerQuery } from "./query";

/** What a search box sends: a name or a word, one to 100 characters once trimmed. */
export const SearchTextSchema = z
  .string({ error: 'Missing "q": the text to search for.' })
  .trim()
  .min(1, '"q" is empty: give a place name or a word to search for.')
  .max(100, '"q" is too long (at most 100 characters).');

/** The gazetteer and the Arabic names, when loaded: without them only governorates and places with incidents are found. */
export interface PlaceNames {
  gazetteer?: Gazetteer;
  arabic?: ArabicNameIndex;
}

export const SEARCH_LIMITS = { places: 20, incidents: 8 } as const;

type PlaceResult = SearchResponse["places"][number];

/** Lower case without diacritics, so "Suwayda" finds "Suwaydā'". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const isArea = (r: PlaceResult) => r.kind === "governorate" || r.kind === "district" || r.kind === "sub-district";
const point = (lon: number, lat: number) => `${lon.toFixed(4)},${lat.toFixed(4)}`;
/** A place known by its name and point alone (an incident an editor placed, a result without a gazetteer id). */
const pointKey = (name: string, lon: number, lat: number) => `pt:${fold(name)}|${point(lon, lat)}`;

/** Per atlas: each mention's place id, to tell which gazetteer place an incident stands at. */
const mentionPlaces = new WeakMap<Atlas, Map<string, { placeId: string; lon: number; lat: number }>>();
function placeOfMention(atlas: Atlas): Map<string, { placeId: string; lon: number; lat: number }> {
  let map = mentionPlaces.get(atlas);
  if (!map) {
    map = new Map();
    for (const m of atlas.mentions) if (m.placeId && m.lat !== null && m.lon !== null) map.set(m.id, { placeId: m.placeId, lon: m.lon, lat: m.lat });
    mentionPlaces.set(atlas, map);
  }
  return map;
}

/** The key an incident is counted under: the gazetteer id of the place its report stands at, else its point. */
function incidentKey(i: Incident, mentions: Map<string, { placeId: string; lon: number; lat: number }>): string {
  for (const r of i.reports) {
    const m = mentions.get(r.mentionId);
    // A corrected incident may have moved off its mention's place: then only its point says where it is.
    if (m && Math.abs(m.lon - i.place.lon) < 1e-6 && Math.abs(m.lat - i.place.lat) < 1e-6) return `id:${m.placeId}`;
  }
  return pointKey(i.place.name, i.place.lon, i.place.lat);
}

/** Incident counts of the filtered incidents by place, point, governorate, district and sub-district. */
function incidentCounter(incidents: Incident[], mentions: Map<string, { placeId: string; lon: number; lat: number }>) {
  const byKey = new Map<string, number>();
  const byUnit = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const i of incidents) {
    bump(byKey, incidentKey(i, mentions));
    if (i.place.admin1) bump(byUnit, `region:${i.place.admin1}`);
    if (i.place.admin?.admin2) bump(byUnit, i.place.admin.admin2.pcode);
    if (i.place.admin?.admin3) bump(byUnit, i.place.admin.admin3.pcode);
  }
  return {
    region: (code: string) => byUnit.get(`region:${code}`) ?? 0,
    /** Inside a Syrian district or sub-district; at a place (by its id, or an incident moved onto its name and point). */
    place(p: Pick<Place, "id" | "name" | "featureCode" | "country" | "admin2Pcode" | "admin3Pcode" | "lon" | "lat">): number {
      if (p.country === "SY" && p.featureCode === "ADM2" && p.admin2Pcode) return byUnit.get(p.admin2Pcode) ?? 0;
      if (p.country === "SY" && p.featureCode === "ADM3" && p.admin3Pcode) return byUnit.get(p.admin3Pcode) ?? 0;
      return (p.id ? (byKey.get(`id:${p.id}`) ?? 0) : 0) + (byKey.get(pointKey(p.name, p.lon, p.lat)) ?? 0);
    },
  };
}

/** A governorate, district or sub-district by its level; any other place by its precision. */
function kindOf(featureCode: string, precision: PlaceResult["precision"]): string {
  return /^ADM1H?$/.test(featureCode) ? "governorate" : /^ADM2H?$/.test(featureCode) ? "district" : /^ADM3H?$/.test(featureCode) ? "sub-district" : precision;
}

/**
 * The units a Syrian place lies in, most local first: its sub-district when named otherwise than the place and its
 * district, its district unless that is the place itself, and its governorate ("Jablah district · Lattakia").
 */
function adminContext(name: string, path: AdminPath | null, featureCode: string): string {
  if (!path) return "";
  const same = (a: string, b: string) => fold(a).replace(/[^a-z0-9]/g, "") === fold(b).replace(/[^a-z0-9]/g, "");
  const parts: string[] = [];
  const level = /^ADM([123])/.exec(featureCode)?.[1];
  if (!level && path.admin3 && !same(path.admin3.name, name) && !(path.admin2 && same(path.admin3.name, path.admin2.name))) parts.push(`${path.admin3.name} sub-district`);
  if (path.admin2 && level !== "1" && level !== "2") parts.push(`${path.admin2.name} district`);
  if (level !== "1") parts.push(path.admin1.name);
  return parts.join(" · ");
}

const countryNames = new Intl.DisplayNames("en", { type: "region" });
const countryName = (code: string) => {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * Gazetteer entries a typed Latin name stands for, as `atlas geocode` finds them: the name with loose keys, else
 * without a trailing feature word ("Latakia province"), else each of names written together ("Tadmur/Palmyra");
 * when none is in Syria, the looser spellings are tried too ("Kassab" for "Kasab"). Abroad, only the name itself.
 */
function latinCandidates(text: string, gazetteer: Gazetteer): GazetteerMatch[] {
  let matches = gazetteer.lookup(text, { loose: true });
  const words = text.split(/\s+/);
  if (matches.length === 0 && words.length > 1 && FEATURE_WORDS.has(words.at(-1)!.toLowerCase())) matches = gazetteer.lookup(words.slice(0, -1).join(" "), { loose: true });
  if (matches.length === 0 && text.includes("/")) matches = text.split("/").flatMap((part) => (part.trim() ? gazetteer.lookup(part.trim(), { loose: true }) : []));
  if (!matches.some((m) => m.place.country === "SY")) {
    const looser = gazetteer.lookup(text, { loose: true, always: true }).filter((m) => m.place.country === "SY");
    matches = [...matches, ...looser];
  }
  // Spelled loosely, a name half typed matches towns the world over ("Latak": La Tuque): only Syria's are offered so.
  return matches.filter((m) => m.match === "exact" || m.match === "article" || m.place.country === "SY");
}

/**
 * Places and incidents matching a typed name or word, under the layers' filters:
 *
 * - governorates whose name (or Arabic name) holds the text, first;
 * - every gazetteer place of that name, found as `atlas geocode` finds it (loose spellings: "Jableh" and "Jablah"),
 *   its answer first, then the other namesakes with where each lies ("Hamra · Manbij district · Aleppo"), Syria first;
 *   typed in Arabic, the Syrian places of that Arabic name (see arabic-names.ts), and names beginning with it;
 * - places incidents or mentions sit at whose name holds the text (a name half typed);
 *
 * each with its point, precision and incident count (0 allowed), at most `limits.places`, Syria's before those abroad
 * (after the governorates and `atlas geocode`'s answer); then incidents at those
 * places, or whose place name or evidence sentence holds the text, at most `limits.incidents`.
 */
export function search(atlas: Atlas, q: LayerQuery, text: string, names: PlaceNames = {}, limits: { places: number; incidents: number } = SEARCH_LIMITS): SearchResponse {
  const typed = text.trim();
  const needle = fold(typed);
  if (needle.length === 0) return { query: text, places: [], incidents: [] };
  const arabicQuery = hasArabic(typed);
  const arabicNeedle = arabicQuery ? arabicKey(normalizeArabic(typed)) : "";
  const { gazetteer, arabic } = names;
  const regions = atlas.regions;
  const units = regions.units;
  const incidents = filterIncidents(atlas.incidents, q);
  const mentions = placeOfMention(atlas);
  const counter = incidentCounter(incidents, mentions);

  /** Results by key ("region:SY-LA", "id:169304", "pt:…"), each with its tier: lower is shown first. */
  const found = new Map<string, { result: PlaceResult; tier: number; population: number }>();
  const offer = (key: string, result: PlaceResult, tier: number, population = 0) => {
    const known = found.get(key);
    if (!known) found.set(key, { result, tier, population });
    else if (tier < known.tier) found.set(key, { result: { ...result, nameAr: result.nameAr ?? known.result.nameAr }, tier, population });
  };

  const governorateResult = (g: Governorate): PlaceResult => {
    const p = g.properties;
    return { id: p.geonameid ? String(p.geonameid) : null, name: p.name, nameAr: p.nameAr ?? null, kind: "governorate", context: null, country: "SY", lon: p.labelLon, lat: p.labelLat, precision: "governorate", admin1: p.code, regionCode: p.code, incidents: counter.region(p.code) };
  };
  for (const g of regions.governorates) {
    const p = g.properties;
    const latin = [p.name, p.code, ...(p.nameAlt ?? [])].some((n) => fold(n).includes(needle));
    const inArabic = arabicQuery && p.nameAr ? arabicKey(normalizeArabic(p.nameAr)).includes(arabicNeedle) : false;
    if (latin || inArabic) offer(`region:${p.code}`, governorateResult(g), 0);
  }

  /** A gazetteer place as a result; a Syrian governorate as the governorate (so it can be picked as a filter). */
  const offerPlace = (place: Place, tier: number, nameAr?: string) => {
    const code = regions.codeFor(place.country, place.admin1);
    if (place.country === "SY" && /^ADM1H?$/.test(place.featureCode) && code) {
      const g = regions.governorates.find((x) => x.properties.code === code);
      if (g) return offer(`region:${code}`, { ...governorateResult(g), nameAr: nameAr ?? g.properties.nameAr ?? null }, Math.min(tier, 1));
    }
    const governorate = code ? regions.governorates.find((x) => x.properties.code === code)?.properties.name : undefined;
    const context = place.country === "SY" ? adminContext(place.name, units ? adminPathOf(place, units) : null, place.featureCode) || governorate || null : countryName(place.country);
    offer(
      `id:${place.id}`,
      {
        id: place.id,
        name: place.name,
        nameAr: nameAr ?? arabic?.byId(place.id)?.names[0] ?? null,
        kind: kindOf(place.featureCode, precisionOf(place)),
        context,
        country: place.country || null,
        lon: place.lon,
        lat: place.lat,
        precision: precisionOf(place),
        admin1: code ?? (place.country === "SY" ? regions.codeAt(place.lon, place.lat) : null),
        regionCode: null,
        incidents: counter.place(place),
      },
      tier,
      place.population,
    );
  };

  if (arabicQuery && arabic) {
    for (const m of arabic.lookup(typed, { prefix: true, limit: limits.places * 3 })) {
      // The gazetteer's own entry where it has one (its point may be GeoNames' rather than OCHA's); else the row's.
      const place = gazetteer?.byId(m.entry.place.id) ?? m.entry.place;
      offerPlace(place, m.match === "exact" || m.match === "clitic" ? 2 : m.match === "part" ? 3 : 4, m.name);
    }
  } else if (gazetteer) {
    // `atlas geocode --country SY`'s answer first; abroad the name alone ranks the places.
    const answer = geocodeName(typed, gazetteer, { country: "SY" });
    const bestId = "unresolved" in answer ? null : answer.geonameid;
    for (const m of latinCandidates(typed, gazetteer)) offerPlace(m.place, m.place.id === bestId ? 1 : m.match === "exact" || m.match === "article" ? 2 : 3);
  }

  // Places incidents and mentions sit at whose name holds the text: a name half typed.
  let offered = 0;
  const atPlace = (c: { key: string; name: string; lon: number; lat: number; precision: PlaceResult["precision"]; admin1: string | null; country: string | null; admin: Incident["place"]["admin"] }) => {
    if (offered >= limits.places * 4 || !fold(c.name).includes(needle)) return;
    offered++;
    const placeId = c.key.startsWith("id:") ? c.key.slice(3) : null;
    const context = c.admin ? adminContext(c.name, c.admin, "") || null : c.country && c.country !== "SY" ? countryName(c.country) : null;
    offer(
      c.key,
      { id: placeId, name: c.name, nameAr: placeId ? (arabic?.byId(placeId)?.names[0] ?? null) : null, kind: c.precision, context, country: c.country, lon: c.lon, lat: c.lat, precision: c.precision, admin1: c.admin1, regionCode: null, incidents: counter.place({ id: placeId ?? "", name: c.name, featureCode: "", country: c.country ?? "", admin2Pcode: "", admin3Pcode: "", lon: c.lon, lat: c.lat }) },
      fold(c.name).startsWith(needle) ? 4 : 5,
    );
  };
  if (!arabicQuery) {
    for (const i of atlas.incidents) atPlace({ key: incidentKey(i, mentions), ...i.place, admin: i.place.admin ?? null });
    for (const m of atlas.mentions) {
      if (m.status !== "resolved" || m.name === null || m.lat === null || m.lon === null || m.precision === null) continue;
      atPlace({ key: m.placeId ? `id:${m.placeId}` : pointKey(m.name, m.lon, m.lat), name: m.name, lon: m.lon, lat: m.lat, precision: m.precision, admin1: m.admin1, country: m.country, admin: m.admin ?? null });
    }
  }

  const places = [...found.values()]
    .sort(
      (a, b) =>
        Number(a.tier > 1) - Number(b.tier > 1) ||
        Number(b.result.country === "SY") - Number(a.result.country === "SY") ||
        a.tier - b.tier ||
        // A place before the district of its name: a district's count (every incident inside it) is no measure against a town's.
        Number(isArea(a.result)) - Number(isArea(b.result)) ||
        b.result.incidents - a.result.incidents ||
        b.population - a.population ||
        a.result.name.localeCompare(b.result.name) ||
        (a.result.context ?? "").localeCompare(b.result.context ?? ""),
    )
    .slice(0, limits.places)
    .map((f) => f.result);

  // Incidents at the places found by name (not in the areas: a governorate's would crowd out the rest), or naming the text.
  const atIds = new Set<string>();
  const atPoints = new Set<string>();
  for (const [key, f] of found) {
    if (f.tier > 3 || isArea(f.result)) continue;
    if (key.startsWith("id:")) atIds.add(key);
    atPoints.add(point(f.result.lon, f.result.lat));
  }
  const matched: SearchResponse["incidents"] = [];
  for (const i of incidents) {
    if (matched.length >= limits.incidents) break;
    const lead = i.reports[0]!;
    const inName = fold(i.place.name).includes(needle);
    const textAt = fold(lead.evidence.text).indexOf(needle);
    if (!inName && textAt < 0 && !atIds.has(incidentKey(i, mentions)) && !atPoints.has(point(i.place.lon, i.place.lat))) continue;
    const from = Math.max(0, (textAt < 0 ? 0 : textAt) - 40);
    const snippet = `${from > 0 ? "…" : ""}${lead.evidence.text.slice(from, from + 120)}${from + 120 < lead.evidence.text.length ? "…" : ""}`;
    matched.push({ id: i.id, name: i.place.name, type: i.type, dateStart: i.dateStart, dateEnd: i.dateEnd, datePrecision: i.datePrecision, lon: i.place.lon, lat: i.place.lat, snippet });
  }
  return { query: text, places, incidents: matched };
}
