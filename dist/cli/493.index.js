export const id = 493;
export const ids = [493,503];
export const modules = {

/***/ 211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ onOrAfter),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   ap: () => (/* binding */ localClock),
/* harmony export */   cI: () => (/* binding */ lastWeekdayOfMonth),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   lY: () => (/* binding */ yearOf),
/* harmony export */   w4: () => (/* binding */ WEEKDAYS)
/* harmony export */ });
/* unused harmony export weekdayOf */
/**
 * Calendar dates and wall-clock times without an instant: "2026-12-20" is a day in whatever
 * time zone the calendar names. Dates are counted as days since 1970-01-01 (proleptic
 * Gregorian), so adding days never meets a DST change; only converting an instant to a local
 * date needs the zone, and Intl does that.
 */
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days since 1970-01-01 for a valid YYYY-MM-DD, or undefined (2026-02-30 is not a date). */
function parseDate(text) {
    const match = DATE.exec(text);
    if (!match)
        return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
        return undefined;
    return Math.round(ms / 86_400_000);
}
function formatDate(day) {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
function weekdayOf(day) {
    return WEEKDAYS[new Date(day * 86_400_000).getUTCDay()];
}
/** The first day on or after `day` that is a `weekday`. */
function onOrAfter(day, weekday) {
    const shift = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(day)) + 7) % 7;
    return day + shift;
}
/** The last `weekday` of a month (month 1–12). */
function lastWeekdayOfMonth(year, month, weekday) {
    const last = Math.round(Date.UTC(year, month, 0) / 86_400_000);
    const shift = (WEEKDAYS.indexOf(weekdayOf(last)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
    return last - shift;
}
function yearOf(day) {
    return new Date(day * 86_400_000).getUTCFullYear();
}
/** Whether Intl knows the zone (IANA names such as Europe/Berlin, or UTC). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The wall clock in a zone at an instant: its date (as a day number) and "YYYY-MM-DDTHH:MM". */
function localClock(instant, zone) {
    const parts = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZoneName: "longOffset",
    }).formatToParts(instant);
    const get = (type) => parts.find((part) => part.type === type)?.value ?? "";
    const date = `${get("year")}-${get("month")}-${get("day")}`;
    const offset = get("timeZoneName").replace(/^GMT/, "") || "+00:00";
    return { day: parseDate(date), wallClock: `${date}T${get("hour")}:${get("minute")}`, offset };
}


/***/ }),

/***/ 928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ loadCalendarConfig),
/* harmony export */   Jh: () => (/* binding */ throwProblems),
/* harmony export */   rj: () => (/* binding */ parseCalendarSection)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5341);
/* harmony import */ var _config_section_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7167);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8503);
/* harmony import */ var _civil_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(211);




