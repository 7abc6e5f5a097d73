import { publicStores } from '../../app/publish/public-view.ts';
import { withApp } from '../context.ts';
import { makeNamesCommand } from './names.ts';

/**
 * `habeas names` as the CLI runs it: `names search` without --aliases looks through the persons
 * of the configured database, published names only, as the public search sees them
 * (docs/privacy.md).
 */
export const ledgerNamesCommand = makeNamesCommand((io) =>
  withApp(io, async (ctx) =>
    (await (await publicStores(ctx.db)).names.allNames('person')).map((n) => ({
      entityId: n.entityId,
      alias: n.name,
    })),
  ),
);
