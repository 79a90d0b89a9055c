import { BureauError } from './bureau-error.js';

export interface AdmissionLimits {
  /** Requests of one caller (a device, or an address for enrollment) in progress at once. */
  perCaller: number;
  /** Requests in progress at once, all callers together. */
  total: number;
  /** Declared body bytes of the requests in progress, together: what reading them may hold in memory. */
  bodyBytes: number;
}

export const defaultAdmissionLimits: AdmissionLimits = { perCaller: 16, total: 128, bodyBytes: 64 * 1024 * 1024 };

/**
 * Keeps what the bureau holds for requests in progress bounded: a caller that opens many slow
 * uploads gets 429 past its share, and everyone gets 503 when the total would pass the limits.
 * A request is admitted with its declared length before its body is read, and releases its share
 * when it ends, however it ends.
 */
export class RequestAdmission {
  private readonly perCaller = new Map<string, number>();
  private total = 0;
  private bodyBytes = 0;

  constructor(private readonly limits: AdmissionLimits = defaultAdmissionLimits) {}

  /** Reserves a place for one request; the returned function gives it back (once). */
  admit(caller: string, declaredBytes: number): () => void {
    const mine = this.perCaller.get(caller) ?? 0;
    if (mine >= this.limits.perCaller) {
      throw new BureauError(429, 'too-many-requests', `同一设备（注册时为同一地址）同时进行的请求不能超过 ${this.limits.perCaller} 个，请等前面的请求完成后再试`);
    }
    if (this.total >= this.limits.total || this.bodyBytes + declaredBytes > this.limits.bodyBytes) {
      throw new BureauError(503, 'bureau-busy', '局端正忙，请稍后重试');
    }
    this.perCaller.set(caller, mine + 1);
    this.total += 1;
    this.bodyBytes += declaredBytes;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.perCaller.get(caller) ?? 1) - 1;
      if (left === 0) this.perCaller.delete(caller);
      else this.perCaller.set(caller, left);
      this.total -= 1;
      this.bodyBytes -= declaredBytes;
    };
  }
}
