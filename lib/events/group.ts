import { type Incident, IncidentSchema, type Report } from "./incident";

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/**
 * One incident from the reports that describe it. The place is the most precise
 * (then most confident) report's; the date is the narrowest report's; fatalities
 * keep the whole spread of claims (lowest low, highest high, median best) so no
 * source's figure is hidden behind another's.
 */
export function incidentFromReports(reports: Report[]): Incident {
  if (reports.length === 0) throw new Error("an incident needs at least one report");
  const byPublished = [...reports].sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id.localeCompare(b.id));
  const first = byPublished[0]!;
  const dated = reports.filter((r) => r.dateStart !== null && r.dateEnd !== null);
  const narrowest = dated.sort((a, b) => span(a) - span(b))[0];
  const claims = reports.flatMap((r) => (r.fatalities ? [r.fatalities] : []));
  return IncidentSchema.parse({
    id: `inc:${[...reports].map((r) => r.id).sort()[0]}`,
    place: first.place,
    dateStart: narrowest?.dateStart ?? null,
    dateEnd: narrowest?.dateEnd ?? null,
    datePrecision: narrowest?.datePrecision ?? "unknown",
    type: first.type,
    subType: first.subType,
    fatalities: claims.length
      ? {
          low: Math.min(...claims.map((c) => c.low)),
          best: median(claims.map((c) => c.best)),
          high: claims.some((c) => c.high !== null) ? Math.max(...claims.map((c) => c.high ?? c.best)) : null,
        }
      : null,
    actors: unique(reports.flatMap((r) => r.actors)),
    sources: unique(byPublished.map((r) => r.source)),
    attributedTo: unique(reports.flatMap((r) => r.attributedTo)),
    reports: byPublished,
  });
}

function span(r: Report): number {
  return Date.parse(r.dateEnd!) - Date.parse(r.dateStart!);
}

/**
 * Groups reports of the same event into incidents.
 * For now every report stands alone; grouping across articles is the events work (issue 4).
 */
export function groupReports(reports: Report[]): Incident[] {
  return reports.map((r) => incidentFromReports([r]));
}
