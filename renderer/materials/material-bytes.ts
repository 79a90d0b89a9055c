import { callHost } from '../host/host-client.js';

const decodeBase64 = (text: string): Uint8Array => {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** The last few files read, so switching between a submission's materials does not fetch them again. */
const recent = new Map<string, Promise<Uint8Array>>();
const recentLimit = 4;

/** A material's bytes from the host's content-addressed store. */
export const readMaterialBytes = (sha256: string): Promise<Uint8Array> => {
  const cached = recent.get(sha256);
  if (cached) return cached;
  const reading = callHost('materials.read', { sha256 }).then(({ contentBase64 }) => decodeBase64(contentBase64));
  reading.catch(() => recent.delete(sha256));
  recent.set(sha256, reading);
  for (const key of recent.keys()) if (recent.size > recentLimit) recent.delete(key);
  return reading;
};
