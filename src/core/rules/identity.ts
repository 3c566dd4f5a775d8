import type { RuleDef, RuleHit } from "./types.js";
import { defineRule } from "./types.js";
import { isRecord, str } from "./util.js";

const ART = "/spec/identity/model/artifacts";
const FLOATING = /(^|[/:@=])(latest|main|master|head)(\/|$|[?#])/i;
/** Hugging Face Hub references, which follow `main` unless a revision is given (`@<commit>` or `?revision=`). */
const HF = /^(hf:\/\/|https?:\/\/(www\.)?huggingface\.co\/)/i;
const VERSION = /(?:^|[^a-z0-9])v(\d+(?:\.\d+)*)(?=[^a-z0-9.]|$)/i;

/** The version marker (`v3`, `v1.2`) in an artifact URI, or undefined. */
export function uriVersion(uri: string): string | undefined {
  return VERSION.exec(uri)?.[1];
}

/** Rules on the model's identity and artifacts. */
export const IDENTITY_RULES: RuleDef[] = [
  defineRule({
    id: "MS-ID-001",
    area: "identity",
    defaultSeverity: "warning",
    title: "Artifact URI that floats (latest, main)",
    rationale:
      "A URI ending in latest or a branch name serves different weights after a re-upload, with no spec change to review or roll back.",
    check({ spec }) {
      const artifacts = spec.spec?.identity?.model?.artifacts;
      if (!isRecord(artifacts)) return [];
      const hits: RuleHit[] = [];
      for (const key of ["modelUri", "tokenizerUri"] as const) {
        const uri = str(artifacts[key]);
        if (uri === undefined) continue;
        const hfUnpinned = HF.test(uri) && !/[@]|[?&]revision=/.test(uri);
        if (!FLOATING.test(uri) && !hfUnpinned) continue;
        hits.push({
          pointer: `${ART}/${key}`,
          message: hfUnpinned
            ? `${key} ${uri} names no revision, so it follows the repository's main branch.`
            : `${key} ${uri} points at a moving target.`,
          hint: "Pin the artifact: a versioned path, an immutable tag, a commit revision or a content digest.",
        });
      }
      return hits;
    },
  }),
  defineRule({
    id: "MS-ID-002",
    area: "identity",
    defaultSeverity: "notice",
    title: "Weights and tokenizer versions differ",
    rationale:
      "A tokenizer from another release of the model silently changes token ids and degrades output.",
    check({ spec }) {
      const artifacts = spec.spec?.identity?.model?.artifacts;
      if (!isRecord(artifacts)) return [];
      const model = str(artifacts.modelUri);
      const tokenizer = str(artifacts.tokenizerUri);
      const mv = model && uriVersion(model);
      const tv = tokenizer && uriVersion(tokenizer);
      if (!mv || !tv || mv === tv) return [];
      return [
        {
          pointer: `${ART}/tokenizerUri`,
          message: `The weights are version v${mv} but the tokenizer is v${tv}.`,
          hint: "Use the tokenizer published with the weights, or suppress with the reason the versions differ.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-ID-003",
    area: "identity",
    defaultSeverity: "notice",
    title: "No metadata.version in production",
    rationale:
      "Without a version, release notes, rollbacks and incident reports cannot say which revision was serving.",
    check({ spec, production }) {
      if (!production || str(spec.metadata?.version) !== undefined) return [];
      return [
        {
          pointer: "/metadata",
          message: "The spec is labelled production but has no metadata.version.",
          hint: 'Set metadata.version (e.g. "2025-01" or a semantic version) and bump it with each change.',
        },
      ];
    },
  }),
];
