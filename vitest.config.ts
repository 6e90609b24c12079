import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "actions/*/src/**/*.test.ts", "test/**/*.test.ts"],
    // Git-heavy tests run as separate processes; two cores, so two workers.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ["default"],
    // A GitHub-hosted runner has no git identity and no global git settings: neither do the tests
    // that run the core in this process (those that spawn the bundles give them a clean HOME).
    env: { GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
    // GitHub's workflow parser imports its JSON schemas without `with { type: "json" }`, which Node 24
    // refuses; letting Vite transform it handles the JSON imports.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
