import type { Role } from '../api/accounts.ts';
import { permissions, type Permission } from '../api/channel.ts';

// What each role may do. Each role has what the one below it has, and more; the administrator
// has everything. 'public' needs no one signed in.
const operator: readonly Permission[] = ['app', 'records.read', 'records.write', 'records.import', 'records.export'];
const kepalaBidang: readonly Permission[] = [...operator, 'records.approve', 'reference.write'];
const kepalaDinas: readonly Permission[] = [...kepalaBidang, 'award.approve'];
const administrator: readonly Permission[] = permissions.filter((p) => p !== 'public');

export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  operator,
  kepala_bidang: kepalaBidang,
  kepala_dinas: kepalaDinas,
  administrator,
};

/** True when someone with `role` (null: no one signed in) may use a channel that needs `permission`. */
export function can(role: Role | null, permission: Permission): boolean {
  if (permission === 'public') return true;
  return role !== null && rolePermissions[role].includes(permission);
}
