import { z } from 'zod';
import { idSchema } from '../../model/common.js';
import { manualMeetingIdSchema } from '../../setup/draft-records.js';
import { meetingDraftSchema } from '../../setup/meeting-draft.js';

/** 「新建审评会」: a meeting set up by hand, from the form's draft, which the host validates as the form does. */
export const setupCalls = {
  /**
   * Creates the meeting under the id the client chose (`newMeetingId`), refused when that id is taken;
   * its materials must already be in the content store (`materials.add`). `utcOffsetMinutes`: east of
   * UTC, the zone the draft's time was typed in.
   */
  'meeting.create': {
    args: z
      .object({ meetingId: manualMeetingIdSchema, draft: meetingDraftSchema, utcOffsetMinutes: z.int().min(-720).max(840) })
      .strict(),
    result: z.object({ meetingId: idSchema }),
  },
} as const;
