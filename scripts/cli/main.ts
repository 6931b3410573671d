import { type Command, UsageError } from "./command";
import { benchCommand } from "./commands/bench";
import { gazetteerCommand } from "./commands/gazetteer";
import { geocodeCommand } from "./commands/geocode";
import { ingestCommand } from "./commands/ingest";
import { parseCommand } from "./commands/parse";
import { exportCommand } from "./commands/export";

/** Every `atlas` sub-command, by name. Each lives in its own file under commands/. */
const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  geocode: geocodeCommand,
  bench: benchCommand,
  ingest: ingestCommand,
  gazetteer: gazetteerCommand,
  export: exportCommand,
};

function usage(): string {
  return `usage:\n${Object.values(COMMANDS)
    .flatMap((c) => c.usage)
    .map((line) => `  ${line}\n`)
    .join("")}`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === "help" || name === "--help" || name === "-h") {
      process.stdout.write(usage());
      return 0;
    }
    const command = name ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(name ? `atlas: unknown command "${name}"` : "atlas: no command given");
    return await command.run(rest);
  } catch (e) {
    const message =
      e instanceof TypeError && /encoded data was not valid/.test(e.message) ? "input is not valid UTF-8 text" : e instanceof Error ? e.message : String(e);
    process.stderr.write(`${message}\n`);
    if (e instanceof UsageError) {
      process.stderr.write(usage());
      return 2;
    }
    return 1;
  }
}