const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/;
/** Reads `calendar` from the configuration (and the release_calendar file it names), checking every date. */
async function loadCalendarConfig(files, config) {
    const section = await (0,_config_section_js__WEBPACK_IMPORTED_MODULE_0__/* .configSection */ .c)(files, config, "calendar");
    const problems = [];
    const calendar = parseCalendarSection(section, problems);
    const raw = (section.value ?? {});
    if (typeof raw.file === "string")
        calendar.planned = await readReleaseCalendar(files, raw.file, section, problems);
    throwProblems(problems);
    return calendar;
}
function parseCalendarSection(section, problems) {
    const raw = (section.value ?? {});
    const at = (...path) => section.locate(path);
    const timezone = typeof raw.timezone === "string" ? raw.timezone : "UTC";
    if (!(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .isTimeZone */ .kQ)(timezone))
        problems.push({ text: `calendar.timezone '${timezone}' is not a time zone Intl knows; use an IANA name such as Europe/Berlin or America/New_York`, location: at("timezone") });
    const date = (value, path) => {
        const day = typeof value === "string" ? (0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(value) : undefined;
        if (day === undefined)
            problems.push({ text: `calendar.${describe(path)} must be a date YYYY-MM-DD that exists, not '${String(value)}'`, location: at(...path) });
        return day;
    };
    const weekday = (value, fallback, path) => {
        if (value === undefined)
            return fallback;
        if (typeof value === "string" && _civil_js__WEBPACK_IMPORTED_MODULE_1__/* .WEEKDAYS */ .w4.includes(value.toLowerCase()))
            return value.toLowerCase();
        problems.push({ text: `calendar.${describe(path)} must be a weekday (monday … sunday), not '${String(value)}'`, location: at(...path) });
        return fallback;
    };
    let minor;
    if (raw.minor !== false) {
        const spec = (raw.minor ?? {});
        if (spec.anchor !== undefined) {
            const anchor = date(spec.anchor, ["minor", "anchor"]);
            const everyWeeks = typeof spec["every-weeks"] === "number" ? spec["every-weeks"] : 2;
            if (!Number.isInteger(everyWeeks) || everyWeeks < 2)
                problems.push({ text: "calendar.minor.every-weeks must be a whole number of at least 2 (a development week and a stabilization week)", location: at("minor", "every-weeks") });
            const rcWeekday = weekday(spec["rc-weekday"], "thursday", ["minor", "rc-weekday"]);
            const releaseWeekday = weekday(spec["release-weekday"], "friday", ["minor", "release-weekday"]);
            if (releaseWeekday === rcWeekday)
                problems.push({ text: `calendar.minor: the RC cut and the release cannot both be on ${rcWeekday}`, location: at("minor", "release-weekday") });
            if (anchor !== undefined)
                minor = { anchor, everyWeeks, rcWeekday, releaseWeekday };
        }
    }
    let major;
    if (raw.major !== false) {
        const spec = (raw.major ?? {});
        const months = Array.isArray(spec.months) ? spec.months : [3, 6, 9, 12];
        months.forEach((month, index) => {
            if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12)
                problems.push({ text: `calendar.major.months[${index}] must be a month number 1–12`, location: at("major", "months", index) });
        });
        major = { months: months.filter((month) => typeof month === "number"), weekday: weekday(spec.weekday, "friday", ["major", "weekday"]) };
    }
    const blackouts = [];
    asList(raw.blackout).forEach((entry, index) => {
        const item = (entry ?? {});
        const from = date(item.from, ["blackout", index, "from"]);
        const to = date(item.to, ["blackout", index, "to"]);
        if (from !== undefined && to !== undefined && to < from)
            problems.push({ text: `calendar.blackout[${index}] ends (${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(to)}) before it starts (${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(from)})`, location: at("blackout", index, "to") });
        if (from !== undefined && to !== undefined && to >= from)
            blackouts.push({ from, to, reason: typeof item.reason === "string" ? item.reason : "blackout" });
    });
    const sorted = blackouts.map((blackout, index) => ({ blackout, index })).sort((a, b) => a.blackout.from - b.blackout.from);
    for (let index = 1; index < sorted.length; index++) {
        const before = sorted[index - 1];
        const after = sorted[index];
        if (after.blackout.from <= before.blackout.to) {
            problems.push({
                text: `calendar.blackout[${after.index}] (${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(after.blackout.from)} – ${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(after.blackout.to)}) overlaps blackout[${before.index}] (${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(before.blackout.from)} – ${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(before.blackout.to)}); merge them into one period`,
                location: at("blackout", after.index),
            });
        }
    }
    const freezes = [];
    asList(raw.freeze).forEach((entry, index) => {
        const item = (entry ?? {});
        const from = wallClock(item.from, false, ["freeze", index, "from"], problems, at);
        const to = wallClock(item.to, true, ["freeze", index, "to"], problems, at);
        if (from && to && to <= from)
            problems.push({ text: `calendar.freeze[${index}] ends (${String(item.to)}) before it starts (${String(item.from)})`, location: at("freeze", index, "to") });
        const allow = asList(item.allow).filter((kind) => kind === "major" || kind === "minor" || kind === "patch");
        if (from && to && to > from)
            freezes.push({ from, to, reason: typeof item.reason === "string" ? item.reason : "freeze", allow: item.allow === undefined ? ["patch"] : allow });
    });
    const horizon = typeof raw.horizon === "number" && raw.horizon > 0 ? Math.floor(raw.horizon) : 6;
    return { timezone, minor, major, blackouts, freezes, planned: [], horizon };
}
/** A date means its whole day: from 00:00, or to the end of that day. */
function wallClock(value, end, path, problems, at) {
    const match = typeof value === "string" ? WALL_CLOCK.exec(value) : null;
    const day = match ? (0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(match[1]) : undefined;
    const valid = match && day !== undefined && (match[2] === undefined || (Number(match[2]) < 24 && Number(match[3]) < 60));
    if (!valid) {
        problems.push({ text: `calendar.${describe(path)} must be a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:MM, not '${String(value)}'`, location: at(...path) });
        return undefined;
    }
    if (match[2] !== undefined)
        return `${match[1]}T${match[2]}:${match[3]}`;
    return end ? `${(0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(day + 1)}T00:00` : `${match[1]}T00:00`;
}
/** The seed's release_calendar YAML: explicit minor, major and patch releases. */
async function readReleaseCalendar(files, path, section, problems) {
    const text = await files.read(path);
    if (text === undefined) {
        problems.push({ text: `calendar.file names ${path}, which does not exist`, location: section.locate(["file"]) });
        return [];
    }
    const source = (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__.parseYamlSource)(path, text);
    const root = (source.value?.release_calendar ?? undefined);
    if (!root || typeof root !== "object") {
        problems.push({ text: "must have a top-level release_calendar mapping (the seed's template)", location: { file: path, line: 1, column: 1 } });
        return [];
    }
    const planned = [];
    const read = (list, kind, dateKey) => {
        asList(root[list]).forEach((entry, index) => {
            const item = (entry ?? {});
            const day = typeof item[dateKey] === "string" ? (0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(item[dateKey]) : undefined;
            if (day === undefined) {
                problems.push({ text: `release_calendar.${list}[${index}].${dateKey} must be a date YYYY-MM-DD that exists, not '${String(item[dateKey])}'`, location: source.locate(["release_calendar", list, index, dateKey]) });
                return;
            }
            const rc = typeof item.rc_date === "string" ? (0,_civil_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(item.rc_date) : undefined;
            if (item.rc_date !== undefined && rc === undefined)
                problems.push({ text: `release_calendar.${list}[${index}].rc_date must be a date YYYY-MM-DD, not '${String(item.rc_date)}'`, location: source.locate(["release_calendar", list, index, "rc_date"]) });
            if (rc !== undefined && rc > day)
                problems.push({ text: `release_calendar.${list}[${index}]: the RC date ${String(item.rc_date)} comes after the release date ${String(item[dateKey])}`, location: source.locate(["release_calendar", list, index, "rc_date"]) });
            planned.push({ kind, version: String(item.version ?? ""), releaseDate: day, status: String(item.status ?? "planned"), ...(rc !== undefined ? { rcDate: rc } : {}), ...(item.hotfix === true ? { hotfix: true } : {}) });
        });
    };
    read("minor_releases", "minor", "release_date");
    read("major_releases", "major", "planned_date");
    read("patch_releases", "patch", "release_date");
    return planned;
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
function describe(path) {
    return path.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(".").replace(/\.\[/g, "[");
}
function throwProblems(problems) {
    if (problems.length === 0)
        return;
    const sorted = [...problems].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
    const first = sorted[0];
    const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? "s" : ""})` : "";
    throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${first.text}${more}`, first.location, sorted.map((problem) => (problem.location ? `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLocation */ .j$)(problem.location)}: ${problem.text}` : problem.text)));
}


/***/ }),

/***/ 7167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ configSection)
/* harmony export */ });
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8503);

/**
 * The raw `name` section of a loaded configuration, with positions when it came from
 * .github/cadence.yml (loadConfig already validated the file against the schema).
 */
