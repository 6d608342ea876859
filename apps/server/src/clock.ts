/**
 * The server's idea of "now". Every command, session and seed reads it through one function, so tests can
 * start the clock at a chosen instant (a Sunday evening, a Monday morning) without touching the machine's.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that reads `start` at the moment it is made and then runs on at the machine's pace. */
export function clockStartingAt(start: Date, machineNow: () => number = Date.now): Clock {
  const offset = start.getTime() - machineNow();
  return () => new Date(machineNow() + offset);
}
