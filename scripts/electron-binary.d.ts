/**
 * Mirrors node_modules/electron/index.js, minus its download: path.txt names the executable inside dist/.
 * Never evaluate the `electron` package itself: without a binary it downloads one, and nothing here may.
 */
export declare const findElectronBinary: (projectRoot: string) => string | null;
export declare const electronMissingMessage: string;
