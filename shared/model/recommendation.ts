import { z } from 'zod';

/**
 * Every expert recommendation and panel outcome across the three review types:
 * technical 通过 / 修改后通过 / 不通过, initiation 立项 / 不立项, periodic 继续有效 / 修订 / 废止.
 */
export const recommendationSchema = z.enum([
  'pass',
  'pass-with-revisions',
  'fail',
  'initiate',
  'not-initiate',
  'confirm',
  'revise',
  'withdraw',
]);
export type Recommendation = z.infer<typeof recommendationSchema>;
