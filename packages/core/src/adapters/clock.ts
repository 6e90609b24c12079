import type { Clock } from "../ports/index.js";

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always says the same instant: tests and `--now` use it. */
export function fixedClock(instant: Date): Clock {
  const frozen = new Date(instant.getTime());
  return { now: () => new Date(frozen.getTime()) };
}
