/** Of one meeting: the submissions whose rows were written, or the whole meeting (its panel, pledges, drafts list, or a row of no one submission). */
export type MeetingTouched = ReadonlySet<string> | 'whole';

/** How many commits back a cached read can be brought up to date; a cache older than that reads everything again. */
const commitsKept = 256;

/**
 * What the writes of each recent commit touched, per meeting: lets a cache of a meeting's read redo
 * only the submissions written since (a draft saved or a sheet submitted touches one), instead of
 * reading and judging the whole meeting again after every commit. Rows are reported as they are
 * written; a write undone by its savepoint still counts (the cache then redoes a little more than it
 * had to, never less).
 */
export const createTouchLog = () => {
  let pending = new Map<string, Set<string> | 'whole'>();
  let pendingEverything = false;
  const log: { commit: number; touched: Map<string, Set<string> | 'whole'>; everything: boolean }[] = [];

  return {
    touch(meetingId: string, submissionId: string | null): void {
      const known = pending.get(meetingId);
      if (known === 'whole') return;
      if (submissionId === null) pending.set(meetingId, 'whole');
      else if (known === undefined) pending.set(meetingId, new Set([submissionId]));
      else known.add(submissionId);
    },

    /** A write that changes what no row report can tell (a restore replacing every meeting): every meeting counts as touched. */
    touchEverything(): void {
      pendingEverything = true;
    },

    /** The rows touched since the last commit are on disk as commit number `commit`. */
    committed(commit: number): void {
      log.push({ commit, touched: pending, everything: pendingEverything });
      pending = new Map();
      pendingEverything = false;
      if (log.length > commitsKept) log.shift();
    },

    /** What commits after number `after` touched of `meetingId`; 'whole' when the log no longer reaches back that far. */
    since(after: number, meetingId: string): MeetingTouched {
      const first = log.findIndex((entry) => entry.commit > after);
      const newer = first === -1 ? [] : log.slice(first);
      const reachesBack = (log[0]?.commit ?? Number.POSITIVE_INFINITY) <= after + 1 || newer.length === 0;
      if (!reachesBack) return 'whole';
      const submissions = new Set<string>();
      for (const { touched, everything } of newer) {
        if (everything) return 'whole';
        const ofMeeting = touched.get(meetingId);
        if (ofMeeting === 'whole') return 'whole';
        ofMeeting?.forEach((id) => submissions.add(id));
      }
      return submissions;
    },
  };
};

export type TouchLog = ReturnType<typeof createTouchLog>;
