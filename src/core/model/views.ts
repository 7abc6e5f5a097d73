import type { PartialDate } from './dates.ts';
import type { Projection, ReconciledProperty } from './reconcile.ts';
import { type NameValue, type Qualifier, type Value, valueKey } from './values.ts';

/** Small readers over a projection, so use cases say what they want, not how values nest. */
function prop(p: Projection, name: string): ReconciledProperty | undefined {
  return p.properties[name];
}

export function oneValue(p: Projection, name: string): Value | null {
  return prop(p, name)?.value ?? null;
}

export function manyValues(p: Projection, name: string): Value[] {
  return prop(p, name)?.values ?? [];
}

export function textOf(p: Projection, name: string): string | null {
  const v = oneValue(p, name);
  return v?.type === 'text' ? v.text : null;
}

export function textsOf(p: Projection, name: string): string[] {
  return manyValues(p, name).flatMap((v) => (v.type === 'text' ? [v.text] : []));
}

export function dateOf(p: Projection, name: string): PartialDate | null {
  const v = oneValue(p, name);
  return v?.type === 'date' ? v.date : null;
}

export function numberOf(
  p: Projection,
  name: string,
): { value: number; qualifier: Qualifier } | null {
  const v = oneValue(p, name);
  return v?.type === 'number' ? { value: v.number, qualifier: v.qualifier } : null;
}

export function refOf(p: Projection, name: string): string | null {
  const v = oneValue(p, name);
  return v?.type === 'ref' ? v.id : null;
}

export function refsOf(p: Projection, name: string): string[] {
  return manyValues(p, name).flatMap((v) => (v.type === 'ref' ? [v.id] : []));
}

export function namesOf(p: Projection): NameValue[] {
  return manyValues(p, 'name').flatMap((v) => (v.type === 'name' ? [v.name] : []));
}

/**
 * The name to show: the first official Latin spelling, else any official one, else the
 * first accepted name, else the first reported one (so a proposed-only person has a label).
 */
export function displayName(p: Projection, fallback: string): string {
  const names = namesOf(p);
  const pick =
    names.find((n) => n.kind === 'official' && n.script === 'latin') ??
    names.find((n) => n.kind === 'official') ??
    names[0];
  if (pick) return pick.value;
  const reported = prop(p, 'name')?.reported.find((r) => r.value.type === 'name');
  return reported?.value.type === 'name' ? reported.value.name.value : fallback;
}

/** Every reported value of a property with its claims and sources, for 'who says what'. */
export function reportedOf(p: Projection, name: string) {
  const r = prop(p, name);
  return {
    value: r?.value ?? null,
    conflict: r?.conflict ?? false,
    reported: r?.reported ?? [],
  };
}

/** A property's value as a reader should see it now, and whether it is only proposed. */
export interface BestValue {
  value: Value;
  /** true: no claim of it is accepted yet; it is the value most reports give. */
  proposed: boolean;
  /** How many distinct reports give this value. */
  sources: number;
}

/**
 * The accepted value, or while none is accepted (a freshly ingested event) the proposed value
 * most reports give; ties go to the one claimed first. Null when nothing is reported.
 */
export function bestOf(p: Projection, name: string): BestValue | null {
  const r = prop(p, name);
  if (!r) return null;
  const supporters = (v: Value) =>
    r.reported.find((x) => valueKey(x.value) === valueKey(v))?.sourceIds.length ?? 0;
  if (r.value) return { value: r.value, proposed: false, sources: supporters(r.value) };
  let best: (typeof r.reported)[number] | null = null;
  for (const x of r.reported) {
    if (!x.states.some((s) => s === 'proposed')) continue;
    if (!best || x.sourceIds.length > best.sourceIds.length) best = x;
  }
  return best ? { value: best.value, proposed: true, sources: best.sourceIds.length } : null;
}
