import { describe, expect, it } from "vitest";
import { compareUrl, issueUrl, linksFromRemote, resolveLinks } from "./links.js";

describe("repository links", () => {
  it.each([
    ["https://github.com/octo/app.git", "https://github.com/octo/app"],
    ["https://x-access-token:secret@github.com/octo/app", "https://github.com/octo/app"],
    ["git@github.com:octo/app.git", "https://github.com/octo/app"],
    ["ssh://git@ghe.corp.example:2222/team/app.git", "https://ghe.corp.example/team/app"],
    ["git@ghe.corp.example:group/sub/app.git", "https://ghe.corp.example/group/sub/app"],
    ["http://ghe.local/team/app", "http://ghe.local/team/app"],
  ])("reads %s", (remote, base) => {
    expect(linksFromRemote(remote)?.baseUrl).toBe(base);
  });

  it("never keeps credentials from the remote URL", () => {
    expect(JSON.stringify(linksFromRemote("https://user:token123@github.com/o/r.git"))).not.toContain("token123");
  });

  it("gives up on local paths", () => {
    expect(linksFromRemote("/srv/git/app.git")).toBeUndefined();
    expect(linksFromRemote("file:///srv/git/app.git")).toBeUndefined();
  });

  it("prefers configuration, then the Actions context, then the remote", () => {
    const context = { serverUrl: "https://ghe.example/", repository: "org/repo" };
    expect(resolveLinks(undefined, context, "git@github.com:a/b.git")?.baseUrl).toBe("https://ghe.example/org/repo");
    expect(resolveLinks("https://github.com/c/d", context, undefined)?.baseUrl).toBe("https://github.com/c/d");
    expect(resolveLinks(undefined, {}, "git@github.com:a/b.git")?.baseUrl).toBe("https://github.com/a/b");
  });

  it("builds compare and cross-repository issue URLs on the same host", () => {
    const links = linksFromRemote("git@ghe.example:org/repo.git")!;
    expect(compareUrl(links, "v1.0.0", "v1.1.0")).toBe("https://ghe.example/org/repo/compare/v1.0.0...v1.1.0");
    expect(issueUrl(links, { number: 4, repository: "other/lib", in: "body" })).toBe("https://ghe.example/other/lib/issues/4");
    expect(compareUrl(links, "pkg@1.0.0", "pkg@1.1.0")).toBe("https://ghe.example/org/repo/compare/pkg%401.0.0...pkg%401.1.0");
  });
});
