import { callHost } from '../host/host-client.js';
import { inspectPackage } from '../import/import-flow.js';

/** 「载入示例审评会」: the host says where the built demo package is, then it goes through the regular import and its preview. */
export const loadDemoMeeting = async (): Promise<void> => {
  const { path } = await callHost('demo.locate', {});
  await inspectPackage(path);
};
