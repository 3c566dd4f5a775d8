#!/usr/bin/env node
/**
 * Renders a PR comment (markdown written by the renderer, e.g. a golden comment.md) the way GitHub
 * shows it and takes screenshots with headless Chromium, light and dark, so a person can look at
 * the result.
 *
 *   node scripts/screenshot-comment.mjs [comment.md] [out-prefix] [--max-height N]
 *     → <out-prefix>-light.png and <out-prefix>-dark.png
 *   node scripts/screenshot-comment.mjs --all
 *     → docs/img/comment-seven-specs-{light,dark}.png and docs/img/comment-300-specs-{light,dark}.png
 *       from test/golden/scenarios/{seven-specs,three-hundred-specs}/comment.md
 *
 * Markdown goes through cmark-gfm, GitHub's own GFM parser (tables, strikethrough, autolinks and the
 * tag filter; raw HTML kept, as GitHub keeps <details>, <summary>, <code>, <sub>, <br>), with
 * `marked` as a fallback when cmark-gfm is not installed. The page mimics a GitHub comment box in
 * GitHub's light and dark themes (Primer colours, GitHub's font stacks, the comment column width of
 * a 1280-pixel window). Needs Debian's packages:
 * `apt-get install -y cmark-gfm chromium fonts-noto-color-emoji`.
 * Before shooting it checks that the markdown really rendered: tables became <table>, every
 * <details> closed, the memory bar sits in <code>, and no raw markdown (pipes rows, **, ###) leaked.
 * The first spec's <details> is opened so the picture shows what changed, the memory bar and the
 * findings.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { marked } from "marked";

const root = resolve(import.meta.dirname, "..");
/** Window width; the comment box inside is about as wide as GitHub's PR timeline column. */
const WIDTH = 900;

const THEMES = {
  light: {
    bg: "#ffffff",
    fg: "#1f2328",
    muted: "#59636e",
    border: "#d1d9e0",
    subtle: "#f6f8fa",
    codeBg: "rgba(129,139,152,.12)",
    link: "#0969da",
    note: "#0969da",
    warning: "#9a6700",
  },
  dark: {
    bg: "#0d1117",
    fg: "#f0f6fc",
    muted: "#9198a1",
    border: "#3d444d",
    subtle: "#151b23",
    codeBg: "rgba(101,108,118,.2)",
    link: "#4493f8",
    note: "#4493f8",
    warning: "#d29922",
  },
};

