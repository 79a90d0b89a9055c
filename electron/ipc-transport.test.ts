import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { hostCallNames } from '../shared/api/contract.js';
import type { HostResult } from '../shared/api/result.js';
import { defaultSettings } from '../shared/settings/settings.js';
import { createChangeFeed } from './http/change-feed.js';
import { changeChannel, droppedFileChannel } from './ipc-channels.js';
import { forwardChanges, isTrustedSender, registerDroppedFiles, registerIpcTransport, type InvokeSender, type SenderFrame } from './ipc-transport.js';
import { createFileGrants } from './services/file-grants.js';
import { createHostHandlers } from './services/host-handlers.js';

const frame = (url: string, parent: SenderFrame | null = null): SenderFrame => ({ url, parent });

const topFrameEvent = (url: string): InvokeSender => {
  const main = frame(url);
  return { senderFrame: main, sender: { mainFrame: main, id: 1 } };
};

describe('isTrustedSender', () => {
  it('trusts our own page in the top frame', () => {
    expect(isTrustedSender(topFrameEvent('app://workstation/index.html'))).toBe(true);
    expect(isTrustedSender(topFrameEvent('app://workstation/index.html#/settings'))).toBe(true);
  });

  it.each([
    ['another app host', 'app://other/index.html'],
    ['a remote page', 'https://zjmade.cn/'],
    ['a local file', 'file:///tmp/index.html'],
    ['the browser shell origin', 'http://127.0.0.1:5173/'],
    ['credentials smuggled into our origin', 'app://user@workstation/index.html'],
    ['a blank page', 'about:blank'],
    ['an empty URL', ''],
  ])('refuses %s in the top frame', (_label, url) => {
    expect(isTrustedSender(topFrameEvent(url))).toBe(false);
  });

  it('refuses a subframe even when it is on our origin', () => {
    const main = frame('app://workstation/index.html');
    const child = frame('app://workstation/index.html', main);
    expect(isTrustedSender({ senderFrame: child, sender: { mainFrame: main, id: 1 } })).toBe(false);
  });

  it('refuses a frame that is not the main frame of its web contents even without a parent', () => {
    const main = frame('app://workstation/index.html');
    const other = frame('app://workstation/index.html');
    expect(isTrustedSender({ senderFrame: other, sender: { mainFrame: main, id: 1 } })).toBe(false);
  });

  it('refuses a sender whose frame is gone (navigated or destroyed)', () => {
    const main = frame('app://workstation/index.html');
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: main, id: 1 } })).toBe(false);
  });
});

type Listener = (event: InvokeSender, args: unknown) => Promise<HostResult<unknown>>;

const registered = () => {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      listeners.set(channel, listener);
    },
  } as unknown as Pick<IpcMain, 'handle'>;
  const store: { store: Record<string, unknown> } = { store: {} };
  const handlers = createHostHandlers({
    appName: '浙江制造标准审评工作站',
    version: '1.2.3',
    dataDir: mkdtempSync(join(tmpdir(), 'zz-ipc-test-')),
    platform: 'linux',
    transport: 'ipc',
    dialogs: null,
    settings: store,
  });
  registerIpcTransport(ipcMain, handlers);
  const call = (name: string, event: InvokeSender, args: unknown) => {
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no handler for ${name}`);
    return listener(event, args);
  };
  return { listeners, store, call };
};

const trusted = topFrameEvent('app://workstation/index.html');

describe('registerIpcTransport', () => {
  it('registers exactly one handler per contract call', () => {
    expect([...registered().listeners.keys()].sort()).toEqual([...hostCallNames].sort());
  });

  it('dispatches a trusted call to the services', async () => {
    const { call, store } = registered();
    const result = await call('settings.set', trusted, { patch: { secretaryName: '王秘书' } });
    expect(result).toEqual({ ok: true, value: { ...defaultSettings, secretaryName: '王秘书' } });
    expect(store.store).toMatchObject({ secretaryName: '王秘书' });
    await expect(call('app.info', trusted, {})).resolves.toMatchObject({ ok: true, value: { version: '1.2.3', transport: 'ipc' } });
  });

  it('refuses an untrusted sender before touching any service', async () => {
    const { call, store } = registered();
    const result = await call('settings.set', topFrameEvent('https://evil.example/'), { patch: { secretaryName: '入侵者' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(store.store).toEqual({});
  });

  it('returns invalid arguments as data naming the field', async () => {
    const { call, store } = registered();
    const result = await call('settings.set', trusted, { patch: { bureauUrl: 'ftp://bureau' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments', field: 'patch.bureauUrl' } });
    expect(store.store).toEqual({});
  });

  it('refuses files.browse even from our own page: only native dialogs choose paths here', async () => {
    const { call } = registered();
    expect(await call('files.browse', trusted, { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'not-over-ipc' } });
  });
});

describe('registerDroppedFiles', () => {
  const setUp = () => {
    let listener: ((event: InvokeSender, path: unknown) => void) | undefined;
    const ipcMain = {
      on: (channel: string, handler: typeof listener) => {
        if (channel === droppedFileChannel) listener = handler;
      },
    } as unknown as Pick<IpcMain, 'on'>;
    const grants = createFileGrants('/srv/zz-data');
    registerDroppedFiles(ipcMain, grants);
    return { grants, drop: (event: InvokeSender, path: unknown) => listener!(event, path) };
  };

  it('grants a file our own page dropped, for opening only', () => {
    const { grants, drop } = setUp();
    drop(trusted, '/home/wang/下载/M-2026-0147.zzpkg');
    expect(grants.refusal('/home/wang/下载/M-2026-0147.zzpkg', 'open')).toBeNull();
    expect(grants.refusal('/home/wang/下载/M-2026-0147.zzpkg', 'save')).not.toBeNull();
  });

  it('ignores a drop from a foreign page and anything that is not a path', () => {
    const { grants, drop } = setUp();
    drop(topFrameEvent('https://evil.example/'), '/etc/passwd');
    drop(trusted, { path: '/etc/shadow' });
    expect(grants.refusal('/etc/passwd', 'open')).not.toBeNull();
    expect(grants.refusal('/etc/shadow', 'open')).not.toBeNull();
  });
});

describe('forwardChanges', () => {
  it('sends each change on the one channel until the window is destroyed', () => {
    const changes = createChangeFeed();
    const sent: unknown[] = [];
    let destroyed = false;
    let onDestroyed = () => undefined as void;
    forwardChanges(changes, {
      send: (channel, event) => sent.push([channel, event]),
      isDestroyed: () => destroyed,
      once: (_event, listener) => (onDestroyed = listener),
    });
    const saved = { meetingId: 'M-2026-0147', kind: 'meeting', submissionId: null, revision: 3 } as const;
    changes.publish(saved);
    destroyed = true;
    onDestroyed();
    changes.publish({ ...saved, revision: 4 });
    expect(sent).toEqual([[changeChannel, saved]]);
  });
});
