/**
 * Watched-source changes in the audit log (docs/audit.md, docs/watch.md), on both backends: one
 * line for each add, pause, resume and removal, with who and from where and the source's
 * settings; none for a change that changes nothing or is refused; never reverted (the refusal
 * names the command that does the opposite).
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import {
  addWatchedSource,
  removeWatchedSource,
  setWatchedPaused,
} from '../../src/app/ingest/watch.ts';
import { auditLineProblem } from '../../src/app/review/audit-payloads.ts';
import { revertChange } from '../../src/app/review/revert-change.ts';
import { NotFoundError, ValidationError } from '../../src/core/errors.ts';
import type { Actor } from '../../src/core/model/audit.ts';
import { openAppContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';

const editor: Actor = {
  name: 'olga',
  role: 'editor',
  origin: '198.51.100.9',
  author: { kind: 'user', id: 'olga' },
};

describe.each(backends())('watched-source changes in the audit log on $name', (backend) => {
  let ctx: AppContext;

  beforeEach(async () => {
    ctx = await openAppContext(backend, new FixedClock('2026-03-01T10:00:00.000Z'));
  });
  afterEach(async () => {
    const written = await ctx.db.audit.listLines({ limit: 100_000 });
    await ctx.db.close();
    expect(written.map((l) => auditLineProblem(l)).filter(Boolean)).toEqual([]);
  });

  const lines = async () => (await ctx.db.audit.listLines({ action: 'watch.*' })).reverse();

  it('records add, pause, resume and remove with who, from where and what', async () => {
    const url = 'https://news.example.org/list';
    const { source } = await addWatchedSource(
      ctx,
      {
        url,
        kind: 'Links',
        linkHosts: ['Media.Example.net'],
        name: 'Example news',
        language: 'be',
        everySeconds: 3600,
      },
      editor,
    );
    // The same address again, a pause of a paused source, a resume of a running one: nothing
    // changes, so no line.
    await addWatchedSource(ctx, { url: `${url}#top` }, editor);
    await setWatchedPaused(ctx, source.id, true, editor);
    await setWatchedPaused(ctx, url, true, editor);
    await setWatchedPaused(ctx, source.id, false, editor);
    await setWatchedPaused(ctx, source.id, false, editor);
    await removeWatchedSource(ctx, source.id, editor);
    // Refused: nothing there any more; no line.
    await expect(removeWatchedSource(ctx, source.id, editor)).rejects.toThrow(NotFoundError);

    const all = await lines();
    expect(all.map((l) => l.action)).toEqual([
      'watch.add',
      'watch.pause',
      'watch.resume',
      'watch.remove',
    ]);
    for (const l of all)
      expect(l).toMatchObject({
        actor: 'olga',
        actorRole: 'editor',
        origin: '198.51.100.9',
        subjectIds: [source.id],
      });
    const settings = {
      sourceId: source.id,
      url,
      kind: 'links',
      everySeconds: 3600,
      name: 'Example news',
      language: 'be',
      linkHosts: ['media.example.net'],
      paused: false,
    };
    expect(all[0]).toMatchObject({ before: null, after: settings });
    expect(all[0]!.summary).toBe(`watching Example news (${url}) as links`);
    expect(all[1]).toMatchObject({
      before: { sourceId: source.id, url, paused: false },
      after: { sourceId: source.id, url, paused: true },
    });
    expect(all[2]).toMatchObject({ before: { paused: true }, after: { paused: false } });
    expect(all[3]).toMatchObject({ before: settings, after: null });
    expect(all[3]!.summary).toMatch(/^stopped watching Example news/);

    // Not reverted: the refusal says what to do instead, and writes nothing.
    for (const [line, command] of [
      [all[0]!, /habeas sources remove/],
      [all[1]!, /habeas sources resume/],
      [all[2]!, /habeas sources pause/],
      [all[3]!, /habeas sources add/],
    ] as const) {
      const err = await revertChange(ctx, line.id, editor).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect(err.message).toMatch(new RegExp(`cannot revert ${line.action.replace('.', '\\.')}`));
      expect(err.message).toMatch(command);
    }
    expect(await ctx.db.audit.countLines({ action: 'audit.revert' })).toBe(0);
  });

  it('writes no line and watches nothing when the input is refused', async () => {
    await expect(
      addWatchedSource(ctx, { url: 'https://news.example.org/', kind: 'rss' }, editor),
    ).rejects.toThrow(/kind.*expected one of auto, feed, links, page, got 'rss'/s);
    await expect(
      addWatchedSource(
        ctx,
        { url: 'https://news.example.org/', linkHosts: ['https://x/'] },
        editor,
      ),
    ).rejects.toThrow(ValidationError);
    expect(await ctx.db.watched.count()).toBe(0);
    expect(await lines()).toEqual([]);
  });
});
