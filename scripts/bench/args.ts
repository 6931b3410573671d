import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";

/** Stops a benchmark with its name, what is wrong and how to call it (exit code 2: a usage error). */
export function usageError(name: string, usage: string): (message: string) => never {
  return (message) => {
    console.error(`${name}: ${message}\n${usage}`);
    process.exit(2);
  };
}

/** A benchmark's command-line flags, read strictly (no positionals) and checked by its zod schema. */
export function readFlags<S extends z.ZodType>(options: NonNullable<ParseArgsConfig["options"]>, schema: S, fail: (message: string) => never): z.output<S> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options, strict: true, allowPositionals: false }));
  } catch (e) {
    fail((e as Error).message);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data as z.output<S>;
}
