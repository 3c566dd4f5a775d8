// Loaded with `node --import` by bench/run.mjs: writes the process's peak RSS (KiB) on exit.
import { writeFileSync } from "node:fs";
process.on("exit", () => {
  if (process.env.MSR_BENCH_RSS_FILE)
    writeFileSync(process.env.MSR_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
