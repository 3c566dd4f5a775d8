export const id = 216;
export const ids = [216];
export const modules = {

/***/ 2216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pairBySpecName: () => (/* binding */ pairBySpecName)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2251);
/**
 * Pairs changed files by the specs they hold rather than by git's guess.
 *
 * git pairs renames by content similarity (`-M`, 50 %), and ModelSpecs written from one template are
 * often more than 50 % alike: deleting `summariser.yaml` and adding `vision.yaml` in one range reads
 * as a rename, which would turn a retirement plus a new model into one "model id changed" note. The
 * GitHub tree diff, on the other hand, pairs only identical content, so a spec moved *and* bumped
 * reads as deleted plus added. Both are fixed here by looking at `metadata.name`:
 *
 * - a renamed pair whose two ends share no spec name is split into a deletion and an addition;
 * - a deleted and an added file whose spec names are the same (and unique) are joined into a rename.
 */

function specNames(path, text) {
    const names = new Set();
    if (text === undefined)
        return names;
    for (const doc of (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFile */ .CJ)(path, text).documents) {
        const v = doc.value;
        const name = v && typeof v === "object" ? v.metadata?.name : undefined;
        if (typeof name === "string" && name !== "")
            names.add(name);
    }
    return names;
}
const key = (names) => names.size === 0 ? null : [...names].sort().join("\u0000");
/**
 * Re-pair changed files by the spec names they hold: split renames of different specs, join a deletion
 * and an addition of the same spec.
 */
function pairBySpecName(pairs) {
    const out = [];
    // 1. Split renames whose ends hold different specs.
    for (const p of pairs) {
        if (p.previousPath !== undefined && p.base !== undefined && p.head !== undefined) {
            const before = specNames(p.previousPath, p.base);
            const after = specNames(p.path, p.head);
            const shared = [...before].some((n) => after.has(n));
            if (before.size > 0 && after.size > 0 && !shared) {
                out.push({ path: p.previousPath, base: p.base });
                out.push({ path: p.path, head: p.head });
                continue;
            }
        }
        out.push({ ...p });
    }
    // 2. Join a deletion and an addition that hold the same specs (only when the match is unique).
    const deleted = new Map();
    const added = new Map();
    out.forEach((p, i) => {
        if (p.previousPath !== undefined)
            return;
        if (p.base !== undefined && p.head === undefined) {
            const k = key(specNames(p.path, p.base));
            if (k !== null)
                deleted.set(k, [...(deleted.get(k) ?? []), i]);
        }
        else if (p.head !== undefined && p.base === undefined) {
            const k = key(specNames(p.path, p.head));
            if (k !== null)
                added.set(k, [...(added.get(k) ?? []), i]);
        }
    });
    const drop = new Set();
    for (const [k, dels] of deleted) {
        const adds = added.get(k);
        if (dels.length !== 1 || adds?.length !== 1)
            continue;
        const d = out[dels[0]];
        const a = out[adds[0]];
        out[adds[0]] = { path: a.path, previousPath: d.path, base: d.base, head: a.head };
        drop.add(dels[0]);
    }
    return out.filter((_, i) => !drop.has(i)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
//# sourceMappingURL=renames.js.map

/***/ })

};

//# sourceMappingURL=216.index.js.map