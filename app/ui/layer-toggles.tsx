import { LAYER_IDS, type LayerId } from "./url-state";

const LABELS: Record<LayerId, { label: string; hint: string }> = {
  incidents: { label: "Incidents", hint: "events reported at a place" },
  mentions: { label: "All place mentions", hint: "every place name the geoparser placed" },
  regions: { label: "Governorate choropleth", hint: "incidents per governorate" },
  heat: { label: "Heat map", hint: "density, weighted by fatalities" },
};

export default function LayerToggles({
  layers,
  onChange,
}: {
  layers: readonly LayerId[];
  onChange: (layer: LayerId, visible: boolean) => void;
}) {
  return (
    <fieldset className="control">
      <legend>Layers</legend>
      <ul className="check-list">
        {LAYER_IDS.map((id) => (
          <li key={id}>
            <label className="check">
              <input
                type="checkbox"
                name="layers"
                value={id}
                checked={layers.includes(id)}
                onChange={(e) => onChange(id, e.currentTarget.checked)}
              />
              <span>
                {LABELS[id].label} <span className="muted">— {LABELS[id].hint}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
