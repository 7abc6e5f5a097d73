/**
 * Webhooks (docs/whats-new.md) on both databases, against a receiver on 127.0.0.1 reached
 * through the private-fetch switch: a signed delivery of each change, a retry after a 500, no
 * delivery twice, refusal of a private address without the switch, and the outbox mark that
 * keeps a second dispatcher from writing the same deliveries again.
 */

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hookSender } from '../../src/adapters/hooks/send.ts';
import { verify } from '../../src/adapters/hooks/sign.ts';
import { deliverHooks } from '../../src/app/changes/deliver-hooks.ts';
import { dispatchHooks } from '../../src/app/changes/dispatch-hooks.ts';
import { addHook, listHooks, removeHook } from '../../src/app/changes/hooks.ts';
import type { AppContext } from '../../src/app/context.ts';
import { ingestReport } from '../../src/app/ingest/ingest-report.ts';
import { reviewClaim } from '../../src/app/review/review-claim.ts';
import type { HookPayload } from '../../src/core/hooks.ts';
import { openAppContext } from '../support/app-context.ts';
import { backends } from '../support/databases.ts';
import { FixedClock } from '../support/factories.ts';
import { type HookReceiver, startReceiver, validSignature } from '../support/hook-receiver.ts';
import { freedReport, pardonReport } from './change-reports.ts';

const secret = 'a-test-secret-of-32-characters!!';
const reviewer = { kind: 'user' as const, id: 'anna' };
/** Through the documented test switch: the receiver is on a loopback address. */
const send = hookSender({ allowPrivate: true, timeoutMs: 5000 });

