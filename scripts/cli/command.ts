/** One `atlas` sub-command: its usage lines for the help text, and what it does. */
export interface Command {
  /** Lines for `atlas help`, each starting with "atlas <name>". */
  usage: string[];
  /** Runs the command; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export function projectRoot(): string {
  return process.env.ATLAS_ROOT ?? process.cwd();
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
}
