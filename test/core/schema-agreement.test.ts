/**
 * Our schema (schema/modelspec.v1alpha1.json) must accept and reject exactly what the upstream
 * ModelSpec v0.1 schema does. Proven on the nine upstream examples and on mutations of them generated
 * three ways: directed by the upstream schema (every property × a set of probe values, deletions,
 * unknown keys), directed by the examples (every leaf deleted / retyped), and random (fast-check).
 * Both our schema compiled live and the generated standalone validator are checked.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as yamlParse } from "yaml";
import { isValidModelSpec } from "../../src/core/schema-check.js";
import { schemaErrors } from "../../src/core/validate.js";

const UPSTREAM = fileURLToPath(new URL("../../../shared/modelspec-upstream/", import.meta.url));
const have = existsSync(`${UPSTREAM}schema/modelspec.v0.1.json`);
const OURS = JSON.parse(
  readFileSync(new URL("../../schema/modelspec.v1alpha1.json", import.meta.url), "utf8"),
);

interface S {
  type?: string;
  properties?: Record<string, S>;
  items?: S;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  additionalProperties?: boolean | S;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const clone = <T>(v: T): T => structuredClone(v);

/** Every property path of a schema (array items as index 0), with its sub-schema. */
function schemaPaths(s: S, prefix: Array<string | number> = []): Array<[Array<string | number>, S]> {
  const out: Array<[Array<string | number>, S]> = [];
  for (const [k, child] of Object.entries(s.properties ?? {})) {
    const p = [...prefix, k];
    out.push([p, child]);
    out.push(...schemaPaths(child, p));
    if (child.items) {
      out.push([[...p, 0], child.items]);
      out.push(...schemaPaths(child.items, [...p, 0]));
    }
  }
  return out;
}

/** Set a value at a path, creating objects / one-element arrays on the way. */
function setPath(root: Json, path: Array<string | number>, value: Json): Json {
  const r = clone(root);
  let node = r as Record<string | number, Json>;
  path.forEach((k, i) => {
    if (i === path.length - 1) {
      node[k] = value;
      return;
    }
    const nextIsIndex = typeof path[i + 1] === "number";
    const cur = node[k];
    if (cur === undefined || cur === null || typeof cur !== "object" || Array.isArray(cur) !== nextIsIndex) {
      node[k] = nextIsIndex ? [{}] : {};
    }
    node = node[k] as Record<string | number, Json>;
  });
  return r;
}

function deletePath(root: Json, path: Array<string | number>): Json | undefined {
  const r = clone(root);
  let node: Json | undefined = r;
  for (const k of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, Json>)[k];
  }
  const last = path[path.length - 1]!;
  if (node === null || node === undefined || typeof node !== "object" || !(last in node)) return undefined;
  if (Array.isArray(node)) node.splice(last as number, 1);
  else delete (node as Record<string, Json>)[last];
  return r;
}

function leaves(v: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (v === null || typeof v !== "object") return [prefix];
  const entries: Array<[string | number, Json]> = Array.isArray(v)
    ? v.map((x, i) => [i, x])
    : Object.entries(v);
  return [prefix, ...entries.flatMap(([k, x]) => leaves(x, [...prefix, k]))].filter((p) => p.length > 0);
}

const PROBES: Json[] = [
  "text",
  "",
  "http",
  "grpc",
  "guardrail",
  "piqc.ai/v1alpha1",
  "ModelSpec",
  0,
  1,
  -1,
  1.5,
  65535,
  65536,
  1e9,
  true,
  false,
  null,
  {},
  [],
  [{}],
  [{ name: "a", type: "b" }],
  [{ id: "x", role: "input" }],
  { unknownField: 1 },
  { name: "n" },
];

