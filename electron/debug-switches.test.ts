import { describe, expect, it } from 'vitest';
import { findDebugSwitch } from './debug-switches.js';

describe('findDebugSwitch', () => {
  it('finds remote debugging and inspector switches, with or without a value', () => {
    expect(findDebugSwitch(['/opt/zz/zz-review-workstation', '--remote-debugging-port=9222'])).toBe('--remote-debugging-port=9222');
    expect(findDebugSwitch(['app', '--inspect'])).toBe('--inspect');
    expect(findDebugSwitch(['app', '--inspect-brk=0.0.0.0:9229'])).toBe('--inspect-brk=0.0.0.0:9229');
    expect(findDebugSwitch(['app', '--remote-debugging-pipe'])).toBe('--remote-debugging-pipe');
    expect(findDebugSwitch(['app', '-remote-debugging-port=9222'])).toBe('-remote-debugging-port=9222');
    expect(findDebugSwitch(['app.exe', '/Remote-Debugging-Port=9222'])).toBe('/Remote-Debugging-Port=9222');
  });

  it('leaves ordinary switches and look-alikes alone', () => {
    expect(findDebugSwitch(['app', '--no-sandbox', '--lang=zh-CN', '--inspector-theme=dark', 'file--inspect.zzpkg', '/home/wang/inspect'])).toBeNull();
  });
});
