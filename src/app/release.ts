/**
 * On a push to the default branch that bumps a model version, add or update the "Model changes"
 * section of the repository's draft release (creating the draft when there is none).
 *
 * 1. Ignore pushes to other branches, branch creations and deletions.
 * 2. Read the repo config at the pushed commit (paths of specs).
 * 3. Diff the trees of `before` and `after` (two requests: the net change of the push).
 * 4. Read the changed specs at both ends (one batched request) and run the core's `analyse`.
 * 5. Keep the notes of specs whose version changed (`releaseNoteFor`); stop when there are none.
 * 6. Find the draft release, merge its section's notes with the new ones (`mergeReleaseNotes`:
 *    net change since the draft was started, so replaying a delivery changes nothing), and write
 *    the section back in place — or create the draft.
 *
 * A constant number of requests per push (≤ 7), however many files or commits it holds.
 */
import type { Context } from "probot";
import { DEFAULT_CONFIG, parseConfig } from "../core/config.js";
import { mergeReleaseNotes, releaseNoteFor } from "../core/diff/release.js";
import { pairBySpecName } from "../core/diff/renames.js";
import { readReleaseSection, upsertReleaseSection } from "../core/render/release-section.js";
import { analyse } from "../core/review.js";
import type { Config, FilePair, ReleaseNote } from "../core/types.js";
import { createOctokitPort, type OctokitLike } from "../github/octokit.js";
import { fileKey, type GitHubPort } from "../github/port.js";
import { RELEASE_BODY_MAX, createReleasesPort, type ReleasesPort } from "../github/releases.js";
import picomatch from "picomatch";
import { CONFIG_PATH, loadConfigText } from "./config.js";

export interface PushInfo {
  /** `refs/heads/main` */
  ref: string;
  before: string;
  after: string;
  defaultBranch: string;
  /** True when the push deleted the branch. */
  deleted?: boolean;
}

export interface DraftReleaseOptions {
  /** Tag of a draft created when none exists (a draft's tag is not created until it is published). */
  tagName?: string;
  /** Title of a draft created when none exists. */
  releaseName?: string;
  log?: (message: string) => void;
  /**
   * The repo config text when the caller has it (the app loads it with Probot's config loader,
   * org-wide defaults included); otherwise `.github/modelspec-review.yml` is read at the pushed commit.
   */
  config?: { text: string | null; file: string };
}

export type ReleasePushResult =
  | { outcome: "ignored"; reason: string }
  | { outcome: "no-version-change"; specsChanged: number }
  | { outcome: "created" | "updated" | "unchanged"; releaseId: number; notes: ReleaseNote[] };

export interface ReleaseDeps {
  files: Pick<GitHubPort, "readFiles">;
  releases: ReleasesPort;
}

const ZERO_SHA = /^0{40}$/;

/** The notes a push contributes: specs whose model version changed (added and deleted ones included). */
export function versionNotes(pairs: FilePair[], config: Config): ReleaseNote[] {
  const review = analyse(pairs, config);
  const notes: ReleaseNote[] = [];
  for (const file of review.files) {
    if (!file.isModelSpec) continue;
    for (const spec of file.specs) {
      const note = releaseNoteFor(spec.name, spec.base, spec.head, spec.changes);
      if (note) notes.push(note);
    }
  }
  return notes;
}