describe.skipIf(!have)("schema agreement with upstream v0.1 (needs ../shared/modelspec-upstream)", () => {
  const upstreamSchema = have
    ? JSON.parse(readFileSync(`${UPSTREAM}schema/modelspec.v0.1.json`, "utf8"))
    : {};
  const upstream = new Ajv2020({ allErrors: true, strict: false }).compile(upstreamSchema);
  const oursLive = new Ajv2020({ allErrors: true, strict: true }).compile(OURS);
  const examples: Array<[string, Json]> = have
    ? readdirSync(`${UPSTREAM}examples`)
        .filter((n) => n.endsWith(".yaml"))
        .sort()
        .map((n) => [n, yamlParse(readFileSync(`${UPSTREAM}examples/${n}`, "utf8")) as Json])
    : [];

  function verdicts(instance: unknown) {
    const generated = schemaErrors(instance) === null;
    // The yes/no validator must agree with the full one on every instance.
    expect(isValidModelSpec(instance)).toBe(generated);
    return { upstream: upstream(instance), ours: oursLive(instance), generated };
  }
  function agree(instance: unknown, label: string) {
    const v = verdicts(instance);
    expect({ label, ours: v.ours, generated: v.generated }).toEqual({
      label,
      ours: v.upstream,
      generated: v.upstream,
    });
    return v.upstream;
  }

  it("finds all nine upstream examples, and all are valid under both schemas", () => {
    expect(examples).toHaveLength(9);
    for (const [name, value] of examples)
      expect(verdicts(value), name).toEqual({ upstream: true, ours: true, generated: true });
  });

  it("agrees on every upstream property set to every probe value, deleted, or given unknown keys", () => {
    const full = examples.find(([n]) => n.startsWith("08"))![1];
    const paths = schemaPaths(upstreamSchema as S);
    expect(paths.length).toBeGreaterThan(90);
    let count = 0;
    let rejected = 0;
    for (const [path, sub] of paths) {
      for (const probe of PROBES) {
        if (!agree(setPath(full, path, probe), `${path.join(".")} = ${JSON.stringify(probe)}`)) rejected++;
        count++;
      }
      const deleted = deletePath(full, path);
      if (deleted !== undefined) {
        agree(deleted, `delete ${path.join(".")}`);
        count++;
      }
      if (sub.type === "object") {
        for (const extra of ["unknownField", `${String(path[path.length - 1])}s`, "__proto__x"]) {
          agree(setPath(full, [...path, extra], "x"), `${path.join(".")}.${extra}`);
          count++;
        }
      }
      if (sub.minimum !== undefined) {
        for (const n of [sub.minimum - 1, sub.minimum - 0.5, sub.minimum, sub.minimum + 0.5]) {
          agree(setPath(full, path, n), `${path.join(".")} = ${n}`);
          count++;
        }
      }
      if (sub.maximum !== undefined) {
        for (const n of [sub.maximum, sub.maximum + 1]) {
          agree(setPath(full, path, n), `${path.join(".")} = ${n}`);
          count++;
        }
      }
    }
    for (const root of [null, [], "x", 1, {}, { apiVersion: "piqc.ai/v1alpha1", kind: "ModelSpec" }]) {
      agree(root, `root ${JSON.stringify(root)}`);
      count++;
    }
    expect(count).toBeGreaterThan(2500);
    expect(rejected).toBeGreaterThan(1000); // the mutations really do exercise rejection
  });

  it("agrees on every leaf of every example deleted or retyped", () => {
    let count = 0;
    for (const [name, value] of examples) {
      for (const path of leaves(value)) {
        const deleted = deletePath(value, path);
        if (deleted !== undefined) {
          agree(deleted, `${name}: delete ${path.join(".")}`);
          count++;
        }
        for (const probe of ["x", 7, -3, 2.5, false, null, {}, []] as Json[]) {
          agree(setPath(value, path, probe), `${name}: ${path.join(".")} = ${JSON.stringify(probe)}`);
          count++;
        }
      }
      for (const [field, bad] of [
        ["apiVersion", "piqc.ai/v1beta1"],
        ["apiVersion", "v1"],
        ["kind", "Modelspec"],
        ["kind", "Deployment"],
      ]) {
        agree(setPath(value, [field!], bad!), `${name}: ${field} = ${bad}`);
        count++;
      }
    }
    expect(count).toBeGreaterThan(1500);
  });

  it("agrees on random mutations (fast-check)", () => {
    const allPaths = schemaPaths(upstreamSchema as S).map(([p]) => p);
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("set" as const),
        path: fc.constantFrom(...allPaths),
        value: fc.jsonValue(),
      }),
      fc.record({ kind: fc.constant("del" as const), path: fc.constantFrom(...allPaths) }),
      fc.record({
        kind: fc.constant("extra" as const),
        path: fc.constantFrom(...allPaths),
        key: fc.string({ minLength: 1, maxLength: 12 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...examples.map(([, v]) => v)),
        fc.array(op, { minLength: 1, maxLength: 4 }),
        (base, ops) => {
          let v: Json = base;
          for (const o of ops) {
            if (o.kind === "set") v = setPath(v, o.path, o.value as Json);
            else if (o.kind === "del") v = deletePath(v, o.path) ?? v;
            else v = setPath(v, [...o.path, o.key], 1);
          }
          const r = verdicts(v);
          return r.ours === r.upstream && r.generated === r.upstream;
        },
      ),
      { numRuns: 3000, seed: 20260101 },
    );
  });
});

describe("our schema documents itself", () => {
  function* properties(
    s: S & { $defs?: Record<string, S> },
    path: string,
  ): Generator<[string, S & { description?: string }]> {
    for (const [k, child] of Object.entries(s.properties ?? {})) {
      yield [`${path}.${k}`, child];
      yield* properties(child, `${path}.${k}`);
    }
    if (s.items) yield* properties(s.items, `${path}[]`);
    for (const [k, def] of Object.entries(s.$defs ?? {})) {
      yield [`$defs.${k}`, def];
      yield* properties(def, `$defs.${k}`);
    }
  }
  it("has a description on every property and definition", () => {
    const all = [...properties(OURS, "")];
    expect(all.length).toBeGreaterThan(80);
    const missing = all
      .filter(([, s]) => typeof s.description !== "string" || s.description.length < 8)
      .map(([p]) => p);
    expect(missing).toEqual([]);
  });
  it("is JSON Schema 2020-12", () => {
    expect(OURS.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});
