import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { GitCli, LocalFiles, LocalForge, NpmCli, TerminalReporter, fixedClock, type ReleaseForge } from "@release-cadence/core";
import type { PublishPorts } from "../../packages/core/src/publish/run.js";
import type { TestRegistry } from "../support/verdaccio.js";

/** A reporter that keeps what it would print, for assertions. */
export function quietReporter(): { reporter: TerminalReporter; lines: () => string } {
  let text = "";
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString("utf8");
      done();
    },
  });
  return { reporter: new TerminalReporter(sink, true), lines: () => text };
}

/** The ports of a publish run in a test: real git, a real registry, a forge (local unless given). */
export function testPorts(dir: string, registry: TestRegistry, options: { forge?: ReleaseForge; releasesDir?: string } = {}): PublishPorts & { releasesDir: string } {
  // Inside the repository's .git: removed with the repository, and not a change to its work tree.
  const releasesDir = options.releasesDir ?? join(dir, ".git", "test-releases");
  mkdirSync(releasesDir, { recursive: true });
  return {
    git: new GitCli(dir),
    files: new LocalFiles(dir),
    clock: fixedClock(new Date("2026-03-01T12:00:00Z")),
    reporter: quietReporter().reporter,
    forge: options.forge ?? new LocalForge(releasesDir),
    registryFor: (url) => new NpmCli({ registry: url, token: registry.token, cwd: dir }),
    npmTokenGiven: true,
    env: {},
    releasesDir,
  };
}
