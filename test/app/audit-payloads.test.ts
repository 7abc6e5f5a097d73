/**
 * Reading stored audit lines (docs/audit.md): a line of each action as earlier versions stored
 * it reads back typed and unchanged; a line that does not fit its action is data with a
 * problem, never a throw: listed, shown, exported and restored from a backup, only not reverted.
 * Pure checks first, then the stores on PGlite and PostgreSQL.
 */

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { auditCsv, getAuditLine, listAudit } from '../../src/app/review/audit-log.ts';
import { auditLineProblem, readAuditLine } from '../../src/app/review/audit-payloads.ts';
import { revertChange } from '../../src/app/review/revert-change.ts';
import { importLedger } from '../../src/app/transfer/import-ledger.ts';
import { ValidationError } from '../../src/core/errors.ts';
import {
  type AuditAction,
  auditActions,
  isUnfit,
  type StoredAuditLine,
} from '../../src/core/model/audit.ts';
import { openAppContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

const meta = {
  at: '2026-01-10T12:00:00.000Z',
  actor: 'anna',
  actorRole: 'reviewer',
  origin: '203.0.113.7',
  subjectIds: ['clm_1'],
  summary: 'a change',
  reverts: null,
};

/**
 * One line of every action with its payloads as the writers have stored them since the audit
 * log began (older forms included: an import without account counts, a revert without a
 * source or a merge back), written as JSON, the way the database and backups hand them over.
 */
const storedPayloads: Record<AuditAction, string> = {
  'claim.propose':
    '{"before":null,"after":{"claimId":"clm_1","state":"proposed","value":{"type":"text","text":"teacher"}}}',
  'claim.review':
    '{"before":{"claimId":"clm_1","state":"proposed"},"after":{"claimId":"clm_1","state":"accepted","reviewId":"rev_1","note":null}}',
  'claim.correct':
    '{"before":{"claimId":"clm_1","state":"accepted","value":{"type":"number","number":52,"qualifier":"exact"}},"after":{"claimId":"clm_2","state":"accepted","value":{"type":"number","number":53,"qualifier":"about"},"rejected":"clm_1"}}',
  'claims.accept_above':
    '{"before":{"state":"proposed","claimIds":["clm_1","clm_2"]},"after":{"state":"accepted","claimIds":["clm_1","clm_2"],"threshold":0.9}}',
  'entity.merge':
    '{"before":{"claimId":null,"state":null},"after":{"claimId":"clm_3","state":"accepted","merged":"per_b","into":"per_a"}}',
  'entity.keep_apart':
    '{"before":{"claims":[{"claimId":"clm_3","state":"proposed"}]},"after":{"claims":[{"claimId":"clm_3","state":"rejected"}]}}',
  'entity.split':
    '{"before":{"entity":"per_a","claims":[{"claimId":"clm_1","state":"accepted"}]},"after":{"entity":"per_c","from":"per_a","moved":[{"from":"clm_1","to":"clm_4"}]}}',
  'ledger.import':
    '{"before":null,"after":{"sources":1,"entities":2,"claims":3,"reviews":0,"claimIds":["clm_1","clm_2","clm_3"]}}',
  'report.ingest':
    '{"before":null,"after":{"sourceId":"src_1","events":[{"id":"rel_1","created":true}],"claimIds":["clm_5"]}}',
  'source.confidential':
    '{"before":{"sourceId":"src_1","confidential":false},"after":{"sourceId":"src_1","confidential":true}}',
  'user.add': '{"before":null,"after":{"username":"rita","role":"viewer","disabled":false}}',
  'user.role':
    '{"before":{"username":"rita","role":"viewer"},"after":{"username":"rita","role":"reviewer"}}',
  'user.disable':
    '{"before":{"username":"rita","disabled":false},"after":{"username":"rita","disabled":true}}',
  'user.token': '{"before":null,"after":{"username":"rita","tokenId":"tok_1","name":"laptop"}}',
  'user.signin': '{"before":null,"after":{"username":"rita"}}',
  'user.signin_refused': '{"before":null,"after":{"username":"ritta","reason":"unknown user"}}',
  'user.signout': '{"before":null,"after":{"username":"rita"}}',
  'watch.add':
    '{"before":null,"after":{"sourceId":"wat_1","url":"https://news.example.org/list","kind":"links","everySeconds":1800,"name":"Example news","language":"be","linkHosts":["media.example.org"],"paused":false}}',
  'watch.pause':
    '{"before":{"sourceId":"wat_1","url":"https://news.example.org/list","paused":false},"after":{"sourceId":"wat_1","url":"https://news.example.org/list","paused":true}}',
  'watch.resume':
    '{"before":{"sourceId":"wat_1","url":"https://news.example.org/list","paused":true},"after":{"sourceId":"wat_1","url":"https://news.example.org/list","paused":false}}',
  'watch.remove':
    '{"before":{"sourceId":"wat_1","url":"https://news.example.org/feed.json","kind":"feed","everySeconds":3600,"name":null,"language":null,"linkHosts":[],"paused":true},"after":null}',
  'audit.revert':
    '{"before":{"claims":[{"claimId":"clm_1","state":"accepted"}]},"after":{"claims":[{"claimId":"clm_1","state":"proposed"}],"skipped":[]}}',
};

function stored(id: string, action: string, payloads: string): StoredAuditLine {
  const { before, after } = JSON.parse(payloads) as { before: unknown; after: unknown };
  return { ...meta, id, action, before, after };
}

/** Lines that do not fit, each with what its problem must name. */
const unfit: Array<[string, StoredAuditLine, RegExp]> = [
  [
    'an unknown action',
    stored('aud_u1', 'claim.delete', '{"before":null,"after":{}}'),
    /unknown action 'claim\.delete'/,
  ],
  [
    'a state that is not one',
    stored(
      'aud_u2',
      'claim.review',
      '{"before":{"claimId":"clm_1","state":"proposed"},"after":{"claimId":"clm_1","state":"approved","reviewId":"rev_1","note":null}}',
    ),
    /claim\.review.*after\.state/,
  ],
  [
    'a missing field',
    stored(
      'aud_u3',
      'entity.split',
      '{"before":{"entity":"per_a","claims":[]},"after":{"entity":"per_c","from":"per_a"}}',
    ),
    /after\.moved/,
  ],
  [
    'a payload that is not a record',
    stored('aud_u4', 'report.ingest', '{"before":null,"after":"ingested"}'),
    /after:/,
  ],
  [
    'a before where none belongs',
    stored('aud_u5', 'user.signin', '{"before":{"username":"x"},"after":{"username":"x"}}'),
    /before:/,
  ],
];

describe('reading stored audit lines', () => {
  it.each(auditActions.map((a) => [a]))('reads a stored %s line typed and unchanged', (action) => {
    const line = stored('aud_1', action, storedPayloads[action]);
    const read = readAuditLine(line);
    expect(isUnfit(read)).toBe(false);
    expect(read).toEqual(line);
    expect(read.action).toBe(action);
  });

  it('keeps fields a line holds beyond its type', () => {
    const line = stored(
      'aud_1',
      'user.signin',
      '{"before":null,"after":{"username":"rita","via":"sso"}}',
    );
    expect(readAuditLine(line)).toEqual(line);
  });

  it.each(unfit)(
    'shows %s as a problem, not a throw, keeping the line as stored',
    (_, line, named) => {
      const read = readAuditLine(line);
      expect(isUnfit(read)).toBe(true);
      expect(read).toMatchObject({ ...line, problem: expect.stringMatching(named) });
      expect(auditLineProblem(line)).toMatch(named);
    },
  );
});

describe('docs/audit.md', () => {
  it('lists the payloads of exactly the actions there are', () => {
    const doc = readFileSync(new URL('../../docs/audit.md', import.meta.url), 'utf8');
    const section = doc.split('## Payloads')[1]!.split('\n## ')[0]!;
    const rows = [...section.matchAll(/^\| `([a-z_.]+)` +\|/gm)].map((m) => m[1]);
    expect(rows).toEqual([...auditActions]);
  });
});

describe.each(backends())('stored audit lines that do not fit on $name', (backend) => {
  let ctx: AppContext;

  beforeEach(async () => {
    ctx = await openAppContext(backend, new FixedClock('2026-02-01T12:00:00.000Z'));
    // As a backup restore (or an older version) leaves them: stored, unchecked.
    await ctx.db.audit.restoreLines([
      stored('aud_ok', 'claim.review', storedPayloads['claim.review']),
      ...unfit.map(([, l]) => l),
    ]);
  });

  afterEach(async () => {
    await ctx.db.close();
  });

  it('lists and shows them with their problem, and exports them as stored', async () => {
    const { items, total } = await listAudit(ctx.db, {});
    expect(total).toBe(1 + unfit.length);
    const byId = new Map(items.map((l) => [l.id, l]));
    expect(isUnfit(byId.get('aud_ok')!)).toBe(false);
    for (const [, line, named] of unfit) {
      expect(byId.get(line.id)).toMatchObject({
        action: line.action,
        before: line.before,
        after: line.after,
        problem: expect.stringMatching(named),
      });
    }
    const one = await getAuditLine(ctx.db, 'aud_u2');
    expect(one?.line).toMatchObject({
      id: 'aud_u2',
      problem: expect.stringMatching(/after\.state/),
    });
    expect(one?.revertedBy).toBeNull();
    let csv = '';
    for await (const chunk of auditCsv(ctx.db, {})) csv += chunk;
    expect(csv).toContain('aud_u2');
    expect(csv).toContain('approved');
  });

  it('refuses to revert one, naming its problem, and writes nothing', async () => {
    const err = await revertChange(ctx, 'aud_u2', { kind: 'user', id: 'boris' }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toMatch(/cannot revert claim\.review 'aud_u2': .*after\.state/);
    expect(await ctx.db.audit.countLines()).toBe(1 + unfit.length);
  });

  it('restores a backup holding one, and reports it', async () => {
    const fresh = await backend.open();
    try {
      const backup = {
        format: 'habeas-ledger',
        version: 2,
        sources: [],
        entities: [],
        claims: [],
        reviews: [],
        users: [],
        apiTokens: [],
        auditLog: [stored('aud_ok', 'user.signin', storedPayloads['user.signin']), unfit[1]![1]],
      };
      const summary = await importLedger(fresh, backup, undefined, undefined, { accounts: true });
      expect(summary.auditLines).toBe(2);
      expect(summary.auditProblems).toEqual([
        expect.stringMatching(/^auditLog\[1\] \(aud_u2\): .*after\.state/),
      ]);
      const shown = await getAuditLine(fresh, 'aud_u2');
      expect(shown?.line).toMatchObject({ problem: expect.stringMatching(/after\.state/) });
    } finally {
      await fresh.close();
    }
  });
});
