import { formatValue } from '../../core/model/values.ts';
import type { ReleaseEventView } from './release-events.ts';

/**
 * The public shape of `habeas events --format json` (DESIGN.md contract): reconciled values,
 * every reported value of each disputed-prone field with its sources, conflicts, and the
 * reports behind the event with their role.
 */
export function eventRecord(e: ReleaseEventView) {
  return {
    id: e.id,
    title: e.title,
    country: e.country,
    date: e.date,
    kind: e.kind,
    releasedCount: e.releasedCount,
    // Until a reviewer accepts them, the values most reports give, marked proposed.
    best: e.best,
    reportedCounts: e.releasedCountReported.reported.map((r) => ({
      value: r.value.type === 'number' ? r.value.number : null,
      qualifier: r.value.type === 'number' ? r.value.qualifier : null,
      sources: r.sourceIds,
      claims: r.claimIds,
      states: r.states,
    })),
    reportedDates: e.dateReported.reported.map((r) => ({
      value: r.value.type === 'date' ? r.value.date : null,
      sources: r.sourceIds,
      claims: r.claimIds,
      states: r.states,
    })),
    reportedCountries: e.countryReported.reported.map((r) => ({
      value: r.value.type === 'text' ? r.value.text : null,
      sources: r.sourceIds,
      claims: r.claimIds,
      states: r.states,
    })),
    // Each released person's one name: the record stays as documented (habeas events --help).
    released: e.released.map(({ id, name }) => ({ id, name })),
    namesWithheld: e.namesWithheld,
    unnamed: e.unnamed,
    mediators: e.mediators,
    destinations: e.destinations,
    deal: e.deal,
    conflicts: e.conflicts.map((c) => ({
      property: c.property,
      values: c.values.map((v) => ({
        value: formatValue(v.value),
        sources: v.sourceIds,
        claims: v.claimIds,
      })),
    })),
    reports: e.reports.map((r) => ({
      url: r.url,
      title: r.title,
      sourceId: r.sourceId,
      role: r.role,
    })),
  };
}
