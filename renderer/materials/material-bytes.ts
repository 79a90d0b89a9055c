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

const fromHost = async (sha256: string): Promise<Uint8Array> => decodeBase64((await callHost('materials.read', { sha256 })).contentBase64);

/** Where materials come from: their bytes, and, where the server answers range requests, a URL pdf.js fetches itself. */
export type MaterialSource = { read(sha256: string): Promise<Uint8Array>; url?(sha256: string): string };

let source: MaterialSource = { read: fromHost };

/** The expert app reads materials from the hub's `/materials/<sha256>` instead of the workstation's host call. */
export const setMaterialSource = (next: MaterialSource): void => {
  source = next;
  recent.clear();
};

/** The URL pdf.js may load a material from (page by page, with range requests), or null when only its bytes can be read. */
export const materialUrl = (sha256: string): string | null => source.url?.(sha256) ?? null;

/** A material's bytes from the host's content-addressed store. */
export const readMaterialBytes = (sha256: string): Promise<Uint8Array> => {
  const cached = recent.get(sha256);
  if (cached) return cached;
  const reading = source.read(sha256);
  reading.catch(() => recent.delete(sha256));
  recent.set(sha256, reading);
  for (const key of recent.keys()) if (recent.size > recentLimit) recent.delete(key);
  return reading;
};
