import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimWithState, EntityType, ReviewState } from '../../../src/core/model/claim.ts';
import {
  certainCount,
  toAggregateEvent,
  toReportedCount,
  toStatusEvent,
} from '../../../src/core/model/count-inputs.ts';
import { parsePartialDate } from '../../../src/core/model/dates.ts';
import {
  primaryNameOf,
  toActorView,
  toAggregateView,
  toConcessionView,
  toCountClaimView,
  toDealView,
  toDetentionView,
  toPersonView,
  toReleaseEventView,
  toStatusChangeView,
} from '../../../src/core/model/entities.ts';
import { reconcileEntity } from '../../../src/core/model/reconcile.ts';
import type { Value } from '../../../src/core/model/values.ts';
import { date, name, num, ref, text } from '../../../src/core/model/values.ts';
import { makeName, makeStatedClaim, resetFactories } from '../../support/factories.ts';

beforeEach(() => resetFactories());

type Fact = [property: string, value: Value, state?: ReviewState];

function project(type: EntityType, facts: Fact[]) {
  const claims: ClaimWithState[] = facts.map(([property, value, state = 'accepted']) =>
    makeStatedClaim({ subjectType: type, subjectId: 'e_1', property, value, state }),
  );
  return reconcileEntity(type, claims);
}
const d = (s: string) => date(parsePartialDate(s));

describe('toPersonView', () => {
  it('collects names, facts and conflicts', () => {
    const p = project('person', [
      ['name', name(makeName('Ihar Losik', { kind: 'press' }))],
      ['name', name(makeName('Ігар Лосік', { language: 'be' }))],
      ['birthYear', num(1992)],
      ['occupation', text('journalist')],
      ['occupation', text('blogger')],
      ['gender', text('male')],
      ['citizenship', text('BY')],
      ['description', text('blogger, detained in 2020')],
      ['description', text('photographer')],
    ]);
    const view = toPersonView('per_1', p);
    expect(view).toMatchObject({
      id: 'per_1',
      primaryName: 'Ігар Лосік',
      birthYear: 1992,
      gender: 'male',
      occupations: ['journalist', 'blogger'],
      citizenships: ['BY'],
      affiliations: [],
      conflicts: ['description'],
    });
    expect(view.names.map((n) => n.value)).toEqual(['Ihar Losik', 'Ігар Лосік']);
  });

  it('picks an official Latin name, then any official, then the first, then a proposed one', () => {
    const official = (v: string) => name(makeName(v));
    const press = (v: string) => name(makeName(v, { kind: 'press' }));
    const pick = (facts: Fact[]) => primaryNameOf('per_9', project('person', facts));
    expect(
      pick([
        ['name', official('Ігар Лосік')],
        ['name', official('Ihar Losik')],
      ]),
    ).toBe('Ihar Losik');
    expect(
      pick([
        ['name', press('Igor Losik')],
        ['name', official('Ігар Лосік')],
      ]),
    ).toBe('Ігар Лосік');
    expect(
      pick([
        ['name', press('Igor Losik')],
        ['name', press('Ihar Losik')],
      ]),
    ).toBe('Igor Losik');
    expect(pick([['name', official('Ihar Losik'), 'proposed']])).toBe('Ihar Losik');
    expect(pick([['name', official('Ihar Losik'), 'rejected']])).toBe('per_9');
  });
});

