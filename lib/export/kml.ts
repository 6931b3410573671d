import { toKML } from "@placemarkio/tokml";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { Incident } from "../events/incident";
import { formatAdminPath } from "../geoparse/admin-path";
import { formatToll } from "../events/toll-format";
import { incidentToRecord, type ExportRecord, type RegionNames } from "./record";

/**
 * The toll as written, with the numbers behind it where it is not one exact count: "12", "≥300 (low 300, best 300, no upper
 * bound)", "10–20 (low 10, best 12, high 20)", or "not reported": a missing figure is said, never made up.
 */
export function fatalitiesText(r: Pick<ExportRecord, "fatalities_low" | "fatalities_best" | "fatalities_high"> & Partial<Pick<ExportRecord, "fatalities_text">>): string {
  if (r.fatalities_best === null || r.fatalities_low === null) return "not reported";
  const { fatalities_low: low, fatalities_best: best, fatalities_high: high } = r;
  const text = r.fatalities_text ?? formatToll({ low, best, high });
  if (high === low && best === low) return text;
  return `${text} (low ${low}, best ${best}, ${high === null ? "no upper bound" : `high ${high}`})`;
}

/** "Daliyah · Jableh district · Latakia" where the admin path is known, else "Daliyah, Latakia". */
function placeText(r: ExportRecord): string {
  if (r.admin1_pcode === null) return `${r.location}${r.admin1 ? `, ${r.admin1}` : ""}`;
  const unit = (name: string | null, pcode: string | null) => (name !== null && pcode !== null ? { name, pcode, nameAr: "" } : null);
  return formatAdminPath(r.location, { admin1: { name: r.admin1 ?? r.admin1_pcode, pcode: r.admin1_pcode, nameAr: "" }, admin2: unit(r.admin2, r.admin2_pcode), admin3: unit(r.admin3, r.admin3_pcode), pcode: null });
}

function dateText(r: ExportRecord): string {
  if (r.date_start === null) return "date unknown";
  const span = r.date_end && r.date_end !== r.date_start ? `${r.date_start} to ${r.date_end}` : r.date_start;
  return `${span} (precision: ${r.date_precision})`;
}

/** The placemark's description: plain text (tokml escapes it), one fact per line. */
export function kmlDescription(r: ExportRecord): string {
  return [
    `Date: ${dateText(r)}`,
    `Type: ${r.event_type}${r.sub_event_type ? ` — ${r.sub_event_type}` : ""}`,
    `Fatalities: ${fatalitiesText(r)}`,
    `Place: ${placeText(r)} (as written: ${r.place_as_written}; precision: ${r.geo_precision}${r.pcode ? `; P-code: ${r.pcode}` : ""})`,
    `Sources: ${r.sources.join("; ")}`,
    ...(r.attributed_to.length ? [`According to: ${r.attributed_to.join("; ")}`] : []),
    ...(r.actors.length ? [`Actors: ${r.actors.join("; ")}`] : []),
    `Evidence: ${r.notes}`,
    ...r.source_urls,
  ].join("\n");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function timeSpan(r: ExportRecord): string {
  // Dates are schema-checked YYYY-MM-DD, so they need no escaping.
  if (r.date_start === null) return "";
  return `<TimeSpan><begin>${r.date_start}</begin><end>${r.date_end ?? r.date_start}</end></TimeSpan>`;
}

/**
 * The incidents as KML 2.2 for Google Earth: a placemark per incident named by place and date, its description
 * in plain text, every field as ExtendedData, and a TimeSpan so Google Earth's time slider works.
 */
export function incidentsToKml(incidents: readonly Incident[], regionNames: RegionNames, documentName = "Incident Atlas export"): string {
  const records = incidents.map((i) => incidentToRecord(i, regionNames));
  const collection: FeatureCollection<Point> = {
    type: "FeatureCollection",
    features: records.map(
      (r): Feature<Point> => ({
        type: "Feature",
        id: r.incident_id,
        geometry: { type: "Point", coordinates: [r.longitude, r.latitude] },
        properties: {
          name: `${r.location}, ${r.event_date ?? "date unknown"}`,
          description: kmlDescription(r),
          ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join("; ") : v === null ? "" : v])),
        },
      }),
    ),
  };
  const kml = toKML(collection);
  // tokml has no time primitives or document name. Its text is escaped, so every `<ExtendedData>` in it is a
  // tag, one per placemark in feature order: the TimeSpan goes just before it, where KML 2.2 orders it.
  let index = 0;
  const withTime = kml.replace(/<ExtendedData>/g, (tag) => timeSpan(records[index++]!) + tag);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withTime.replace("<Document>", `<Document><name>${escapeXml(documentName)}</name>`)}`;
}
