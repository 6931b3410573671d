import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { AtlasStore } from "../../lib/store/store";

const ATLAS = join(__dirname, "..", "atlas.mjs");
let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const ARTICLE =
  "Clashes in Baniyas\n\nby A. Writer | March 20, 2025\n\nOn March 6, 2025, clashes erupted in Jableh and Baniyas, and at least 30 people were killed in Baniyas.\n";

it("atlas ingest adds a folder's good files, refuses the bad ones one by one, and stores the same content once", () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-ingest-"));
  const seed = join(dir, "seed");
  const docs = join(dir, "docs");
  mkdirSync(seed);
  mkdirSync(docs);
  writeFileSync(join(docs, "a.txt"), ARTICLE);
  writeFileSync(join(docs, "b.txt"), "");
  writeFileSync(join(docs, "c.html"), `<html><body><script>alert(1)</script><p>${ARTICLE.replace("Clashes in Baniyas", "Fighting in Jableh").replace(/\n/g, "<br>")}</p></body></html>`);
  writeFileSync(join(docs, "d.txt"), Buffer.from([0xc3, 0x28, 0x41]));
  const db = join(dir, "atlas.sqlite");
  const env = { ...process.env, ATLAS_DB: db, ATLAS_ARTICLES_DIR: seed };
  const run = (args: string[]) => spawnSync(process.execPath, [ATLAS, "ingest", ...args], { encoding: "utf8", env, timeout: 120_000 });

  const first = run(["--editor", "tester", docs]);
  expect(first.status).toBe(1);
  expect(first.stdout).toMatch(/added\s+a\.txt → a: 1 article/);
  expect(first.stdout).toMatch(/added\s+c\.html → c/);
  expect(first.stderr).toMatch(/refused\s+b\.txt: the file is empty/);
  expect(first.stderr).toMatch(/refused\s+d\.txt: the file is not valid UTF-8/);
  expect(first.stderr).toMatch(/scripts .* removed/);

  const again = run([join(docs, "a.txt")]);
  expect(again.status).toBe(0);
  expect(again.stdout).toMatch(/duplicate a\.txt → a/);

  const store = AtlasStore.open(db);
  expect(store.listDocuments().map((d) => [d.id, d.addedBy])).toEqual([
    ["a", "tester"],
    ["c", "tester"],
  ]);
  store.close();
}, 240_000);
