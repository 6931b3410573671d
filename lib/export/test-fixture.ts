import { incidentFromReports } from "../events/group";
import type { Incident, Report } from "../events/incident";
import { reportFixture } from "../events/test-fixture";

export const REGION_NAMES = new Map([
  ["SY-TA", "Tartus"],
  ["SY-LA", "Latakia"],
]);

/** One incident from the given reports' overrides (each a report of its own article; none: one plain report), with its id as given. */
export function incidentFixture(id: string, ...overrides: Array<Partial<Report>>): Incident {
  const reports = overrides.length ? overrides : [{}];
  const grouped = incidentFromReports(reports.map((over, n) => reportFixture({ id: `rep:${id}:${n}`, articleId: `a:${id}:${n}`, ...over })));
  return { ...grouped, id };
}
