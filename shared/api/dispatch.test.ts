import { beforeAll, describe, expect, it } from 'vitest';
import { applyValidationLocale } from '../i18n/validation-locale.js';
import { defaultSettings } from '../settings/settings.js';
import type { Caller } from './caller.js';
import type { HostHandlers } from './contract.js';
import { dispatch, parseArgs } from './dispatch.js';
import { HostFailure } from './result.js';

const workstation: Caller = { scope: 'workstation', clientId: 'test' };

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
    expect(await dispatch(handlers, 'fs.rm', {}, workstation)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await dispatch(handlers, 'toString', {}, workstation)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('refuses a workstation call from an expert device before reading its arguments', async () => {
    calls.length = 0;
    const expert: Caller = { scope: 'expert', clientId: 'tablet', meetingId: 'M1', expertId: 'E01' };
    expect(await dispatch(handlers, 'settings.set', { patch: { language: 'en' } }, expert)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('never calls the service with invalid arguments', async () => {
    calls.length = 0;
    await dispatch(handlers, 'settings.set', { patch: { language: 'xx' } }, workstation);
    expect(calls).toEqual([]);
    await dispatch(handlers, 'settings.set', { patch: { language: 'en' } }, workstation);
    expect(calls).toEqual(['{"language":"en"}']);
  });

  it('turns service failures into data', async () => {
    expect(await dispatch(handlers, 'files.open', { title: '打开', filters: [] }, workstation)).toEqual({
      ok: false,
      error: { code: 'not-found', message: '找不到文件：/x', field: 'path' },
    });
    expect(await dispatch(handlers, 'files.browse', {}, workstation)).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
  });
});
