import { makeNamesCommand } from './names.ts';

/**
 * `habeas names` as the CLI runs it: `names search` without --aliases looks through the persons
 * of the configured database, published names only, as the public search sees them
 * (docs/privacy.md). The database and the application are loaded only then: `names compare`,
 * which other programs call once a pair, does not pay for them (about half a second).
 */
export const ledgerNamesCommand = makeNamesCommand(async (io) => {
  const [{ publicStores }, { withApp }] = await Promise.all([
    import('../../app/publish/public-view.ts'),
    import('../context.ts'),
  ]);
  return withApp(io, async (ctx) =>
    (await (await publicStores(ctx.db)).names.allNames('person')).map((n) => ({
      entityId: n.entityId,
      alias: n.name,
    })),
  );
});
