#!/usr/bin/env node
// The `atlas` command: runs the TypeScript CLI in scripts/cli/ through tsx,
// with the project root (for data/ and the gazetteer) fixed to this checkout.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

process.env.ATLAS_ROOT ??= resolve(dirname(fileURLToPath(import.meta.url)), "..");
register();
const { main } = await import("./cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
