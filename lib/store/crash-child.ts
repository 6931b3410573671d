/**
 * Test helper for crash.test.ts, run as its own process: ingests articles into
 * the store at argv[2] one document at a time, printing "ack <id> <articles> <mentions> <reports>" once each is
 * committed, until it is killed.
 */
import { AtlasStore } from "./store";
import { testArticle, testPipeline } from "./test-pipeline";

const store = AtlasStore.open(process.argv[2]!);
const pipeline = testPipeline();
const places = ["Latakia", "Baniyas", "Jableh", "Damascus"];
for (let n = 0; n < 100_000; n++) {
  // Several articles per document so a kill often lands inside a transaction.
  const text = Array.from({ length: 20 }, (_, k) => testArticle(n * 20 + k, places[k % places.length])).join("\n\n");
  store.ingest([{ name: `crash-${n}.txt`, content: text }], pipeline, "crash-test", (r) => {
    if (r.status === "added") process.stdout.write(`ack ${r.documentId} ${r.articles} ${r.mentions} ${r.reports}\n`);
  });
}
