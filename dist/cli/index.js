#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 8552:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1604);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2554);
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4487);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(698);




// Compiled code of the command's chunks is kept in Node's cache (in the system's temporary
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a second run starts about 20 ms sooner.
// The first thing, before any command is loaded.
(0,node_module__WEBPACK_IMPORTED_MODULE_0__.enableCompileCache)();
(0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_3__/* .keepYoungGenerationSmall */ .D)();
const argv = process.argv.slice(2);
// The command's first questions to git go out now, so that git answers while Node loads the
// command (about 0.1 s); the command takes the answers over when it asks the same.
if (!argv.includes("--help") && !argv.includes("-h"))
    (0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_4__/* .startGitAhead */ .EQ)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwdFlag(argv) ?? process.cwd()), (0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_5__/* .firstGitQuestions */ .m)(argv[0]));
process.exitCode = await (0,_index_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i)(argv);
/** The value of `--cwd DIR` or `--cwd=DIR`, as the command will read it. */
function cwdFlag(args) {
    const at = args.findIndex((arg) => arg === "--cwd" || arg.startsWith("--cwd="));
    if (at === -1)
        return undefined;
    return args[at].startsWith("--cwd=") ? args[at].slice("--cwd=".length) : args[at + 1];
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 698:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _release_cadence_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5341);

/**
 * Every command: its entry point and its help, loaded only when asked for, so that a run starts
 * with the code of its own command and not of all of them (the bundle splits at these imports).
 * Later actions add theirs here.
 */
