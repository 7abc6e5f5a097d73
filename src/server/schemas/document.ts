/**
 * The OpenAPI document's components: the schemas with a meta id (src/server/schemas/model.ts and
 * its neighbours) written once under components/schemas and referenced by the routes.
 * fastify-type-provider-zod writes every registered schema twice, as output (`Claim`) and as
 * input (`ClaimInput`); these are answers only, so an input copy nothing refers to is left out
 * rather than generated into the web app's types as a second, unused name.
 */
import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const prefix = '#/components/schemas/';

/** Every `$ref` to a component schema in a JSON value. */
function refsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(prefix))
        found.add(v.slice(prefix.length));
      else refsIn(v, found);
    }
  return found;
}

type Json = Record<string, unknown>;

/** Whether a schema (after following its `$ref`) is an object, or a choice of objects only. */
function isObjectSchema(node: unknown, schemas: Json, seen = new Set<string>()): boolean {
  if (!node || typeof node !== 'object') return false;
  const s = node as Json;
  if (typeof s.$ref === 'string' && s.$ref.startsWith(prefix)) {
    const name = s.$ref.slice(prefix.length);
    if (seen.has(name)) return false;
    seen.add(name);
    return isObjectSchema(schemas[name], schemas, seen);
  }
  if (s.type === 'object') return true;
  const branches = (s.allOf ?? s.anyOf ?? s.oneOf) as unknown[] | undefined;
  return Array.isArray(branches) && branches.every((b) => isObjectSchema(b, schemas, seen));
}

/**
 * zod writes a nullable reference as `{ nullable: true, allOf: [{ $ref }] }`; OpenAPI 3.0 wants a
 * `type` beside `nullable` (Redocly's nullable-type-sibling). Every such reference here is to an
 * object, so the type is said where that holds; anything else is left for the linter to report.
 */
function typeNullableObjects(node: unknown, schemas: Json): void {
  if (Array.isArray(node)) for (const v of node) typeNullableObjects(v, schemas);
  else if (node && typeof node === 'object') {
    const s = node as Json;
    if (s.nullable === true && s.type === undefined && (s.allOf || s.anyOf || s.oneOf))
      if (isObjectSchema({ ...s, nullable: undefined }, schemas)) s.type = 'object';
    for (const v of Object.values(s)) typeNullableObjects(v, schemas);
  }
}

export const responseComponents: SwaggerTransformObject = (document) => {
  const doc = jsonSchemaTransformObject(document);
  const all = doc as Json & { components?: { schemas?: Json } };
  typeNullableObjects(all, all.components?.schemas ?? {});
  const { components, ...rest } = doc as { components?: { schemas?: Record<string, unknown> } };
  const schemas = components?.schemas;
  if (!schemas) return doc;
  // What the document uses: refs outside the components, then what those components refer to.
  const used = refsIn(rest, new Set());
  for (const name of used) refsIn(schemas[name], used);
  for (const name of Object.keys(schemas)) {
    const base = name.endsWith('Input') ? name.slice(0, -'Input'.length) : null;
    if (base && base in schemas && !used.has(name)) delete schemas[name];
  }
  return doc;
};