describe.each(backends())('webhooks on $name', (backend) => {
  let ctx: AppContext;
  let clock: FixedClock;
  let receiver: HookReceiver;

  beforeEach(async () => {
    clock = new FixedClock('2026-03-01T08:00:00.000Z');
    ctx = await openAppContext(backend, clock);
    receiver = await startReceiver();
  });

  afterEach(async () => {
    await receiver?.close();
    await ctx?.db.close();
  });

  const payloads = () => receiver.received.map((r) => JSON.parse(r.body) as HookPayload);

  it('delivers each change once, signed, and nothing more on later rounds', async () => {
    const hook = await addHook(ctx, {
      url: receiver.url,
      events: ['release.created', 'release.changed', 'conflict.created'],
      secret,
    });
    const stored = await ingestReport(ctx, freedReport);
    clock.advance(1000);
    const dispatched = await dispatchHooks(ctx);
    expect(dispatched).toMatchObject({ events: 1, deliveries: 1, committed: true, more: false });
    expect(await deliverHooks(ctx, send)).toEqual({ delivered: 1, retrying: 0, failed: 0 });

    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(validSignature(secret, got)).toBe(true);
    expect(validSignature('another-secret-entirely', got)).toBe(false);
    const now = Math.floor(Date.parse(clock.now()) / 1000);
    const header = (name: string) => String(got.headers[name]);
    const signed = {
      signature: header('x-habeas-signature'),
      timestamp: header('x-habeas-timestamp'),
    };
    expect(verify(secret, signed, got.body, now)).toBe(true);
    // A replay: the same body and signature under a new timestamp fails, so does an old one.
    expect(verify(secret, { ...signed, timestamp: String(now + 1) }, got.body, now)).toBe(false);
    expect(verify(secret, signed, got.body, now + 600)).toBe(false);
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-habeas-event']).toBe('release.created');
    const [created] = payloads();
    expect(created).toMatchObject({
      event: 'release.created',
      data: { kind: 'release.created', type: 'release_event' },
    });
    expect(created!.path).toBe(`/releases/${created!.data.id}`);
    expect(created!.id).toMatch(/^evt_/);
    expect(got.headers['x-habeas-delivery']).toMatch(/^dlv_/);

    // Nothing new: further rounds send nothing.
    clock.advance(60_000);
    expect(await dispatchHooks(ctx)).toMatchObject({ events: 0, deliveries: 0 });
    expect(await deliverHooks(ctx, send)).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);

    // The count accepted: release.changed, once.
    const count = (await ctx.db.claims.listClaims({ sourceId: stored.source.id })).find(
      (c) => c.property === 'releasedCount',
    )!;
    await reviewClaim(ctx, { claimId: count.id, state: 'accepted', author: reviewer });
    await dispatchHooks(ctx);
    await deliverHooks(ctx, send);
    await dispatchHooks(ctx);
    await deliverHooks(ctx, send);
    expect(payloads().map((p) => p.event)).toEqual(['release.created', 'release.changed']);
    const changed = payloads()[1]!.data;
    expect(changed.kind === 'release.changed' && changed.changes.map((c) => c.field)).toEqual([
      'releasedCount',
    ]);

    const [listed] = await listHooks(ctx);
    expect(listed).toMatchObject({
      id: hook.id,
      deliveries: { delivered: 2, pending: 0, failed: 0 },
      last: { status: 'delivered', attempts: 1, lastStatus: 200 },
    });
    expect(listed).not.toHaveProperty('secret');
  });

  it('tries again after a 500, later, and delivers the same body once taken', async () => {
    await addHook(ctx, { url: receiver.url, events: ['release.created'], secret });
    receiver.answer(500);
    await ingestReport(ctx, freedReport);
    await dispatchHooks(ctx);
    expect(await deliverHooks(ctx, send)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    const [pending] = await ctx.db.hooks.deliveries((await listHooks(ctx))[0]!.id, 10);
    expect(pending).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatus: 500,
      nextAttemptAt: '2026-03-01T08:00:30.000Z',
    });
    // Not due yet: nothing is sent.
    expect(await deliverHooks(ctx, send)).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    clock.advance(30_000);
    expect(await deliverHooks(ctx, send)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    expect(receiver.received.every((r) => validSignature(secret, r))).toBe(true);
    clock.advance(3_600_000);
    expect(await deliverHooks(ctx, send)).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(receiver.received).toHaveLength(2);
  });

  it('gives up after the last attempt, and at once on an address the fetch rules refuse', async () => {
    await addHook(ctx, { url: receiver.url, events: ['release.created'], secret });
    await ingestReport(ctx, freedReport);
    await dispatchHooks(ctx);
    // Without the private-fetch switch a loopback receiver is refused, and never tried again.
    const strict = hookSender({ allowPrivate: false, timeoutMs: 5000 });
    expect(await deliverHooks(ctx, strict)).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect(receiver.received).toHaveLength(0);
    const [hook] = await listHooks(ctx);
    expect(hook!.last?.lastError).toContain('HABEAS_ALLOW_PRIVATE_FETCH');

    // A receiver answering 503 every time: 8 attempts, then failed.
    await removeHook(ctx, hook!.id);
    await addHook(ctx, { url: receiver.url, events: ['release.changed'], secret });
    receiver.answer(...Array(20).fill(503));
    const count = (await ctx.db.claims.listClaims({ property: 'releasedCount' }))[0]!;
    await reviewClaim(ctx, { claimId: count.id, state: 'accepted', author: reviewer });
    await dispatchHooks(ctx);
    const rounds = [];
    for (let i = 0; i < 10; i++) {
      rounds.push(await deliverHooks(ctx, send));
      clock.advance(6 * 3_600_000);
    }
    expect(receiver.received).toHaveLength(8);
    expect(rounds.filter((r) => r.failed).length).toBe(1);
    const [again] = await listHooks(ctx);
    expect(again!.deliveries).toEqual({ delivered: 0, pending: 0, failed: 1 });
  });

  it('tries again when the receiver does not answer in time', async () => {
    // A receiver that takes the request and never answers.
    const silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    try {
      const { port } = silent.address() as AddressInfo;
      await addHook(ctx, { url: `http://127.0.0.1:${port}/`, events: ['release.created'], secret });
      await ingestReport(ctx, freedReport);
      await dispatchHooks(ctx);
      const impatient = hookSender({ allowPrivate: true, timeoutMs: 300 });
      expect(await deliverHooks(ctx, impatient)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
      const [hook] = await listHooks(ctx);
      expect(hook!.last).toMatchObject({ status: 'pending', lastStatus: null });
      expect(hook!.last?.lastError).toContain('no answer within 300 ms');
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((done) => silent.close(() => done()));
    }
  });

  it('keeps a second dispatcher from writing deliveries already written', async () => {
    await addHook(ctx, { url: receiver.url, events: ['release.created'], secret });
    await ingestReport(ctx, freedReport);
    const mark = await ctx.db.hooks.mark({ claims: 0, reviews: 0 });
    const first = await dispatchHooks(ctx);
    expect(first.deliveries).toBe(1);
    // A dispatcher that read the old mark cannot commit over the new one.
    expect(await ctx.db.hooks.commit(mark, first.upTo, [], clock.now())).toBe(false);
    expect((await listHooks(ctx))[0]!.deliveries.pending).toBe(1);
  });

  it('tells a hook added later nothing of the ledger before it', async () => {
    await ingestReport(ctx, freedReport);
    await addHook(ctx, { url: receiver.url, events: ['release.created'], secret });
    expect(await dispatchHooks(ctx)).toMatchObject({ deliveries: 0 });
    await ingestReport(ctx, pardonReport);
    expect(await dispatchHooks(ctx)).toMatchObject({ deliveries: 1 });
  });
});
