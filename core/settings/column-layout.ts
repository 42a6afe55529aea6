import { registerOfLayoutKey } from '../api/registers.ts';
import type { ServiceContext } from '../context.ts';
import type { RegisterDefinition } from '../registers/register-definition.ts';

// A register's remembered column layout (the screen's AG Grid column state, settings.ui under
// columnLayoutKeys) as the change log keeps it: which register, and the columns shown in their
// order by the register's own column ids, never the JSON with its widths. The log names them
// by the register's labels, and says in words when a personal column (the NIK) was shown or
// hidden (entry-summary.ts).

export type LayoutSnapshot = {
  register: string;
  /** The columns shown, in their order on screen: ids the register declares. */
  shownColumns: string[];
};

/** The register of a layout key, when this host serves it. */
export function layoutRegister(ctx: Pick<ServiceContext, 'runtime'>, key: string | null): RegisterDefinition | null {
  const register = registerOfLayoutKey(key);
  return register && ctx.runtime.registers.keys().includes(register) ? ctx.runtime.registers.get(register) : null;
}

/** The columns a saved layout shows, in order (null when the value is no column state). */
export function shownColumnsOf(definition: RegisterDefinition, json: string): string[] | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(state)) return null;
  const declared = new Set(definition.columns.map((c) => c.id));
  return state
    .filter((c): c is { colId: string; hide?: unknown } => typeof c === 'object' && c !== null && typeof (c as { colId?: unknown }).colId === 'string')
    .filter((c) => c.hide !== true && declared.has(c.colId))
    .map((c) => c.colId);
}

/** The change log's snapshot of a layout value; null when the value is no column state. */
export function layoutSnapshot(definition: RegisterDefinition, json: string): LayoutSnapshot | null {
  const shownColumns = shownColumnsOf(definition, json);
  return shownColumns ? { register: definition.key, shownColumns } : null;
}

/**
 * An audit row's snapshot of a display setting, as the log reads it: a layout's as its register's
 * columns shown. Rows written before the layout was logged so (`{ value: '[{"colId":…}]' }`)
 * read the same way.
 */
export function readableSettingSnapshot(ctx: Pick<ServiceContext, 'runtime'>, key: string | null, snapshot: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!snapshot || typeof snapshot.value !== 'string') return snapshot;
  const definition = layoutRegister(ctx, key);
  return (definition && layoutSnapshot(definition, snapshot.value)) ?? snapshot;
}
