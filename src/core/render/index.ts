/** Pure renderers: a Review in, strings and payloads within GitHub's limits out. */
export {
  renderComment,
  renderCommentDetailed,
  commentMarker,
  parseCommentMarker,
  isOurComment,
  isQuiet,
  COMMENT_LIMIT,
  MARKER_PREFIX,
} from "./comment.js";
export {
  renderCheckRun,
  annotationBatches,
  annotatableFindings,
  toAnnotation,
  CHECK_TEXT_LIMIT,
  ANNOTATIONS_PER_REQUEST,
  MAX_ANNOTATIONS,
} from "./check-run.js";
export {
  renderJobSummary,
  renderWorkflowCommands,
  renderWorkflowAnnotations,
  workflowCommand,
  type WorkflowAnnotation,
  JOB_SUMMARY_LIMIT_BYTES,
  MAX_WORKFLOW_ANNOTATIONS,
} from "./job-summary.js";
export { renderSarif, buildSarif, SARIF_SCHEMA, type RuleMeta, type SarifLog } from "./sarif.js";
export { renderJson, buildJsonReport, REPORT_SCHEMA_ID, type JsonReport } from "./json.js";
export { headlineSentence } from "./model.js";
