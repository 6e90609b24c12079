import { describe, expect, it } from "vitest";
import { printable } from "./printable.js";

describe("printable: commit text without terminal control characters", () => {
  it.each([
    ["a colour sequence", "fix: \x1b[31mred\x1b[0m text", "fix: red text"],
    ["a cursor move that would rewrite the line", "feat: safe\x1b[2K\x1b[1Gfeat: evil", "feat: safefeat: evil"],
    ["an OSC 8 hyperlink", "fix: \x1b]8;;https://evil.example\x07click\x1b]8;;\x07 here", "fix: click here"],
    ["an OSC title ended by ST", "fix: x\x1b]0;pwned\x1b\\y", "fix: xy"],
    ["a BEL and a backspace", "fix: ding\x07\x08!", "fix: ding!"],
    ["C1 CSI and other C1 controls", "fix: \x9b31mred\x85", "fix: red"],
    ["DEL and a form feed", "fix: a\x7fb\x0cc", "fix: abc"],
    ["a lone ESC", "fix: a\x1b", "fix: a"],
  ])("removes %s", (_, text, clean) => {
    expect(printable(text)).toBe(clean);
  });

  it("keeps tabs, newlines, carriage returns and all other text as it is", () => {
    const text = "feat(ü): naïve 🚀\tok\r\n\nBREAKING CHANGE: ✓";
    expect(printable(text)).toBe(text);
  });
});
