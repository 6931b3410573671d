/** The panel's title block, shared by the dashboard and its loading shell. */
export function PanelHeader() {
  return (
    <header className="panel-header">
      <h1>Incident Atlas</h1>
      <p className="subtitle">Syria · incidents reported in news articles</p>
    </header>
  );
}

/** What the page shows before the browser has read the URL and started the map. */
export default function DashboardFallback() {
  return (
    <div className="atlas">
      <aside className="panel" aria-label="Filters and layers">
        <PanelHeader />
        <div className="panel-body">
          <p className="incident-count">Loading…</p>
        </div>
      </aside>
      <main className="map-area" aria-busy="true" />
      <aside className="side" aria-label="Incident list" />
    </div>
  );
}
