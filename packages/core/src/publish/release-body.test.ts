import { describe, expect, it } from "vitest";
import { RELEASE_BODY_CHARACTERS, fitReleaseBody } from "./observe.js";

const env = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "octo-org/sample" };

describe("a GitHub release body within GitHub's 125,000 characters", () => {
  it("leaves a body that fits as it is", () => {
    const body = "# Release Notes\n\n- one\n";
    expect(fitReleaseBody(body, "docs/releases/1.5.0/release-notes.md", "v1.5.0", env)).toBe(body);
  });

  it("cuts a longer one after a whole line, with a link to the full notes at the tag", () => {
    const line = "- **api:** a change that is described at some length ([abc1234](https://example.com))\n";
    const body = `# Release Notes\n\n${line.repeat(Math.ceil(200_000 / line.length))}`;
    const cut = fitReleaseBody(body, "docs/releases/1.5.0/release-notes.md", "v1.5.0", env);
    expect(cut.length).toBeLessThanOrEqual(RELEASE_BODY_CHARACTERS);
    expect(cut.length).toBeGreaterThan(RELEASE_BODY_CHARACTERS - 2 * line.length - 400);
    const [kept, notice] = cut.split("\n\n> ");
    expect(body.startsWith(kept!)).toBe(true);
    expect(kept!.endsWith(line.trimEnd())).toBe(true);
    expect(notice).toContain(`These release notes are ${body.length.toLocaleString("en-US")} characters`);
    expect(notice).toContain("(https://github.com/octo-org/sample/blob/v1.5.0/docs/releases/1.5.0/release-notes.md)");
  });

  it("counts characters, not bytes, as GitHub does", () => {
    const body = `${"é".repeat(100_000)}\n${"ü".repeat(20_000)}\n`;
    expect(Buffer.byteLength(body)).toBeGreaterThan(RELEASE_BODY_CHARACTERS);
    expect(fitReleaseBody(body, "notes.md", "v2.0.0", env)).toBe(body);
  });
});
