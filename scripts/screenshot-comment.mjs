#!/usr/bin/env node
/**
 * Renders a PR comment (markdown written by the renderer, e.g. a golden comment.md) the way GitHub
 * shows it and takes a screenshot with headless Chromium, so a person can look at the result.
 *
 *   node scripts/screenshot-comment.mjs [comment.md] [out.png]
 *   (defaults: test/golden/gpu-downsized-no-fit/comment.md → docs/img/comment.png)
 *
 * Needs Debian's Chromium and an emoji font: `apt-get install -y chromium fonts-noto-color-emoji`.
 * Before shooting it checks that the markdown really rendered: tables became <table>, every
 * <details> closed, the memory bar sits in <code>, and no raw markdown (pipes rows, **, ###) leaked.
 * The first spec's <details> is opened so the picture shows the memory bar and the changes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { marked } from "marked";

const root = resolve(import.meta.dirname, "..");
const input = resolve(process.argv[2] ?? join(root, "test/golden/gpu-downsized-no-fit/comment.md"));
const output = resolve(process.argv[3] ?? join(root, "docs/img/comment.png"));
const WIDTH = 1000;

function findChromium() {
  for (const c of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
    if (existsSync(c)) return c;
  throw new Error("Chromium not found: apt-get install -y chromium fonts-noto-color-emoji");
}

/** GitHub-like look: the comment box, system font stack, table and code styling of github.com. */
const CSS = `
  body { margin: 0; padding: 16px; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Noto Color Emoji"; color: #1f2328; }
  .box { border: 1px solid #d1d9e0; border-radius: 6px; max-width: ${WIDTH - 34}px; }
  .hdr { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
  .hdr b { color: #1f2328; }
  .md { padding: 16px; }
  .md > :first-child { margin-top: 0; }
  h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 24px 0 16px; }
  h4, h5 { margin: 16px 0 8px; }
  p, ul, table, details, blockquote, pre { margin: 0 0 16px; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; background: #f6f8fa; }
  tr:nth-child(2n) td { background: #f6f8fa; }
  code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
  pre code { background: none; padding: 0; }
  blockquote { border-left: .25em solid #d1d9e0; color: #59636e; padding: 0 1em; }
  blockquote.warning { border-color: #9a6700; }
  blockquote.note { border-color: #0969da; }
  details summary { cursor: pointer; }
  details { border-top: 1px solid #eef1f4; padding-top: 8px; }
  sub { color: #59636e; }
  a { color: #0969da; text-decoration: none; }
  hr { border: 0; border-top: 1px solid #d1d9e0; margin: 16px 0; }
`;

function toHtml(markdown) {
  let html = marked.parse(markdown, { gfm: true, async: false });
  // GitHub renders "> [!WARNING]" / "> [!NOTE]" as alerts; mimic the colour, drop the tag text.
  html = html.replace(
    /<blockquote>\s*<p>\[!(NOTE|WARNING)\]\s*/g,
    (_, k) =>
      `<blockquote class="${k.toLowerCase()}"><p><b>${k === "NOTE" ? "ℹ️ Note" : "⚠️ Warning"}</b><br>`,
  );
  return html;
}

function check(html) {
  const problems = [];
  const count = (re) => (html.match(re) ?? []).length;
  if (count(/<table>/g) === 0) problems.push("no <table> rendered");
  if (count(/<details>/g) !== count(/<\/details>/g)) problems.push("unbalanced <details>");
  if (!/<code>[█▓▒░✖]+<\/code>/.test(html)) problems.push("memory bar missing");
  const text = html.replace(/<pre>[\s\S]*?<\/pre>/g, "").replace(/<code>[\s\S]*?<\/code>/g, "");
  if (/^\s*\|.*\|\s*$/m.test(text.replace(/<[^>]+>/g, ""))) problems.push("raw table row leaked");
  if (/\*\*|^#{1,6} /m.test(text.replace(/<[^>]+>/g, ""))) problems.push("raw emphasis or heading leaked");
  return problems;
}

const markdown = readFileSync(input, "utf8");
let body = toHtml(markdown);
const problems = check(body);
if (problems.length) {
  console.error(`rendered comment has problems: ${problems.join("; ")}`);
  process.exit(1);
}
// Open the first spec's details (not the release-notes preview, not a diff).
body = body.replace(/<details>(\s*<summary><strong>)/, "<details open>$1");

const page = `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="box"><div class="hdr"><b>modelspec-review</b> <span>bot</span> commented</div><div class="md">${body}</div></div>
<div id="height" style="display:none"></div>
<script>document.getElementById("height").textContent = "H=" + Math.ceil(document.documentElement.scrollHeight) + ";";</script>
</body></html>`;

const dir = mkdtempSync(join(tmpdir(), "comment-shot-"));
try {
  const file = join(dir, "comment.html");
  writeFileSync(file, page);
  const chromium = findChromium();
  const flags = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--hide-scrollbars",
    `--user-data-dir=${join(dir, "profile")}`,
  ];
  const dom = execFileSync(
    chromium,
    [...flags, `--window-size=${WIDTH},1000`, "--dump-dom", "--virtual-time-budget=3000", `file://${file}`],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  const height = Math.min(16000, Number(/H=(\d+);/.exec(dom)?.[1] ?? 3000));
  execFileSync(
    chromium,
    [...flags, `--window-size=${WIDTH},${height}`, `--screenshot=${output}`, `file://${file}`],
    { stdio: ["ignore", "ignore", "ignore"] },
  );
  if (!existsSync(output)) throw new Error("Chromium wrote no screenshot");
  console.log(`${output} (${WIDTH}×${height}) from ${input}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
