import { geocodeName } from "../../../lib/geoparse/geocode";
import { defaultPaths, loadPipeline } from "../../../lib/store/corpus";
import { type Command, projectRoot, readStdin, UsageError } from "../command";

export const geocodeCommand: Command = {
  usage: ["atlas geocode [--country CC]     read one place name per line on stdin, print one JSON object per line"],
  async run(args) {
    let country: string | undefined;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "--country") {
        country = args[++i];
        if (!country || !/^[A-Za-z]{2}$/.test(country)) throw new UsageError("atlas geocode: --country takes a two-letter ISO country code");
      } else throw new UsageError(`atlas geocode: unknown argument "${args[i]}"`);
    }
    const input = await readStdin();
    const { gazetteer } = loadPipeline(defaultPaths(projectRoot()));
    for (const line of input.split(/\r?\n/)) {
      if (!line.trim()) continue;
      process.stdout.write(`${JSON.stringify(geocodeName(line.trim(), gazetteer, { country }))}\n`);
    }
    return 0;
  },
};