const COMMANDS = {
    "version-bump": async () => {
        const { versionBumpCommand, versionBumpHelp } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(260), __nccwpck_require__.e(6), __nccwpck_require__.e(548), __nccwpck_require__.e(313), __nccwpck_require__.e(105)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4105));
        return { run: versionBumpCommand, help: versionBumpHelp };
    },
    publish: async () => {
        const { publishCommand, publishHelp } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(260), __nccwpck_require__.e(6), __nccwpck_require__.e(392), __nccwpck_require__.e(548), __nccwpck_require__.e(313), __nccwpck_require__.e(487)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9487));
        return { run: publishCommand, help: publishHelp };
    },
    "gate-check": async () => {
        const { gateCheckCommand, gateCheckHelp } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(260), __nccwpck_require__.e(6), __nccwpck_require__.e(392), __nccwpck_require__.e(548), __nccwpck_require__.e(313), __nccwpck_require__.e(961), __nccwpck_require__.e(495)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2495));
        return { run: gateCheckCommand, help: gateCheckHelp };
    },
    calendar: async () => {
        const { calendarCommand, calendarHelp } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(548), __nccwpck_require__.e(961), __nccwpck_require__.e(923)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8923));
        return { run: calendarCommand, help: calendarHelp };
    },
    changelog: async () => {
        const { changelogCommand, changelogHelp } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(260), __nccwpck_require__.e(6), __nccwpck_require__.e(548), __nccwpck_require__.e(313), __nccwpck_require__.e(175)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2175));
        return { run: changelogCommand, help: changelogHelp };
    },
    "capsule-sign": async () => {
        const { capsuleSignCommand, capsuleSignHelp } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(260), __nccwpck_require__.e(6), __nccwpck_require__.e(463), __nccwpck_require__.e(548), __nccwpck_require__.e(313), __nccwpck_require__.e(637), __nccwpck_require__.e(60)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3060));
        return { run: capsuleSignCommand, help: capsuleSignHelp };
    },
    verify: async () => {
        const { verifyCommand, verifyHelp } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(637), __nccwpck_require__.e(136)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9376));
        return { run: verifyCommand, help: verifyHelp };
    },
    demo: async () => {
        const { demoCommand, demoHelp } = await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(898)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3898));
        return { run: demoCommand, help: demoHelp };
    },
};
async function usage() {
    const helps = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).help));
    return ["usage: cadence <command> [flags]", "", ...helps, ""].join("\n\n");
}
/** Runs one command line; returns the exit code. The one place a thrown value becomes a message. */
async function main(argv, out = process.stdout, err = process.stderr) {
    const [name, ...rest] = argv;
    if (!name || name === "help" || name === "--help" || name === "-h") {
        out.write(await usage());
        return name ? 0 : 2;
    }
    const load = COMMANDS[name];
    if (!load) {
        err.write(`cadence: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}\n`);
        return 2;
    }
    const command = await load();
    if (rest.includes("--help") || rest.includes("-h")) {
        out.write(`${command.help}\n`);
        return 0;
    }
    try {
        await command.run(rest, out);
        return 0;
    }
    catch (error) {
        err.write(`cadence ${name}: ${(0,_release_cadence_core__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 2554:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ startGitAhead),
/* harmony export */   Vd: () => (/* binding */ takeGitAhead),
/* harmony export */   WG: () => (/* binding */ GitProcess),
/* harmony export */   _K: () => (/* binding */ gitEnvironment)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




// Git must never stop to ask a person anything, and its output must not depend on the user's locale.
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: "0",
    LC_ALL: "C",
    GIT_PAGER: "cat",
    // Into a pipe git flushes after every commit (so a pager shows progress); a reader of 100k
    // commits then wakes 100k times. Buffered output is the same bytes, in fewer, larger writes.
    GIT_FLUSH: "0",
};
function gitEnvironment() {
    const env = {};
    for (const [key, value] of Object.entries(process.env))
        if (value !== undefined)
            env[key] = value;
    return { ...env, ...GIT_ENV };
}
// Where git's output goes: a file git writes at its own pace, read here in large pieces as it
// grows. Through a pipe git writes 4 KB at a time and, when the reader is idle, wakes it for each
// write: for `git log` over 100k commits, 9,000 wake-ups that cost git and Node about 0.3 s each
// on a two-core machine (docs/performance.md). The file is removed as soon as both ends are open.
const READ_BYTES = 1 << 20;
const POLL_MS = 2;
// Below this much free space in the temporary folder, output goes through a pipe instead.
const FILE_SPACE_BYTES = 512 << 20;
// A git started ahead that writes into a pipe keeps this much of its output until someone asks for it.
const AHEAD_BYTES = 16 << 20;
const STDERR_CHARS = 8192;
let files = 0;
/** A temporary file to be git's stdout: the descriptor git writes and the one read here, or undefined for a pipe. */
function outputFile() {
    try {
        const folder = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
        const space = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statfsSync)(folder);
        if (space.bavail * space.bsize < FILE_SPACE_BYTES)
            return undefined;
        // Unique among running processes by the pid; "wx" refuses a file that is somehow there.
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, `cadence-git-${process.pid}-${files++}-${Date.now().toString(36)}`);
        const write = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, "wx", 0o600);
        try {
            return { write, read: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, "r") };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(path);
        }
    }
    catch {
        return undefined;
    }
}
/**
 * One git process. Its output is kept until follow() is called (at once for a command asked
 * now; later for one started ahead, see startGitAhead), then handed over as it arrives.
 */
class GitProcess {
    child;
    /** The file git writes its output to; undefined when it writes into a pipe. */
    file;
    kept = [];
    keptBytes = 0;
    onData;
    exitCode;
    failure;
    stopped = false;
    /** Who waits for git to end or fail. */
    waiters = [];
    stderr = "";
    /** `pipe`: git writes into a pipe even when a temporary file could be had. */
    constructor(cwd, args, options = {}) {
        const file = options.pipe ? undefined : outputFile();
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", [...args], { cwd, env: gitEnvironment(), stdio: ["ignore", file ? file.write : "pipe", "pipe"] });
        if (file)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(file.write);
        this.file = file?.read;
        this.child.on("error", (error) => {
            this.failure = error;
            this.wake();
        });
        this.child.stdout?.on("data", (chunk) => {
            if (this.onData)
                return this.onData(chunk);
            this.kept.push(chunk);
            this.keptBytes += chunk.length;
            if (this.keptBytes > AHEAD_BYTES)
                this.child.stdout?.pause();
        });
        this.child.stderr?.on("data", (data) => {
            if (this.stderr.length < STDERR_CHARS)
                this.stderr += data.toString("utf8");
        });
        this.child.on("close", (code, signal) => {
            this.exitCode = code ?? (signal ? 128 : 1);
            this.wake();
        });
    }
    /** Started ahead: nobody waits for it yet, so it must not keep the process alive. */
    detach() {
        this.child.unref();
        for (const stream of [this.child.stdout, this.child.stderr])
            stream?.unref?.();
    }
    /**
     * Hands the output to onData, what came already first, each chunk its own buffer; resolves
     * with git's exit code once all of it is handed over (or kill() was called).
     */
    async follow(onData) {
        this.child.ref();
        for (const stream of [this.child.stdout, this.child.stderr])
            stream?.ref?.();
        if (this.file === undefined) {
            for (const chunk of this.kept.splice(0))
                onData(chunk);
            this.keptBytes = 0;
            this.onData = onData;
            this.child.stdout?.resume();
        }
        else {
            await this.readFile(this.file, onData);
        }
        while (this.exitCode === undefined && this.failure === undefined)
            await this.waitFor(Infinity);
        if (this.failure)
            throw this.failure;
        return this.exitCode;
    }
    kill() {
        this.stopped = true;
        this.child.kill();
    }
    /** Reads the file git writes until git has ended and all of it is read, or until kill(). */
    async readFile(file, onData) {
        let position = 0;
        let buffer = Buffer.allocUnsafe(READ_BYTES);
        try {
            while (!this.stopped && this.failure === undefined) {
                // Asked before the read: an end seen now means the read below sees all git wrote.
                const ended = this.exitCode !== undefined;
                const bytes = await readAt(file, buffer, position);
                if (bytes > 0) {
                    position += bytes;
                    onData(buffer.subarray(0, bytes));
                    buffer = Buffer.allocUnsafe(READ_BYTES);
                }
                else if (ended) {
                    return;
                }
                else {
                    await this.waitFor(POLL_MS);
                }
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(file);
        }
    }
    /** Until git ends or fails, at most `ms`. */
    waitFor(ms) {
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.waiters = this.waiters.filter((waiter) => waiter !== done);
                resolve();
            };
            const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
            this.waiters.push(done);
        });
    }
    wake() {
        for (const waiter of this.waiters.splice(0))
            waiter();
    }
}
function readAt(file, buffer, position) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.read)(file, buffer, 0, buffer.length, position, (error, bytes) => (error ? reject(error) : resolve(bytes))));
}
const ahead = new Map();
let stopAtExit = false;
const aheadKey = (cwd, args) => `${cwd}\0${args.join("\0")}`;
/**
 * Starts git commands before they are asked for: the CLI starts a command's first questions to
 * git before it loads the command's code, so that git works while Node loads. A GitCli in the
 * same folder that then asks exactly one of them (same arguments) takes over that process and its
 * output (takeGitAhead); what nobody asks for is stopped when the process exits.
 */
function startGitAhead(cwd, commands) {
    if (commands.length === 0)
        return;
    if (!stopAtExit) {
        stopAtExit = true;
        process.once("exit", () => {
            for (const started of ahead.values())
                started.kill();
        });
    }
    for (const args of commands) {
        const key = aheadKey(cwd, args);
        if (ahead.has(key))
            continue;
        const started = new GitProcess(cwd, args);
        started.detach();
        ahead.set(key, started);
    }
}
/** The process startGitAhead started for exactly these arguments in this folder, once. */
function takeGitAhead(cwd, args) {
    if (ahead.size === 0)
        return undefined;
    const key = aheadKey(cwd, args);
    const started = ahead.get(key);
    ahead.delete(key);
    return started;
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ keepYoungGenerationSmall)
});

// UNUSED EXPORTS: YOUNG_GENERATION_FLAG

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./packages/core/src/adapters/heap.ts

/**
 * Keeps V8's young generation at its starting size (about 1 MB per semi-space) for the rest of
 * the process. By default V8 doubles it while most young objects survive, and reading a long
 * history is exactly that: every commit read is kept. On a machine with a large heap limit it
 * grows to 2 × 64 MB, which was a third of version-bump's peak at 100k commits (272 MB → 164 MB
 * with this; the time is the same within noise: see docs/performance.md).
 *
 * An action runs as `node dist/<name>/index.js` and cannot pass `--max-semi-space-size`, and V8
 * reads that flag only when the heap is set up; the growth factor it reads at every resize, so
 * setting it here takes effect. Call it first thing, before the work allocates.
 */
function keepYoungGenerationSmall() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)(YOUNG_GENERATION_FLAG);
}
const YOUNG_GENERATION_FLAG = "--semi-space-growth-factor=1";


/***/ }),

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ve: () => (/* binding */ scanHeader),
/* harmony export */   jZ: () => (/* binding */ normalizeHeader),
/* harmony export */   xe: () => (/* binding */ space)
/* harmony export */ });
/**
 * `type(scope)!: subject`, read character by character. It accepts exactly what this expression
 * does, with whitespace around the parts forgiven because people type it:
 *
 *     /^([A-Za-z][\w-]*)\s*(?:\(([^()]*)\))?\s*(!)?\s*:\s*(.*)$/
 *
 * (header.test.ts checks the two agree on generated headers). It is hand-written because
 * version-bump reads every header of the range: the expression's match array and substrings cost
 * about a microsecond a commit, a tenth of a second over 100k.
 */
const scan = { type: "", scope: undefined, bang: false, subject: "" };
/**
 * Reads a header. Returns the shared HeaderScan (valid until the next call), or undefined when
 * the header is not conventional.
 */
function scanHeader(header) {
    const length = header.length;
    if (length === 0 || !letter(header.charCodeAt(0)))
        return undefined;
    let at = 1;
    while (at < length && wordOrDash(header.charCodeAt(at)))
        at++;
    const typeEnd = at;
    at = skipSpace(header, at);
    let scope;
    if (header.charCodeAt(at) === OPEN) {
        let close = at + 1;
        while (close < length && header.charCodeAt(close) !== OPEN && header.charCodeAt(close) !== CLOSE)
            close++;
        // `(` without its `)`, or with another `(` inside: nothing else can follow the type.
        if (close === length || header.charCodeAt(close) !== CLOSE)
            return undefined;
        scope = trimmed(header, at + 1, close);
        at = skipSpace(header, close + 1);
    }
    const bang = header.charCodeAt(at) === BANG;
    if (bang)
        at = skipSpace(header, at + 1);
    if (header.charCodeAt(at) !== COLON)
        return undefined;
    const subjectStart = skipSpace(header, at + 1);
    // `.` does not cross a line end: a subject holding one is no match at all.
    for (let index = subjectStart; index < length; index++)
        if (lineEnd(header.charCodeAt(index)))
            return undefined;
    scan.type = header.slice(0, typeEnd).toLowerCase();
    scan.scope = scope === "" ? undefined : scope;
    scan.bang = bang;
    scan.subject = trimmed(header, subjectStart, length);
    return scan;
}
const OPEN = 0x28;
const CLOSE = 0x29;
const BANG = 0x21;
const COLON = 0x3a;
function letter(code) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
/** `[\w-]`. */
function wordOrDash(code) {
    return letter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;
}
function lineEnd(code) {
    return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
/** `\s`, which is also what String#trim removes. */
function space(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0xa0)
        return false;
    return (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
        code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff);
}
function skipSpace(text, at) {
    while (at < text.length && space(text.charCodeAt(at)))
        at++;
    return at;
}
/** text.slice(start, end).trim(), without the intermediate string. */
function trimmed(text, start, end) {
    while (start < end && space(text.charCodeAt(start)))
        start++;
    while (end > start && space(text.charCodeAt(end - 1)))
        end--;
    return text.slice(start, end);
}
/**
 * A header as compared for revert pairing: trimmed, a quote at either end removed, GitHub's
 * ` (#N)` suffix dropped, trimmed again. The pairing asks this of every header that ends in `)`,
 * which with squash merges is nearly all of them: it is written out rather than made of
 * expressions, and cuts one string at most.
 */
function normalizeHeader(header) {
    let start = 0;
    let end = header.length;
    while (start < end && space(header.charCodeAt(start)))
        start++;
    while (end > start && space(header.charCodeAt(end - 1)))
        end--;
    if (start < end && header.charCodeAt(start) === QUOTE)
        start++;
    if (end > start && header.charCodeAt(end - 1) === QUOTE)
        end--;
    let last = end;
    while (last > start && space(header.charCodeAt(last - 1)))
        last--;
    if (last > start && header.charCodeAt(last - 1) === CLOSE) {
        let digits = last - 1;
        while (digits > start && digit(header.charCodeAt(digits - 1)))
            digits--;
        const hash = digits - 1;
        if (digits < last - 1 && hash - 1 >= start && header.charCodeAt(hash) === HASH && header.charCodeAt(hash - 1) === OPEN)
            end = hash - 1;
    }
    while (start < end && space(header.charCodeAt(start)))
        start++;
    while (end > start && space(header.charCodeAt(end - 1)))
        end--;
    return header.slice(start, end);
}
const QUOTE = 0x22;
const HASH = 0x23;
function digit(code) {
    return code >= 0x30 && code <= 0x39;
}


/***/ }),

/***/ 6571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ splitBodyAndFooters),
/* harmony export */   L5: () => (/* binding */ parseCommit),
/* harmony export */   ko: () => (/* binding */ looksLikeRevert),
/* harmony export */   nf: () => (/* binding */ readFooterLines)
/* harmony export */ });
/* unused harmony export readHeader */
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9391);

