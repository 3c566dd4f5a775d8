/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules behind the reported findings (with help
 * text and links) and one result per finding with its region on the head file.
 */
import { CONFIG_PATH } from "../settings.js";
import type { Finding, RenderContext, Review } from "../types.js";
import { plain, safeTag } from "./escape.js";
import { annotatableFindings } from "./check-run.js";
import { TOOL_NAME } from "./model.js";
import { RULES, RULES_DOCS_PATH } from "../rules/index.js";

/** The `$schema` of the SARIF 2.1.0 log GitHub code scanning reads. */
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0-rtm.5.json";
/** Code scanning keeps 25,000 results per run. */
export const MAX_SARIF_RESULTS = 25_000;

/** What a renderer knows about a rule beyond its id (from the rule registry, when there is one). */
export interface RuleMeta {
  id: string;
  title: string;
  rationale?: string;
  docsUrl?: string;
  defaultSeverity?: Finding["severity"];
}

const LEVEL: Record<Finding["severity"], "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  notice: "note",
};

interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  help: { text: string; markdown?: string };
  defaultConfiguration: { level: "error" | "warning" | "note" };
  properties: { tags: string[] };
}

/** A SARIF 2.1.0 log as code scanning uploads it. */
export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: unknown[];
}

/** FNV-1a 32-bit, hex: a stable fingerprint that survives line shifts (code + file + pointer + message). */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join("");
}

/** The rule registry as SARIF rule metadata; docs links are absolute only when the repository is known. */
export function registryRules(ctx: RenderContext): RuleMeta[] {
  const base =
    ctx.repoUrl && /^https?:\/\/[^\s()<>]+$/.test(ctx.repoUrl)
      ? `${ctx.repoUrl.replace(/\/+$/, "")}/blob/${ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha) ? ctx.headSha : "HEAD"}/${RULES_DOCS_PATH}`
      : null;
  return RULES.map((r) => ({
    id: r.id,
    title: r.title,
    rationale: r.rationale,
    defaultSeverity: r.defaultSeverity,
    ...(base ? { docsUrl: `${base}#${r.docsAnchor}` } : {}),
  }));
}

/**
 * The SARIF log of a review: one run, the rules behind its findings and one result per annotatable
 * finding.
 */
export function buildSarif(
  review: Review,
  ctx: RenderContext,
  rules: RuleMeta[] = registryRules(ctx),
): SarifLog {
  const findings = annotatableFindings(review).slice(0, MAX_SARIF_RESULTS);
  const meta = new Map(rules.map((r) => [r.id, r]));
  const ruleIndex = new Map<string, number>();
  const sarifRules: SarifRule[] = [];
  for (const f of [...findings].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    if (ruleIndex.has(f.code)) continue;
    const m = meta.get(f.code);
    const title = m?.title ?? f.code;
    const docs = m?.docsUrl ?? f.docsUrl;
    const helpText = `${title}.${f.hint ? ` Typical fix: ${f.hint}` : ""} Suppress with \`rules: { ${f.code}: off }\` in ${CONFIG_PATH}.`;
    ruleIndex.set(f.code, sarifRules.length);
    sarifRules.push({
      id: f.code,
      name: ruleName(f.code),
      shortDescription: { text: plain(title, 1000) },
      fullDescription: { text: plain(m?.rationale ?? title, 1000) },
      ...(docs && /^https?:\/\//.test(docs) ? { helpUri: docs } : {}),
      help: { text: plain(helpText, 4000), markdown: plain(helpText, 4000) },
      defaultConfiguration: { level: LEVEL[m?.defaultSeverity ?? f.severity] },
      properties: { tags: ["modelspec", f.source] },
    });
  }
  const results = findings.map((f) => {
    const region: Record<string, number> = { startLine: f.line };
    if (f.column >= 1) region.startColumn = f.column;
    if (f.endLine !== undefined && f.endLine >= f.line) region.endLine = f.endLine;
    if (f.endColumn !== undefined && f.endColumn >= 1 && (f.endLine ?? f.line) >= f.line) {
      if ((f.endLine ?? f.line) > f.line || f.endColumn > (region.startColumn ?? 1))
        region.endColumn = f.endColumn;
    }
    return {
      ruleId: f.code,
      ruleIndex: ruleIndex.get(f.code)!,
      level: LEVEL[f.severity],
      message: { text: plain(f.hint ? `${f.message} ${f.hint}` : f.message, 4000) },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" }, region },
          ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: "member" }] } : {}),
        },
      ],
      partialFingerprints: {
        "modelspecReview/v1": fingerprint(`${f.code}\0${f.file}\0${f.pointer}\0${f.message}`),
      },
    };
  });
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: TOOL_NAME,
        ...(ctx.toolVersion ? { semanticVersion: ctx.toolVersion, version: ctx.toolVersion } : {}),
        rules: sarifRules,
      },
    },
    automationDetails: { id: `${TOOL_NAME}/${safeTag(ctx.tag)}/` },
    originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } },
    results,
  };
  if (ctx.repoUrl && ctx.headSha) {
    run.versionControlProvenance = [{ repositoryUri: ctx.repoUrl, revisionId: ctx.headSha }];
  }
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}

/** SARIF 2.1.0 as pretty-printed JSON text. */
export function renderSarif(
  review: Review,
  ctx: RenderContext,
  rules: RuleMeta[] = registryRules(ctx),
): string {
  return JSON.stringify(buildSarif(review, ctx, rules), null, 2) + "\n";
}
