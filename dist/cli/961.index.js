export const id = 961;
export const ids = [961,503];
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

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b0: () => (/* binding */ calendarOutputs),
  A7: () => (/* binding */ parseNow),
  l0: () => (/* binding */ renderCalendarSummary),
  QF: () => (/* binding */ runCalendar)
});

// EXTERNAL MODULE: ./packages/core/src/errors/mention.ts
var mention = __webpack_require__(1019);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 6 modules
var load = __webpack_require__(1522);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(5341);
// EXTERNAL MODULE: ./packages/core/src/calendar/config.ts
var calendar_config = __webpack_require__(928);
// EXTERNAL MODULE: ./packages/core/src/calendar/civil.ts
var civil = __webpack_require__(211);
;// CONCATENATED MODULE: ./packages/core/src/calendar/gantt.ts

function label(text) {
    // Mermaid ends a task name at ':' and a line at '#' or ';'.
    return text.replace(/[:;#]/g, " ").trim() || "period";
}
/** A Mermaid gantt chart of the current and the coming minor cycle, the next events and the blackouts near them. */
function calendarGantt(config, view) {
    const lines = ["```mermaid", "gantt", `  title Release cadence (${view.timezone})`, "  dateFormat YYYY-MM-DD", "  axisFormat %b %d"];
    const today = (0,civil/* parseDate */._U)(view.localDate);
    if (view.cycle && config.minor) {
        const length = config.minor.everyWeeks * 7;
        for (const offset of [0, length]) {
            const start = (0,civil/* parseDate */._U)(view.cycle.start) + offset;
            const stabilization = (0,civil/* parseDate */._U)(view.cycle.stabilization) + offset;
            const rc = (0,civil/* parseDate */._U)(view.cycle.rcCut) + offset;
            const release = (0,civil/* parseDate */._U)(view.cycle.release) + offset;
            lines.push(`  section Cycle ${(0,civil/* formatDate */.Yq)(start)}`);
            lines.push(`  Development :${(0,civil/* formatDate */.Yq)(start)}, ${stabilization - start}d`);
            lines.push(`  Stabilization :${(0,civil/* formatDate */.Yq)(stabilization)}, 7d`);
            lines.push(`  RC cut :milestone, ${(0,civil/* formatDate */.Yq)(rc)}, 0d`);
            lines.push(`  Release :milestone, ${(0,civil/* formatDate */.Yq)(release)}, 0d`);
        }
    }
    const others = view.next.filter((event) => event.kind !== "rc-cut" && event.kind !== "release");
    if (others.length > 0) {
        lines.push("  section Other releases");
        for (const event of others)
            lines.push(`  ${label(`${event.kind}${event.version ? ` ${event.version}` : ""}`)} :milestone, ${event.blocked ? "crit, " : ""}${event.date}, 0d`);
    }
    const horizonEnd = today + 120;
    const blackouts = config.blackouts.filter((blackout) => blackout.to >= today && blackout.from <= horizonEnd);
    const freezes = config.freezes.filter((freeze) => freeze.to.slice(0, 10) >= view.localDate);
    if (blackouts.length + freezes.length > 0) {
        lines.push("  section No releases");
        for (const blackout of blackouts)
            lines.push(`  ${label(`Blackout ${blackout.reason}`)} :crit, ${(0,civil/* formatDate */.Yq)(blackout.from)}, ${blackout.to - blackout.from + 1}d`);
        for (const freeze of freezes) {
            const from = (0,civil/* parseDate */._U)(freeze.from.slice(0, 10));
            const to = (0,civil/* parseDate */._U)(freeze.to.slice(0, 10));
            lines.push(`  ${label(`Freeze ${freeze.reason}`)} :active, ${(0,civil/* formatDate */.Yq)(from)}, ${Math.max(to - from, 1)}d`);
        }
    }
    lines.push("```");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./packages/core/src/calendar/schedule.ts
var schedule = __webpack_require__(8171);
;// CONCATENATED MODULE: ./packages/core/src/calendar/run.ts






/** Reads the calendar configuration and says what is due at the clock's instant. */
async function runCalendar(ports, options = {}) {
    const config = await (0,load/* loadConfig */.Z)(ports.files, options.configPath ? { configPath: options.configPath } : {});
    const calendar = await (0,calendar_config/* loadCalendarConfig */.DX)(ports.files, config);
    return { config: calendar, view: (0,schedule/* calendarView */.G1)(calendar, ports.clock.now()) };
}
/** `--now 2026-12-03T09:00:00Z`: an instant with a zone or offset, never a bare local time. */
function parseNow(text) {
    if (text === undefined || text.trim() === "")
        return undefined;
    const value = text.trim();
    const withZone = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
    const instant = new Date(withZone);
    if (!/^\d{4}-\d{2}-\d{2}(T.*(Z|[+-]\d{2}:?\d{2}))?$/.test(withZone) || Number.isNaN(instant.getTime())) {
        throw new errors/* ConfigurationError */.j1(`${(0,mention/* mention */.l)("now")} must be an ISO-8601 instant with a zone, e.g. 2026-12-03T09:00:00Z or 2026-12-03T10:00:00+01:00 (a bare date means its noon UTC), not '${text}'`);
    }
    return instant;
}
/** The JSON of `cadence calendar --json`. */
function calendarOutputs(view) {
    return {
        today: view.today,
        date: view.localDate,
        localTime: view.localTime,
        timezone: view.timezone,
        todayEvents: view.todayEvents,
        blackout: view.blackout ?? null,
        freeze: view.freeze ?? null,
        cycle: view.cycle ?? null,
        next: view.next,
    };
}
const TODAY_TEXT = {
    "rc-cut": "today the release candidate is cut",
    release: "today is a release day",
    none: "nothing is due today",
    blackout: "today is in a blackout: no releases",
};
/** Markdown for the step summary and `cadence calendar --summary`: today, the coming dates and the gantt chart. */
function renderCalendarSummary(result) {
    const { view } = result;
    const lines = ["## Release calendar", "", `**${view.localDate}** (${view.localTime}, ${view.timezone}): ${TODAY_TEXT[view.today]}.`];
    if (view.blackout)
        lines.push("", `Blackout ${view.blackout.from} – ${view.blackout.to}: ${view.blackout.reason}.`);
    if (view.freeze)
        lines.push("", `Freeze until ${view.freeze.to}: ${view.freeze.reason} (allowed: ${view.freeze.allow.join(", ") || "nothing"}).`);
    lines.push("", "| date | what | version | note |", "|---|---|---|---|");
    for (const event of view.next)
        lines.push(`| ${event.date} | ${event.kind} | ${event.version ?? ""} | ${event.blocked ?? ""} |`);
    if (view.next.length === 0)
        lines.push("| — | nothing planned | | |");
    lines.push("", calendarGantt(result.config, view));
    return lines.join("\n");
}


/***/ }),

/***/ 8171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ calendarView),
/* harmony export */   Go: () => (/* binding */ eventsBetween),
/* harmony export */   mF: () => (/* binding */ releaseWindow)
/* harmony export */ });
/* unused harmony exports minorCycleAt, blackoutOn, freezeAt */
/* harmony import */ var _civil_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(211);

