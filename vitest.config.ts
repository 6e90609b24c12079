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
    // Each run's temporary folders in one folder of its own, checked and removed at the end.
    globalSetup: ["test/support/temp-guard.ts"],
    // GitHub's workflow parser imports its JSON schemas without `with { type: "json" }`, which Node 24
    // refuses; letting Vite transform it handles the JSON imports.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
