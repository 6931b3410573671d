import { z } from "zod";
import type { Place } from "./place";

/**
 * Where a Syrian place sits in OCHA's admin hierarchy: governorate (admin1), district (admin2), sub-district (admin3)
 * and its own community or neighbourhood P-code, as ACLED and OCHA's datasets name them. Built from the gazetteer's
 * P-codes (scripts/build-syria-gazetteer.ts writes them) and the admin-unit table `data/gazetteer/syria-admin.tsv`.
 */
export const AdminUnitSchema = z.object({
  pcode: z.string().regex(/^SY\d{2}(?:\d{2}(?:\d{2})?)?$/, "an OCHA admin P-code such as SY06, SY0602 or SY060200"),
  name: z.string().min(1),
  nameAr: z.string(),
});
export type AdminUnit = z.infer<typeof AdminUnitSchema>;

export const AdminPathSchema = z.object({
  admin1: AdminUnitSchema,
  admin2: AdminUnitSchema.nullable(),
  admin3: AdminUnitSchema.nullable(),
  /** The community's (C…) or neighbourhood's (N…) own P-code, when OCHA lists the place itself. */
  pcode: z.string().nullable(),
});
export type AdminPath = z.infer<typeof AdminPathSchema>;

const UnitRowSchema = z.object({
  pcode: z.string().regex(/^SY\d{2}(?:\d{2}(?:\d{2})?)?$/),
  level: z.enum(["1", "2", "3"]),
  name_en: z.string().min(1),
  name_ar: z.string(),
  parent: z.string(),
});

/** The admin units by P-code. */
export interface AdminUnits {
  get(pcode: string): (AdminUnit & { level: 1 | 2 | 3; parent: string }) | undefined;
  /** Every unit of a level, by name order: for the dashboard's district choice. */
  list(level: 1 | 2 | 3): Array<AdminUnit & { parent: string }>;
  /** The unit a P-code or name stands for ("SY0602", "Jableh", "Jablah district"), case- and accent-insensitively. */
  find(codeOrName: string, level?: 1 | 2 | 3): (AdminUnit & { level: 1 | 2 | 3 }) | undefined;
}

const fold = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f'’‘`ʿʾ]/g, "").toLowerCase().replace(/\b(?:sub-?district|district|governorate|province|nahiya)\b/g, "").replace(/[^\p{L}\p{N}]+/gu, "");

/** Parses `syria-admin.tsv` (header row, `#` comments); a malformed row is an error naming its line. */
export function parseAdminUnits(text: string, label = "syria-admin.tsv"): AdminUnits {
  const byCode = new Map<string, AdminUnit & { level: 1 | 2 | 3; parent: string }>();
  let head: string[] | null = null;
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    if (!line.trim() || line.startsWith("#")) continue;
    const f = line.replace(/\r$/, "").split("\t");
    if (!head) {
      head = f;
      continue;
    }
    const parsed = UnitRowSchema.safeParse(Object.fromEntries(head.map((h, k) => [h, f[k] ?? ""])));
    if (!parsed.success) throw new Error(`${label}: line ${lineNo} is not an admin unit (${parsed.error.issues[0]?.message ?? "invalid"})`);
    const r = parsed.data;
    byCode.set(r.pcode, { pcode: r.pcode, name: r.name_en, nameAr: r.name_ar, level: Number(r.level) as 1 | 2 | 3, parent: r.parent });
  }
  const byName = new Map<string, Array<AdminUnit & { level: 1 | 2 | 3; parent: string }>>();
  for (const u of byCode.values()) {
    for (const key of [fold(u.name), u.nameAr]) {
      if (!key) continue;
      const list = byName.get(key) ?? [];
      list.push(u);
      byName.set(key, list);
    }
  }
  return {
    get: (pcode) => byCode.get(pcode),
    list: (level) => [...byCode.values()].filter((u) => u.level === level).sort((a, b) => a.name.localeCompare(b.name)),
    find(codeOrName, level) {
      const code = codeOrName.trim().toUpperCase();
      const direct = byCode.get(code);
      if (direct) return level === undefined || direct.level === level ? direct : undefined;
      // A name shared by a governorate, its central district and sub-district: the largest unit of the level asked.
      const named = (byName.get(fold(codeOrName)) ?? byName.get(codeOrName.trim()) ?? []).filter((u) => level === undefined || u.level === level);
      return named.sort((a, b) => a.level - b.level)[0];
    },
  };
}

/** OCHA governorate P-codes by GeoNames admin-1 code (the gazetteer's), for places OCHA does not list. */
export const ADMIN1_PCODE: Readonly<Record<string, string>> = {
  "13": "SY01", "09": "SY02", "08": "SY03", "11": "SY04", "10": "SY05", "02": "SY06", "12": "SY07",
  "01": "SY08", "07": "SY09", "14": "SY10", "04": "SY11", "06": "SY12", "05": "SY13", "03": "SY14",
};

/** The admin path of a gazetteer place in Syria; null abroad, or for Syria as a whole. */
export function adminPathOf(place: Pick<Place, "country" | "admin1" | "featureCode"> & Partial<Pick<Place, "admin2Pcode" | "admin3Pcode" | "pcode">>, units: AdminUnits): AdminPath | null {
  if (place.country !== "SY" || /^PCL/.test(place.featureCode)) return null;
  const unit = (code: string | undefined) => {
    const u = code ? units.get(code) : undefined;
    return u ? { pcode: u.pcode, name: u.name, nameAr: u.nameAr } : null;
  };
  const admin3 = unit(place.admin3Pcode);
  const admin2 = unit(place.admin2Pcode) ?? unit(place.admin3Pcode?.slice(0, 6));
  const admin1 = unit(admin2?.pcode.slice(0, 4)) ?? unit(ADMIN1_PCODE[place.admin1]);
  if (!admin1) return null;
  return { admin1, admin2, admin3, pcode: place.pcode || null };
}

/** "Daliyah · Jableh district · Latakia": the place's name with the units above it, most local first. */
export function formatAdminPath(placeName: string, path: AdminPath | null | undefined): string {
  if (!path) return placeName;
  const parts = [placeName];
  const same = (a: string, b: string) => fold(a) === fold(b);
  if (path.admin3 && path.admin3.name !== path.admin2?.name && !same(path.admin3.name, placeName)) parts.push(`${path.admin3.name} sub-district`);
  if (path.admin2 && !same(path.admin2.name, placeName)) parts.push(`${path.admin2.name} district`);
  if (!same(path.admin1.name, placeName)) parts.push(path.admin1.name);
  return parts.join(" · ");
}

/** Whether `area` is a district or sub-district (by OCHA P-code) that holds `place`: the area is no rival of its own town. */
export function areaHolds(area: Pick<Place, "featureCode" | "admin2Pcode" | "admin3Pcode">, place: Pick<Place, "admin2Pcode" | "admin3Pcode">): boolean {
  if (area.featureCode === "ADM2") return area.admin2Pcode !== "" && area.admin2Pcode === place.admin2Pcode;
  if (area.featureCode === "ADM3") return area.admin3Pcode !== "" && area.admin3Pcode === place.admin3Pcode;
  return false;
}