// A footer line: `Token: value` or `Token #value`; `BREAKING CHANGE` is the one token with a space.
const FOOTER = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?::\s?|\s#)(.*)$/;
const REVERT_HEADER = /^revert(?::\s*|\s+)"?([\s\S]+?)"?(?:\s*\(#\d+\))?\s*$/i;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/i;
/**
 * Reads a commit the Conventional Commits way. This is hand-written rather than
 * conventional-commits-parser because the version decision reads every commit of the range and
 * the library costs about 9 µs a commit (0.9 s for 100k commits), more than `git log` itself.
 * The changelog renders the same object, so notes and versions never disagree.
 */
function parseCommit(raw) {
    const message = raw.message.includes("\r") ? raw.message.replace(/\r\n?/g, "\n") : raw.message;
    const newline = message.indexOf("\n");
    const header = (newline === -1 ? message : message.slice(0, newline)).trim();
    const rest = newline === -1 ? "" : message.slice(newline + 1);
    const { type, scope, bang, subject } = readHeader(header);
    // Every field present from the start, in one order: commits of one shape keep the loops over
    // 100k of them fast (objects that gain fields later get a shape each).
    const commit = {
        raw,
        header,
        type,
        scope,
        subject,
        bang,
        breakingNotes: [],
        breaking: false,
        body: "",
        footers: [],
        releaseAs: undefined,
        revert: undefined,
    };
    const { body, footers } = splitBodyAndFooters(rest);
    commit.body = body;
    commit.footers = footers;
    for (const footer of footers) {
        const token = footer.token.toUpperCase();
        if (token === "BREAKING CHANGE" || token === "BREAKING-CHANGE")
            commit.breakingNotes.push(footer.value.trim());
        else if (token === "RELEASE-AS" && footer.value.trim() !== "")
            commit.releaseAs = footer.value.trim();
    }
    commit.breaking = commit.bang || commit.breakingNotes.length > 0;
    if (commit.bang && commit.breakingNotes.length === 0)
        commit.breakingNotes.push(commit.subject);
    commit.revert = readRevert(header, rest, commit.type);
    return commit;
}
/** Reads a trimmed header line. Only the header decides type, scope and the `!`. */
function readHeader(header) {
    const scan = (0,_header_js__WEBPACK_IMPORTED_MODULE_0__/* .scanHeader */ .Ve)(header);
    if (!scan)
        return { type: undefined, scope: undefined, bang: false, subject: header };
    return { type: scan.type, scope: scan.scope, bang: scan.bang, subject: scan.subject };
}
/**
 * Whether parseCommit could treat the header as a revert. Such commits need the whole message
 * (the reverted sha is in the body), so fast readers hand them to parseCommit.
 */
function looksLikeRevert(header) {
    return /^revert\b/i.test(header);
}
/**
 * Footers are the trailing lines that look like `Token: value`, plus `BREAKING CHANGE:` blocks
 * anywhere after the header (they may run over several lines). The body is the text before.
 */
function splitBodyAndFooters(rest) {
    const trimmed = rest.trim();
    if (trimmed === "")
        return { body: "", footers: [] };
    // Without a ':' or '#' no line can be a footer: all of it is body (most commits of a long range).
    if (!rest.includes(":") && !rest.includes("#"))
        return { body: trimmed, footers: [] };
    const lines = rest.split("\n");
    const { footers, bodyEnd } = readFooterLines(lines);
    // The body is the text before the footers: slice it out of the message rather than join a copy
    // (over 100k commits the copies are most of the memory parsing takes).
    let bodyLength = -1;
    for (let index = 0; index < bodyEnd; index++)
        bodyLength += lines[index].length + 1;
    return { body: bodyEnd === 0 ? "" : rest.slice(0, bodyLength).trim(), footers };
}
/**
 * The footer block of a message's lines after the header: the footers, and the index of the line
 * where the body ends (lines.length when there are none).
 */
function readFooterLines(lines) {
    const footers = [];
    let bodyEnd = lines.length;
    let current;
    let inFooters = false;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        // Most lines are prose: without a ':' or '#' none can be a footer, so spare them the expression.
        const footer = line.includes(":") || line.includes("#") ? FOOTER.exec(line.trimEnd()) : null;
        const startsBreaking = footer !== null && /^BREAKING[ -]CHANGE$/i.test(footer[1]);
        if (footer && (inFooters || startsBreaking || index === 0 || lines[index - 1].trim() === "")) {
            if (!inFooters)
                bodyEnd = Math.min(bodyEnd, index);
            inFooters = true;
            current = { token: footer[1], value: footer[2] };
            footers.push(current);
        }
        else if (inFooters && current && line.trim() !== "") {
            current.value += `\n${line}`;
        }
        else if (inFooters && current && line.trim() === "") {
            // A blank line inside the footer block ends nothing for BREAKING CHANGE texts, which may be paragraphs.
            if (/^BREAKING[ -]CHANGE$/i.test(current.token))
                current.value += "\n";
        }
    }
    for (const footer of footers)
        footer.value = footer.value.trim();
    return { footers, bodyEnd };
}
function readRevert(header, rest, type) {
    // A `revert` type always starts the header with "revert", so looksLikeRevert covers it.
    const looksReverted = looksLikeRevert(header) || type === "revert";
    if (!looksReverted)
        return undefined;
    const sha = REVERTS_SHA.exec(rest)?.[1];
    const named = REVERT_HEADER.exec(header)?.[1] ?? header.replace(/^revert:?\s*/i, "");
    // The quoted header exactly as written, only when nothing follows the closing quote.
    const exact = /^revert:?\s+"(.*)"$/i.exec(header)?.[1] ?? (type === "revert" ? header.replace(/^revert:?\s*/i, "") : undefined);
    return { header: (0,_header_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeHeader */ .jZ)(named), ...(exact !== undefined ? { exactHeader: exact } : {}), ...(sha ? { sha } : {}) };
}


/***/ }),