async function configSection(files, config, name) {
    const value = config.raw[name];
    const file = config.source.kind === "cadence" ? config.source.files[0] : undefined;
    if (value === undefined || !file)
        return { value, locate: () => (file ? { file } : undefined) };
    const text = await files.read(file);
    if (text === undefined)
        return { value, locate: () => ({ file }) };
    const source = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__.parseYamlSource)(file, text);
    return { value, locate: (path) => source.locate([name, ...path]) };
}


/***/ }),

/***/ 493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateConfig: () => (/* binding */ validateConfig)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schema/cadence.schema.json
const cadence_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-cadence.dev/schema/cadence.schema.json","title":"release-cadence configuration (.github/cadence.yml)","description":"Every section is optional: a repository that uses Conventional Commits needs no file at all.","type":"object","additionalProperties":false,"properties":{"versioning":{"$ref":"#/definitions/versioning"},"changelog":{"type":"object","additionalProperties":false,"description":"CHANGELOG, release notes and the release record (read by the changelog action).","properties":{"format":{"enum":["conventional","keep-a-changelog","release-please"],"description":"Section layout; default conventional (release-please when the configuration is release-please\'s)."},"sentence-case":{"type":"boolean","description":"release-please format: the first letter of each entry upper-cased (release-please\'s sentence-case plugin)."},"path":{"type":"string","minLength":1,"description":"The CHANGELOG file; default CHANGELOG.md."},"header":{"type":"string","description":"Text above the first release when the file is created."},"sections":{"type":"array","description":"Section rules tried before the format\'s own, first match wins.","items":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"type":{"type":"string","minLength":1},"scope":{"type":"string","minLength":1},"subject":{"type":"string","minLength":1},"footer":{"type":"string","minLength":1,"description":"A footer token the commit carries, e.g. Deprecated."},"breaking":{"type":"boolean"},"revert":{"type":"boolean"},"hidden":{"type":"boolean","description":"Matches and lists the commit nowhere (release-please format: listed only when breaking or carrying Release-As)."},"notes":{"enum":["features","improvements","bug_fixes","security","deprecations","none"],"description":"Where the entry goes in the release notes."}}}},"default-sections":{"type":"boolean","description":"Use the format\'s own section rules after the custom ones (default true)."},"template":{"type":"string","minLength":1,"description":"A markdown file with {{placeholders}} that renders one release section."},"entry-template":{"type":"string","minLength":1,"description":"One line per entry, with {{placeholders}}."},"repository-url":{"type":"string","minLength":1,"description":"Where links point; default from the Actions context or the origin remote."},"links":{"type":"boolean","description":"Link commits, comparisons and issues (default true)."},"contributors":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"exclude":{"type":"array","items":{"type":"string"},"description":"Names, logins or e-mails to leave out; * is a wildcard. Default: common bots."}}},"known-issues":{"type":"array","items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["issue"],"properties":{"issue":{"type":"string"},"workaround":{"type":"string"}}}]}},"record":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"Write the release record folder (default true)."},"dir":{"type":"string","minLength":1,"description":"Folder of the record; {version} is filled in. Default docs/releases/{version}."},"rollback":{"type":"object","additionalProperties":false,"properties":{"channels":{"type":"array","items":{"type":"string"}},"commands":{"type":"array","items":{"type":"string"},"description":"{version}, {tag}, {previous}, {previous_tag} are filled in."}}}}}}},"gates":{"type":"object","additionalProperties":false,"description":"Release gates (read by gate-check). See docs/gates.md.","properties":{"profile":{"type":"string","description":"auto (RC for a pre-release, else by the bump), G-MRG, G-REL, G-REL+Human, RC, SEV-0, SEV-1, SEV-2 or SEV-3."},"release-pulls":{"type":"object","additionalProperties":false,"description":"RL-01: where the release\'s pull requests are gathered; {version} is replaced. Default: milestone v{version}.","properties":{"milestone":{"type":"string","minLength":1},"label":{"type":"string","minLength":1}}},"required-checks":{"type":"array","items":{"type":"string","minLength":1},"description":"RL-02: check runs or status contexts that must have passed on the release commit. Empty: every finished check."},"changelog":{"type":"string","minLength":1,"description":"RL-03: the changelog file. Default CHANGELOG.md."},"manifests":{"type":"array","items":{"type":"string","minLength":1},"description":"RL-04: files that must carry the version. Default [package.json]."},"docs":{"description":"RL-05: documentation globs, one of which must have changed since the last release.","oneOf":[{"type":"array","items":{"type":"string","minLength":1}},{"type":"object","additionalProperties":false,"properties":{"paths":{"type":"array","items":{"type":"string","minLength":1}}}}]},"security":{"type":"object","additionalProperties":false,"description":"RL-06: vulnerability sources and the blocking severity.","properties":{"severity":{"enum":["low","moderate","high","critical"]},"audit":{"type":"boolean","description":"Run npm audit --json (default: when a lockfile exists)."},"dependabot":{"type":"boolean","description":"Read Dependabot alerts when the token may (default true)."}}},"rollback-drill":{"type":"object","additionalProperties":false,"description":"RL-07: rollback_evidence records of drills.","properties":{"records":{"type":"string","minLength":1,"description":"Glob of the records. Default .github/rollback-drills/*.{yml,yaml}."},"max-age-days":{"type":"integer","minimum":1}}},"release-notes":{"description":"RL-08: where drafted notes are looked for; {version} is replaced.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]},"coverage":{"type":"object","additionalProperties":false,"description":"Coverage thresholds in percent; the report is lcov, istanbul json-summary or Cobertura XML.","properties":{"file":{"type":"string","minLength":1},"lines":{"type":"number"},"branches":{"type":"number"},"functions":{"type":"number"}}},"licenses":{"type":"object","additionalProperties":false,"description":"LIC-01: the license policy for the dependencies that ship (non-dev packages in package-lock.json), in SPDX license ids. See docs/gates.md.","properties":{"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"SPDX license ids shipped packages may be used under (an id WITH an exception is allowed too). Absent: every license that is not denied."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"SPDX license ids no shipped package may need; an id matches its -only, -or-later and + spellings."},"exceptions":{"type":"array","description":"Packages accepted whatever their license; the reason goes into the evidence.","items":{"type":"object","additionalProperties":false,"required":["package","reason"],"properties":{"package":{"type":"string","minLength":1},"version":{"type":"string","minLength":1,"description":"A SemVer range; default every version."},"reason":{"type":"string","minLength":1}}}}}},"custom":{"type":"array","description":"Command gates: the exit code decides. run is a program and its arguments (a list); no shell.","items":{"type":"object","additionalProperties":false,"required":["id","run"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"run":{"oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string"}}]}}}},"skip":{"type":"array","items":{"type":"string"},"description":"Gates never evaluated (RL-05, COV, a custom id, ...)."},"require":{"type":"array","items":{"type":"string"},"description":"Gates required beyond the profile."},"evidence-path":{"type":"string","minLength":1,"description":"Where the release_evidence YAML goes, relative to the repository."}}},"calendar":{"type":"object","additionalProperties":false,"description":"Release calendar, blackout periods and freezes (read by gate-check and `cadence calendar`). See docs/calendar.md.","properties":{"timezone":{"type":"string","minLength":1,"description":"IANA time zone of every date here, e.g. Europe/Berlin. Default UTC."},"minor":{"description":"Minor releases every N weeks from an anchor: the last week stabilizes, RC cut and release on its weekdays. false: none.","oneOf":[{"const":false},{"type":"object","additionalProperties":false,"required":["anchor"],"properties":{"anchor":{"type":"string","description":"A date YYYY-MM-DD in the calendar\'s time zone."},"every-weeks":{"type":"integer","minimum":2},"rc-weekday":{"type":"string"},"release-weekday":{"type":"string"}}}]},"major":{"description":"Major releases on the last weekday of the quarter\'s months. false: none.","oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"months":{"type":"array","items":{"type":"integer"}},"weekday":{"type":"string"}}}]},"blackout":{"type":"array","description":"Periods without releases, both dates included.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","description":"A date YYYY-MM-DD in the calendar\'s time zone."},"to":{"type":"string","description":"A date YYYY-MM-DD in the calendar\'s time zone."},"reason":{"type":"string"}}}},"freeze":{"type":"array","description":"Freeze windows: only the allowed kinds (default patch) may release.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","description":"YYYY-MM-DD or YYYY-MM-DDTHH:MM local time."},"to":{"type":"string","description":"YYYY-MM-DD (through that day) or YYYY-MM-DDTHH:MM (until then)."},"reason":{"type":"string"},"allow":{"type":"array","items":{"enum":["major","minor","patch"]}}}}},"file":{"type":"string","minLength":1,"description":"A release_calendar YAML (the seed\'s template) with planned releases."},"horizon":{"type":"integer","minimum":1,"description":"How many coming dates to list. Default 6."}}},"capsule":{"type":"object","additionalProperties":false,"description":"State capsules and signing (read by capsule-sign and cadence verify).","properties":{"state-version":{"type":"string","pattern":"^state-v[1-9][0-9]*$","description":"The capsule format version this project writes, state-vN (default state-v1)."},"compatibility":{"type":"array","description":"Which release versions read which state versions. A release writes only a state version it reads in full. Default: every release reads state-version in full.","items":{"type":"object","additionalProperties":false,"required":["release","state","mode"],"properties":{"release":{"type":"string","minLength":1,"description":"SemVer range of release versions, e.g. 1.2.x or >=2.0.0 <3.0.0."},"state":{"type":"string","pattern":"^state-v[1-9][0-9]*$","description":"state-vN"},"mode":{"enum":["full","read-only","migration"]}}}},"out-dir":{"type":"string","minLength":1,"description":"Where the capsule, envelope, signatures and SHA256SUMS go (default release-capsule)."},"notes":{"type":"string","minLength":1,"description":"A YAML file with decisions, open_threads, next_chat_bootstrap (and optionally chat, purpose, context)."},"changelog":{"type":"string","minLength":1,"description":"The changelog whose section for the version goes into the capsule context (default CHANGELOG.md)."},"project":{"type":"string","minLength":1,"description":"Project name in the capsule (default: package.json name, else the folder name)."},"recipients":{"type":"object","description":"Named recipients of encrypted capsule sections: an age recipient (age1…, age1pq1…) or the path of a file of them (one per line).","additionalProperties":{"type":"string","minLength":1}},"encrypt":{"type":"object","additionalProperties":false,"description":"Capsule sections to encrypt with age, each for the named recipients (docs/signing.md).","properties":{"context":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"decisions":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"open_threads":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"next_chat_bootstrap":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},"sbom":{"description":"SBOMs signed with the capsule and published with the release (docs/signing.md). false: none. Default: a CycloneDX SBOM of each published npm package.","oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"formats":{"type":"array","minItems":1,"items":{"enum":["cyclonedx","spdx"]},"description":"cyclonedx (CycloneDX 1.5 JSON, default) and/or spdx (SPDX 2.3 JSON)."},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Folders of the npm packages the release publishes (default: the root, or each public workspace of a private root)."},"files":{"type":"array","items":{"type":"string","minLength":1},"description":"SBOMs made by other tools (CycloneDX or SPDX JSON), signed and published as they are."}}}]}}},"sync":{"type":"array","description":"Cross-repository file sync (read by sync-dry-run and cadence sync): a list of the seed\'s sync_config blocks.","items":{"type":"object","additionalProperties":false,"required":["sync_id","source"],"properties":{"sync_id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","description":"letters, digits, \'.\', \'_\' and \'-\', starting with a letter or digit"},"name":{"type":"string","minLength":1},"type":{"enum":["upstream","downstream","cross_repo","config"],"description":"The seed\'s sync type (default cross_repo)."},"source":{"type":"object","additionalProperties":false,"required":["type","location"],"properties":{"type":{"enum":["git","file","api","registry"],"description":"git: any git URL; file: a folder inside the repository; api: a GitHub repository owner/name; registry: an npm package version."},"location":{"type":"string","minLength":1,"description":"A git URL, a folder relative to the repository root, owner/name, or name@version."},"branch":{"type":"string","minLength":1,"description":"The branch to read (default: the remote\'s default branch)."},"path":{"type":"string","minLength":1,"description":"The folder inside the source to sync (default: all of it)."},"credentials":{"type":"string","pattern":"^(env:)?[A-Za-z_][A-Za-z0-9_]*$","description":"the name of an environment variable holding the token, e.g. env:SOURCE_TOKEN, never the token itself"},"registry":{"type":"string","pattern":"^https?://","description":"The npm registry of a registry source (default https://registry.npmjs.org/)."}}},"target":{"type":"object","additionalProperties":false,"required":["type","location"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._/@:-]*$","description":"a name for the target input and the matrix (default: its location)"},"type":{"enum":["git","file","api"],"description":"git: any git URL; file: a folder inside the repository; api: a GitHub repository owner/name through the REST git-data API (registry is a source only)."},"location":{"type":"string","minLength":1,"description":"A git URL, a folder relative to the repository root, or owner/name."},"branch":{"type":"string","minLength":1,"description":"The branch to sync into (default: the remote\'s default branch)."},"path":{"type":"string","minLength":1,"description":"The folder inside the target the files go to (default: its root)."},"credentials":{"type":"string","pattern":"^(env:)?[A-Za-z_][A-Za-z0-9_]*$","description":"the name of an environment variable holding the token, e.g. env:SYNC_TOKEN, never the token itself"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"owner/name of a git target on GitHub, for its pull requests (default: from a github.com URL)"},"create_branch":{"type":"boolean","description":"Create a missing target branch from the default branch (default false: the dry-run says how)."}}},"targets":{"type":"array","minItems":1,"items":{"$ref":"#/properties/sync/items/properties/target"},"description":"Several targets fed by the one source."},"options":{"type":"object","additionalProperties":false,"properties":{"dry_run_required":{"const":true,"description":"Always true: every sync has a dry-run first (DR-01); it cannot be switched off."},"approval_required":{"type":"boolean","description":"Apply needs approved-by (who approved the dry-run\'s plan hash)."},"approver":{"type":"string","minLength":1,"description":"The role or person who approves (recorded in the sync_log)."},"conflict_strategy":{"enum":["fail","theirs","ours","merge"],"description":"When the target changed a managed file: fail (default), theirs (source wins), ours (target keeps its edit), merge (three-way)."},"delivery":{"enum":["pull_request","push"],"description":"pull_request (default for git and api targets) or push; file targets are written directly."},"max_file_size":{"type":"integer","minimum":1,"description":"The largest file in bytes (default 10485760)."},"manifest":{"type":"string","minLength":1,"description":"The record of managed files in each target (default .github/cadence-sync/<sync_id>.json)."},"pr_branch":{"type":"string","pattern":"^[A-Za-z0-9._/{}-]+$","description":"a branch name of letters, digits, \'.\', \'_\', \'-\' and \'/\', with {sync_id} and {branch} filled in (default cadence-sync/{sync_id}/{branch})"},"pr_title":{"type":"string","minLength":1,"description":"Title of the pull request (default \'chore(sync): <name>\')."},"commit_message":{"type":"string","minLength":1,"description":"Message of the sync commit (default the pull request title)."},"committer":{"type":"object","additionalProperties":false,"required":["name","email"],"properties":{"name":{"type":"string","minLength":1},"email":{"type":"string","minLength":3}},"description":"Author and committer of sync commits (default github-actions[bot])."},"smoke":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Post-sync smoke command: the program and its arguments, never a shell line."}}},"filters":{"type":"object","additionalProperties":false,"properties":{"include":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of source paths to sync (default all)."},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of source paths never synced."}}},"schedule":{"type":"object","additionalProperties":false,"properties":{"trigger":{"enum":["manual","on_release","cron"]},"cron":{"type":"string","minLength":1,"description":"Five cron fields, for the workflow\'s schedule."}}},"notifications":{"type":"object","additionalProperties":false,"properties":{"on_success":{"type":"array","items":{"type":"string","minLength":1}},"on_failure":{"type":"array","items":{"type":"string","minLength":1}}}}}}},"publish":{"type":"object","description":"Tags, GitHub releases, npm and floating tags (read by publish).","additionalProperties":false,"properties":{"remote":{"type":"string","minLength":1,"description":"The git remote to push the release commit and tags to (default origin)."},"tag-message":{"type":"string","minLength":1,"description":"Message of the annotated tag; {tag} and {version} are filled in (default \'Release {tag}\')."},"floating-tags":{"enum":[true,false,"auto"],"description":"Move v1 and v1.2 with each newest release: auto does so when the repository has an action.yml."},"release":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","description":"false: no forge release, only tags and npm."},"name":{"type":"string","minLength":1,"description":"The release title; {tag} and {version} are filled in (default \'{tag}\')."},"notes-file":{"type":"string","minLength":1,"description":"File whose text becomes the release body (e.g. what the changelog action wrote)."},"assets":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs of files to attach; each must match at least one file."}}},"npm":{"type":"object","additionalProperties":false,"properties":{"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Package folders to publish, relative to the repository (e.g. \'.\', \'packages/cli\')."},"registry":{"type":"string","pattern":"^https?://","description":"The registry URL (default https://registry.npmjs.org/)."},"access":{"enum":["public","restricted"]},"provenance":{"enum":[true,false,"auto"],"description":"npm provenance; auto means on in GitHub Actions with id-token: write."},"dist-tags":{"type":"object","description":"Channel → dist-tag: a pre-release id (rc, beta, ...), latest, or maintenance ({line} is MAJOR.MINOR).","additionalProperties":{"type":"string","pattern":"^[A-Za-z][0-9A-Za-z._{}-]*$"}}}}}},"rollback":{"type":"object","description":"Rollback (read by rollback). See docs/rollback.md.","additionalProperties":false,"properties":{"channels":{"type":"array","items":{"enum":["npm","github-release","floating-tags"]},"description":"The channels a rollback takes back (default: every one that applies)."},"roll-forward":{"enum":[true,false,"auto","revert"],"description":"auto: roll forward only where a channel cannot go back; true: always (G\'s tree); revert: always (X with its commits reverted); false: never."},"deprecation-message":{"type":"string","minLength":1,"description":"X\'s npm deprecation; {version}, {to}, {reason} and {issue} are filled in."},"release-note":{"type":"string","minLength":1,"description":"The note put on top of X\'s release notes; the same placeholders."},"smoke-command":{"type":"array","minItems":1,"items":{"type":"string"},"description":"A program and its arguments run after the rollback (no shell); {from}, {to}, {version} are filled in."},"branch":{"type":"string","minLength":1,"description":"The roll-forward\'s branch; {tag} and {version} are the new release\'s (default rollback/{tag})."},"evidence-dir":{"type":"string","minLength":1,"description":"Folder of the rollback_evidence records, relative to the repository (default .git/cadence/evidence)."},"drill-dir":{"type":"string","minLength":1,"description":"Folder of drill records, where gate-check\'s RL-07 reads them (default .github/rollback-drills)."},"config":{"type":"object","additionalProperties":false,"description":"A config rollback (type config): files restored as they were at G.","properties":{"files":{"type":"array","items":{"type":"string","minLength":1}},"delivery":{"enum":["pull-request","commit"],"description":"A new branch to open a pull request from (default), or a commit on the checked-out branch."},"branch":{"type":"string","minLength":1,"description":"The branch for a pull request; {from} and {to} are filled in (default rollback/config-{from})."}}}}},"cadence":{"type":"object","additionalProperties":false,"description":"How the scheduled cadence tick cuts and names release candidates, and what the cadence metrics watch (gate-check\'s calendar mode, `cadence metrics`). See docs/cadence.md.","properties":{"release-branch":{"type":"string","minLength":1,"description":"A minor\'s release branch, with {major} and {minor}. Default release/v{major}.{minor}."},"rc-channel":{"type":"string","pattern":"^[0-9A-Za-z-]+$","description":"Pre-release id of release candidates. Default rc."},"base-branch":{"type":"string","minLength":1,"description":"The branch candidates are cut from and promoted lines merge back into. Default: the branch the tick runs on."},"post-release-days":{"type":"integer","minimum":1,"description":"Days after a release when the tick writes its POST-RELEASE capsule. Default 7."},"critical-label":{"type":"string","minLength":1,"description":"Issues with this label count as critical issues of the release before them. Default critical."},"critical-window-hours":{"type":"integer","minimum":1,"description":"How long after a release a critical issue counts against it. Default 48."},"recent":{"type":"integer","minimum":1,"description":"How many recent releases the metrics table and chart show. Default 10."}}},"committer":{"description":"Who the release commit and tags are by (author, committer, tagger). Default: git\'s configured user.name/user.email, else github-actions[bot] (a hosted runner has no identity).","oneOf":[{"type":"string","pattern":"^[^<>\\\\n]+<[^<>\\\\s@]+@[^<>\\\\s@]+>\\\\s*$","description":"Name <email>"},{"type":"object","additionalProperties":false,"required":["name","email"],"properties":{"name":{"type":"string","pattern":"^[^<>\\\\n]+$"},"email":{"type":"string","pattern":"^[^<>\\\\s@]+@[^<>\\\\s@]+$"}}}]}},"definitions":{"level":{"enum":["major","minor","patch","none"]},"version":{"type":"string","pattern":"^\\\\d+\\\\.\\\\d+\\\\.\\\\d+(-[0-9A-Za-z.-]+)?(\\\\+[0-9A-Za-z.+-]+)?$","description":"A SemVer 2.0 version without tag prefix, e.g. 1.4.0 or 2.0.0-rc.1."},"rule":{"type":"object","additionalProperties":false,"required":["release"],"description":"Matches a commit by type, scope and subject (globs, or /regular expressions/) and says what it releases.","properties":{"type":{"type":"string","minLength":1},"scope":{"type":"string","minLength":1},"subject":{"type":"string","minLength":1},"breaking":{"type":"boolean"},"revert":{"type":"boolean"},"release":{"$ref":"#/definitions/level"}}},"manifest":{"type":"object","additionalProperties":false,"required":["path"],"description":"A file that carries the version: package.json (default for *.json named package.json), a JSON path, a YAML path, or a marker comment on the line to update.","properties":{"path":{"type":"string","minLength":1},"json-path":{"type":"string","minLength":1},"yaml-path":{"type":"string","minLength":1},"marker":{"type":"string","minLength":1}}},"branch":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"description":"Glob over branch names."},"prerelease":{"type":"string","pattern":"^[0-9A-Za-z-]+$","description":"Pre-release id of this line (alpha, beta, rc, ...)."},"range":{"type":"string","minLength":1,"description":"SemVer range a maintenance line may release in, e.g. \'>=1.4.0 <1.5.0\'."},"maintenance":{"type":"boolean","description":"Derive the range from the name: 1.x, 1.4.x, release/v1.4, hotfix/v1.4."}}},"package":{"type":"object","additionalProperties":false,"required":["name","path"],"properties":{"name":{"type":"string","minLength":1},"path":{"type":"string","minLength":1},"tag-prefix":{"type":"string","description":"Defaults to \'<name>@\'."},"manifests":{"type":"array","items":{"$ref":"#/definitions/manifest"}}}},"versioning":{"type":"object","additionalProperties":false,"properties":{"tag-prefix":{"type":"string","description":"Prefix of release tags; default \'v\'."},"initial-version":{"$ref":"#/definitions/version"},"release-as":{"$ref":"#/definitions/version"},"pre-major":{"type":"object","additionalProperties":false,"description":"What breaking changes and features release below 1.0.0.","properties":{"breaking":{"$ref":"#/definitions/level"},"feature":{"$ref":"#/definitions/level"}}},"rules":{"type":"array","items":{"$ref":"#/definitions/rule"}},"default-rules":{"type":"boolean","description":"Consult the built-in rules when no custom rule matches (default true)."},"bang-is-breaking":{"type":"boolean"},"minimum-bump":{"$ref":"#/definitions/level"},"reverts":{"type":"object","additionalProperties":false,"properties":{"cancel-pairs":{"type":"boolean"},"pairing":{"enum":["lenient","exact"]},"lone":{"$ref":"#/definitions/level"}}},"branches":{"type":"array","items":{"$ref":"#/definitions/branch"}},"build-metadata":{"description":"Build metadata appended to versions: a map (state: v2 → state-v2) or a list of identifiers.","oneOf":[{"type":"object","additionalProperties":{"type":"string","pattern":"^[0-9A-Za-z-]+$"}},{"type":"array","items":{"type":"string","pattern":"^[0-9A-Za-z-]+$"}}]},"packages":{"type":"array","items":{"$ref":"#/definitions/package"}},"manifests":{"type":"array","items":{"$ref":"#/definitions/manifest"}},"release-commit":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"message":{"type":"string","minLength":1,"description":"\'{version}\' is replaced by the new version."},"include":{"type":"array","items":{"type":"string","minLength":1},"description":"More paths (files or folders) committed with the manifests when they have changes; default CHANGELOG.md and docs/releases, where the changelog action writes."}}}}}}}');
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var src_errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/inputs/paths.ts
var paths = __webpack_require__(9563);
;// CONCATENATED MODULE: ./packages/core/src/config/paths.ts

