import type { Core } from '@strapi/strapi';

/*
 * The admin services this project calls, typed once. @strapi/types gives every service the
 * same shape (`Core.Service`, any method of any signature); these are the methods used here,
 * as packages/core/admin/server/src/services declares them.
 */

export interface AdminRole {
  id: number;
  name: string;
  code: string;
  description: string | null;
}

export interface StoredPermission {
  id: number;
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
  actionParameters?: Record<string, unknown>;
}

export interface Ability {
  can(action: string, subject: unknown): boolean;
}

export interface RoleService {
  create(attributes: { name: string; code: string; description: string }): Promise<AdminRole>;
  update(
    params: { id: number },
    attributes: { name?: string; description?: string }
  ): Promise<AdminRole>;
  deleteByIds(ids: number[]): Promise<unknown>;
  getUsersCount(roleId: number): Promise<number>;
  assignPermissions(roleId: number, permissions: object[]): Promise<unknown>;
}

export interface PermissionService {
  findMany(params: object): Promise<StoredPermission[]>;
  createPermissionsManager(options: { ability: Ability; model: string }): {
    toSubject(target: object, subjectType?: string): unknown;
  };
}

export interface ContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown }): string[];
}

interface AdminServices {
  'admin::role': RoleService;
  'admin::permission': PermissionService;
  'admin::content-type': ContentTypeService;
}

/** `strapi.service(name)` with the type of the admin service it returns. */
export function adminService<TName extends keyof AdminServices>(
  strapi: Core.Strapi,
  name: TName
): AdminServices[TName] {
  // Cast: Core.Service says nothing of a service's methods; AdminServices names them.
  return strapi.service(name) as AdminServices[TName];
}