describe('views of the other entity types', () => {
  it('detention', () => {
    const v = toDetentionView(
      'det_1',
      project('detention', [
        ['person', ref('per_1')],
        ['arrestDate', d('2020-08')],
        ['charge', text('organising mass riots')],
        ['recognisedBy', text('Viasna')],
      ]),
    );
    expect(v).toMatchObject({
      personId: 'per_1',
      arrestDate: { value: '2020-08', precision: 'month' },
      charges: ['organising mass riots'],
      recognisedBy: ['Viasna'],
      sentence: null,
    });
  });

  it('status change, keeping unknown statuses out', () => {
    const facts: Fact[] = [
      ['person', ref('per_1')],
      ['date', d('2025-09-11')],
      ['status', text('pardoned')],
      ['release', ref('rel_1')],
      ['destination', text('LT')],
    ];
    const v = toStatusChangeView('st_1', project('status_change', facts));
    expect(v).toMatchObject({ status: 'pardoned', releaseId: 'rel_1', destination: 'LT' });
    expect(toStatusEvent(v)).toEqual({
      personId: 'per_1',
      date: { value: '2025-09-11', precision: 'day' },
      status: 'pardoned',
      country: null,
      releaseId: 'rel_1',
    });
    const odd = toStatusChangeView('st_2', project('status_change', [['status', text('freed')]]));
    expect(odd.status).toBeNull();
    expect(toStatusEvent(odd)).toBeNull();
  });

  it('release event, with every reported count', () => {
    const v = toReleaseEventView(
      'rel_1',
      project('release_event', [
        ['releasedCount', num(52)],
        ['releasedCount', num(50, 'more_than'), 'proposed'],
        ['released', ref('per_1')],
        ['mediator', ref('act_1')],
        ['destination', text('LT')],
        ['date', d('2025-09-11')],
        ['kind', text('negotiated_release')],
        ['deal', ref('deal_1')],
      ]),
    );
    expect(v).toMatchObject({
      releasedCount: { value: 52, qualifier: 'exact' },
      releasedIds: ['per_1'],
      mediatorIds: ['act_1'],
      destinations: ['LT'],
      kind: 'negotiated_release',
      dealId: 'deal_1',
      conflicts: [],
    });
    expect(v.releasedCountReported.map((r) => r.states)).toEqual([['accepted'], ['proposed']]);
  });

  it('deal, concession and actor', () => {
    const deal = toDealView(
      'deal_1',
      project('deal', [
        ['party', ref('act_us')],
        ['party', ref('act_by')],
        ['concession', ref('con_1')],
        ['release', ref('rel_1')],
      ]),
    );
    expect(deal).toMatchObject({ partyIds: ['act_us', 'act_by'], concessionIds: ['con_1'] });
    const concession = toConcessionView(
      'con_1',
      project('concession', [
        ['kind', text('sanctions_relief')],
        ['grantedBy', ref('act_us')],
        ['target', text('Belavia')],
      ]),
    );
    expect(concession).toMatchObject({ kind: 'sanctions_relief', target: 'Belavia' });
    const actor = toActorView(
      'act_1',
      project('actor', [
        ['name', name(makeName('Viasna'))],
        ['kind', text('ngo')],
      ]),
    );
    expect(actor).toMatchObject({ primaryName: 'Viasna', kind: 'ngo', country: null });
  });

  it('count claim, mapped to a reported count', () => {
    const v = toCountClaimView(
      'cc_1',
      project('count_claim', [
        ['country', text('BY')],
        ['count', num(1000, 'more_than')],
        ['attributedTo', text('Viasna')],
        ['asOf', d('2025-09-11')],
      ]),
    );
    expect(toReportedCount(v, 'src_1')).toEqual({
      id: 'cc_1',
      country: 'BY',
      value: 1000,
      qualifier: 'more_than',
      attributedTo: 'Viasna',
      asOf: { value: '2025-09-11', precision: 'day' },
      sourceId: 'src_1',
    });
    expect(toReportedCount({ ...v, asOf: null }, 'src_1')).toBeNull();
  });

  it('aggregate, mapped to a count input only with a certain count', () => {
    const facts: Fact[] = [
      ['release', ref('rel_1')],
      ['status', text('pardoned')],
      ['date', d('2025-09-11')],
      ['country', text('BY')],
      ['member', ref('per_1')],
    ];
    const exact = toAggregateView('agg_1', project('aggregate', [...facts, ['count', num(25)]]));
    expect(toAggregateEvent(exact)).toEqual({
      id: 'agg_1',
      count: 25,
      status: 'pardoned',
      date: { value: '2025-09-11', precision: 'day' },
      country: 'BY',
      releaseId: 'rel_1',
      memberIds: ['per_1'],
    });
    const about = toAggregateView(
      'agg_2',
      project('aggregate', [...facts, ['count', num(25, 'about')]]),
    );
    expect(toAggregateEvent(about)).toBeNull();
    expect(toAggregateEvent({ ...exact, date: null })).toBeNull();
  });
});

describe('certainCount', () => {
  it('gives the number a group surely has', () => {
    expect(certainCount({ value: 25, qualifier: 'exact' })).toBe(25);
    expect(certainCount({ value: 25, qualifier: 'at_least' })).toBe(25);
    expect(certainCount({ value: 25, qualifier: 'more_than' })).toBe(26);
    expect(certainCount({ value: 25, qualifier: 'about' })).toBeNull();
    expect(certainCount({ value: 25, qualifier: 'up_to' })).toBeNull();
  });
});