const fileEndpoint = (holder) => holder.type === "file";
// A recipient is an age key written out (age1…, age1pq1…) or the file that lists them.
const recipientsFile = (_holder, value) => !/^age1/.test(value.trim());
const glob = { glob: true };
// The same settings as publish's inputs `notes-file` and `assets`, which may point into RUNNER_TEMP.
const scratch = { scratch: true };
const CONFIG_PATH_FIELDS = [
    { at: ["versioning", "manifests", "*", "path"] },
    { at: ["versioning", "packages", "*", "path"] },
    { at: ["versioning", "packages", "*", "manifests", "*", "path"] },
    { at: ["versioning", "release-commit", "include", "*"] },
    { at: ["changelog", "path"] },
    { at: ["changelog", "template"] },
    { at: ["changelog", "record", "dir"] },
    { at: ["gates", "changelog"] },
    { at: ["gates", "manifests", "*"] },
    { at: ["gates", "docs", "*"], rule: glob },
    { at: ["gates", "docs", "paths", "*"], rule: glob },
    { at: ["gates", "rollback-drill", "records"], rule: glob },
    { at: ["gates", "release-notes"] },
    { at: ["gates", "release-notes", "*"] },
    { at: ["gates", "coverage", "file"] },
    { at: ["gates", "evidence-path"] },
    { at: ["calendar", "file"] },
    // The capsule may be written to the run's temporary folder so that npm never packs it (docs/signing.md).
    { at: ["capsule", "out-dir"], rule: scratch },
    { at: ["capsule", "notes"] },
    { at: ["capsule", "changelog"] },
    { at: ["capsule", "recipients", "*"], when: recipientsFile },
    { at: ["capsule", "sbom", "packages", "*"] },
    { at: ["capsule", "sbom", "files", "*"] },
    // A file endpoint is a folder of this repository (docs/sync.md): another repository is checked
    // out into one first, so that the sync never reads or writes outside the workspace.
    { at: ["sync", "*", "source", "location"], when: fileEndpoint },
    { at: ["sync", "*", "target", "location"], when: fileEndpoint },
    { at: ["sync", "*", "targets", "*", "location"], when: fileEndpoint },
    { at: ["publish", "release", "notes-file"], rule: scratch },
    { at: ["publish", "release", "assets", "*"], rule: { glob: true, scratch: true } },
    { at: ["publish", "npm", "packages", "*"] },
    { at: ["rollback", "evidence-dir"] },
    { at: ["rollback", "drill-dir"] },
    { at: ["rollback", "config", "files", "*"] },
];
/** Every path of the file that leaves the repository (or, where allowed, the run's temporary folder). */
function configPathProblems(source, places) {
    const problems = [];
    for (const field of CONFIG_PATH_FIELDS) {
        for (const found of valuesAt(source.value, field.at, [])) {
            if (field.when && !field.when(found.holder, found.value))
                continue;
            const judged = (0,paths/* confinePath */.ey)(describe(found.path), found.value, places, field.rule);
            if (judged.problem !== undefined)
                problems.push({ text: judged.problem, location: source.locate(found.path) });
        }
    }
    return problems;
}
/** The strings at a pattern; values of another type are the schema's to report. */
function valuesAt(value, pattern, path, holder = {}) {
    if (pattern.length === 0)
        return typeof value === "string" ? [{ path, value, holder }] : [];
    if (value === null || typeof value !== "object")
        return [];
    const [step, ...rest] = pattern;
    const map = value;
    if (step !== "*")
        return Object.hasOwn(map, step) ? valuesAt(map[step], rest, [...path, step], map) : [];
    if (Array.isArray(value))
        return value.flatMap((item, index) => valuesAt(item, rest, [...path, index], map));
    return Object.keys(map).flatMap((key) => valuesAt(map[key], rest, [...path, key], map));
}
function describe(path) {
    return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("").replace(/^\./, "");
}

