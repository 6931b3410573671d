"use client";

import { useEffect, useState } from "react";
import styles from "./editor.module.css";

export interface Point {
  lat: number;
  lon: number;
}

/** Latitude and longitude, typed or taken from the next click on the map. */
export default function PointPicker({ value, onChange, label }: { value: Point | null; onChange: (p: Point | null) => void; label: string }) {
  const [picking, setPicking] = useState(false);
  const [lat, setLat] = useState(value ? String(value.lat) : "");
  const [lon, setLon] = useState(value ? String(value.lon) : "");

  useEffect(() => {
    if (!picking) return;
    const map = window.__atlasMap;
    if (!map) {
      setPicking(false);
      return;
    }
    const canvas = map.getCanvas();
    canvas.style.cursor = "crosshair";
    const onClick = (e: { lngLat: { lat: number; lng: number } }) => {
      const p = { lat: Number(e.lngLat.lat.toFixed(5)), lon: Number(e.lngLat.lng.toFixed(5)) };
      setLat(String(p.lat));
      setLon(String(p.lon));
      onChange(p);
      setPicking(false);
    };
    map.once("click", onClick);
    return () => {
      map.off("click", onClick);
      canvas.style.cursor = "";
    };
  }, [picking, onChange]);

  const typed = (la: string, lo: string) => {
    setLat(la);
    setLon(lo);
    const p = { lat: Number(la), lon: Number(lo) };
    onChange(la !== "" && lo !== "" && Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180 ? p : null);
  };

  return (
    <fieldset className={styles.row} aria-label={label} style={{ border: 0, padding: 0, margin: 0 }}>
      <label>
        Latitude
        <input className={styles.field} size={9} inputMode="decimal" value={lat} onChange={(e) => typed(e.target.value, lon)} />
      </label>
      <label>
        Longitude
        <input className={styles.field} size={9} inputMode="decimal" value={lon} onChange={(e) => typed(lat, e.target.value)} />
      </label>
      <button type="button" className={styles.button} onClick={() => setPicking((p) => !p)} aria-pressed={picking}>
        {picking ? "Click the map… (cancel)" : "Pick on map"}
      </button>
    </fieldset>
  );
}
