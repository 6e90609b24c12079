import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { writeYaml, type YamlValue } from "./yaml-write.js";

/** Reads the text as YAML 1.2 (the `yaml` package's default) and as YAML 1.1 (PyYAML and older tools). */
function readBoth(text: string): [unknown, unknown] {
  return [parse(text, { version: "1.2", uniqueKeys: true }), parse(text, { version: "1.1", uniqueKeys: true, merge: false })];
}

function roundTrips(value: readonly YamlValue[] | { readonly [key: string]: YamlValue }): void {
  const text = writeYaml(value);
  const [modern, old] = readBoth(text);
  expect(modern, text).toEqual(value);
  expect(old, text).toEqual(value);
}

// Text mixing what YAML treats specially with ordinary words, line breaks and any Unicode.
const tricky = fc.constantFrom(
  "", " ", "\n", "\n\n", "a\n", "a\n\n", "\na", " a\nb", "a\n \nb", "\ta\nb", "a\r\nb", "a:b", "a: b", "a #b", "#a", "- a", "? a",
  "true", "False", "yes", "NO", "on", "Off", "y", "N", "null", "~", "1", "1.5", "1e3", "0x1f", "0o17", "1_000", "12:30", "2026-11-21",
  "1.2.3", ".inf", ".NaN", "<<", "=", "&a", "*a", "!a", "|", ">", "'", "\"", "%a", "@a", "`a", "{a}", "[a]", "a,b", "---", "...",
  "\u0085", "\u2028", "\u2029", "\ufeff", "\u007f", "\u0000", "\u001b", "é", "李雷", "🎉", "e\u0301", "a  b", "a ", "A-b_c.d/e+f@g(h)='i'",
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 2, arbitrary: tricky },
  { weight: 2, arbitrary: fc.array(fc.oneof(tricky, fc.string({ unit: "binary" })), { maxLength: 4 }).map((parts) => parts.join(fc.sample(fc.constantFrom("", "\n", " ", "\n\n"), 1)[0])) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
);
const record: fc.Arbitrary<YamlValue> = fc.letrec<{ value: YamlValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(text.filter((key) => key !== "__proto__"), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("writeYaml", () => {
  it("writes a record as people read it: plain words, quoted versions and dates, literal blocks", () => {
    const written = writeYaml({
      release_notes: {
        version: "1.5.0",
        release_date: "2026-11-21",
        release_type: "minor",
        highlights: ["parser: reads CRLF messages"],
        changes: { features: [{ title: "cli: add --json", description: "First line.\nSecond line.", pr_ref: null }], bug_fixes: [] },
        provenance: { commit: "9f1c2d", build_id: null },
      },
    });
    expect(written).toBe(
      [
        "release_notes:",
        '  version: "1.5.0"',
        '  release_date: "2026-11-21"',
        "  release_type: minor",
        "  highlights:",
        '    - "parser: reads CRLF messages"',
        "  changes:",
        "    features:",
        '      - title: "cli: add --json"',
        "        description: |-",
        "          First line.",
        "          Second line.",
        "        pr_ref: null",
        "    bug_fixes: []",
        "  provenance:",
        '    commit: "9f1c2d"',
        "    build_id: null",
        "",
      ].join("\n"),
    );
  });

  it("quotes what a YAML 1.1 or 1.2 reader would take for a boolean, a number, null or syntax", () => {
    for (const word of ["true", "No", "on", "y", "null", "1.2.3", "0x10", "12:30", "2026-11-21", "- a", "a: b", "a #b", "#a", "&a", "*a", "a "]) {
      expect(writeYaml({ word }), word).toBe(`word: ${JSON.stringify(word)}\n`);
    }
    expect(writeYaml({ word: "Keep a Changelog" })).toBe("word: Keep a Changelog\n");
  });

  it("escapes characters outside YAML's printable set and line breaks of YAML 1.1", () => {
    expect(writeYaml(["a\u0085b", "a\u2028b", "a\u007fb", "\ufeffa"])).toBe('- "a\\u0085b"\n- "a\\u2028b"\n- "a\\u007fb"\n- "\\ufeffa"\n');
  });

  it("keeps every trailing line break with the right chomping", () => {
    expect(writeYaml({ a: "x\ny" })).toBe("a: |-\n  x\n  y\n");
    expect(writeYaml({ a: "x\ny\n" })).toBe("a: |\n  x\n  y\n");
    expect(writeYaml({ a: "x\ny\n\n" })).toBe("a: |+\n  x\n  y\n\n");
    for (const value of ["x\ny", "x\ny\n", "x\ny\n\n\n", "\nx\n\ny", "x\n\n\ny"]) roundTrips({ a: value, b: [value], c: [{ d: value, e: value }] });
  });

  it("writes empty lists and maps inline and leaves out undefined members", () => {
    expect(writeYaml({ a: [], b: {}, c: undefined, d: [[], {}] })).toBe("a: []\nb: {}\nd:\n  - []\n  - {}\n");
    expect(writeYaml({})).toBe("{}\n");
    expect(writeYaml([])).toBe("[]\n");
  });

  it("writes a record of many thousands of items whole (the text is joined in chunks)", () => {
    const features = Array.from({ length: 20_000 }, (_, index) => ({ title: `parser: item ${index} 李雷`, description: index % 3 ? "one\ntwo" : "", pr_ref: index % 2 ? null : `#${index}` }));
    roundTrips({ release_notes: { changes: { features } } });
  });

  it("refuses what YAML cannot hold the same way, naming where", () => {
    expect(() => writeYaml({ a: [1, Number.NaN] })).toThrow("cannot write NaN as YAML at $.a[1]");
    expect(() => writeYaml({ a: { when: new Date(0) } })).toThrow("cannot write a Date as YAML at $.a.when");
    expect(() => writeYaml([{ big: 1n }])).toThrow("cannot write a bigint as YAML at $[0].big");
    expect(() => writeYaml({ a: [undefined] })).toThrow("cannot write undefined as YAML at $.a[0]");
    expect(() => writeYaml("text" as never)).toThrow(/map or a list at the top/);
  });

  it("reads back equal with YAML 1.2 and 1.1 readers, for any record (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(text.filter((key) => key !== "__proto__"), record, { maxKeys: 5 }), (value) => roundTrips(value)),
      { numRuns: 3000 },
    );
  });

  it("reads back equal for lists at the top, nested lists and lists of maps (property)", () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 5 }), (value) => roundTrips(value)), { numRuns: 1500 });
  });
});

