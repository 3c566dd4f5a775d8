/**
 * On a push to the default branch that bumps a model version, add or update the "Model changes"
 * section of the repository's draft release (creating the draft when there is none).
 *
 * 1. Ignore pushes to other branches, branch creations and deletions.
 * 2. Diff the trees of `before` and `after` (two requests: the net change of the push).
 * 3. Read the repo config at the pushed commit and the changed specs at both ends (one batched
 *    request), through the shared notes flow (`notesForChange`: the collect stage, `analyse`).
 * 4. Keep the notes `analyse` made for specs whose version changed; stop when there are none.
 * 5. Find the draft release, merge its section's notes with the new ones (`mergeReleaseNotes`:
 *    net change since the draft was started, so replaying a delivery changes nothing), and write
 *    the section back in place — or create the draft.
 *
 * A constant number of requests per push (≤ 7), however many files or commits it holds.
 */
import type { Context } from "probot";
import { mergeReleaseNotes } from "../core/diff/release.js";
import { readReleaseSection, upsertReleaseSection } from "../core/render/release-section.js";
import type { ReleaseNote } from "../core/types.js";
import { notesForChange } from "../flow/notes.js";
import { createOctokitPort, type OctokitLike } from "../github/octokit.js";
import type { GitHubPort } from "../github/port.js";
import { RELEASE_BODY_MAX, createReleasesPort, type ReleasesPort } from "../github/releases.js";
import { treeDiffSource } from "../github/sources.js";
import { CONFIG_PATH, loadConfigText } from "./config.js";

/** The fields of a `push` payload that `updateDraftReleaseOnPush` reads. */
export interface PushInfo {
  /** `refs/heads/main` */
  ref: string;
  before: string;
  after: string;
  defaultBranch: string;
  /** True when the push deleted the branch. */
  deleted?: boolean;
}

/** Options of `updateDraftReleaseOnPush`: the draft to create when none exists, logging, and a preloaded config. */
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

/**
 * What a push did to the draft release: ignored (not a forward push to the default branch), no
 * version change among the changed specs, or the draft created/updated/left unchanged, with the
 * section's notes after merging.
 */
export type ReleasePushResult =
  | { outcome: "ignored"; reason: string }
  | { outcome: "no-version-change"; specsChanged: number }
  | { outcome: "created" | "updated" | "unchanged"; releaseId: number; notes: ReleaseNote[] };

/** The GitHub access `updateDraftReleaseOnPush` needs: file reads at a commit, and the releases API. */
export interface ReleaseDeps {
  files: Pick<GitHubPort, "readFiles">;
  releases: ReleasesPort;
}

const ZERO_SHA = /^0{40}$/;

/**
 * Adds the model version changes of a push to the default branch to the "Model changes" section of
 * a draft release: merged into the draft that already has the section (else the first draft), or a
 * new draft when there is none. Pushes to other branches, branch creation and deletion are ignored
 * without an API call; a body that would not change is not written.
 */
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

  // 2–5. The shared notes flow over the push's tree diff: config as of the pushed commit, the
  // changed specs at both ends in one batched read, the notes `analyse` made (version changes).
  const source = treeDiffSource(deps.releases, deps.files, { baseSha: push.before, headSha: push.after });
  const result = await notesForChange(source, {
    ...(options.config ? { configText: options.config } : {}),
    log,
  });
  if (result.configFindings.length > 0)
    log(
      `${result.configFindings.length} problem(s) in ${options.config?.file ?? CONFIG_PATH}; using what is valid`,
    );
  const fresh = result.notes;
  if (fresh.length === 0) return { outcome: "no-version-change", specsChanged: result.specsChanged };

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
