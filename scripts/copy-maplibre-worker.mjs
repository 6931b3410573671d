#!/usr/bin/env node
/**
 * Copies MapLibre GL JS's web worker bundle to public/maplibre-gl-worker.mjs.
 *
 * The app calls `setWorkerUrl("/maplibre-gl-worker.mjs")` because the worker URL that
 * maplibre-gl derives on its own resolves wrongly under Turbopack. The copy must match the
 * installed maplibre-gl version exactly, so this runs as a `postinstall` script:
 *
 *   "postinstall": "node scripts/copy-maplibre-worker.mjs"
 *
 * It is also run by scripts/build-basemap.mjs. No network access, no dependencies.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * @param {string} [root] project root (defaults to the folder above scripts/)
 * @returns {Promise<{ from: string, to: string, version: string, bytes: number }>}
 */
export async function copyMaplibreWorker(root = projectRoot) {
  const require = createRequire(path.join(root, "package.json"));
  const pkgJson = require.resolve("maplibre-gl/package.json");
  const { version } = JSON.parse(await readFile(pkgJson, "utf8"));
  const from = path.join(path.dirname(pkgJson), "dist", "maplibre-gl-worker.mjs");
  const to = path.join(root, "public", "maplibre-gl-worker.mjs");

  let code = await readFile(from, "utf8");
  // The source map is not copied; drop the reference so browsers don't ask for it.
  code = code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");

  await mkdir(path.dirname(to), { recursive: true });
  await writeFile(to, code);
  return { from, to, version, bytes: Buffer.byteLength(code) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const { to, version, bytes } = await copyMaplibreWorker();
    console.log(`maplibre-gl ${version} worker -> ${path.relative(projectRoot, to)} (${bytes} bytes)`);
  } catch (err) {
    // Never break `npm install` over this; the map just won't start until it is copied.
    console.warn(`copy-maplibre-worker: ${err instanceof Error ? err.message : err}`);
  }
}
