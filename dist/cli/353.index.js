export const id = 353;
export const ids = [353,503];
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


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ releasePath),
/* harmony export */   ku: () => (/* binding */ recordDirFor),
/* harmony export */   q3: () => (/* binding */ releasePackage),
/* harmony export */   v6: () => (/* binding */ releasePackageNamed),
/* harmony export */   wr: () => (/* binding */ releaseLabel),
/* harmony export */   xi: () => (/* binding */ recordsRoot)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5341);

/** The package a release's headings and folders carry: its name in a monorepo, none otherwise. */
function releasePackage(config, pkg) {
    return pkg && config.versioning.packages.length > 1 ? pkg.name : undefined;
}
/** The package, by name, that a release of a monorepo is of; none in a single-package repository. A name not configured is refused. */
function releasePackageNamed(config, name) {
    if (name === undefined)
        return undefined;
    const configured = config.versioning.packages;
    if (configured.length > 0 && !configured.some((pkg) => pkg.name === name)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`there is no package '${name}'; the configured packages are: ${configured.map((pkg) => pkg.name).join(", ")}`);
    }
    return configured.length > 1 ? name : undefined;
}
/** `1.5.0`, or `core@1.5.0` for a package of a monorepo: how CHANGELOG headings name a release. */
function releaseLabel(place) {
    return place.package === undefined ? place.version : `${place.package}@${place.version}`;
}
// A package name as a folder: npm's names (`core`, `@org/core`), nothing that climbs out.
const PACKAGE_FOLDER = /^(?:@[A-Za-z0-9._~-]+\/)?[A-Za-z0-9._~-]+$/;
function packageFolder(name) {
    if (!PACKAGE_FOLDER.test(name) || name.split("/").some((part) => part === "." || part === "..")) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`package name '${name}' cannot name a folder of release records (expected letters, digits, '.', '_', '~', '-', optionally '@scope/' in front)`);
    }
    return name;
}
/**
 * Fills `{version}` and `{package}` in a configured path (`docs/releases/{version}/release-notes.md`).
 * For a package of a monorepo a path without `{package}` gets the package as a folder in front of
 * the part that holds the version (`docs/releases/core/1.5.0/release-notes.md`,
 * `docs/releases/core/v1.5.0.md`); a path without `{version}` is shared and stays as it is.
 */
function releasePath(template, place) {
    let path = template;
    if (place.package !== undefined && !path.includes("{package}") && path.includes("{version}")) {
        const at = path.lastIndexOf("/", path.indexOf("{version}")) + 1;
        path = `${path.slice(0, at)}{package}/${path.slice(at)}`;
    }
    if (path.includes("{package}"))
        path = path.replaceAll("{package}", place.package === undefined ? "" : packageFolder(place.package)).replace(/\/{2,}/g, "/");
    return path.replaceAll("{version}", place.version);
}
/** The release record's folder: `docs/releases/{version}` → `docs/releases/1.4.0`; a folder without `{version}` gets it appended. */
function recordDirFor(template, place) {
    const clean = template.replace(/\/+$/, "");
    return releasePath(clean.includes("{version}") ? clean : `${clean}/{version}`, place);
}
/** The folder that holds every release record (`docs/releases` of `docs/releases/{version}`), for readers of all of them. */
function recordsRoot(template) {
    const first = [template.indexOf("{version}"), template.indexOf("{package}")].filter((at) => at >= 0);
    if (first.length === 0)
        return template.replace(/\/+$/, "") || ".";
    const before = template.slice(0, Math.min(...first));
    return before.slice(0, before.lastIndexOf("/") + 1).replace(/\/+$/, "") || ".";
}


/***/ })

};
