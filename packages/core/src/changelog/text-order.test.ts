import { describe, expect, it } from "vitest";
import { compareTextKeys, sortByText, textKey } from "./text-order.js";

describe("text order", () => {
  it("orders by letters first, then lower case, then plain before accented", () => {
    const texts = ["core", "Éclair", "café", "Beta", "cafe", "api", "beta", "Cafe", "b"];
    expect(sortByText(texts, (text) => text)).toEqual(["api", "b", "beta", "Beta", "cafe", "Cafe", "café", "core", "Éclair"]);
  });

  it("calls texts equal only when they are the same letters encoded two ways", () => {
    expect(compareTextKeys(textKey("e\u0301"), textKey("\u00e9"))).toBe(0);
    expect(compareTextKeys(textKey("e"), textKey("\u00e9"))).toBeLessThan(0);
    expect(compareTextKeys(textKey("E"), textKey("e"))).toBeGreaterThan(0);
  });

  it("is the same order whatever the process's locale says", () => {
    // Turkish dotted and dotless i, German sharp s: a collator would place them by locale.
    const texts = ["ınfo", "Istanbul", "info", "straße", "strasse", "zeta"];
    const sorted = sortByText(texts, (text) => text);
    expect(sorted).toEqual(["info", "Istanbul", "strasse", "straße", "zeta", "ınfo"]);
    expect(sortByText([...texts].reverse(), (text) => text)).toEqual(sorted);
  });

  it("keeps equals in their first order and lets a first comparison decide before the text", () => {
    const people = [
      { name: "bo", commits: 1 },
      { name: "Al", commits: 1 },
      { name: "cy", commits: 3 },
    ];
    expect(sortByText(people, (person) => person.name, (a, b) => b.commits - a.commits).map((person) => person.name)).toEqual(["cy", "Al", "bo"]);
    const tied = [{ id: 1, name: "e\u0301" }, { id: 2, name: "\u00e9" }, { id: 3, name: "e\u0301" }];
    expect(sortByText(tied, (value) => value.name).map((value) => value.id)).toEqual([1, 2, 3]);
  });
});
