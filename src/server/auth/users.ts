import { z } from 'zod';
import { changeUser } from '../../app/accounts/change-user.ts';
import { createUser } from '../../app/accounts/create-user.ts';
import { listUsers } from '../../app/accounts/list-users.ts';
import { requestActor } from '../actor.ts';
import type { Api } from '../routes/common.ts';
import { idParams } from '../schemas/query.ts';
import type { AuthState } from './plugin.ts';

const roleEnum = z.enum(['viewer', 'reviewer', 'editor', 'admin']);
const user = z.object({
  id: z.string(),
  username: z.string(),
  role: roleEnum,
  disabled: z.boolean(),
  createdAt: z.string(),
});

/** Admin only: GET /api/users, POST /api/users, PATCH /api/users/:id. */
export function userRoutes(state: AuthState) {
  return async (api: Api) => {
    api.get(
      '/users',
      {
        config: { role: 'admin' },
        schema: {
          operationId: 'listUsers',
          tags: ['users'],
          summary: 'Every user (never a password hash)',
          response: { 200: z.object({ items: z.array(user) }) },
        },
      },
      async () => ({ items: await listUsers(state.accounts) }),
    );
    api.post(
      '/users',
      {
        config: { role: 'admin' },
        schema: {
          operationId: 'createUser',
          problems: ['conflict'],
          tags: ['users'],
          summary: 'Create a user; without password one is generated and returned once',
          body: z.object({
            username: z.string().min(1).max(200),
            role: roleEnum,
            password: z.string().min(12).max(1024).optional(),
          }),
          response: {
            201: z.object({ user, generatedPassword: z.string().nullable() }),
          },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await createUser(state.accounts, req.body, requestActor(req))),
    );
    api.patch(
      '/users/:id',
      {
        config: { role: 'admin' },
        schema: {
          operationId: 'changeUser',
          problems: ['conflict'],
          tags: ['users'],
          summary:
            "Change a user's role or disable them; disabling ends their sessions and API tokens at once",
          params: idParams,
          body: z.object({ role: roleEnum.optional(), disabled: z.boolean().optional() }),
          response: {
            200: z.object({
              user,
              endedSessions: z.number().int(),
              revokedTokens: z.number().int(),
            }),
          },
        },
      },
      async (req) => {
        const {
          user: changed,
          endedSessions,
          revokedTokens,
        } = await changeUser(state.accounts, req.params.id, req.body, requestActor(req));
        return { user: changed, endedSessions, revokedTokens };
      },
    );
  };
}
