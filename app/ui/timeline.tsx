"use client";

import { scaleLinear, scaleUtc } from "d3-scale";
import { utcFormat } from "d3-time-format";
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { TimelineResponse } from "../../lib/layers/features";
import { DAY_MS, formatIsoDay, histogram, nextWindow, parseDay } from "./timeline-bins";
import { formatDay } from "./format";

export interface TimelineProps {
  data: TimelineResponse | undefined;
  loading: boolean;
  from: string | undefined;
  to: string | undefined;
  /** `replace`: a step of the play button, not worth a history entry. */
  onChange: (range: { from: string | undefined; to: string | undefined }, replace?: boolean) => void;
}

const HEIGHT = 84;
const AXIS = 18;
const PAD = { left: 12, right: 12 };
const PLAY_STEP_MS = 1100;

const dayFormat = utcFormat("%-d %b");
const monthFormat = utcFormat("%b %Y");
const yearFormat = utcFormat("%Y");

/**
 * Incidents over time under the map: drag across it to pick a date range, drag the handles to
 * adjust, press play to step through time. The date filter itself does not narrow the histogram,
 * so the whole extent stays in sight around the selection.
 */
// Memoised: a change of filters other than the dates re-renders it only when its own answer arrives.
export default memo(function Timeline({ data, loading, from, to, onChange }: TimelineProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [drag, setDrag] = useState<{ mode: "new" | "from" | "to"; anchor: number; a: number; b: number } | null>(null);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    const el = frameRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(200, entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const hist = useMemo(() => (data ? histogram(data.spans) : null), [data]);
  const first = hist?.bins[0]?.start;
  const last = hist?.bins.at(-1)?.end;
  const x = useMemo(
    () => (first && last ? scaleUtc().domain([first, last]).range([PAD.left, width - PAD.right]) : null),
    [first, last, width],
  );
  const top = hist ? Math.max(1, ...hist.bins.map((b) => b.exact + b.spread)) : 1;
  const y = scaleLinear().domain([0, top]).range([HEIGHT, 6]);

  // Play: step the window forward until the end.
  const lastDay = last ? formatIsoDay(new Date(last.getTime() - DAY_MS)) : null;
  useEffect(() => {
    if (!playing || !lastDay || !from || !to) return;
    const timer = window.setTimeout(() => {
      const next = nextWindow(from, to, lastDay);
      if (next) onChange(next, true);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, from, to, lastDay, onChange]);

  if (!hist || !x || !first || !last) {
    return (
      <div className="timeline" ref={frameRef} data-testid="timeline">
        <p className="hint timeline-empty">{loading || !data ? "Loading the timeline…" : "No dated incidents under these filters."}</p>
      </div>
    );
  }

  const dayAt = (px: number) => {
    const d = x.invert(Math.max(PAD.left, Math.min(width - PAD.right, px)));
    return formatIsoDay(new Date(Math.min(d.getTime(), last.getTime() - DAY_MS)));
  };
  const pxOf = (iso: string) => x(parseDay(iso));
  const localX = (e: PointerEvent) => e.clientX - (e.currentTarget as SVGElement).closest("svg")!.getBoundingClientRect().left;

  const selA = drag ? Math.min(drag.a, drag.b) : from ? pxOf(from) : null;
  const selB = drag ? Math.max(drag.a, drag.b) : to ? x(new Date(parseDay(to).getTime() + DAY_MS)) : from ? width - PAD.right : null;
  const hasSelection = selA !== null && selB !== null;

  const start = (e: PointerEvent<SVGElement>, mode: "new" | "from" | "to") => {
    e.stopPropagation();
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    setPlaying(false);
    const px = localX(e);
    if (mode === "new") setDrag({ mode, anchor: px, a: px, b: px });
    else setDrag({ mode, anchor: px, a: selA ?? PAD.left, b: selB ?? width - PAD.right });
  };
  const move = (e: PointerEvent<SVGElement>) => {
    if (!drag) return;
    const px = localX(e);
    if (drag.mode === "new") setDrag({ ...drag, b: px });
    else if (drag.mode === "from") setDrag({ ...drag, a: px });
    else setDrag({ ...drag, b: px });
  };
  const end = () => {
    if (!drag) return;
    const [a, b] = [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)];
    setDrag(null);
    if (drag.mode === "new" && b - a < 3) {
      onChange({ from: undefined, to: undefined });
      return;
    }
    onChange({ from: dayAt(a), to: dayAt(b - 0.5) });
  };

  const stepBound = (bound: "from" | "to", e: KeyboardEvent) => {
    const delta = e.key === "ArrowLeft" ? -1 : e.key === "ArrowRight" ? 1 : 0;
    if (!delta) return;
    e.preventDefault();
    const days = e.shiftKey ? 30 : 1;
    const current = bound === "from" ? (from ?? formatIsoDay(first)) : (to ?? lastDay!);
    const moved = formatIsoDay(new Date(parseDay(current).getTime() + delta * days * DAY_MS));
    onChange(bound === "from" ? { from: moved, to } : { from, to: moved });
  };

  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // Without a selection, play a window a twelfth of the whole extent long, from the start.
    if (!from || !to) {
      const span = Math.max(DAY_MS, Math.round((last.getTime() - first.getTime()) / 12 / DAY_MS) * DAY_MS);
      onChange({ from: formatIsoDay(first), to: formatIsoDay(new Date(first.getTime() + span - DAY_MS)) }, true);
    } else if (lastDay && to >= lastDay) {
      const width = parseDay(to).getTime() - parseDay(from).getTime();
      onChange({ from: formatIsoDay(first), to: formatIsoDay(new Date(first.getTime() + width)) }, true);
    }
    setPlaying(true);
  };

  const ticks = x.ticks(Math.max(2, Math.floor(width / 110)));
  // Tick labels as precise as the extent needs, so no two ticks read the same.
  const extentDays = (last.getTime() - first.getTime()) / DAY_MS;
  const tickLabel = extentDays > 6 * 365 ? yearFormat : extentDays > 150 ? monthFormat : dayFormat;

  return (
    <div className="timeline" ref={frameRef} data-testid="timeline" data-unit={hist.unit}>
      <div className="timeline-bar">
        <button type="button" className="play-button" onClick={togglePlay} aria-pressed={playing} aria-label={playing ? "Pause" : "Play through time"} data-testid="play">
          {playing ? "❚❚" : "▶"}
        </button>
        <span className="timeline-title">
          Incidents over time <span className="muted">({hist.unit}ly bins)</span>
        </span>
        <span className="timeline-range" data-testid="timeline-range">
          {from || to ? `${from ? formatDay(from) : "start"} – ${to ? formatDay(to) : "end"}` : "All dates"}
        </span>
        {from || to ? (
          <button type="button" className="link-button" onClick={() => (setPlaying(false), onChange({ from: undefined, to: undefined }))}>
            Clear
          </button>
        ) : null}
        <span className="timeline-key">
          <span className="key-exact" aria-hidden="true" /> to the day
          <span className="key-spread" aria-hidden="true" /> week, month or year only
          {data && data.undated ? <span className="muted"> · {data.undated} undated</span> : null}
        </span>
      </div>
      <svg width={width} height={HEIGHT + AXIS} className="timeline-chart" role="img" aria-label="Histogram of incidents over time; drag to choose a date range" onPointerMove={move} onPointerUp={end}>
        <defs>
          <pattern id="spread-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill="#c7d2fe" />
            <line x1="0" y1="0" x2="0" y2="4" stroke="#6366f1" strokeWidth="1.4" />
          </pattern>
        </defs>
        <rect x={0} y={0} width={width} height={HEIGHT} fill="transparent" className="timeline-hit" onPointerDown={(e) => start(e, "new")} />
        {hist.bins.map((b, i) => {
          const bx = x(b.start);
          const bw = Math.max(1, x(b.end) - bx - (x(b.end) - bx > 3 ? 1 : 0));
          const inSel = !hasSelection || (bx + bw > selA! && bx < selB!);
          return (
            <g key={i} className={inSel ? "bin" : "bin out"} pointerEvents="none">
              {b.spread > 0 ? <rect x={bx} width={bw} y={y(b.exact + b.spread)} height={HEIGHT - y(b.spread)} fill="url(#spread-hatch)" /> : null}
              {b.exact > 0 ? <rect x={bx} width={bw} y={y(b.exact)} height={HEIGHT - y(b.exact)} className="bar-exact" /> : null}
            </g>
          );
        })}
        <line x1={PAD.left} x2={width - PAD.right} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} className="axis-line" />
        {ticks.map((t) => (
          <text key={t.getTime()} x={x(t)} y={HEIGHT + 13} className="axis-label" textAnchor="middle">
            {tickLabel(t)}
          </text>
        ))}
        {hasSelection ? (
          <g data-testid="timeline-selection">
            <rect x={selA!} width={Math.max(1, selB! - selA!)} y={0} height={HEIGHT} className="selection" pointerEvents="none" />
            {(["from", "to"] as const).map((bound) => {
              const hx = bound === "from" ? selA! : selB!;
              return (
                <g key={bound}>
                  <rect
                    x={hx - 5}
                    y={HEIGHT / 2 - 14}
                    width={10}
                    height={28}
                    rx={3}
                    className="handle"
                    role="slider"
                    tabIndex={0}
                    aria-label={bound === "from" ? "Start of the date range" : "End of the date range"}
                    aria-valuetext={bound === "from" ? (from ?? "start") : (to ?? "end")}
                    data-testid={`handle-${bound}`}
                    onPointerDown={(e) => start(e, bound)}
                    onKeyDown={(e) => stepBound(bound, e)}
                  />
                </g>
              );
            })}
          </g>
        ) : null}
      </svg>
    </div>
  );
});
