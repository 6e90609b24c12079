import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { NpmCli } from "@release-cadence/core";
import { startRegistry, type TestRegistry } from "../support/verdaccio.js";
import { SyncWorkspace } from "./support.js";

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => registry?.stop());
const spaces: SyncWorkspace[] = [];
afterEach(() => spaces.splice(0).forEach((space) => space.remove()));

describe("a published npm package as a sync source", () => {
  it("syncs a folder of the package version the registry serves, after checking its integrity", async () => {
    const name = `sync-source-${process.pid}`;
    const publisher = new SyncWorkspace();
    spaces.push(publisher);
    publisher.write("package.json", JSON.stringify({ name, version: "1.2.0", files: ["presets"] }));
    publisher.write("presets/eslint.json", '{ "rules": {} }\n');
    publisher.write("presets/tsconfig.json", '{ "strict": true }\n');
    await new NpmCli({ registry: registry.url, token: registry.token, cwd: publisher.root }).publish(".", { distTag: "latest", provenance: false });

    const space = new SyncWorkspace();
    spaces.push(space);
    space.write("service/keep.txt", "keep\n");
    space.config(`sync:
  - sync_id: presets
    type: upstream
    source: { type: registry, location: "${name}@latest", registry: "${registry.url}", path: presets, credentials: env:NPM_READ_TOKEN }
    target: { type: file, location: service, path: config }
`);
    const env = { NPM_READ_TOKEN: registry.token };
    const dry = await space.run({}, { env });
    expect(dry.targets[0]).toMatchObject({ status: "changes" });
    expect(dry.targets[0]!.changes.map((change) => change.path)).toEqual(["config/eslint.json", "config/tsconfig.json"]);
    const log = readFileSync(dry.files.syncLogPaths[0]!, "utf8");
    expect(log).not.toContain(registry.token);
    const apply = await space.run({ mode: "apply", planHash: dry.planHash }, { env });
    expect(apply.status).toBe("success");
    expect(readFileSync(join(space.root, "service/config/tsconfig.json"), "utf8")).toBe('{ "strict": true }\n');

    const missing = await space.run({}, { env: {} });
    expect(missing.targets[0]!.message).toContain("the credentials of");
    const unknown = new SyncWorkspace();
    spaces.push(unknown);
    unknown.write("service/keep.txt", "keep\n");
    unknown.config(`sync:
  - sync_id: presets
    source: { type: registry, location: "${name}@9.9.9", registry: "${registry.url}" }
    target: { type: file, location: service }
`);
    expect((await unknown.run()).targets[0]!.message).toContain(`${name} has no version or dist-tag '9.9.9'`);
  });
});
