export const id = 503;
export const ids = [503];
export const modules = {

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
