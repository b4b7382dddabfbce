import { adminPasswordSchema, emailSchema } from '../../lib/validation/password';
import { hashPassword } from '../../lib/security/password';
import { insertAccountStatement } from './accounts';
import { sha256Json, type SeedContext, type SeedSet } from './seed-set';

export class SeedConfigError extends Error {
  override name = 'SeedConfigError';
}

function readAdmin(ctx: SeedContext) {
  const email = emailSchema.safeParse(ctx.source.ADMIN_EMAIL ?? '');
  if (!email.success) throw new SeedConfigError('ADMIN_EMAIL is missing or not a valid email address.');
  const password = adminPasswordSchema.safeParse(ctx.source.ADMIN_PASSWORD ?? '');
  if (!password.success) {
    throw new SeedConfigError(`ADMIN_PASSWORD is missing or too weak: ${password.error.issues[0]?.message}`);
  }
  return { email: email.data, password: password.data };
}

/** The only data production gets: one admin account from ADMIN_EMAIL / ADMIN_PASSWORD. */
export const productionAdminSet: SeedSet = {
  name: 'admin-account',
  describe: () => 'the admin account from ADMIN_EMAIL',
  // Never derived from the password.
  checksum: (ctx) => sha256Json({ email: readAdmin(ctx).email }),
  async build(ctx) {
    const admin = readAdmin(ctx);
    const passwordHash = await hashPassword(admin.password);
    return [
      insertAccountStatement(
        { email: admin.email, name: 'Administrator', role: 'admin', password: '' },
        passwordHash,
        ctx.now,
      ),
    ];
  },
  wipe: () => [],
  notes: (ctx) => [`  admin     ${readAdmin(ctx).email}  (password from ADMIN_PASSWORD)`],
};
