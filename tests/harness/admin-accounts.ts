/*
 * Admin accounts for tests. The test database is shared by every file of a run, in an order
 * that differs between machines: whichever file comes first registers the first admin as on a
 * new install, and every other account is added beside it as a super admin.
 */
import type { Core } from '@strapi/strapi';

export interface AdminAccount {
  firstname: string;
  lastname: string;
  email: string;
  password: string;
}

/** `account` can sign in afterwards: registered as the first admin, or added as a super admin. */
export async function ensureSuperAdmin(
  app: Core.Strapi,
  baseRequest: (path: string, body: unknown) => Promise<{ status: number }>,
  account: AdminAccount
): Promise<void> {
  if ((await app.db.query('admin::user').count({ where: { email: account.email } })) > 0) return;
  if ((await app.db.query('admin::user').count()) === 0) {
    const registered = await baseRequest('/admin/register-admin', account);
    if (registered.status === 200 || registered.status === 201) return;
    // Another process registered one meanwhile: add this account beside it.
  }
  const superAdmin = (await app.service('admin::role').getSuperAdmin()) as { id: number };
  await app
    .service('admin::user')
    .create({ ...account, isActive: true, registrationToken: null, roles: [superAdmin.id] });
}
