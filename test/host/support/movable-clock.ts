export type MovableClock = {
  /** Moves `Date` on by `ms` from now on; it keeps running from there. */
  advance(ms: number): void;
  /** Puts the real `Date` back. */
  uninstall(): void;
};

/**
 * Replaces this process's `Date` with one that runs with the real clock plus an offset the test
 * moves, for a host whose idle lock or lockout must end without the test waiting for it.
 */
export const installMovableClock = (): MovableClock => {
  const RealDate = Date;
  let offsetMs = 0;
  class MovedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...(args as ConstructorParameters<DateConstructor>));
    }

    static override now(): number {
      return RealDate.now() + offsetMs;
    }
  }
  globalThis.Date = MovedDate as DateConstructor;
  return {
    advance(ms) {
      offsetMs += ms;
    },
    uninstall() {
      globalThis.Date = RealDate;
    },
  };
};