/***/ 4852:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aS: () => (/* binding */ commitsTouching),
  Q5: () => (/* binding */ logArgs),
  dx: () => (/* binding */ readConventionalCommits)
});

// UNUSED EXPORTS: readCommits

// EXTERNAL MODULE: ./packages/core/src/commits/header.ts
var commits_header = __nccwpck_require__(9391);
// EXTERNAL MODULE: ./packages/core/src/commits/parse.ts
var parse = __nccwpck_require__(6571);
;// CONCATENATED MODULE: ./packages/core/src/commits/logged-commit.ts


const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const NO_NOTES = Object.freeze([]);
const NO_FOOTERS = Object.freeze([]);
/**
 * One commit of a `git log` reading, kept as the bytes git printed plus the few fields the
 * version decision reads. It is both the RawCommit and its ConventionalCommit (`raw` is the
 * object itself), and it equals what parseCommit makes of the same message: the header is
 * decoded and parsed at once, the body and footers only when someone asks (the changelog does,
 * version-bump never does). A message whose body could change the decision (a footer that may be
 * `BREAKING CHANGE` or `Release-As`, a revert, CRLF line ends) is not made into one of these:
 * CommitRecords hands it to parseCommit whole.
 *
 * Per commit this keeps one object of 13 fields, the sha and header strings (the subject is a
 * slice of the header), and the parents, date and message as bytes in the reading's ByteArena
 * (about 250 bytes): over 100k commits about 40 MB of heap and 25 MB of arena, where parsing
 * every message had kept a dozen objects and the decoded text (see docs/performance.md).
 */
class LoggedCommit {
    sha;
    author;
    header;
    type;
    scope;
    bang;
    subject;
    bytes;
    parentsStart;
    dateStart;
    messageStart;
    messageEnd;
    bodyStart;
    constructor(sha, author, header, type, scope, bang, subject, 
    /**
     * Where the fields decoded on demand are: `bytes` holds the parents, then the date, a NUL and
     * the message (trailing newlines left out), whose body starts at bodyStart (-1: no body).
     */
    bytes, parentsStart, dateStart, messageStart, messageEnd, bodyStart) {
        this.sha = sha;
        this.author = author;
        this.header = header;
        this.type = type;
        this.scope = scope;
        this.bang = bang;
        this.subject = subject;
        this.bytes = bytes;
        this.parentsStart = parentsStart;
        this.dateStart = dateStart;
        this.messageStart = messageStart;
        this.messageEnd = messageEnd;
        this.bodyStart = bodyStart;
    }
    // What parseCommit would say of a message with nothing in its body that counts (see
    // needsWholeMessage): computed, not stored, as 100k commits carry every field they store.
    get breaking() {
        return this.bang;
    }
    /** As parseCommit: a `!` without a BREAKING CHANGE footer makes the subject the migration note. */
    get breakingNotes() {
        return this.bang ? [this.subject] : NO_NOTES;
    }
    get releaseAs() {
        return undefined;
    }
    get revert() {
        return undefined;
    }
    get authorName() {
        return this.author.name;
    }
    get authorEmail() {
        return this.author.email;
    }
    get raw() {
        return this;
    }
    /** How many parents the commit has, without making their strings. */
    get parentCount() {
        if (this.parentsStart === this.dateStart)
            return 0;
        let count = 1;
        for (let at = this.parentsStart; at < this.dateStart; at++)
            if (this.bytes[at] === SPACE)
                count++;
        return count;
    }
    get parents() {
        return this.parentsStart === this.dateStart ? [] : this.bytes.toString("latin1", this.parentsStart, this.dateStart).split(" ");
    }
    get authorDate() {
        return this.bytes.toString("utf8", this.dateStart, this.messageStart - 1);
    }
    get message() {
        return this.bytes.toString("utf8", this.messageStart, this.messageEnd);
    }
    get body() {
        return this.split().body;
    }
    /**
     * Read again at every use, not kept: the footers of 100k commits, and the bodies their
     * substrings would keep alive, are tens of MB. Each line is decoded on its own (only lines are
     * needed to find the footer block).
     */
    get footers() {
        return this.readFooters();
    }
    readFooters() {
        if (this.bodyStart === -1)
            return NO_FOOTERS;
        const body = this.bytes.subarray(this.bodyStart, this.messageEnd);
        // Without a ':' or '#' no line can be a footer (as in splitBodyAndFooters).
        if (body.indexOf(0x3a) === -1 && body.indexOf(0x23) === -1)
            return NO_FOOTERS;
        const lines = [];
        for (let start = 0;;) {
            const newline = body.indexOf(NEWLINE, start);
            lines.push(body.toString("utf8", start, newline === -1 ? body.length : newline));
            if (newline === -1)
                break;
            start = newline + 1;
        }
        const { footers } = (0,parse/* readFooterLines */.nf)(lines);
        return footers.length === 0 ? NO_FOOTERS : footers;
    }
    split() {
        return (0,parse/* splitBodyAndFooters */.Ah)(this.bodyStart === -1 ? "" : this.bytes.toString("utf8", this.bodyStart, this.messageEnd));
    }
}
/** The people and Conventional Commit words of one reading, kept once each instead of once per commit. */
class SharedStrings {
    known = new Map();
    people = new Map();
    intern(text) {
        if (text === undefined)
            return text;
        const found = this.known.get(text);
        if (found !== undefined)
            return found;
        this.known.set(text, text);
        return text;
    }
    /**
     * The author whose `name NUL email` are bytes [start, end) of `bytes`, decoded once per
     * distinct author: authors repeat, so the bytes are looked up by a hash of them first.
     */
    person(bytes, start, end) {
        let hash = 0x811c9dc5;
        for (let at = start; at < end; at++)
            hash = Math.imul(hash ^ bytes[at], 0x01000193);
        const candidates = this.people.get(hash);
        if (candidates !== undefined) {
            for (const candidate of candidates)
                if (sameBytes(candidate.bytes, bytes, start, end))
                    return candidate.person;
        }
        const text = bytes.toString("utf8", start, end);
        const nul = text.indexOf("\0");
        const person = { name: text.slice(0, nul), email: text.slice(nul + 1) };
        const entry = { bytes: Buffer.from(bytes.subarray(start, end)), person };
        if (candidates === undefined)
            this.people.set(hash, [entry]);
        else
            candidates.push(entry);
        return person;
    }
}
function sameBytes(kept, bytes, start, end) {
    if (kept.length !== end - start)
        return false;
    for (let index = 0; index < kept.length; index++)
        if (kept[index] !== bytes[start + index])
            return false;
    return true;
}
/**
 * Finds the next occurrence of one byte in a growing buffer, for queries whose starting points
 * never go back: an answer is reused while it lies ahead, and a search that found nothing is not
 * repeated over the same bytes. So each kind of byte is searched once over a reading, at the
 * speed of Buffer#indexOf, however many commits ask. Reset it when the buffer is replaced.
 */
