export const id = 923;
export const ids = [923];
export const modules = {

/***/ 8923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   calendarCommand: () => (/* binding */ calendarCommand),
/* harmony export */   calendarHelp: () => (/* binding */ calendarHelp)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8961);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3845);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3664);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7109);



const calendarHelp = `cadence calendar [--now ISO-8601] [--json] [--summary] [--config PATH] [--cwd DIR]
  Prints what the release calendar says is due today (rc-cut, release, none, or blackout) and the
  coming dates, from the calendar section of .github/cadence.yml. --summary prints markdown with
  a Mermaid gantt chart of the coming cycle.`;
async function calendarCommand(argv, out) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .b)("calendar", argv, {
        now: { type: "string" },
        json: { type: "boolean" },
        summary: { type: "boolean" },
        config: { type: "string" },
        cwd: { type: "string" },
    });
    const now = (0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_2__/* .parseNow */ .A7)(values.now);
    const result = await (0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_2__/* .runCalendar */ .QF)({ files: new _release_cadence_core__WEBPACK_IMPORTED_MODULE_3__/* .LocalFiles */ .h((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(values.cwd ?? process.cwd())), clock: now ? (0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_4__/* .fixedClock */ .N)(now) : _release_cadence_core__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .m }, values.config ? { configPath: values.config } : {});
    if (values.json) {
        out.write(`${JSON.stringify((0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_2__/* .calendarOutputs */ .b0)(result.view), null, 2)}\n`);
        return;
    }
    if (values.summary) {
        out.write(`${(0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_2__/* .renderCalendarSummary */ .l0)(result)}\n`);
        return;
    }
    const { view } = result;
    out.write(`${view.localDate} ${view.localTime} (${view.timezone}): today ${view.today}${view.blackout ? ` (${view.blackout.reason} until ${view.blackout.to})` : ""}${view.freeze ? `; freeze: ${view.freeze.reason}` : ""}\n`);
    for (const event of view.next)
        out.write(`  ${event.date}  ${event.kind}${event.version ? ` ${event.version}` : ""}${event.blocked ? `  (${event.blocked})` : ""}\n`);
    if (view.next.length === 0)
        out.write("  nothing planned\n");
}


/***/ })

};
