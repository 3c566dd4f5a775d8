import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Tests never reach the real Hugging Face Hub (issue #12): model configs come from the built-in
    // catalog, committed fixtures or the loopback Hub in test/hub, which sets HF_ENDPOINT itself.
    env: { HF_HUB_OFFLINE: "1", HF_HUB_CACHE: "/nonexistent/modelspec-review-test-hf-cache" },
  },
});