class NextByte {
    byte;
    found = -1;
    searchedTo = 0;
    constructor(byte) {
        this.byte = byte;
    }
    /** The first position at or after `from` in `filled` holding the byte, or -1. */
    at(filled, from) {
        if (this.found >= from)
            return this.found;
        const start = this.found === -1 ? Math.max(from, this.searchedTo) : from;
        this.found = filled.indexOf(this.byte, start);
        if (this.found === -1)
            this.searchedTo = filled.length;
        return this.found;
    }
    reset() {
        this.found = -1;
        this.searchedTo = 0;
    }
}
/**
 * Where a reading keeps the bytes its commits decode on demand: chunks of about a megabyte, filled
 * in turn; what a commit keeps never straddles two.
 */
class ByteArena {
    chunkBytes;
    chunk = Buffer.allocUnsafe(0);
    /** Bytes of the current chunk in use. */
    used = 0;
    constructor(chunkBytes = 1 << 20) {
        this.chunkBytes = chunkBytes;
    }
    /** The chunk to copy `length` bytes into, at `used`; the caller adds `length` to `used` after. */
    reserve(length) {
        if (this.chunk.length - this.used < length) {
            this.chunk = Buffer.allocUnsafe(Math.max(this.chunkBytes, length));
            this.used = 0;
        }
        return this.chunk;
    }
}
/** What one reading shares: kept strings and bytes, and searches for line ends, carriage returns and the letters footer words are found by. */
class RecordScanner {
    shared = new SharedStrings();
    arena;
    constructor(arenaChunkBytes) {
        this.arena = new ByteArena(arenaChunkBytes);
    }
    newline = new NextByte(NEWLINE);
    carriageReturn = new NextByte(CARRIAGE_RETURN);
    lowerK = new NextByte(0x6b);
    upperK = new NextByte(0x4b);
    dash = new NextByte(0x2d);
    /** The buffer changed: every remembered position is void. */
    reset() {
        for (const search of [this.newline, this.carriageReturn, this.lowerK, this.upperK, this.dash])
            search.reset();
    }
}
/**
 * Makes the commit of one record of `git log -z` LOG_FORMAT output: `ends` holds the offsets of
 * the NULs that end its six fields in `filled` (the bytes read so far), the record starting at
 * `start`. Records must come in the order of the bytes, as the scanner's searches go forward only.
 */
function commitFromRecord(filled, start, ends, scanner) {
    const { shared } = scanner;
    // Without -z, git ends each record with a newline after the last NUL: it precedes the next sha.
    let shaStart = start;
    while (shaStart < ends[0] && filled[shaStart] === NEWLINE)
        shaStart++;
    const sha = filled.toString("latin1", shaStart, ends[0]);
    const author = shared.person(filled, ends[1] + 1, ends[3]);
    const messageStart = ends[4] + 1;
    let messageEnd = ends[5];
    while (messageEnd > messageStart && filled[messageEnd - 1] === NEWLINE)
        messageEnd--;
    const newline = scanner.newline.at(filled, messageStart);
    const headerEnd = newline === -1 || newline >= messageEnd ? messageEnd : newline;
    const header = filled.toString("utf8", messageStart, headerEnd).trim();
    const bodyStart = headerEnd === messageEnd ? -1 : headerEnd + 1;
    if (needsWholeMessage(filled, messageStart, messageEnd, bodyStart, scanner) || (0,parse/* looksLikeRevert */.ko)(header)) {
        const parentText = filled.toString("latin1", ends[0] + 1, ends[1]);
        return (0,parse/* parseCommit */.L5)({
            sha,
            parents: parentText === "" ? [] : parentText.split(" "),
            authorName: author.name,
            authorEmail: author.email,
            authorDate: filled.toString("utf8", ends[3] + 1, ends[4]),
            message: filled.toString("utf8", messageStart, messageEnd),
        });
    }
    const parts = (0,commits_header/* scanHeader */.Ve)(header);
    // Only the parents, the date and the message are kept, copied out of the reading buffer, which
    // is then reused: the rest of the record (sha, author) is already decoded.
    const parentsLength = ends[1] - (ends[0] + 1);
    const dateAndMessage = messageEnd - (ends[3] + 1);
    const kept = scanner.arena.reserve(parentsLength + dateAndMessage);
    const parentsStart = scanner.arena.used;
    filled.copy(kept, parentsStart, ends[0] + 1, ends[1]);
    filled.copy(kept, parentsStart + parentsLength, ends[3] + 1, messageEnd);
    scanner.arena.used += parentsLength + dateAndMessage;
    const shift = parentsStart + parentsLength - (ends[3] + 1);
    // Types and scopes repeat: one string each for the whole reading.
    const type = parts ? shared.intern(parts.type) : undefined;
    const scope = parts ? shared.intern(parts.scope) : undefined;
    return new LoggedCommit(sha, author, header, type, scope, parts ? parts.bang : false, parts ? parts.subject : header, kept, parentsStart, ends[3] + 1 + shift, messageStart + shift, messageEnd + shift, bodyStart === -1 ? -1 : bodyStart + shift);
}
/**
 * Whether the message could hold anything besides its header that parseCommit would act on: a
 * carriage return (it normalizes line ends), or in the body the words of a `BREAKING CHANGE`,
 * `BREAKING-CHANGE` or `Release-As` footer, in any case. They are found by their rarer letters
 * (the `k` of "breaking", the `-` of "release-as"). A false alarm only costs a full parse; a
 * miss would change a version, so this errs on the side of "yes".
 */