/** How far ahead `next` looks for events: a little more than a year covers any quarterly cadence. */
const LOOKAHEAD_DAYS = 400;
/**
 * The minor cycle that contains `day`: cycles of `everyWeeks` weeks from the anchor, the last
 * week being stabilization, with the RC cut and the release on its configured weekdays.
 */
function minorCycleAt(minor, day) {
    const length = minor.everyWeeks * 7;
    const index = Math.floor((day - minor.anchor) / length);
    const start = minor.anchor + Math.max(index, 0) * length;
    const stabilization = start + length - 7;
    const rcCut = (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .onOrAfter */ .Ln)(stabilization, minor.rcWeekday);
    const release = (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .onOrAfter */ .Ln)(rcCut + 1, minor.releaseWeekday);
    return { start, stabilization, rcCut, release };
}
function blackoutOn(blackouts, day) {
    return blackouts.find((blackout) => blackout.from <= day && day <= blackout.to);
}
function freezeAt(freezes, wallClock) {
    return freezes.find((freeze) => freeze.from <= wallClock && wallClock < freeze.to);
}
/** Every event from `from` to `to` (days, both included), generated and planned, in date order. */
function eventsBetween(config, from, to) {
    const events = [];
    const add = (day, kind, source, version) => {
        if (day < from || day > to)
            return;
        const blackout = blackoutOn(config.blackouts, day);
        events.push({ day, date: (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(day), kind, source, ...(version ? { version } : {}), ...(blackout ? { blocked: `blackout: ${blackout.reason}` } : {}) });
    };
    if (config.minor) {
        for (let cycle = minorCycleAt(config.minor, from); cycle.start <= to; cycle = minorCycleAt(config.minor, cycle.start + config.minor.everyWeeks * 7)) {
            add(cycle.rcCut, "rc-cut", "cadence");
            add(cycle.release, "release", "cadence");
        }
    }
    if (config.major) {
        for (let year = (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .yearOf */ .lY)(from); year <= (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .yearOf */ .lY)(to); year++) {
            for (const month of config.major.months)
                add((0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .lastWeekdayOfMonth */ .cI)(year, month, config.major.weekday), "major-release", "cadence");
        }
    }
    for (const planned of config.planned) {
        if (planned.status === "skipped" || planned.status === "released")
            continue;
        if (planned.rcDate !== undefined)
            add(planned.rcDate, "rc-cut", "release_calendar", planned.version);
        add(planned.releaseDate, kindOfPlanned(planned.kind), "release_calendar", planned.version);
    }
    // A planned entry names the version of a generated event on the same day; keep one of the two.
    const unique = events.filter((event) => event.source === "release_calendar" || !events.some((other) => other.source === "release_calendar" && other.day === event.day && other.kind === event.kind));
    unique.sort((a, b) => a.day - b.day || order(a.kind) - order(b.kind));
    return unique.map(({ day: _day, ...event }) => event);
}
function kindOfPlanned(kind) {
    return kind === "major" ? "major-release" : kind === "patch" ? "patch-release" : "release";
}
function order(kind) {
    return ["rc-cut", "release", "major-release", "patch-release"].indexOf(kind);
}
/** What the calendar says at an instant: today's status, the blackout or freeze in force, the coming events. */
function calendarView(config, now) {
    const local = (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .localClock */ .ap)(now, config.timezone);
    const blackout = blackoutOn(config.blackouts, local.day);
    const freeze = freezeAt(config.freezes, local.wallClock);
    const todayEvents = eventsBetween(config, local.day, local.day);
    let today = "none";
    if (blackout)
        today = "blackout";
    else if (todayEvents.some((event) => event.kind === "rc-cut"))
        today = "rc-cut";
    else if (todayEvents.length > 0)
        today = "release";
    const next = eventsBetween(config, local.day + 1, local.day + LOOKAHEAD_DAYS).slice(0, config.horizon);
    const cycle = config.minor ? minorCycleAt(config.minor, local.day) : undefined;
    return {
        timezone: config.timezone,
        now: now.toISOString(),
        localDate: (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(local.day),
        localTime: `${local.wallClock}${local.offset}`,
        today,
        todayEvents,
        ...(blackout ? { blackout: { from: (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(blackout.from), to: (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(blackout.to), reason: blackout.reason } } : {}),
        ...(freeze ? { freeze: { from: freeze.from, to: freeze.to, reason: freeze.reason, allow: freeze.allow } } : {}),
        next,
        ...(cycle ? { cycle: { start: (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(cycle.start), stabilization: (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(cycle.stabilization), rcCut: (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(cycle.rcCut), release: (0,_civil_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(cycle.release) } } : {}),
    };
}
/** Whether a release of this kind may go out now, and if not, why. */
function releaseWindow(view, kind) {
    if (view.blackout)
        return { open: false, reason: `blackout ${view.blackout.from} – ${view.blackout.to} (${view.blackout.reason}) in ${view.timezone}` };
    if (view.freeze && !view.freeze.allow.includes(kind)) {
        return { open: false, reason: `freeze ${view.freeze.from} – ${view.freeze.to} (${view.freeze.reason}) in ${view.timezone}; it allows ${view.freeze.allow.join(", ") || "no"} releases` };
    }
    return { open: true, reason: `no blackout or freeze on ${view.localDate} in ${view.timezone}` };
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
