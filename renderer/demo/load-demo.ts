import { inspectPackage } from '../import/import-flow.js';

/** 「载入示例审评会」: the host locates its built demo package, which then goes through the regular import and its preview. */
export const loadDemoMeeting = (): Promise<void> => inspectPackage({ origin: 'demo' });
