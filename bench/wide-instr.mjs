// Run by `node bench/run.mjs instr` under `valgrind --tool=callgrind --instr-atstart=no`: for one
// style and each width, warms each stage up uninstrumented, then counts the instructions of a
// region of it (bench/callgrind/region.c dumps one file per region, labelled
// "<style> <width> <stage> x<iterations>"). Stages: `JSON.parse` of the same document as JSON text
// (V8's own object construction, the floor), `parse` (parseFile: the fast readers) and `validate`
// (schema validation of the parsed document). A region repeats a stage until it has read about
// 200,000 keys, so start-up and one-off compilation are left out and GC is averaged.
import { createRequire } from "node:module";
import { join } from "node:path";
import { wideSpec } from "./corpus.mjs";

const [root, addon, style, widthsArg] = process.argv.slice(2);
const cg = createRequire(import.meta.url)(addon);
const { parseFile } = await import(join(root, "lib/core/parse.js"));
const { validateDocument } = await import(join(root, "lib/core/validate.js"));
const big = { maxBytes: 64 * 1024 * 1024, maxEntries: 10_000_000 }; // both caps raised to read 200k keys
let sink = 0;
for (const width of widthsArg.split(",").map(Number)) {
  const text = wideSpec(width, style);
  const json = wideSpec(width, "json");
  const doc = parseFile("wide.modelspec.yaml", text, big).documents[0];
  const stages = {
    "JSON.parse": () => JSON.parse(json),
    parse: () => parseFile("wide.modelspec.yaml", text, big),
    validate: () => validateDocument("wide.modelspec.yaml", doc, false),
  };
  const iters = Math.ceil(200_000 / width);
  for (const [name, fn] of Object.entries(stages)) {
    for (let i = 0; i < iters + 3; i++) sink += fn() ? 1 : 0;
    globalThis.gc?.();
    cg.start();
    for (let i = 0; i < iters; i++) sink += fn() ? 1 : 0;
    cg.stop(`${style} ${width} ${name} x${iters}`);
  }
}
if (sink < 0) console.log(sink);
