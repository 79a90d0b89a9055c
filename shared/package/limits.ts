/** The zip-bomb and size limits of DESIGN.md section 4, shared by the reader, the writer and manual set-up. */
export const packageLimits = {
  manifestBytes: 1024 * 1024,
  entries: 2000,
  fileBytes: 200 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024,
  compressionRatio: 200,
} as const;

export const manifestEntryName = 'manifest.json';
export const signatureEntryName = 'signature.json';
export const materialsFolder = 'materials/';
export const packageFileExtension = 'zzpkg';
