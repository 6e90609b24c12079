import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { LocalFiles } from "../adapters/files.js";
import { afterEach, describe, expect, it } from "vitest";
import { describeError } from "./index.js";
import { describeSystemError } from "./system.js";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cadence-errors-"));
  made.push(dir);
  return dir;
}

/** What the real file system throws for `act`. */
function thrown(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error("expected the file system to refuse");
}

describe("file-system errors in our words", () => {
  it("a folder where a file was expected (EISDIR) names the path and what to do", async () => {
    const dir = folder();
    // Node leaves the path out of this one: the adapter that read puts it back.
    expect(describeError(thrown(() => readFileSync(dir)))).toContain("a path is a folder where a file was expected");
    const message = describeError(await new LocalFiles(dirname(dir)).read(basename(dir)).catch((error: unknown) => error));
    expect(message).toBe(`${dir} is a folder where a file was expected: give the path of a file, or remove the folder (EISDIR)`);
    expect(message).not.toContain("unexpected error");
  });

  it("a file where a folder was expected (ENOTDIR)", () => {
    const dir = folder();
    writeFileSync(join(dir, "out"), "a file");
    const message = describeError(thrown(() => writeFileSync(join(dir, "out", "capsule.yaml"), "x")));
    expect(message).toBe(`a part of ${join(dir, "out", "capsule.yaml")} is a file where a folder was expected: remove that file or choose another path (ENOTDIR)`);
  });

  it("something in the way (EEXIST) and a missing file (ENOENT)", () => {
    const dir = folder();
    mkdirSync(join(dir, "taken"));
    expect(describeError(thrown(() => mkdirSync(join(dir, "taken"))))).toBe(`${join(dir, "taken")} already exists and is in the way: remove it or choose another path (EEXIST)`);
    expect(describeError(thrown(() => readFileSync(join(dir, "absent.yml"))))).toContain(`${join(dir, "absent.yml")} does not exist: check the path`);
  });

  it("permission refusals say what could not be done to which path", () => {
    const error = Object.assign(new Error("EACCES: permission denied, mkdir '/repo/docs/releases'"), { code: "EACCES", syscall: "mkdir", path: "/repo/docs/releases" });
    expect(describeError(error)).toBe("/repo/docs/releases cannot be written: permission denied; make it writable for the job's user, or choose another path (EACCES)");
    const read = Object.assign(new Error("EPERM: operation not permitted, open '/x'"), { code: "EPERM", syscall: "open" });
    expect(describeError(read)).toContain("/x cannot be opened: the operation is not permitted");
  });

  it("leaves errors that are not the file system's to the other formatters", () => {
    expect(describeSystemError(new Error("plain"))).toBeUndefined();
    expect(describeError(new Error("plain"))).toBe("unexpected error: plain");
  });
});
