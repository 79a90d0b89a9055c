import { z } from 'zod';
import { reviewCommentSchema } from '../../model/comment.js';
import { idSchema } from '../../model/common.js';
import { scoreSheetContentSchema, scoreSheetSchema, scoreSheetVersionSchema } from '../../model/score-sheet.js';
import type { CallScope } from '../caller.js';

const both: readonly CallScope[] = ['workstation', 'expert'];

/**
 * One expert's sheet for one submission. The expert must be the one acting for the caller (unlocked
 * by PIN at the workstation, or the expert of the device): the host checks it, the id only says
 * which sheet the screen shows.
 */
const sheetKeyArgs = { meetingId: idSchema, submissionId: idSchema, expertId: idSchema };

/** 独立评分 and 合议: an expert's own score sheet and clause comments. Hot writes: a draft is saved every few seconds. */
export const sheetCalls = {
  /** The sheet and the expert's own comments; a blank draft is created the first time the sheet may be edited. */
  'sheet.open': {
    args: z.object(sheetKeyArgs).strict(),
    result: z.object({ sheet: scoreSheetSchema, comments: z.array(reviewCommentSchema) }),
    scopes: both,
  },
  /**
   * Writes the working draft and the expert's comments together: the list is all of their comments
   * on the submission, so one missing from it is deleted. Only complete comments can be stored.
   */
  'sheet.saveDraft': {
    args: z.object({ ...sheetKeyArgs, content: scoreSheetContentSchema, comments: z.array(reviewCommentSchema) }).strict(),
    result: z.null(),
    scopes: both,
  },
  /**
   * Submits the saved draft as the next version, signed with the signature just drawn; a revision
   * needs a reason. Refused with code `sheet-rejected` and the engine's issues, one per field.
   */
  'sheet.submit': {
    args: z.object({ ...sheetKeyArgs, reason: z.string().max(2000, '修改理由不能超过 2000 个字符'), signatureImage: z.string() }).strict(),
    result: z.object({ versionNo: z.int().positive() }),
    scopes: both,
  },
  /**
   * 代录: the secretary enters an expert's signed paper score sheet as their next version, for an
   * expert who is present, has pledged and may submit now; the same rules as `sheet.submit`, no drawn
   * signature. Refused with code `sheet-rejected` and the engine's issues, one per field. `comments`,
   * when given, are the clause comments written on the paper sheet: all of the expert's comments on
   * the submission, as `sheet.saveDraft` takes them (absent: the expert's comments stay as they are).
   */
  'sheet.proxySubmit': {
    args: z
      .object({ ...sheetKeyArgs, content: scoreSheetContentSchema, reason: z.string().max(2000, '修改理由不能超过 2000 个字符'), comments: z.array(reviewCommentSchema).optional() })
      .strict(),
    result: z.object({ versionNo: z.int().positive() }),
  },
  /**
   * The caller's own submitted versions of their sheet for one submission, oldest first, each with the
   * reason the audit trail keeps for it (empty for the first): the acting expert at the workstation,
   * the device's expert on a tablet.
   */
  'sheet.history': {
    args: z.object({ meetingId: idSchema, submissionId: idSchema }).strict(),
    result: z.object({ expertId: idSchema, versions: z.array(scoreSheetVersionSchema.extend({ reason: z.string() })) }),
    scopes: both,
  },
} as const;
