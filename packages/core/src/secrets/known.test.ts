import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { knownSecrets, maskSecrets } from "./known.js";

describe("the secrets a run knows", () => {
  it("are found by their variable's name, whatever tool set them", () => {
    // A HOME value, as the runner sets one: data here, no folder is read.
    const home = join(tmpdir(), "runner-home");
    const env = {
      NODE_AUTH_TOKEN: "npm_aaaaaaaaaaaa",
      NPM_TOKEN: "npm_bbbbbbbbbbbb",
      "INPUT_NPM-TOKEN": "npm_cccccccccccc",
      INPUT_KEY: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKeyBodyLineOfKey\n-----END PRIVATE KEY-----",
      INPUT_PASSPHRASE: "correct horse",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "eyJhbGciOiJSUzI1NiJ9",
      "INPUT_PUBLIC-KEY": "release-signing.pub.pem",
      INPUT_KEYLESS: "true",
      SKIP_TOKEN: "1",
      HOME: home,
    };
    const secrets = knownSecrets(env);
    expect(secrets).toEqual(expect.arrayContaining(["npm_aaaaaaaaaaaa", "npm_bbbbbbbbbbbb", "npm_cccccccccccc", "correct horse", "eyJhbGciOiJSUzI1NiJ9", "MC4CAQAwBQYDK2VwBCIEIKeyBodyLineOfKey"]));
    expect(secrets).not.toContain("release-signing.pub.pem");
    expect(secrets).not.toContain("true");
    expect(secrets).not.toContain("1");
    expect(secrets).not.toContain(home);
  });

  it("are masked whole, the longest first", () => {
    expect(maskSecrets("a abcdefgh123 b abcdefgh c", ["abcdefgh123", "abcdefgh"])).toBe("a *** b *** c");
  });
});
