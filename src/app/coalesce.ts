/**
 * Per pull request, at most one review runs and at most one waits. A burst of deliveries for one PR
 * (pushes, reruns, both at once) collapses: while a review runs, each new delivery replaces the
 * waiting one, and the waiting one reviews the PR's head as GitHub reports it when it starts
 * (`latestHead`). So the newest head is always reviewed and published last, the work per burst is
 * two reviews however many deliveries came, and every review finishes within its own budget
 * instead of fifty sharing the CPU and all running out of time.
 */
import type { Context } from "probot";
import type { ReviewTarget } from "./routes.js";

type Review = (context: Context, target: ReviewTarget) => Promise<unknown>;

/** What a delivery that was folded into a later one resolves to. */
export interface Coalesced {
  status: "skipped";
  reason: "coalesced";
}

interface Slot {
  running: boolean;
  waiting: {
    context: Context;
    target: ReviewTarget;
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
  } | null;
}

/** Wraps a review runner so reviews of one PR never overlap and bursts coalesce. */
export function coalescePerPullRequest(review: Review): Review {
  const slots = new Map<string, Slot>();

  function start(key: string, slot: Slot, context: Context, target: ReviewTarget): Promise<unknown> {
    slot.running = true;
    const run = review(context, target);
    void run
      .catch(() => undefined)
      .finally(() => {
        slot.running = false;
        const next = slot.waiting;
        slot.waiting = null;
        if (next) start(key, slot, next.context, next.target).then(next.resolve, next.reject);
        else slots.delete(key);
      });
    return run;
  }

  return (context, target) => {
    const key = `${target.owner}/${target.repo}#${target.number}`.toLowerCase();
    let slot = slots.get(key);
    if (!slot) {
      slot = { running: false, waiting: null };
      slots.set(key, slot);
    }
    if (!slot.running) return start(key, slot, context, target);
    const replaced = slot.waiting;
    if (replaced) replaced.resolve({ status: "skipped", reason: "coalesced" } satisfies Coalesced);
    context.log.info(
      { pr: target.number, trigger: target.trigger },
      "a review of this PR is running: coalesced",
    );
    return new Promise((resolve, reject) => {
      slot.waiting = { context, target: { ...target, latestHead: true }, resolve, reject };
    });
  };
}
