import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createRoutes, subscribedEvents } from "../../src/app/routes.js";

const manifest = parse(readFileSync(new URL("../../app.yml", import.meta.url), "utf8")) as {
  name: string;
  default_events: string[];
  default_permissions: Record<string, string>;
};

describe("app.yml", () => {
  it("subscribes to exactly the events the routing table handles", () => {
    const routes = createRoutes({ review: async () => {} });
    expect([...manifest.default_events].sort()).toEqual(subscribedEvents(routes));
  });

  it("asks for the least permissions the review needs", () => {
    expect(manifest.default_permissions).toEqual({
      checks: "write",
      pull_requests: "write",
      // write: the draft release's "Model changes" section on push (docs/release-notes.md).
      contents: "write",
      metadata: "read",
      // merge_group deliveries (merge queues), reviewed with a check run on head_sha.
      merge_queues: "read",
    });
  });

  it("routes the events the issue names", () => {
    const events = createRoutes({ review: async () => {} }).flatMap((r) => r.events);
    for (const e of [
      "pull_request.opened",
      "pull_request.synchronize",
      "pull_request.reopened",
      "pull_request.ready_for_review",
      "pull_request.edited",
      "check_run.rerequested",
      "check_suite.rerequested",
      "merge_group.checks_requested",
    ]) {
      expect(events).toContain(e);
    }
  });
});
