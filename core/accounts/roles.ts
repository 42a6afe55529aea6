import type { Role } from '../api/accounts.ts';
import { permissions, type Permission } from '../api/channel.ts';

// What each role may do. Each role has what the one below it has, and more; the administrator
// has everything. 'public' needs no one signed in. The pemantau (viewer) only reads: no writes,
// imports, undos or exports. Full NIKs in a bulk export need a kepala bidang or up: an operator's
// export of people is masked (UU PDP).
const pemantau: readonly Permission[] = ['app', 'records.read'];
const operator: readonly Permission[] = [...pemantau, 'records.write', 'records.import', 'records.export'];
const kepalaBidang: readonly Permission[] = [...operator, 'records.approve', 'reference.write', 'records.exportFullNik', 'imports.undoAny'];
const kepalaDinas: readonly Permission[] = [...kepalaBidang, 'award.approve'];
const administrator: readonly Permission[] = permissions.filter((p) => p !== 'public');

export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  pemantau,
  operator,
  kepala_bidang: kepalaBidang,
  kepala_dinas: kepalaDinas,
  administrator,
};

/** True when the acting account may do `permission` (checked inside a service, beyond its channel's); no role (a service called directly): yes. */
export function actorCan(actor: { role?: Role | undefined }, permission: Permission): boolean {
  return actor.role === undefined || can(actor.role, permission);
}

/** True when someone with `role` (null: no one signed in) may use a channel that needs `permission`. */
export function can(role: Role | null, permission: Permission): boolean {
  if (permission === 'public') return true;
  return role !== null && rolePermissions[role].includes(permission);
}
