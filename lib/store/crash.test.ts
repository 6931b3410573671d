import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { AtlasStore } from "./store";

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Starts a real process ingesting into the store, kills it with SIGKILL after `acks` acknowledgements, and returns what it acknowledged. */
function ingestUntilKilled(path: string, acks: number): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "crash-child.ts"), path], { stdio: ["ignore", "pipe", "pipe"] });
    const acked: string[][] = [];
    let buffer = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith("ack ")) acked.push(line.split(" ").slice(1));
      // A random extra delay so the kill lands at different points of a transaction.
      if (acked.length >= acks && !child.killed) setTimeout(() => child.kill("SIGKILL"), Math.random() * 15);
    });
    child.on("exit", (_code, signal) => (signal === "SIGKILL" ? resolve(acked) : reject(new Error(`child ended without being killed: ${stderr}`))));
  });
}

it("keeps the store consistent and every acknowledged article when the process is killed mid-ingest", async () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-crash-"));
  const path = join(dir, "atlas.sqlite");
  for (const round of [1, 2]) {
    const acked = await ingestUntilKilled(path, 10 * round);
    expect(acked.length).toBeGreaterThanOrEqual(10 * round);
    const store = AtlasStore.open(path);
    try {
      expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(store.db.pragma("foreign_key_check")).toEqual([]);
      const count = (table: string, documentId: string) =>
        store.db.prepare(`SELECT count(*) FROM ${table} t JOIN articles a ON a.id = ${table === "articles" ? "t.id" : "t.article_id"} WHERE a.document_id = ?`).pluck().get(documentId);
      // Every acknowledged document is there, whole: as many articles, mentions and reports as were acknowledged.
      for (const [id, articles, mentions, reports] of acked)
        expect([id, count("articles", id!), count("mentions", id!), count("reports", id!)]).toEqual([id, Number(articles), Number(mentions), Number(reports)]);
      // A document committed just before the kill (not yet acknowledged) is whole too: nothing is half-written.
      for (const d of store.listDocuments()) expect(count("mentions", d.id)).toBeGreaterThan(0);
      const orphans = store.db.prepare("SELECT count(*) FROM mentions m LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL").pluck().get();
      expect(orphans).toBe(0);
    } finally {
      store.close();
    }
  }
}, 120_000);
