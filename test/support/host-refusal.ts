import { HostFailure } from '../../shared/api/result.js';

export type Refusal = { code: string; message: string; field: string | undefined; issues: string[] };

/** Awaits a handler call that must be refused and gives what the refusal said, its engine issues as `field: message`. */
export const refusal = async (call: Promise<unknown>): Promise<Refusal> => {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    return { code: error.code, message: error.message, field: error.field, issues: (error.issues ?? []).map((i) => `${i.field}: ${i.message}`) };
  }
  throw new Error('the call was not refused');
};