function needsWholeMessage(filled, messageStart, messageEnd, bodyStart, scanner) {
    const carriageReturn = scanner.carriageReturn.at(filled, messageStart);
    if (carriageReturn !== -1 && carriageReturn < messageEnd)
        return true;
    if (bodyStart === -1)
        return false;
    return (wordAround(filled, scanner.lowerK, bodyStart, messageEnd, "breaking", 4) ||
        wordAround(filled, scanner.upperK, bodyStart, messageEnd, "breaking", 4) ||
        wordAround(filled, scanner.dash, bodyStart, messageEnd, "release-as", 7));
}
/** Whether `word` (lower case) appears in [start, end), in any ASCII case, found by its letter at `offset`. */
function wordAround(filled, letter, start, end, word, offset) {
    for (let at = letter.at(filled, start + offset); at !== -1 && at < end; at = letter.at(filled, at + 1)) {
        if (at - offset + word.length <= end && matchesFolded(filled, at - offset, word))
            return true;
    }
    return false;
}
// `| 0x20` folds ASCII upper case onto lower case (and a few other bytes onto letters: only more false alarms).
function matchesFolded(bytes, at, word) {
    for (let index = 0; index < word.length; index++) {
        if ((bytes[at + index] | 0x20) !== word.charCodeAt(index))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/commits/stream.ts

const NUL = 0;
const stream_NEWLINE = 10;
// The reading buffer: a few thousand commits' worth; it doubles when one record does not fit.
const SLAB_BYTES = 1 << 20;
/**
 * The `git log -z` format that goes with CommitRecords: six fields, each ended by NUL (the last
 * by -z's record terminator), so no separator can be mistaken for text of a message.
 */
const LOG_FORMAT = "--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%B";
const FIELDS_PER_COMMIT = 6;
/**
 * Turns git's NUL-separated output into commits as the bytes arrive, however they were chunked.
 *
 * Bytes are copied into one reading buffer (grown when a record outgrows it), where a record is
 * always whole before it is read; what is left of an unfinished record moves to the front when
 * the buffer fills. A commit keeps what it decodes on demand in an arena of its own (see
 * LoggedCommit), so the buffer is reused throughout. Nothing is decoded before all of a field's
 * bytes are in, so a multi-byte UTF-8 character cut by a chunk edge is never split (NUL cannot
 * occur inside a UTF-8 sequence). Each commit goes to onCommit as soon as it is whole.
 */
class CommitRecords {
    onCommit;
    slab;
    /** Bytes of the slab in use. */
    used = 0;
    /** Where the record being read starts, and where to look for its next NUL. */
    recordStart = 0;
    scanFrom = 0;
    ends = new Int32Array(FIELDS_PER_COMMIT);
    fields = 0;
    scanner;
    /** Set by stop(): the reader wants no more commits. */
    halted = false;
    constructor(onCommit, 
    /** Tests make the buffers tiny to move records around often. */
    slabBytes = SLAB_BYTES) {
        this.onCommit = onCommit;
        this.slab = Buffer.allocUnsafe(slabBytes);
        this.scanner = new RecordScanner(slabBytes);
    }
    /** Whether stop() was called. */
    get stopped() {
        return this.halted;
    }
    /** No more commits are wanted (onCommit may call this): the rest of the output is ignored. */
    stop() {
        this.halted = true;
    }
    push(chunk) {
        if (this.halted)
            return;
        if (chunk.length > this.slab.length - this.used)
            this.makeRoom(chunk.length);
        // A copy: the caller may reuse its buffer.
        chunk.copy(this.slab, this.used);
        this.used += chunk.length;
        const filled = this.slab.subarray(0, this.used);
        for (let nul = filled.indexOf(NUL, this.scanFrom); nul !== -1; nul = filled.indexOf(NUL, nul + 1)) {
            this.ends[this.fields++] = nul;
            if (this.fields === FIELDS_PER_COMMIT) {
                this.onCommit(commitFromRecord(filled, this.recordStart, this.ends, this.scanner));
                this.fields = 0;
                this.recordStart = nul + 1;
                if (this.halted)
                    return;
            }
        }
        this.scanFrom = this.used;
    }
    /**
     * The output has ended: what follows the last NUL is a last message without a terminator
     * (git log without -z), unless it is only newlines. Fields left over mean git's output was
     * cut short: say so rather than drop a commit.
     */
    end() {
        if (this.halted)
            return;
        let tailEnd = this.used;
        const tailStart = this.fields === 0 ? this.recordStart : this.ends[this.fields - 1] + 1;
        while (tailEnd > tailStart && this.slab[tailEnd - 1] === stream_NEWLINE)
            tailEnd--;
        if (tailEnd > tailStart) {
            this.ends[this.fields++] = this.used;
            if (this.fields === FIELDS_PER_COMMIT) {
                this.onCommit(commitFromRecord(this.slab.subarray(0, this.used), this.recordStart, this.ends, this.scanner));
                this.fields = 0;
            }
        }
        if (this.fields !== 0) {
            throw new Error(`git log output ended in the middle of a commit (${this.fields} of ${FIELDS_PER_COMMIT} fields read)`);
        }
    }
    /** Makes room for `incoming` more bytes: the unfinished record moves to the front, into a larger buffer when it must. */
    makeRoom(incoming) {
        const carried = this.used - this.recordStart;
        const target = carried + incoming > this.slab.length ? Buffer.allocUnsafe(Math.max(2 * this.slab.length, carried + incoming)) : this.slab;
        this.slab.copy(target, 0, this.recordStart, this.used);
        for (let field = 0; field < this.fields; field++)
            this.ends[field] -= this.recordStart;
        this.scanFrom -= this.recordStart;
        this.used = carried;
        this.recordStart = 0;
        this.slab = target;
        this.scanner.reset();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/commits/read.ts


/** Streams `git log` for a range, newest first, merges included. */
async function readCommits(git, range) {
    return (await readConventionalCommits(git, range)).map((commit) => commit.raw);
}
/**
 * The commits of a range, each parsed the moment git has printed it: parsing runs on this
 * process's core while git is still printing on another, instead of after it. Messages stay bytes
 * until a body is asked for: see LoggedCommit.
 *
 * git prints a range `from..to` only once it has walked all of it (it must know which commits
 * `from` reaches before it may print any), which leaves this process idle for most of the read.
 * When `from` is a sha, the range is first read as a linear history (readLinearRange), which git
 * prints while it walks; a history that turns out not to be linear is read the usual way.
 */
async function readConventionalCommits(git, range) {
    if (range.from !== undefined && FULL_SHA.test(range.from) && !(range.paths && range.paths.length > 0)) {
        const linear = await readLinearRange(git, range.from, range.to);
        if (linear)
            return linear;
    }
    const commits = [];
    const records = new CommitRecords((commit) => commits.push(commit));
    const revision = range.from ? `${range.from}..${range.to}` : range.to;
    await git.stream(logArgs(revision, range.paths), (chunk) => records.push(chunk));
    records.end();
    return commits;
}
/** The `git log` that CommitRecords reads, of a revision (range) and optionally only some paths. */
function logArgs(revision, paths = []) {
    // `--` ends the revisions: a file named like one (HEAD, say) is no ambiguity then.
    return ["-c", "log.showSignature=false", "log", "-z", LOG_FORMAT, "--no-color", revision, "--", ...paths];
}
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * `from..to` when the history from `to` down to `from` is a single line of commits, or undefined
 * when it is not. git walks back from `to` printing as it goes (no negative ref, so nothing to
 * wait for) and is stopped at `from`. The commits before it are then exactly the range, in the
 * same order: none of them can be reachable from `from`, which they descend from, and everything
 * below is. A merge or a root commit met first means the line does not lead to `from` alone:
 * undefined, and the caller asks git for the range itself.
 */
async function readLinearRange(git, from, to) {
    const commits = [];
    let reached = false;
    const records = new CommitRecords((commit) => {
        if (commit.raw.sha === from)
            reached = true;
        else if (parentCount(commit) === 1)
            return void commits.push(commit);
        records.stop();
    });
    await git.stream(logArgs(to), (chunk) => {
        records.push(chunk);
        return !records.stopped;
    });
    if (!records.stopped)
        records.end();
    return reached ? commits : undefined;
}
function parentCount(commit) {
    return commit instanceof LoggedCommit ? commit.parentCount : commit.raw.parents.length;
}
/** Shas of the commits in a range that touch any of the paths. */
async function commitsTouching(git, range, paths) {
    const revision = range.from ? `${range.from}..${range.to}` : range.to;
    const { stdout } = await git.run(["log", "--format=%H", revision, "--", ...paths]);
    return new Set(stdout.split("\n").filter((line) => line !== ""));
}


/***/ }),

/***/ 5341:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   Z: () => (/* binding */ StalePlanError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/** Something the user can fix: bad config, bad input, a repository in the wrong state. */
class ConfigurationError extends Error {
    location;
    problems;
    name = "ConfigurationError";
    constructor(message, location, 
    /** Every problem found, when several were collected at once. */
    problems = []) {
        super(message);
        this.location = location;
        this.problems = problems;
    }
}
/** A git command failed for a reason that is not the user's input. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    name = "GitError";
    constructor(message, args, exitCode, stderr) {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** Apply was handed a plan hash that no longer matches what is observed now. */
class StalePlanError extends ConfigurationError {
    constructor(expected, actual) {
        super(`the plan is stale: it was made with hash ${expected}, but the repository now plans to ${actual}. ` +
            "Run the dry-run again, review the new plan and apply that one.");
    }
}
function formatLocation(location) {
    if (!location)
        return "";
    let text = location.file;
    if (location.line !== undefined)
        text += `:${location.line}`;
    if (location.line !== undefined && location.column !== undefined)
        text += `:${location.column}`;
    return text;
}
/** One line for a person, whatever was thrown; never a stack trace. */
function describeError(error) {
    if (error instanceof ConfigurationError) {
        const where = formatLocation(error.location);
        const head = where ? `${where}: ${error.message}` : error.message;
        return error.problems.length > 1 ? `${head}\n${error.problems.map((problem) => `  - ${problem}`).join("\n")}` : head;
    }
    if (error instanceof GitError) {
        const detail = error.stderr.trim().split("\n").slice(-3).join(" ");
        return `${error.message}${detail ? `: ${detail}` : ""}`;
    }
    // Forge failures (forge/errors.ts) already say what failed and what to do.
    if (error instanceof Error && error.name === "ForgeError")
        return error.message;
    if (error instanceof Error)
        return `unexpected error: ${error.message}`;
    return `unexpected error: ${String(error)}`;
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ ORIGIN_URL),
/* harmony export */   m: () => (/* binding */ firstGitQuestions)
/* harmony export */ });
/* harmony import */ var _commits_read_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4852);
/* harmony import */ var _version_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7477);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8893);



