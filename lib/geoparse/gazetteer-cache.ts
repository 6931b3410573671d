import { mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildGazetteerIndex, type Gazetteer, type GazetteerFile, gazetteerFromIndex, readTextFile } from "./gazetteer";
import { readIndexFile, serializeIndex } from "./gazetteer-index";

/** Bump when the index layout or the name keys change, so old caches are rebuilt. */
export const INDEX_FORMAT = 9;

/** What an index was built from: each source file's path, size and modification time, and the format. */
export function sourceFingerprint(files: GazetteerFile[]): string {
  const parts = files.map((f) => {
    const st = statSync(f.path);
    return `${f.path}|${f.kind ?? "geonames"}|${f.source}|${st.size}|${Math.round(st.mtimeMs)}`;
  });
  return `v${INDEX_FORMAT}\n${parts.join("\n")}`;
}

export interface GazetteerLoad {
  gazetteer: Gazetteer;
  /** "cache": read from the compact index; "built": parsed from the sources (and cached when possible). */
  from: "cache" | "built";
  ms: number;
}

/**
 * Loads the gazetteer from its compact index in `cacheDir` when that index was
 * built from the same source files (same paths, sizes and times); otherwise
 * builds it from the sources and writes the index for next time. A cache that
 * cannot be written (read-only checkout) only costs speed.
 */
export function loadGazetteer(files: GazetteerFile[], cacheDir: string): GazetteerLoad {
  const t0 = performance.now();
  const fingerprint = sourceFingerprint(files);
  const file = join(cacheDir, "gazetteer.idx");
  try {
    const index = readIndexFile(file, (meta) => meta?.fingerprint === fingerprint);
    if (index) return { gazetteer: gazetteerFromIndex(index), from: "cache", ms: performance.now() - t0 };
  } catch {
    // No cache yet, or an unreadable one: build below.
  }
  const index = buildGazetteerIndex(files, readTextFile);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a concurrent reader never sees half a file.
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, serializeIndex(index, { fingerprint }));
    renameSync(tmp, file);
  } catch {
    // Read-only location: run without a cache.
  }
  return { gazetteer: gazetteerFromIndex(index), from: "built", ms: performance.now() - t0 };
}
