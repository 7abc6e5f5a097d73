import type { PersonDossier } from '../api/types.ts';
import { formatClaimValue } from '../format.ts';
import { t } from '../i18n/index.ts';
import { SourceIds, type SourceInfo } from './Sources.tsx';

type Projection = PersonDossier['projection'];

/**
 * One property of an entity: its reconciled value, or, when sources disagree, every reported
 * value side by side with the sources behind each (never one silently chosen).
 */
export function ReportedValues({
  projection,
  property,
  subjectType,
  known,
}: {
  projection: Projection;
  property: string;
  subjectType: string;
  known: ReadonlyMap<string, SourceInfo>;
}) {
  const p = projection.properties[property];
  const reported = (p?.reported ?? []).filter((r) => !r.states.every((s) => s === 'rejected'));
  if (reported.length === 0) return <>–</>;
  const show = (v: (typeof reported)[number]['value']) =>
    formatClaimValue(property, subjectType, v);
  if (reported.length === 1) {
    const r = reported[0]!;
    return (
      <>
        {show(r.value)}{' '}
        <span className="small">
          <SourceIds ids={r.sourceIds} known={known} />
        </span>
      </>
    );
  }
  return (
    <div className="disagree" data-property={property}>
      {p?.conflict ? <span className="warn small">{t('common.conflict')}</span> : null}
      <ul className="plain">
        {reported.map((r) => (
          <li key={r.claimIds.join()}>
            <strong>{show(r.value)}</strong>{' '}
            <span className="muted small">
              ({[...new Set(r.states)].map((s) => t(`state.${s}`)).join(', ')})
            </span>{' '}
            <span className="small">
              <SourceIds ids={r.sourceIds} known={known} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

type Reported = PersonDossier['projection']['properties'][string];

/**
 * The values reports give for one fact, when more than one: each with its state and sources.
 * Renders nothing when the reports agree, so callers show their usual value then.
 */
export function Disagreement({
  prop,
  property,
  subjectType,
  known,
}: {
  prop: Pick<Reported, 'reported' | 'conflict'>;
  property: string;
  subjectType: string;
  known: ReadonlyMap<string, SourceInfo>;
}) {
  const reported = prop.reported.filter((r) => !r.states.every((s) => s === 'rejected'));
  if (reported.length < 2) return null;
  return (
    <div className="disagree small" data-property={property}>
      <span className="warn">{t('common.conflict')}</span>
      <ul className="plain">
        {reported.map((r) => (
          <li key={r.claimIds.join()}>
            <strong>{formatClaimValue(property, subjectType, r.value)}</strong>{' '}
            <span className="muted">
              ({[...new Set(r.states)].map((s) => t(`state.${s}`)).join(', ')})
            </span>{' '}
            <SourceIds ids={r.sourceIds} known={known} />
          </li>
        ))}
      </ul>
    </div>
  );
}