/** The changelog's question for its links: where the repository lives. */
const ORIGIN_URL = ["remote", "get-url", "origin"];
/**
 * The git commands a CLI command asks first, whatever the repository and its configuration, for
 * startGitAhead: version-bump checks the repository, lists the tags and reads the history from
 * HEAD (as readConventionalCommits first does when the release is a sha, or when there is no
 * release); the changelog starts with version-bump and asks for the remote. Other commands: none.
 */
function firstGitQuestions(command) {
    const versionBump = [..._repository_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_QUESTIONS */ .LG, _version_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .LIST_TAGS */ .RD, (0,_commits_read_js__WEBPACK_IMPORTED_MODULE_2__/* .logArgs */ .Q5)("HEAD")];
    if (command === "version-bump")
        return versionBump;
    if (command === "changelog")
        return [...versionBump, ORIGIN_URL];
    return [];
}


/***/ }),

/***/ 8893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Fl: () => (/* binding */ inspectRepository),
/* harmony export */   LG: () => (/* binding */ REPOSITORY_QUESTIONS),
/* harmony export */   bb: () => (/* binding */ allInOrder)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5341);

/** What inspectRepository asks git: the folder's layout, the commit at HEAD, the branch checked out. */
const REPOSITORY_QUESTIONS = [
    ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--absolute-git-dir"],
    ["rev-parse", "--verify", "-q", "HEAD^{commit}"],
    ["symbolic-ref", "-q", "--short", "HEAD"],
];
/**
 * Makes sure the directory is a usable, complete git repository and reads where HEAD is. Three
 * git commands at once: each costs a process start, and this runs before every action.
 */