// EXTERNAL MODULE: ./packages/core/src/calendar/config.ts
var config = __webpack_require__(928);
;// CONCATENATED MODULE: ./packages/core/src/config/semantic.ts

/**
 * The checks the schema cannot make (a time zone Intl does not know, a date that does not exist),
 * run on a file that also breaks the schema: the person fixing it sees every problem at once,
 * instead of the semantic ones only after the schema's are fixed. A section whose values have the
 * wrong types is skipped here; the schema has said what is wrong with it.
 */
const SECTION_CHECKS = {
    calendar(value, locate) {
        const problems = [];
        (0,config/* parseCalendarSection */.rj)({ value, locate }, problems);
        return problems;
    },
};
function semanticProblems(source) {
    const raw = source.value;
    const found = [];
    for (const [name, check] of Object.entries(SECTION_CHECKS)) {
        const value = raw[name];
        if (value === null || typeof value !== "object" || Array.isArray(value))
            continue;
        try {
            for (const problem of check(value, (path) => source.locate([name, ...path])))
                found.push({ text: problem.text, location: problem.location ?? source.locate([name]) });
        }
        catch {
            // Values of the wrong type: the schema's messages cover them.
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./packages/core/src/config/validate.ts





let compiled;
function validator() {
    // Compiled once per process: the schema is a constant, not state carried between runs.
    // `verbose` puts the failing schema on each error: its description and allowed keys go into the message.
    compiled ??= new ajv.Ajv({ allErrors: true, strict: false, verbose: true }).compile(cadence_schema_namespaceObject);
    return compiled;
}
/**
 * Checks a parsed config file against schema/cadence.schema.json and, with `places`, every path it
 * names against the repository (config/paths.ts); reports every problem with its position.
 */
function validateConfig(source, places) {
    const validate = validator();
    const valid = validate(source.value);
    const errors = valid ? [] : (validate.errors ?? []).filter(keepUseful);
    const problems = errors.map((error) => {
        const path = pointerToPath(error.instancePath);
        // An unknown key is pointed at where the key itself is written.
        const location = error.keyword === "additionalProperties" ? source.locate([...path, String(error.params.additionalProperty)], { key: true }) : source.locate(path);
        return { location, text: explain(error, path) };
    });
    // What the schema cannot see is said in the same breath, unless it is about the very same place.
    const seen = new Set(problems.map((problem) => (0,src_errors/* formatLocation */.j$)(problem.location)));
    const beyond = [...(valid ? [] : semanticProblems(source)), ...(places ? configPathProblems(source, places) : [])];
    for (const problem of beyond)
        if (!seen.has((0,src_errors/* formatLocation */.j$)(problem.location)))
            problems.push(problem);
    if (problems.length === 0)
        return;
    problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw new src_errors/* ConfigurationError */.j1(`${first.text}${more}`, first.location, problems.map((problem) => `${(0,src_errors/* formatLocation */.j$)(problem.location)}: ${problem.text}`), problems.map((problem) => ({ message: problem.text, location: problem.location })));
}
// oneOf reports each failed branch and then itself; the branch errors say more, the summary is noise.
function keepUseful(error, _index, all) {
    if (error.keyword === "oneOf" || error.keyword === "if")
        return false;
    if (error.keyword === "type" && all.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword === "type" && other.schemaPath < error.schemaPath))
        return false;
    return true;
}
function pointerToPath(pointer) {
    if (pointer === "")
        return [];
    return pointer
        .slice(1)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function describePath(path) {
    if (path.length === 0)
        return "the top level";
    return path.map((part) => (typeof part === "number" ? `[${part}]` : part)).join(".").replace(/\.\[/g, "[");
}
function explain(error, path) {
    const where = describePath(path);
    switch (error.keyword) {
        case "additionalProperties": {
            const allowed = allowedKeys(error);
            return `unknown key '${String(error.params.additionalProperty)}' in ${where}${allowed ? `; expected one of: ${allowed}` : ""}`;
        }
        case "required":
            return `${where} is missing the required key '${String(error.params.missingProperty)}'`;
        case "enum":
            return `${where} must be one of ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
        case "type":
            return `${where} must be ${article(String(error.params.type))}`;
        case "pattern":
            return `${where} does not have the expected form (${error.parentSchema && typeof error.parentSchema === "object" && "description" in error.parentSchema ? String(error.parentSchema.description) : `pattern ${String(error.params.pattern)}`})`;
        case "minLength":
            return `${where} must not be empty`;
        default:
            return `${where} ${error.message ?? "is not valid"}`;
    }
}
function allowedKeys(error) {
    const parent = error.parentSchema;
    return parent?.properties ? Object.keys(parent.properties).join(", ") : "";
}
function article(type) {
    const names = { object: "a mapping", array: "a list", string: "a string", boolean: "true or false", number: "a number", integer: "a whole number" };
    return type.split(",").map((part) => names[part] ?? part).join(" or ");
}


/***/ }),

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlSource: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5341);


function parseYamlSource(file, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return { message: error.message.split("\n")[0], location: { file, line: position.line, column: position.col } };
    });
    if (problems.length > 0) {
        const first = problems[0];
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`is not valid YAML: ${first.message}${more}`, first.location, problems.map((problem) => `${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(problem.location)}: ${problem.message}`));
    }
    const locate = (path, options = {}) => {
        if (options.key && path.length > 0) {
            const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
            const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(parent) ? parent.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(item.key) && String(item.key.value) === String(path[path.length - 1])) : undefined;
            if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(pair.key) && pair.key.range) {
                const position = lineCounter.linePos(pair.key.range[0]);
                return { file, line: position.line, column: position.col };
            }
        }
        // Walk down as far as the path exists: a missing key is reported at its parent.
        for (let depth = path.length; depth >= 0; depth--) {
            const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(node) && node.range) {
                const position = lineCounter.linePos(node.range[0]);
                return { file, line: position.line, column: position.col };
            }
        }
        return { file, line: 1, column: 1 };
    };
    let value;
    try {
        value = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        // An alias with no anchor, or an alias bomb: the document parsed but cannot be turned into data.
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot be read: ${error instanceof Error ? error.message : String(error)}`, { file, line: 1, column: 1 });
    }
    return { file, value: value ?? {}, locate };
}


/***/ })

};