export async function updateDraftReleaseOnPush(
  deps: ReleaseDeps,
  push: PushInfo,
  options: DraftReleaseOptions = {},
): Promise<ReleasePushResult> {
  const log = options.log ?? (() => {});
  // 1. Only pushes that move the default branch forward.
  if (push.ref !== `refs/heads/${push.defaultBranch}`)
    return { outcome: "ignored", reason: `push to ${push.ref}, not the default branch` };
  if (push.deleted || ZERO_SHA.test(push.after)) return { outcome: "ignored", reason: "branch deleted" };
  if (ZERO_SHA.test(push.before)) return { outcome: "ignored", reason: "branch created: no previous commit" };

  // 2. Config as of the pushed commit.
  let cfg = options.config;
  if (!cfg) {
    const texts = await deps.files.readFiles([{ ref: push.after, path: CONFIG_PATH }]);
    cfg = { text: texts.get(fileKey(push.after, CONFIG_PATH)) ?? null, file: CONFIG_PATH };
  }
  let config: Config = DEFAULT_CONFIG;
  if (cfg.text !== null) {
    const parsed = parseConfig(cfg.text, cfg.file);
    config = parsed.config;
    if (parsed.findings.length > 0)
      log(`${parsed.findings.length} problem(s) in ${cfg.file}; using what is valid`);
  }

  // 3. What the push changed.
  const match = picomatch(config.paths, { dot: true });
  const diff = await deps.releases.diffTrees(push.before, push.after);
  if (diff.truncated) log("the repository tree listing was truncated by GitHub: some specs may be missing");
  const changed = diff.files
    .filter((f) => match(f.path) || (f.previousPath !== undefined && match(f.previousPath)))
    .slice(0, config.limits.maxFiles);
  if (changed.length === 0) return { outcome: "no-version-change", specsChanged: 0 };

  // 4. Both ends of every changed spec, in one batched read.
  const requests = changed.flatMap((f) => [
    ...(f.status !== "added" ? [{ ref: push.before, path: f.previousPath ?? f.path }] : []),
    ...(f.status !== "removed" ? [{ ref: push.after, path: f.path }] : []),
  ]);
  const texts = await deps.files.readFiles(requests);
  const pairs: FilePair[] = changed.map((f) => {
    const pair: FilePair = { path: f.path };
    if (f.previousPath !== undefined) pair.previousPath = f.previousPath;
    const base = f.status !== "added" ? texts.get(fileKey(push.before, f.previousPath ?? f.path)) : null;
    const head = f.status !== "removed" ? texts.get(fileKey(push.after, f.path)) : null;
    if (typeof base === "string") pair.base = base;
    if (typeof head === "string") pair.head = head;
    return pair;
  });

  // 5. Only version changes make release notes.
  const fresh = versionNotes(pairBySpecName(pairs), config);
  if (fresh.length === 0) return { outcome: "no-version-change", specsChanged: changed.length };

  // 6. Merge into the draft release's section, or start a draft.
  const releases = await deps.releases.listReleases();
  const drafts = releases.filter((r) => r.draft);
  const draft = drafts.find((r) => readReleaseSection(r.body)?.length) ?? drafts[0];
  if (!draft) {
    const body = bodyWithSection(null, fresh);
    const created = await deps.releases.createRelease({
      tagName: options.tagName ?? "next",
      name: options.releaseName ?? "Next release",
      body,
      draft: true,
      targetCommitish: push.defaultBranch,
    });
    log(`created draft release ${created.id} with ${fresh.length} model change(s)`);
    return { outcome: "created", releaseId: created.id, notes: fresh };
  }
  const existing = readReleaseSection(draft.body);
  if (existing === null) log(`the Model changes section of release ${draft.id} was unreadable: rewriting it`);
  const notes = mergeReleaseNotes(existing ?? [], fresh);
  const body = bodyWithSection(draft.body, notes);
  if (body === (draft.body ?? "")) return { outcome: "unchanged", releaseId: draft.id, notes };
  await deps.releases.updateRelease(draft.id, { body });
  log(`updated the Model changes section of draft release ${draft.id}`);
  return { outcome: "updated", releaseId: draft.id, notes };
}

/**
 * The body with the section for `notes`, under GitHub's 125,000-character release limit: full
 * tables when they fit, else the short text variant, else one sentence (the data stays, so later
 * pushes still merge instead of appending), and only for hundreds of notes one sentence without data.
 */
export function bodyWithSection(body: string | null, notes: ReleaseNote[]): string {
  for (const style of ["full", "compact", "minimal"] as const) {
    const out = upsertReleaseSection(body, notes, style);
    if (out.length <= RELEASE_BODY_MAX) return out;
  }
  return upsertReleaseSection(body, notes, "bare");
}

interface PushPayload {
  ref: string;
  before: string;
  after: string;
  deleted?: boolean;
  repository: {
    name: string;
    owner: { login?: string; name?: string };
    default_branch?: string;
    master_branch?: string;
  };
}

/** The Probot handler for `push` (registered in routes.ts). */
export async function handlePushForReleaseNotes(
  context: Context,
  options: DraftReleaseOptions = {},
): Promise<void> {
  const p = context.payload as unknown as PushPayload;
  const owner = p.repository.owner.login ?? p.repository.owner.name ?? "";
  const repo = { owner, repo: p.repository.name };
  const octokit = context.octokit as unknown as OctokitLike;
  const log = (m: string): void => context.log.info({ repo: `${owner}/${repo.repo}` }, m);
  const defaultBranch = p.repository.default_branch ?? p.repository.master_branch ?? "main";
  // Cheap checks first: most pushes (other branches, tags) cost no API call at all.
  if (p.ref !== `refs/heads/${defaultBranch}` || p.deleted === true) {
    context.log.debug({ ref: p.ref }, "release notes: not a push to the default branch");
    return;
  }
  const loaded = await loadConfigText(context, repo);
  const result = await updateDraftReleaseOnPush(
    { files: createOctokitPort(octokit, repo, { log }), releases: createReleasesPort(octokit, repo) },
    {
      ref: p.ref,
      before: p.before,
      after: p.after,
      defaultBranch,
    },
    { log, config: { text: loaded.text, file: loaded.file }, ...options },
  );
  context.log.info({ outcome: result.outcome }, "release notes on push");
}
