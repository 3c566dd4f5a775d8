import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { VERBOSE_LEVELS } from "./observability.js";
import { isRecord, num, str } from "./util.js";

const C = "/spec/governance/compliance";

/** Rules on compliance and governance. */
export const GOVERNANCE_RULES: RuleDef[] = [
  defineRule({
    id: "MS-GOV-001",
    area: "governance",
    defaultSeverity: "error",
    title: "PII allowed without a policy",
    rationale:
      "Processing personal data needs a named policy (basis, masking, access) that reviewers and auditors can check.",
    check({ spec }) {
      const pii = spec.spec?.governance?.compliance?.pii;
      if (pii?.allowed !== true || str(pii.policy) !== undefined) return [];
      return [
        {
          pointer: `${C}/pii/allowed`,
          message: "governance.compliance.pii.allowed is true but no pii.policy is named.",
          hint: "Name the policy that governs the data (pii.policy), or set allowed: false.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-GOV-002",
    area: "governance",
    defaultSeverity: "warning",
    title: "Logs kept for 0 days in production",
    rationale: "With no log retention, incidents and audit requests in production cannot be investigated.",
    check({ spec, production }) {
      if (!production || num(spec.spec?.governance?.compliance?.retention?.logsDays) !== 0) return [];
      return [
        {
          pointer: `${C}/retention/logsDays`,
          message: "The spec is labelled production but retention.logsDays is 0.",
          hint: "Keep logs for the period your incident and audit processes need (commonly 14–90 days).",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-GOV-003",
    area: "governance",
    defaultSeverity: "warning",
    title: "No owner",
    rationale:
      "Every deployed model needs an accountable owner to page, to approve changes and to retire it.",
    check({ spec }) {
      if (str(spec.spec?.governance?.compliance?.governance?.owner) !== undefined) return [];
      const annotations = spec.metadata?.annotations;
      const labels = spec.metadata?.labels;
      if (isRecord(annotations) && str(annotations["owner"]) !== undefined) return [];
      if (isRecord(labels) && str(labels["owner"]) !== undefined) return [];
      return [
        {
          pointer: spec.spec?.governance?.compliance?.governance
            ? `${C}/governance`
            : spec.metadata
              ? "/metadata"
              : "",
          message:
            "No owner is declared (governance.compliance.governance.owner, or a metadata owner annotation/label).",
          hint: "Set spec.governance.compliance.governance.owner to the accountable team.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-GOV-004",
    area: "governance",
    defaultSeverity: "notice",
    title: "No change approval in production",
    rationale:
      "Production models should name who approves changes, so a PR like this one has a defined reviewer.",
    check({ spec, production }) {
      if (!production) return [];
      const g = spec.spec?.governance?.compliance?.governance;
      if (str(g?.changeApproval) !== undefined) return [];
      return [
        {
          pointer: g ? `${C}/governance` : spec.spec?.governance ? "/spec/governance" : "/spec",
          message:
            "The spec is labelled production but declares no governance.compliance.governance.changeApproval.",
          hint: "Name the approving group (and mirror it in CODEOWNERS so GitHub enforces it).",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-GOV-005",
    area: "governance",
    defaultSeverity: "warning",
    title: "PII allowed without a log retention limit",
    rationale:
      "Logs of a PII-processing model hold personal data; without a retention period they are kept indefinitely.",
    check({ spec }) {
      const c = spec.spec?.governance?.compliance;
      if (c?.pii?.allowed !== true || num(c.retention?.logsDays) !== undefined) return [];
      return [
        {
          pointer: `${C}/pii/allowed`,
          message: "PII is allowed but retention.logsDays is not set.",
          hint: "Declare governance.compliance.retention.logsDays as your data-protection policy requires.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-GOV-006",
    area: "governance",
    defaultSeverity: "warning",
    title: "PII allowed with debug logging",
    rationale:
      "Debug-level logs usually contain prompts and completions, copying personal data into the log store.",
    check({ spec }) {
      const level = str(spec.spec?.operations?.observability?.logging?.level)?.toLowerCase();
      if (spec.spec?.governance?.compliance?.pii?.allowed !== true) return [];
      if (level === undefined || !VERBOSE_LEVELS.has(level)) return [];
      return [
        {
          pointer: "/spec/operations/observability/logging/level",
          message: `PII is allowed and logging.level is ${level}: prompts with personal data will be logged.`,
          hint: "Use info or warn, or make sure the logging path redacts PII.",
        },
      ];
    },
  }),
];
