import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/runner.js";

// The files GitHub shows beside the code (license badge, "Security policy") and that Marketplace
// expects of a listed action.

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

describe("LICENSE", () => {
  it("is the MIT license that package.json declares, held by the project's contributors", () => {
    expect(existsSync(join(ROOT, "LICENSE")), "LICENSE is missing").toBe(true);
    const license = read("LICENSE");
    expect(JSON.parse(read("package.json")).license).toBe("MIT");
    expect(license.split("\n")[0]).toBe("MIT License");
    expect(license).toMatch(/^Copyright \(c\) \d{4} release-cadence contributors$/m);
    // The grant and the disclaimer, the two parts that make the text MIT.
    const flat = license.replace(/\s+/g, " ");
    expect(flat).toContain("Permission is hereby granted, free of charge, to any person obtaining a copy");
    expect(flat).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe("SECURITY.md", () => {
  const headings = () => [...read("SECURITY.md").matchAll(/^## (.+)$/gm)].map((match) => match[1]!.toLowerCase());

  it("says how to report a vulnerability privately", () => {
    expect(existsSync(join(ROOT, "SECURITY.md")), "SECURITY.md is missing").toBe(true);
    expect(headings()).toContain("reporting a vulnerability");
    const text = read("SECURITY.md");
    expect(text).toMatch(/Report a vulnerability/);
    expect(text).toMatch(/do not open a public issue/i);
  });

  it("lists the supported versions, by the major tag the README tells users to pin", () => {
    expect(headings()).toContain("supported versions");
    const pins = read("README.md").matchAll(/release-cadence\/release-cadence[\w./-]*@(v\d+)\b/g);
    const majors = new Set([...pins].map((match) => match[1]));
    expect(majors.size, "the README names one major tag").toBe(1);
    const sections = read("SECURITY.md").split(/^## /m);
    const section = sections.find((part) => part.toLowerCase().startsWith("supported versions"))!;
    for (const major of majors) expect(section).toContain(`\`${major}.x.y\``);
  });

  it("says what the project does about secrets and about signing", () => {
    expect(headings()).toEqual(
      expect.arrayContaining(["what the project does about secrets", "what the project does about signing"]),
    );
    const text = read("SECURITY.md");
    expect(text).toContain("core.setSecret");
    expect(text).toContain("persist-credentials: false");
    expect(text).toContain("docs/signing.md");
  });
});
