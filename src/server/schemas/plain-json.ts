/**
 * The serializer for large, hot answers (counts with ids, the persons and releases lists, the
 * person dossier). fastify-type-provider-zod's serializer encodes every answer through its zod
 * schema (a full parse, copying every object) before JSON.stringify; on these answers that
 * costs as much as the read itself. Routes given this keep their `response` schema for the
 * OpenAPI document and for the handler's type; test/server/response-schemas.test.ts checks the
 * answers against the schemas instead, on the sample ledger.
 */
export const plainJson = () => (data: unknown) => JSON.stringify(data);