async function inspectRepository(git, namedBranch) {
    // All three at once; their answers are read in order, so a folder that is not a repository
    // still says so first.
    const [layout, head, symbolic] = await Promise.all(REPOSITORY_QUESTIONS.map((args) => git.run(args, { allowFailure: true })));
    const [inside, shallow, gitDir] = layout.stdout.split("\n").map((line) => line.trim());
    if (layout.exitCode !== 0 || inside !== "true" || !gitDir) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${git.cwd} is not a git repository (or a work tree of one). Run in the repository's folder, after actions/checkout.`);
    }
    if (shallow === "true") {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("this is a shallow clone, so the commits and tags since the last release are not all here. " +
            "With actions/checkout set `fetch-depth: 0`; locally run `git fetch --unshallow --tags`.");
    }
    if (head.exitCode !== 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("the repository has no commits yet: there is nothing to release");
    const current = symbolic.exitCode === 0 ? symbolic.stdout.trim() : undefined;
    return { head: head.stdout.trim(), detached: current === undefined, gitDir, ...((namedBranch ?? current) ? { branch: namedBranch ?? current } : {}) };
}
/**
 * Awaits every promise, then returns their values, or throws the error of the first that failed in
 * the order given (not in the order they failed): work started at once still reports as if done in turn.
 */
async function allInOrder(promises) {
    const settled = await Promise.allSettled(promises);
    for (const outcome of settled)
        if (outcome.status === "rejected")
            throw outcome.reason;
    return settled.map((outcome) => outcome.value);
}
/** Whether the repository has a remote, which makes "no tags at all" suspicious. */
async function hasRemote(git) {
    try {
        const remotes = await git.run(["remote"]);
        return remotes.stdout.trim() !== "";
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS)
            return false;
        throw error;
    }
}


/***/ }),

/***/ 7477:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KJ: () => (/* binding */ tagsMergedInto),
/* harmony export */   MG: () => (/* binding */ tagsContainedIn),
/* harmony export */   OP: () => (/* binding */ versionTags),
/* harmony export */   RD: () => (/* binding */ LIST_TAGS),
/* harmony export */   XP: () => (/* binding */ latestOnLine),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   g$: () => (/* binding */ readTags),
/* harmony export */   kR: () => (/* binding */ shaKey)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

const REF_FORMAT = "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)";
/** Every tag of the repository, with whether HEAD's history contains it. */
async function readTags(git, head = "HEAD") {
    const [all, merged] = await Promise.all([
        git.run(["for-each-ref", REF_FORMAT, "refs/tags"]),
        git.run(["for-each-ref", REF_FORMAT, `--merged=${head}`, "refs/tags"]),
    ]);
    return { all: parseRefs(all.stdout), reachable: parseRefs(merged.stdout) };
}
/** Every tag of the repository. Cheap: unlike `--merged`, it walks no history. */
async function listTags(git) {
    return parseRefs((await git.run(LIST_TAGS)).stdout);
}
const LIST_TAGS = ["for-each-ref", REF_FORMAT, "refs/tags"];
/**
 * The tags HEAD contains (what `readTags(git).reachable` lists) from a walk already made:
 * `commits` are all of `from..HEAD`, with their parents. `--merged=HEAD` would walk those commits
 * again (on 100k commits since the last tag, as long as `git log` itself), so only the history
 * below them is left to git: a tag is contained when it is on one of the commits, or contained in
 * a parent outside them (the boundary, all ancestors of `from`; just `from` when HEAD contains it).
 * With no commits, HEAD is an ancestor of `from` and is asked directly.
 */
async function tagsContainedIn(git, all, range) {
    if (all.length === 0)
        return [];
    const { from, commits } = range;
    const tagged = new Set(all.map((tag) => tag.sha));
    // Numbers from the shas' first characters spare hashing 100k sha strings to find the few tagged.
    const taggedKeys = new Set(all.map((tag) => shaKey(tag.sha)));
    const walkedTagged = new Set(commits.filter((commit) => taggedKeys.has(shaKey(commit.sha)) && tagged.has(commit.sha)).map((commit) => commit.sha));
    // Newest first: the child of `from` is usually the last commit read.
    const containsFrom = commits.at(-1)?.parents.includes(from) || commits.some((commit) => commit.parents.includes(from));
    const below = commits.length === 0 ? ["HEAD"] : containsFrom ? [from] : boundaryOf(commits);
    const merged = containsFrom && range.mergedIntoFrom ? await range.mergedIntoFrom : below.length === 0 ? [] : await tagsMergedInto(git, below);
    const contained = new Set(merged.map((tag) => tag.name));
    return all.filter((tag) => walkedTagged.has(tag.sha) || contained.has(tag.name));
}
/**
 * The tags on the history of any of the commits. version-bump asks this for the release it reads
 * from while git log is still walking (the usual answer of tagsContainedIn), to have it ready.
 */
async function tagsMergedInto(git, commits) {
    return parseRefs((await git.run(["for-each-ref", REF_FORMAT, ...commits.map((commit) => `--merged=${commit}`), "refs/tags"])).stdout);
}
/** The parents of the commits that are not among them. */
function boundaryOf(commits) {
    const walked = new Set(commits.map((commit) => commit.sha));
    return [...new Set(commits.flatMap((commit) => commit.parents.filter((parent) => !walked.has(parent))))];
}
/**
 * A sha's first four characters as a number: a Set of these rules out most of 100k shas before
 * any string is hashed or cut (tagsContainedIn, and the revert pairing in reverts.ts).
 */
const shaKey = (sha) => ((sha.charCodeAt(0) << 24) | (sha.charCodeAt(1) << 16) | (sha.charCodeAt(2) << 8) | sha.charCodeAt(3)) >>> 0;
function parseRefs(text) {
    const tags = [];
    for (const line of text.split("\n")) {
        if (line === "")
            continue;
        const [name, object, peeled] = line.split("\0");
        tags.push({ name: name, sha: peeled || object });
    }
    return tags;
}
/** Tags that carry a version after the prefix; the others, when they start with the prefix, are returned as ignored. */
function versionTags(tags, prefix) {
    const versions = [];
    const ignored = [];
    for (const tag of tags) {
        if (!tag.name.startsWith(prefix))
            continue;
        const rest = tag.name.slice(prefix.length);
        const version = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(rest) ? new semver__WEBPACK_IMPORTED_MODULE_0__.SemVer(rest) : null;
        if (version)
            versions.push({ ...tag, version });
        else if (prefix !== "" || /^\d/.test(rest))
            ignored.push(tag.name);
    }
    versions.sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a.version, b.version));
    return { versions, ignored };
}
/** The highest stable version, and the highest on a pre-release channel (with the stable ones below it). */
function latestOnLine(versions, channel) {
    const lastStable = versions.find((tag) => tag.version.prerelease.length === 0);
    if (!channel)
        return { ...(lastStable ? { previous: lastStable, lastStable } : {}) };
    const previous = versions.find((tag) => tag.version.prerelease.length === 0 || tag.version.prerelease[0] === channel);
    return { ...(previous ? { previous } : {}), ...(lastStable ? { lastStable } : {}) };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8552);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
