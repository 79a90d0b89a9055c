import { beforeAll, describe, expect, it } from 'vitest';
import { applyValidationLocale } from '../i18n/validation-locale.js';
import { defaultSettings } from '../settings/settings.js';
import type { HostHandlers } from './contract.js';
import { dispatch, parseArgs } from './dispatch.js';
import { HostFailure } from './result.js';

const calls: string[] = [];
const handlers = {
  'settings.get': async () => defaultSettings,
  'settings.set': async ({ patch }) => {
    calls.push(JSON.stringify(patch));
    return { ...defaultSettings, ...patch };
  },
  'files.open': async () => {
    throw new HostFailure('not-found', '找不到文件：/x', 'path');
  },
  'files.browse': async () => {
    throw new Error('disk on fire');
  },
} as Partial<HostHandlers> as HostHandlers;

beforeAll(() => applyValidationLocale('zh-CN'));

describe('contract validation', () => {
  it('accepts valid arguments', () => {
    expect(parseArgs('settings.set', { patch: { language: 'en' } })).toEqual({ ok: true, value: { patch: { language: 'en' } } });
  });

  it.each([
    [{ patch: { language: 'fr' } }, 'patch.language'],
    [{ patch: { bureauUrl: 'javascript:alert(1)' } }, 'patch.bureauUrl'],
    [{ patch: { secretaryName: 'x'.repeat(41) } }, 'patch.secretaryName'],
    [{ patch: { colour: 'red' } }, 'patch.colour'],
    [{ patch: 'zh-CN' }, 'patch'],
    [{}, 'patch'],
  ])('rejects %j naming %s', (args, field) => {
    const result = parseArgs('settings.set', args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe(field);
      expect(result.error.message).toContain(field);
    }
  });

  it('rejects an unknown call by name', async () => {
    expect(await dispatch(handlers, 'fs.rm', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await dispatch(handlers, 'toString', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('never calls the service with invalid arguments', async () => {
    calls.length = 0;
    await dispatch(handlers, 'settings.set', { patch: { language: 'xx' } });
    expect(calls).toEqual([]);
    await dispatch(handlers, 'settings.set', { patch: { language: 'en' } });
    expect(calls).toEqual(['{"language":"en"}']);
  });

  it('turns service failures into data', async () => {
    expect(await dispatch(handlers, 'files.open', { title: '打开', filters: [] })).toEqual({
      ok: false,
      error: { code: 'not-found', message: '找不到文件：/x', field: 'path' },
    });
    expect(await dispatch(handlers, 'files.browse', {})).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
  });
});
