/**
 * Checks FtM entities against the FollowTheMoney model's own rules, as the model package
 * describes them (the JavaScript package builds entities but has no validator): the schema
 * exists and is not abstract; every property is one of the schema's; every required property
 * (the schema's and its ancestors') has a value; each value fits its property type (length,
 * the type's closed vocabulary of countries, genders, languages..., date and URL forms); and
 * each entity value names an entity in the same export whose schema is the property's range.
 */
import type { Schema } from '@alephdata/followthemoney';
import { type FtmEntity, ftmModel } from './ftm-export.ts';

// FtM dates: an ISO 8601 prefix, UTC without a zone (the model's date type description).
const ftmDate = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

function requiredOf(schema: Schema, seen = new Set<string>()): Set<string> {
  const out = new Set(schema.required);
  for (const parent of schema.getExtends()) {
    if (seen.has(parent.name)) continue;
    seen.add(parent.name);
    for (const r of requiredOf(parent, seen)) out.add(r);
  }
  return out;
}

/** Every rule an entity breaks, as `id: message` lines; empty when all are valid. */
export function checkFtm(entities: readonly FtmEntity[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, FtmEntity>();
  for (const e of entities) {
    if (byId.has(e.id)) problems.push(`${e.id}: the id is used twice`);
    byId.set(e.id, e);
  }
  for (const e of entities) {
    const schema = ftmModel.schemata[e.schema];
    if (!schema) {
      problems.push(`${e.id}: unknown schema '${e.schema}'`);
      continue;
    }
    if (schema.abstract) problems.push(`${e.id}: schema ${e.schema} is abstract`);
    for (const req of requiredOf(schema))
      if (!e.properties[req]?.length) problems.push(`${e.id}: ${e.schema} requires '${req}'`);
    for (const [name, values] of Object.entries(e.properties)) {
      if (!schema.hasProperty(name)) {
        problems.push(`${e.id}: ${e.schema} has no property '${name}'`);
        continue;
      }
      const prop = schema.getProperty(name);
      const type = prop.type;
      for (const value of values) {
        const where = `${e.id}: ${e.schema}.${name} = ${JSON.stringify(value).slice(0, 80)}`;
        if (typeof value !== 'string' || value === '') {
          problems.push(`${where}: not a non-empty string`);
          continue;
        }
        const max = Math.min(type.maxLength || Infinity, prop.maxLength || Infinity);
        if (value.length > max) problems.push(`${where}: longer than ${max}`);
        if (type.values.size > 0 && !type.values.has(value))
          problems.push(`${where}: not a ${type.name} of the model`);
        if (type.name === 'date' && !ftmDate.test(value)) problems.push(`${where}: not a date`);
        if (type.name === 'url' && !/^https?:\/\/\S+$/.test(value))
          problems.push(`${where}: not an http(s) URL`);
        if (type.isEntity) {
          const target = byId.get(value);
          if (!target) problems.push(`${where}: no such entity in the export`);
          else if (!ftmModel.getSchema(target.schema).isA(prop.getRange()))
            problems.push(`${where}: a ${target.schema} is not a ${prop.getRange().name}`);
        }
      }
    }
  }
  return problems;
}
