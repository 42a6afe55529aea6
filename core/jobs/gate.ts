/**
 * An async mutex. A long import keeps one SQLite transaction open while it yields to report
 * progress; every other router call waits at the gate so nothing joins that transaction.
 */
export class Gate {
  #tail: Promise<void> = Promise.resolve();
  #held = false;

  get held(): boolean {
    return this.#held;
  }

  /** Runs `work` alone: after everything queued before it, before anything queued after. */
  async run<T>(work: () => Promise<T> | T): Promise<T> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise((resolve) => (release = resolve));
    await previous;
    this.#held = true;
    try {
      return await work();
    } finally {
      this.#held = false;
      release();
    }
  }
}
