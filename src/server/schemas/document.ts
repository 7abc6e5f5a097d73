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

export const responseComponents: SwaggerTransformObject = (document) => {
  const doc = jsonSchemaTransformObject(document);
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
