import { describe, expect, it } from "vitest";
import { marked } from "marked";
import {
  clean,
  code,
  encodePath,
  escapeCommandData,
  escapeCommandProperty,
  fence,
  md,
  safeTag,
} from "../../../src/core/render/escape.js";
import { HOSTILE } from "../../support/hostile.js";
import { memoryBar, num, pctDelta, usd, usdDelta, utf8Length } from "../../../src/core/render/format.js";

/** Render like GitHub would (GFM), then strip what the escaping is meant to keep out. */
function html(s: string): string {
  return marked.parse(s, { gfm: true, async: false });
}

describe("md()", () => {
  it.each(HOSTILE)("neutralises %j", (input) => {
    const out = md(input);
    const rendered = html(`before ${out} after`);
    expect(rendered).not.toMatch(/<(img|script|a|del|em|strong|code|h1|details|table)\b/i);
    expect(rendered).not.toMatch(/<!--/);
    expect(out).not.toMatch(/[<>[\]`|*_~$\n\r]/);
    // No @mention, issue reference or URL survives as such in the text GitHub's filters scan.
    const text = rendered
      .replace(/<[^>]+>/g, "")
      .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)));
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text).not.toMatch(/#\d/);
    expect(text).not.toMatch(/:\/\//);
    expect(text).not.toMatch(/www\./i);
    expect(text).not.toMatch(/[\u202a-\u202e]/);
  });

  it("keeps ordinary names readable", () => {
    expect(md("llama-3.1-8b v1.0, fine")).toBe("llama-3.1-8b v1.0, fine");
  });

  it("caps length without splitting a surrogate pair", () => {
    expect(md("x".repeat(1000), 10)).toBe("xxxxxxxxx…");
    expect(clean("a😀b", 2)).toBe("a…");
  });

  it("stays inert inside a table cell and a <summary>", () => {
    const table = html(`| a | b |\n|---|---|\n| ${code("x | y")} | ${md("p|q")} |`);
    expect(table.match(/<td>/g)).toHaveLength(2);
    const summary = html(
      `<details><summary>${md("</summary></details><b>x</b>")}</summary>\n\nbody\n\n</details>`,
    );
    expect(summary.match(/<\/details>/g)).toHaveLength(1);
    expect(summary).not.toContain("<b>");
  });
});

describe("fence()", () => {
  it("uses a fence longer than any backtick run, so content cannot close it", () => {
    const f = fence("a\n````\n</details>\n", "diff");
    expect(f.startsWith("`````diff\n")).toBe(true);
    const rendered = html(f);
    expect(rendered).toContain("&lt;/details&gt;");
    expect(rendered.match(/<pre>/g)).toHaveLength(1);
  });
});

describe("paths, tags and workflow-command escaping", () => {
  it("percent-encodes each path segment, parentheses included", () => {
    expect(encodePath("models/a b/(x)#1.yaml")).toBe("models/a%20b/%28x%29%231.yaml");
  });
  it("limits the marker tag to safe characters", () => {
    expect(safeTag('prod" --><script>')).toBe("prod__--__script_");
    expect(safeTag("")).toBe("default");
  });
  it.each([
    ["100% done", "100%25 done"],
    ["a\r\nb", "a%0D%0Ab"],
  ])("escapes data %j", (input, out) => expect(escapeCommandData(input)).toBe(out));
  it("escapes properties (also : and ,)", () => {
    expect(escapeCommandProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });
});

describe("formatting", () => {
  it.each([
    [4380, "$4,380"],
    [-120.4, "-$120"],
    [12.5, "$12.50"],
    [0.00042, "$0.00042"],
    [0, "$0"],
  ])("usd(%s) = %s", (n, s) => expect(usd(n)).toBe(s));
  it("signs deltas and percentages", () => {
    expect(usdDelta(4380)).toBe("+$4,380");
    expect(usdDelta(0)).toBe("±$0");
    expect(pctDelta(38.2)).toBe("+38%");
    expect(pctDelta(-2.46)).toBe("-2.5%");
    expect(pctDelta(null)).toBe("");
    expect(num(1234567.891, 2)).toBe("1,234,567.89");
  });
  it("draws a bar of fixed width, marking overflow", () => {
    const fits = memoryBar(
      { weightsGiB: 15, kvCacheGiB: 8, activationGiB: 1, overheadGiB: 2, usableGiB: 72 },
      24,
    );
    expect([...fits]).toHaveLength(25);
    // Fits: the usable-limit mark closes the bar.
    expect(fits).toMatch(/^█+▓+▒+░+│$/);
    const over = memoryBar(
      { weightsGiB: 70, kvCacheGiB: 8, activationGiB: 1, overheadGiB: 2, usableGiB: 72 },
      24,
    );
    expect([...over]).toHaveLength(25);
    // Over: scaled to what is needed, the mark sits where usable memory ends, the rest spills past it.
    expect(over).toMatch(/^█+│█*▓+▒+$/);
    expect(over.indexOf("│")).toBe(Math.round((72 / 81) * 24));
  });
  it("counts UTF-8 bytes", () => {
    expect(utf8Length("a€😀")).toBe(1 + 3 + 4);
  });
});
