import type { FileStore } from '../files/file-store.ts';
import type { PlanStore } from './plan-store.ts';

// The copies of people's records an import leaves in the data folder: the staged spreadsheet and
// the dry run's plan (a scratch SQLite file with every row). They stay while the user still
// decides (a dry run not yet committed), and go as soon as the import is over: committed,
// failed, cancelled, or closed by the user. A run that was killed leaves its folder to the next
// start's sweep (file-store.ts).

export class ImportScratch {
  /** The dry runs' plans, by the staged file they were made from. */
  #plans = new Map<string, Set<PlanStore>>();
  readonly #files: FileStore;

  constructor(files: FileStore) {
    this.#files = files;
  }

  /** A finished dry run's plan, kept for the commit; the file's earlier plans (a re-check replaces them) go. */
  keep(fileToken: string, plan: PlanStore): void {
    try {
      this.#files.staged(fileToken);
    } catch (error) {
      plan.remove(); // the import was closed while its dry run ran
      throw error;
    }
    for (const earlier of this.#plans.get(fileToken) ?? []) if (earlier !== plan) earlier.remove();
    this.#plans.set(fileToken, new Set([plan]));
  }

  /** The import of this file is over: its plans and the staged file go. */
  end(fileToken: string): void {
    for (const plan of this.#plans.get(fileToken) ?? []) plan.remove();
    this.#plans.delete(fileToken);
    this.#files.discardStaged(fileToken);
  }

  /** end(), its files deleted off the event loop (after a commit: a million rows' plan and file are big). */
  async endOffLoop(fileToken: string): Promise<void> {
    const plans = [...(this.#plans.get(fileToken) ?? [])];
    this.#plans.delete(fileToken);
    // A file that cannot be deleted now never turns a saved import into a failure: the next start sweeps it.
    await Promise.all(plans.map((plan) => plan.removeOffLoop().catch(() => undefined)));
    await this.#files.discardStagedOffLoop(fileToken).catch(() => undefined);
  }

  /** The process is closing: every plan is closed (the files go with the process's folder). */
  endAll(): void {
    for (const token of [...this.#plans.keys()]) this.end(token);
  }
}
