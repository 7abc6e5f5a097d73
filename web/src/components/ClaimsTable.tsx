import type { ClaimWithState } from '../api/types.ts';
import { entityPath, formatClaimValue, label, propertyLabel } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link } from '../router.tsx';
import { type SourceInfo, SourceLink } from './Sources.tsx';

function author(c: ClaimWithState): string {
  const a = c.author;
  if (a.kind === 'extractor') return `${a.name} ${a.version}`;
  if (a.kind === 'user') return a.id;
  return a.name;
}

/** Claims with their value, state, evidence quote and source: the 'who says what' table. */
export function ClaimsTable({
  claims,
  sources,
  showSubject = false,
  labels,
  selection,
}: {
  claims: readonly ClaimWithState[];
  sources: ReadonlyMap<string, SourceInfo>;
  showSubject?: boolean;
  /** Names for referenced entities, when known. */
  labels?: ReadonlyMap<string, string>;
  /** Claims that may be picked (to move them elsewhere), and the picked ones. */
  selection?: {
    can: (c: ClaimWithState) => boolean;
    selected: ReadonlySet<string>;
    toggle: (id: string) => void;
  };
}) {
  if (claims.length === 0) return <p className="muted">{t('common.none')}</p>;
  return (
    <div className="scroll">
      <table className="claims">
        <thead>
          <tr>
            {selection ? <th scope="col" aria-label={t('split.title')} /> : null}
            {showSubject ? <th scope="col">{t('review.subject')}</th> : null}
            <th scope="col">{t('common.property')}</th>
            <th scope="col">{t('common.value')}</th>
            <th scope="col">{t('common.state')}</th>
            <th scope="col">{t('common.source')}</th>
            <th scope="col">{t('common.by')}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => {
            const refPath = c.value.type === 'ref' ? entityPath(c.value.id) : null;
            const shown =
              c.value.type === 'ref'
                ? (labels?.get(c.value.id) ?? c.value.id)
                : formatClaimValue(c.property, c.subjectType, c.value);
            const subjectPath = entityPath(c.subjectId, c.subjectType);
            return (
              <tr key={c.id} id={`claim-${c.id}`} className={`state-${c.state}`}>
                {selection ? (
                  <td>
                    {selection.can(c) ? (
                      <input
                        type="checkbox"
                        checked={selection.selected.has(c.id)}
                        onChange={() => selection.toggle(c.id)}
                        aria-label={t('split.select', { id: c.id })}
                      />
                    ) : null}
                  </td>
                ) : null}
                {showSubject ? (
                  <td>
                    {subjectPath ? (
                      <Link to={subjectPath}>{labels?.get(c.subjectId) ?? c.subjectId}</Link>
                    ) : (
                      (labels?.get(c.subjectId) ?? c.subjectId)
                    )}
                    <div className="muted small">{label('entity', c.subjectType)}</div>
                  </td>
                ) : null}
                <td>{propertyLabel(c.property)}</td>
                <td>{refPath ? <Link to={refPath}>{shown}</Link> : shown}</td>
                <td>
                  <span className={`state state-${c.state}`}>{t(`state.${c.state}`)}</span>
                </td>
                <td>
                  {c.sourceId ? (
                    <>
                      <SourceLink
                        source={sources.get(c.sourceId) ?? { id: c.sourceId, title: null }}
                        quoteClaim={c.evidence ? c.id : undefined}
                      />
                      {c.evidence ? <q className="quote">{c.evidence.quote}</q> : null}
                    </>
                  ) : (
                    <span className="muted">{t('common.noSource')}</span>
                  )}
                </td>
                <td className="small muted">{author(c)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
