/**
 * Concurrency groups shared by the runs a test starts, as GitHub keeps them per repository: one
 * run (or job) in a group at a time. A newcomer with `cancel-in-progress: true` cancels the one
 * in progress; otherwise it waits, pending, and a later newcomer replaces (cancels) the pending
 * one. Every step is recorded in `events`, so a test can assert who waited for whom.
 */

export interface ConcurrencyEvent {
  group: string;
  /** `run 4242` or `run 4242 job release/plan`. */
  holder: string;
  what: "started" | "queued" | "cancelled in progress" | "cancelled while pending" | "finished";
}

interface Holder {
  name: string;
  cancel(): void;
  released: Promise<void>;
  release(): void;
}

export class ConcurrencyGroups {
  readonly events: ConcurrencyEvent[] = [];
  private readonly holders = new Map<string, Holder>();
  private readonly pending = new Map<string, { name: string; resolve(entered: boolean): void }>();
  private readonly watchers: Array<{ test(event: ConcurrencyEvent): boolean; resolve(): void }> = [];

  /** Resolves true when the holder may run, false when it was cancelled while pending. */
  async enter(group: string, name: string, cancelInProgress: boolean, cancel: () => void): Promise<boolean> {
    const holder = this.holders.get(group);
    if (holder) {
      if (cancelInProgress) {
        this.record({ group, holder: holder.name, what: "cancelled in progress" });
        holder.cancel();
        await holder.released;
      } else {
        const previous = this.pending.get(group);
        if (previous) {
          this.record({ group, holder: previous.name, what: "cancelled while pending" });
          previous.resolve(false);
        }
        this.record({ group, holder: name, what: "queued" });
        const entered = await new Promise<boolean>((resolve) => this.pending.set(group, { name, resolve }));
        if (!entered) return false;
      }
    }
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holders.set(group, { name, cancel, released, release });
    this.record({ group, holder: name, what: "started" });
    return true;
  }

  leave(group: string, name: string): void {
    const holder = this.holders.get(group);
    if (holder?.name !== name) return;
    this.holders.delete(group);
    this.record({ group, holder: name, what: "finished" });
    holder.release();
    const next = this.pending.get(group);
    if (next) {
      this.pending.delete(group);
      next.resolve(true);
    }
  }

  /** Resolves once an event like this has happened (already, or later). */
  until(test: (event: ConcurrencyEvent) => boolean): Promise<void> {
    if (this.events.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push({ test, resolve }));
  }

  private record(event: ConcurrencyEvent): void {
    this.events.push(event);
    for (const watcher of this.watchers.filter((candidate) => candidate.test(event))) {
      this.watchers.splice(this.watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  }
}
