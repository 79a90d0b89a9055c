import { describe, expect, it } from 'vitest';
import { engineMessage, engineTexts, opinionParam } from '../engine/engine-message.js';
import type { Caller } from './caller.js';
import type { HostHandlers } from './contract.js';
import { dispatch } from './dispatch.js';
import { refusedBy } from './engine-refusal.js';

const workstation: Caller = { scope: 'workstation', clientId: 'test' };

const reasons = [engineMessage('guard.noConclusion', { opinion: opinionParam('technical') }), engineMessage('guard.votingQuorum', { count: 4, min: 5 })];

describe('refusedBy', () => {
  it('refuses in Chinese and carries the engine’s messages across the transport for the UI to translate', async () => {
    const handlers = {
      'settings.get': async () => {
        throw refusedBy(reasons, 'submissionId');
      },
    } as Partial<HostHandlers> as HostHandlers;
    const result = JSON.parse(JSON.stringify(await dispatch(handlers, 'settings.get', {}, workstation)));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message: '尚未形成审评意见（结论）；有效表决专家 4 名，少于法定人数 5 名',
        field: 'submissionId',
        messages: reasons,
      },
    });
    expect(engineTexts(result.error.messages, 'en')).toBe(
      'The panel’s written opinion (conclusion) has not been drawn up yet; 4 eligible voters, fewer than the quorum of 5',
    );
  });
});