describe("records carry no secret the run knows", () => {
  const token = "npm_recordSecretValue0123456789";
  const pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIGVuc2VjcmV0LWtleS1ieXRlcy1mb3ItdGVzdHM=\n-----END PRIVATE KEY-----";

  it("masks, in every kind of scalar and in keys, the secrets of the environment whatever their name", () => {
    const env = { NODE_AUTH_TOKEN: token, INPUT_KEY: pem, PATH: "/usr/bin" };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const text = writeYaml({
        plain: `token ${token}`,
        quoted: `"${token}": said npm`,
        block: `first line\nthe key line MC4CAQAwBQYDK2VwBCIEIGVuc2VjcmV0LWtleS1ieXRlcy1mb3ItdGVzdHM=\nlast`,
        list: [token, { [token]: "as a key" }],
      });
      expect(text).not.toContain(token);
      expect(text).not.toContain("MC4CAQAwBQYDK2VwBCIEIGVuc2VjcmV0LWtleS1ieXRlcy1mb3ItdGVzdHM=");
      expect(parse(text)).toEqual({ plain: "token ***", quoted: '"***": said npm', block: "first line\nthe key line ***\nlast", list: ["***", { "***": "as a key" }] });
    } finally {
      for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  it("takes the secrets to mask when they are given", () => {
    expect(writeYaml({ reason: `leaked ${token}`, flag: "true" }, { secrets: [token] })).toBe('reason: "leaked ***"\nflag: "true"\n');
    expect(writeYaml({ reason: `leaked ${token}` }, { secrets: [] })).toContain(token);
  });
});
