import type { AdminPath, AdminUnit, AdminUnits } from "../geoparse/admin-path";

/** ISO 3166-2 code of each OCHA governorate P-code (the governorate filter's codes; lib/geoparse/regions.ts). */
export const GOVERNORATE_ISO: Readonly<Record<string, string>> = {
  SY01: "SY-DI", SY02: "SY-HL", SY03: "SY-RD", SY04: "SY-HI", SY05: "SY-HM", SY06: "SY-LA", SY07: "SY-ID",
  SY08: "SY-HA", SY09: "SY-DY", SY10: "SY-TA", SY11: "SY-RA", SY12: "SY-DR", SY13: "SY-SU", SY14: "SY-QU",
};

/** A place's admin path as flat properties (API features, `atlas parse`): names and P-codes, null where unknown. */
export interface AdminProperties {
  admin1Pcode: string | null;
  admin2Name: string | null;
  admin2Pcode: string | null;
  admin3Name: string | null;
  admin3Pcode: string | null;
  /** The community's or neighbourhood's own P-code (C…/N…), when OCHA lists the place itself. */
  pcode: string | null;
}

export function adminProperties(path: AdminPath | null | undefined): AdminProperties {
  return {
    admin1Pcode: path?.admin1.pcode ?? null,
    admin2Name: path?.admin2?.name ?? null,
    admin2Pcode: path?.admin2?.pcode ?? null,
    admin3Name: path?.admin3?.name ?? null,
    admin3Pcode: path?.admin3?.pcode ?? null,
    pcode: path?.pcode ?? null,
  };
}

/** The most precise P-code known of a place: its community's, else its sub-district's, district's or governorate's. */
export function mostPrecisePcode(path: AdminPath | null | undefined): string | null {
  if (!path) return null;
  return path.pcode ?? path.admin3?.pcode ?? path.admin2?.pcode ?? path.admin1.pcode;
}

/** Whether a place lies in one of the districts (admin2 P-codes) and one of the sub-districts (admin3); an empty list keeps all. */
export function inAdminUnits(path: AdminPath | null | undefined, admin2: ReadonlySet<string>, admin3: ReadonlySet<string>): boolean {
  if (admin2.size > 0) {
    const district = path?.admin2?.pcode ?? path?.admin3?.pcode.slice(0, 6);
    if (!district || !admin2.has(district)) return false;
  }
  if (admin3.size > 0 && !(path?.admin3 && admin3.has(path.admin3.pcode))) return false;
  return true;
}

/** Letters only, vowels and doubled letters dropped, a final h too: "Jableh" and "Jablah", "Latakia" and "Lattakia" agree. */
const skeleton = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(?:sub-?district|district|nahiya|mantiqa)\b/g, "")
    .replace(/[^a-z]/g, "")
    .replace(/^(?:al|el)(?=[^aeiou])/, "")
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/h$/, "");

/**
 * The district (2) or sub-district (3) a filter value names: an OCHA P-code or a name, as `AdminUnits.find` reads
 * them, else by a name's consonants when one unit of the level alone has them ("Jableh" for OCHA's "Jablah").
 */
export function findAdminUnit(units: AdminUnits, value: string, level: 2 | 3): (AdminUnit & { level: 1 | 2 | 3 }) | undefined {
  const found = units.find(value, level);
  if (found) return found;
  const key = skeleton(value);
  if (key.length < 2) return undefined;
  const matches = units.list(level).filter((u) => skeleton(u.name) === key);
  return matches.length === 1 ? { ...matches[0]!, level } : undefined;
}

/** A district as the dashboard's "Where" panel offers it: with its governorate (ISO code, as the governorate filter has it). */
export interface DistrictOption {
  pcode: string;
  name: string;
  nameAr: string;
  /** The governorate's OCHA P-code and ISO 3166-2 code. */
  admin1Pcode: string;
  region: string | null;
  /** Incidents placed in the district (all filters aside). */
  incidents: number;
}

/** Syria's districts by name, with how many incidents each holds. */
export function districtOptions(units: AdminUnits | undefined, paths: Iterable<AdminPath | null | undefined>): DistrictOption[] {
  if (!units) return [];
  const counts = new Map<string, number>();
  for (const p of paths) {
    const d = p?.admin2?.pcode ?? p?.admin3?.pcode.slice(0, 6);
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return units.list(2).map((d) => ({
    pcode: d.pcode,
    name: d.name,
    nameAr: d.nameAr,
    admin1Pcode: d.parent,
    region: GOVERNORATE_ISO[d.parent] ?? null,
    incidents: counts.get(d.pcode) ?? 0,
  }));
}
