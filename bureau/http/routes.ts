import { printableIdProblem } from '../printable-id.js';
import { BureauError } from './bureau-error.js';

export type Route =
  | { name: 'enroll' }
  | { name: 'package'; meetingId: string }
  | { name: 'put-version'; verdictId: string; versionNo: number }
  | { name: 'get-verdict'; verdictId: string };

export const methodsOf: Record<Route['name'], string> = {
  enroll: 'POST',
  package: 'GET',
  'put-version': 'PUT',
  'get-verdict': 'GET',
};

/** A path segment naming a verdict or meeting: percent-decoded, and printable like every id the bureau keeps. */
const idSegment = (raw: string, field: 'verdictId' | 'meetingId'): string => {
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw new BureauError(400, 'bad-request', `路径片段 ${raw} 的百分号编码无效`, field);
  }
  const problem = printableIdProblem(id);
  if (problem) throw new BureauError(400, 'bad-request', `路径中的 ${field} 无效：${problem}`, field);
  return id;
};

/** The route a request target names, or null; ids come back percent-decoded. */
export const routeOf = (url: string): Route | null => {
  const path = url.split('?')[0] ?? '';
  const parts = path.split('/').slice(1);
  if (parts[0] !== 'v1') return null;
  if (parts.length === 2 && parts[1] === 'devices') return { name: 'enroll' };
  if (parts.length === 4 && parts[1] === 'meetings' && parts[3] === 'package' && parts[2]) {
    return { name: 'package', meetingId: idSegment(parts[2], 'meetingId') };
  }
  if (parts[1] === 'verdicts' && parts[2]) {
    if (parts.length === 3) return { name: 'get-verdict', verdictId: idSegment(parts[2], 'verdictId') };
    if (parts.length === 5 && parts[3] === 'versions' && /^[0-9]{1,9}$/.test(parts[4] ?? '')) {
      return { name: 'put-version', verdictId: idSegment(parts[2], 'verdictId'), versionNo: Number(parts[4]) };
    }
  }
  return null;
};
