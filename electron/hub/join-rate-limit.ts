/**
 * Join attempts per remote address in a sliding window: a device guessing meeting codes or PINs is
 * slowed to a handful a minute, whichever expert it names (the PIN lockout counts per expert).
 */
export const createJoinRateLimit = ({ limit, windowMs, now = Date.now }: { limit: number; windowMs: number; now?: () => number }) => {
  const attempts = new Map<string, number[]>();
  return {
    /** Counts one attempt from `address`; false when it is over the limit (and then it is not counted). */
    take(address: string): boolean {
      const at = now();
      const recent = (attempts.get(address) ?? []).filter((time) => at - time < windowMs);
      if (recent.length >= limit) {
        attempts.set(address, recent);
        return false;
      }
      recent.push(at);
      attempts.set(address, recent);
      return true;
    },
  };
};
export type JoinRateLimit = ReturnType<typeof createJoinRateLimit>;
