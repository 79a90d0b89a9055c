import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostRefusal, hostRefusalAs } from '../../shared/api/host-refusal.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { fail, type HostError } from '../../shared/api/result.js';
import { en } from '../../shared/i18n/en.js';
import { zhCN } from '../../shared/i18n/zh-cn.js';
import { hostFailureOf, refusalText } from './refusal-text.js';

const root = join(import.meta.dirname, '../..');

const sourceFiles = (folder: string): string[] =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file))
    .map((file) => join(folder, file));

/** Every refusal code the host and the renderer write: in a `HostFailure`, a `fail`, a hub refusal or a refusal text's call. */
const refusalCodes = (): Map<string, string> => {
  const patterns = [/new HostFailure\(\s*'([a-z-]+)'/g, /\bfail\(\s*'([a-z-]+)'/g, /\bhostRefusal(?:As)?\(\s*'([a-z-]+)'/g, /\b\w+Code = '([a-z-]+)'/g];
  /** The hub's own refusals of a request (a bad origin, a lost session) are objects with a code. */
  const hubRefusal = /\bcode: '([a-z-]+)', message:/g;
  const codes = new Map<string, string>();
  for (const file of ['electron', 'shared', 'renderer', 'node'].flatMap(sourceFiles)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const pattern of file.startsWith(join('electron', 'hub')) ? [...patterns, hubRefusal] : patterns) {
      for (const [, code] of text.matchAll(pattern)) codes.set(code!, file);
    }
  }
  return codes;
};

describe('host refusals in the UI’s language', () => {
  it('has a Chinese and an English text for every refusal code in the source', () => {
    const codes = refusalCodes();
    expect(codes.size).toBeGreaterThan(40);
    const missing = [...codes].filter(([code]) => !(`refusal.${code}` in zhCN && `refusal.${code}` in en)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('says a refusal with params in English, and as the host sent it in Chinese', () => {
    const refusal = hostRefusal('wrong-pin', 'pin', { attemptsLeft: 2 });
    expect(refusal.message).toBe('PIN 不正确，还可再试 2 次');
    const sent = fail(refusal.code, refusal.message, refusal.field, undefined, undefined, refusal.words);
    if (sent.ok) throw new Error('a refusal is not ok');
    expect(refusalText(sent.error, 'en')).toBe('Wrong PIN. 2 attempts left.');
    expect(refusalText(sent.error, 'zh-CN')).toBe('PIN 不正确，还可再试 2 次');
  });

  it('says a broad code by the reason the host gave, a set-up check by its own key', () => {
    const port = hostRefusalAs('unavailable', 'refusal.reason.hub-port-taken', 'port', { port: 8443 });
    expect(port.message).toBe('端口 8443 已被占用：请关闭占用它的程序或换一个端口');
    const error: HostError = { code: port.code, message: port.message, text: port.words?.text, params: port.words?.params };
    expect(refusalText(error, 'en')).toBe('Port 8443 is in use: close the program using it or choose another port.');
    const setup = hostRefusalAs('invalid', 'setup.issue.titleRequired', 'title');
    expect(refusalText({ code: 'invalid', message: setup.message, text: setup.words?.text }, 'en')).toBe(en['setup.issue.titleRequired']);
  });

  it('falls back to the host’s Chinese for a code it has no text for, and says the engine’s reasons in the UI language', () => {
    expect(refusalText({ code: 'from-a-newer-host', message: '新版本的拒绝' }, 'en')).toBe('新版本的拒绝');
    expect(refusalText({ code: 'is-directory', message: '这是一个文件夹：/tmp' }, 'en')).toBe('这是一个文件夹：/tmp');
    expect(refusalText({ code: 'is-directory', message: '这是一个文件夹：/tmp', params: { path: '/tmp' } }, 'en')).toBe('This is a folder, not a file: /tmp');
    const engine: HostError = { code: 'refused', message: '中文', messages: [{ code: 'sheet.vetoReasonMissing', params: {} }] };
    expect(refusalText(engine, 'en')).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('carries code, field and words from the host through dispatch to the renderer’s failure', async () => {
    const handlers = { 'app.info': () => Promise.reject(hostRefusal('not-enrolled', 'enrollment')) } as never;
    const result = await dispatch(handlers, 'app.info', {}, { scope: 'workstation', clientId: 'test' });
    if (result.ok) throw new Error('the call was not refused');
    expect(result.error).toMatchObject({ code: 'not-enrolled', field: 'enrollment', message: zhCN['refusal.not-enrolled'] });
    expect(hostFailureOf(result.error)).toMatchObject({ code: 'not-enrolled', field: 'enrollment', message: zhCN['refusal.not-enrolled'] });
  });
});
