import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from './app-protocol.js';

const root = resolve('/opt/zz/dist/renderer');

describe('resolveAppRequest', () => {
  it('serves index.html for the bare origin and files under the root by path', () => {
    expect(resolveAppRequest(root, 'app://workstation/')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://workstation/index.html#/settings')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://workstation/assets/index-1a2b.js?v=1')).toBe(join(root, 'assets', 'index-1a2b.js'));
    expect(resolveAppRequest(root, 'app://workstation/assets/%E5%AD%97%E4%BD%93.woff2')).toBe(join(root, 'assets', '字体.woff2'));
  });

  it('keeps dot segments inside the root, where the URL parser has already collapsed them', () => {
    expect(resolveAppRequest(root, 'app://workstation/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppRequest(root, 'app://workstation/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });

  it.each([
    ['encoded slashes', 'app://workstation/..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslashes', 'app://workstation/..%5c..%5c..%5cetc%5cpasswd'],
    ['a literal backslash', 'app://workstation/assets\\index.js'],
    ['a sibling folder sharing the prefix', 'app://workstation/..%2frenderer-secrets%2fkey'],
    ['a NUL byte', 'app://workstation/index.html%00.png'],
    ['malformed percent-encoding', 'app://workstation/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///opt/zz/dist/renderer/index.html'],
    ['https on our host name', 'https://workstation/index.html'],
    ['credentials', 'app://user:pw@workstation/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppRequest(root, url)).toBeNull();
  });
});