function findChromium() {
  for (const c of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
    if (existsSync(c)) return c;
  throw new Error("Chromium not found: apt-get install -y chromium fonts-noto-color-emoji");
}

function css(t) {
  return `
  body { margin: 0; padding: 16px; background: ${t.bg}; color: ${t.fg}; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; }
  .box { border: 1px solid ${t.border}; border-radius: 6px; max-width: ${WIDTH - 34}px; }
  .hdr { background: ${t.subtle}; border-bottom: 1px solid ${t.border}; padding: 8px 16px; color: ${t.muted}; border-radius: 6px 6px 0 0; }
  .hdr b { color: ${t.fg}; }
  .md { padding: 16px; word-wrap: break-word; }
  .md > :first-child { margin-top: 0 !important; }
  h2 { font-size: 1.5em; font-weight: 600; border-bottom: 1px solid ${t.border}; padding-bottom: .3em; margin: 24px 0 16px; line-height: 1.25; }
  h4, h5 { margin: 16px 0 8px; }
  p, ul, table, details, blockquote, pre { margin: 0 0 16px; }
  ul { padding-left: 2em; }
  table { border-collapse: collapse; border-spacing: 0; display: block; width: max-content; max-width: 100%; overflow: auto; font-variant: tabular-nums; }
  th, td { border: 1px solid ${t.border}; padding: 6px 13px; }
  th { font-weight: 600; }
  tr { background: ${t.bg}; border-top: 1px solid ${t.border}; }
  tr:nth-child(2n) { background: ${t.subtle}; }
  code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; white-space: break-spaces; background: ${t.codeBg}; border-radius: 6px; padding: .2em .4em; margin: 0; }
  pre { background: ${t.subtle}; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; }
  pre code { background: none; padding: 0; font-size: 100%; white-space: pre; }
  blockquote { border-left: .25em solid ${t.border}; color: ${t.muted}; padding: 0 1em; }
  .alert { border-left: .25em solid; padding: 8px 16px; margin-bottom: 16px; }
  .alert .t { font-weight: 500; }
  .alert.note { border-color: ${t.note}; } .alert.note .t { color: ${t.note}; }
  .alert.warning { border-color: ${t.warning}; } .alert.warning .t { color: ${t.warning}; }
  .alert p:last-child { margin-bottom: 0; }
  details summary { cursor: pointer; display: list-item; }
  sub { font-size: 75%; }
  a { color: ${t.link}; text-decoration: none; }
  hr { height: .25em; padding: 0; margin: 24px 0; background: ${t.border}; border: 0; }
`;
}

function gfm(markdown) {
  try {
    return execFileSync(
      "cmark-gfm",
      ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"],
      { input: markdown, encoding: "utf8", stdio: ["pipe", "pipe", "ignore"], maxBuffer: 64 << 20 },
    );
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
    console.warn("cmark-gfm not found (apt-get install -y cmark-gfm): rendering with marked instead");
    return marked.parse(markdown, { gfm: true, async: false });
  }
}

function toHtml(markdown) {
  let html = gfm(markdown);
  // GitHub renders "> [!NOTE]" / "> [!WARNING]" as alerts: mimic the colour and the title.
  html = html.replace(
    /<blockquote>\s*<p>\[!(NOTE|WARNING)\]\s*/g,
    (_, k) =>
      `<blockquote class="alert ${k.toLowerCase()}"><p><span class="t">${k === "NOTE" ? "ⓘ Note" : "⚠ Warning"}</span><br>`,
  );
  return html;
}

function check(html) {
  const problems = [];
  const count = (re) => (html.match(re) ?? []).length;
  if (count(/<table>/g) === 0) problems.push("no <table> rendered");
  if (count(/<details>/g) !== count(/<\/details>/g)) problems.push("unbalanced <details>");
  if (!/<code>[█▓▒░│]+<\/code>/.test(html)) problems.push("memory bar missing");
  const text = html.replace(/<pre>[\s\S]*?<\/pre>/g, "").replace(/<code>[\s\S]*?<\/code>/g, "");
  if (/^\s*\|.*\|\s*$/m.test(text.replace(/<[^>]+>/g, ""))) problems.push("raw table row leaked");
  if (/\*\*|^#{1,6} /m.test(text.replace(/<[^>]+>/g, ""))) problems.push("raw emphasis or heading leaked");
  return problems;
}

function shoot(input, prefix, maxHeight) {
  const markdown = readFileSync(input, "utf8");
  let body = toHtml(markdown);
  const problems = check(body);
  if (problems.length) throw new Error(`${input}: rendered comment has problems: ${problems.join("; ")}`);
  // Open the first spec's block that draws a memory bar (else the first spec's block).
  const bar = body.search(/<code>[█▓▒░│]+<\/code>/);
  const starts = [...body.matchAll(/<details>(?=\s*<summary><strong>)/g)].map((m) => m.index);
  const at = starts.filter((i) => i < bar).pop() ?? starts[0];
  if (at !== undefined) body = `${body.slice(0, at)}<details open>${body.slice(at + "<details>".length)}`;
  const dir = mkdtempSync(join(tmpdir(), "comment-shot-"));
  const out = [];
  try {
    for (const [name, theme] of Object.entries(THEMES)) {
      const page = `<!doctype html><html><head><meta charset="utf-8"><meta name="color-scheme" content="${name}"><style>${css(theme)}</style></head><body>
<div class="box"><div class="hdr"><b>modelspec-review</b> <span>bot</span> commented</div><div class="md">${body}</div></div>
<div id="height" style="display:none"></div>
<script>document.getElementById("height").textContent = "H=" + Math.ceil(document.documentElement.scrollHeight) + ";";</script>
</body></html>`;
      const file = join(dir, `comment-${name}.html`);
      writeFileSync(file, page);
      const chromium = findChromium();
      const flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        `--user-data-dir=${mkdtempSync(join(dir, "profile-"))}`,
      ];
      const dom = execFileSync(
        chromium,
        [
          ...flags,
          `--window-size=${WIDTH},1000`,
          "--dump-dom",
          "--virtual-time-budget=3000",
          `file://${file}`,
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 << 20 },
      );
      const height = Math.min(maxHeight, Number(/H=(\d+);/.exec(dom)?.[1] ?? 3000));
      const png = `${prefix}-${name}.png`;
      execFileSync(
        chromium,
        [...flags, `--window-size=${WIDTH},${height}`, `--screenshot=${png}`, `file://${file}`],
        { stdio: ["ignore", "ignore", "ignore"] },
      );
      if (!existsSync(png)) throw new Error("Chromium wrote no screenshot");
      out.push(`${png} (${WIDTH}×${height})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${out.join(", ")} from ${input}`);
}

const args = process.argv.slice(2);
const mh = args.indexOf("--max-height");
const maxHeight = mh >= 0 ? Number(args.splice(mh, 2)[1]) : 16000;
if (args[0] === "--all") {
  const golden = (s) => join(root, "test/golden/scenarios", s, "comment.md");
  shoot(golden("seven-specs"), join(root, "docs/img/comment-seven-specs"), 16000);
  // 300 specs: the top of a very long comment (outcome, money and the start of the table).
  shoot(golden("three-hundred-specs"), join(root, "docs/img/comment-300-specs"), 2600);
} else {
  const input = resolve(args[0] ?? join(root, "test/golden/scenarios/seven-specs/comment.md"));
  const prefix = resolve(args[1] ?? join(root, "docs/img/comment"));
  shoot(input, prefix, maxHeight);
}
