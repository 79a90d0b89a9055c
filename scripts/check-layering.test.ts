import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayering, checkSource, formatViolation } from './check-layering.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const temporaryRoots: string[] = [];

function plantTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'zz-layering-'));
  temporaryRoots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

function found(root: string): string[] {
  return checkLayering(root).violations.map((violation) => `${violation.file}:${violation.line} ${violation.rule}`);
}

afterEach(() => {
  for (const root of temporaryRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const cleanTree: Record<string, string> = {
  'shared/api/contract.ts': [
    "import { z } from 'zod';",
    "import canonicalize from 'canonicalize';",
    "import { sha256 } from '@noble/hashes/sha2.js';",
    "import type { Settings } from '../settings/settings.js';",
    '// window, document and process in a comment are fine',
    "export const label = 'document.title in a string is fine';",
    'export const read = (page: { document: string; window?: number }) => page.document;',
    'export function process(items: string[]): string[] { return items; }',
    'export const schema = z.object({ navigator: z.string() });',
    'export { canonicalize, sha256 };',
  ].join('\n'),
  'shared/settings/settings.ts': 'export interface Settings { language: string }\n',
  'shared/settings/settings.test.ts': [
    "import { readFileSync } from 'node:fs';",
    "import { expect, it } from 'vitest';",
    "import fc from 'fast-check';",
    "it('runs in node', () => expect(process.version && readFileSync && fc).toBeTruthy());",
  ].join('\n'),
  'renderer/app.tsx': [
    "import { create } from 'zustand';",
    "import { Button } from 'antd';",
    "import { HomeOutlined } from '@ant-design/icons';",
    "import type { Settings } from '../shared/settings/settings.js';",
    "import '../resources/fonts.css';",
    'export const title = () => document.title;',
    'export { create, Button, HomeOutlined };',
  ].join('\n'),
  'renderer/db.test.ts': "import 'fake-indexeddb/auto';\nimport { join } from 'node:path';\nexport { join };\n",
  'electron/main.ts': [
    "import { app } from 'electron';",
    "import Store from 'electron-store';",
    "import { readFile } from 'node:fs/promises';",
    "import path from 'path';",
    "import { dispatch } from '../shared/api/contract.js';",
    "import { readBody } from '../node/http/body.js';",
    'export { app, Store, readFile, path, dispatch, readBody };',
  ].join('\n'),
  'bureau/server.ts': [
    "import { createServer } from 'node:http';",
    "import type { Settings } from '../shared/settings/settings.js';",
    "import { readBody } from '../node/http/body.js';",
    'export { createServer, readBody };',
  ].join('\n'),
  'node/http/body.ts': [
    "import type { IncomingMessage } from 'node:http';",
    "import Database from 'better-sqlite3';",
    "import type { Settings } from '../../shared/settings/settings.js';",
    'export const readBody = (request: IncomingMessage): Buffer => Buffer.from(process.version);',
    'export { Database };',
  ].join('\n'),
  'node/http/body.test.ts': "import { sampleMeeting } from '../../test/fixtures/sample-meeting.js';\nexport { sampleMeeting };\n",
  'test/fixtures/sample-meeting.ts': "import type { Settings } from '../../shared/settings/settings.js';\nexport const sampleMeeting = {};\n",
  'test/e2e/app.spec.ts': "import { app } from 'electron';\nimport { title } from '../../renderer/app.js';\nimport { dispatch } from '../../electron/main.js';\nexport { app, title, dispatch };\n",
  'test/stubs/electron.ts': 'export const app = { getVersion: () => process.version };\n',
  'scripts/build.ts': "import { build } from 'esbuild';\nimport { app } from '../electron/main.js';\nexport { build, app };\n",
  'vitest.config.ts': "export default { resolve: { alias: { electron: new URL('./test/stubs/electron.ts', import.meta.url).pathname } } };\n",
  'node_modules/some-lib/index.js': "require('fs'); import '../../test/stubs/electron.js';\n",
};

describe('layering guard on planted trees', () => {
  it('passes a tree that keeps every rule', () => {
    const report = checkLayering(plantTree(cleanTree));
    expect(report.violations).toEqual([]);
    expect(report.filesChecked).toBe(Object.keys(cleanTree).length - 1);
  });

  it('reports each planted violation with its file, line and rule', () => {
    const root = plantTree({
      ...cleanTree,
      'shared/imports-electron.ts': "export const x = 1;\nimport { app } from 'electron';\n",
      'shared/imports-node-fs.ts': "import { readFile } from 'node:fs';\n",
      'shared/imports-fs.ts': "import fs from 'fs';\nimport type { Stats } from 'fs/promises';\n",
      'shared/uses-document.ts': "const page = { document: 'x' };\n// document.title\nexport const title = (): string => document.title + page.document;\n",
      'shared/node-globals.ts': 'export const cwd = process.cwd();\nexport const size = (b: Buffer) => b.length;\n',
      'shared/imports-renderer.ts': "import { x } from '../renderer/x.js';\n",
      'shared/reexports-bureau.ts': "export { y } from '../bureau/y.js';\n",
      'shared/reads-package-json.ts': "import manifest from '../package.json';\n",
      'shared/imports-dom-package.ts': "import { create } from 'zustand';\nimport { Button } from 'antd';\nimport { HomeOutlined } from '@ant-design/icons';\n",
      'shared/loads-dynamically.ts': "export const load = () => import('node:path');\n",
      'shared/loads-computed.ts': 'export const load = (name: string) => import(name);\n',
      'shared/leaves-repo.ts': "import { z } from '../../elsewhere/z.js';\n",
      'shared/api/contract.test.ts': "import { expect } from 'vitest';\nimport { x } from '../../renderer/x.js';\nexport { expect, x };\n",
      'renderer/imports-electron-code.ts': "import { main } from '../electron/main.js';\n",
      'renderer/imports-electron-type.ts': "import type { Main } from '../electron/main.js';\nexport type M = Main;\n",
      'renderer/imports-crypto.ts': "import 'node:crypto';\n",
      'renderer/requires-os.ts': "const os = require('os');\nexport { os };\n",
      'renderer/uses-ipc.ts': "import { ipcRenderer } from 'electron/renderer';\n",
      'bureau/imports-electron.ts': "import { app } from 'electron';\n",
      'bureau/imports-renderer.ts': "export * from '../renderer/app.js';\n",
      'electron/imports-test.ts': "import { app } from '../test/stubs/electron.js';\n",
      'electron/imports-renderer.ts': "const view = await import('../renderer/app.js');\nexport { view };\n",
      'scripts/imports-test.ts': "import '../test/stubs/electron.js';\n",
      'shared/documents/uses-fixture.test.ts': "import { record } from '../../test/fixtures/record.js';\nexport { record };\n",
      'shared/documents/imports-fixture.ts': "import { sampleMeeting } from '../../test/fixtures/sample-meeting.js';\nexport { sampleMeeting };\n",
      'shared/imports-node.ts': "import { readBody } from '../node/http/body.js';\nexport { readBody };\n",
      'renderer/imports-node.ts': "import { readBody } from '../node/http/body.js';\nexport { readBody };\n",
      'node/imports-electron-code.ts': "import { app } from '../electron/main.js';\nexport { app };\n",
      'node/imports-bureau.ts': "export { createServer } from '../bureau/server.js';\n",
      'node/imports-renderer.ts': "import type { Settings } from '../renderer/app.js';\nexport type S = Settings;\n",
      'node/imports-electron.ts': "import { safeStorage } from 'electron';\nexport { safeStorage };\n",
      'node/imports-fixture.ts': "import { sampleMeeting } from '../test/fixtures/sample-meeting.js';\nexport { sampleMeeting };\n",
      'node/reads-package-json.ts': "import manifest from '../package.json';\nexport { manifest };\n",
    });
    expect(found(root).sort()).toEqual(
      [
        'bureau/imports-electron.ts:1 electron-package',
        'bureau/imports-renderer.ts:1 cross-layer-import',
        'electron/imports-renderer.ts:1 cross-layer-import',
        'electron/imports-test.ts:1 test-import',
        'node/imports-bureau.ts:1 cross-layer-import',
        'node/imports-electron-code.ts:1 cross-layer-import',
        'node/imports-electron.ts:1 electron-package',
        'node/imports-fixture.ts:1 test-import',
        'node/imports-renderer.ts:1 cross-layer-import',
        'node/reads-package-json.ts:1 cross-layer-import',
        'renderer/imports-node.ts:1 cross-layer-import',
        'shared/documents/imports-fixture.ts:1 test-import',
        'shared/imports-node.ts:1 cross-layer-import',
        'renderer/imports-crypto.ts:1 node-builtin',
        'renderer/imports-electron-code.ts:1 cross-layer-import',
        'renderer/imports-electron-type.ts:1 cross-layer-import',
        'renderer/requires-os.ts:1 node-builtin',
        'renderer/uses-ipc.ts:1 electron-package',
        'scripts/imports-test.ts:1 test-import',
        'shared/api/contract.test.ts:2 cross-layer-import',
        'shared/imports-dom-package.ts:1 host-package',
        'shared/imports-dom-package.ts:2 host-package',
        'shared/imports-dom-package.ts:3 host-package',
        'shared/imports-electron.ts:2 electron-package',
        'shared/imports-fs.ts:1 node-builtin',
        'shared/imports-fs.ts:2 node-builtin',
        'shared/imports-node-fs.ts:1 node-builtin',
        'shared/imports-renderer.ts:1 cross-layer-import',
        'shared/leaves-repo.ts:1 cross-layer-import',
        'shared/loads-computed.ts:1 computed-import',
        'shared/loads-dynamically.ts:1 node-builtin',
        'shared/node-globals.ts:1 host-global',
        'shared/node-globals.ts:2 host-global',
        'shared/reads-package-json.ts:1 cross-layer-import',
        'shared/reexports-bureau.ts:1 cross-layer-import',
        'shared/uses-document.ts:3 host-global',
      ].sort(),
    );
  });

  it.each(['react', 'react-dom/client', 'dexie', 'dexie-react-hooks', 'antd/locale/zh_CN', '@ant-design/icons', 'zustand/middleware', 'electron-store', 'conf'])(
    'keeps the host-bound package %s out of shared/',
    (specifier) => {
      expect(checkSource('shared/x.ts', `import x from '${specifier}';\nexport { x };\n`).map((v) => v.rule)).toEqual(['host-package']);
    },
  );

  it('flags a require in shared/ both as a Node global and by what it loads', () => {
    expect(checkSource('shared/legacy.ts', "const fs = require('fs');\n").map((v) => v.rule).sort()).toEqual([
      'host-global',
      'node-builtin',
    ]);
  });

  it('flags triple-slash references that bring Node or DOM types into shared/', () => {
    const text = '/// <reference types="node" />\n/// <reference lib="dom" />\nexport const x = 1;\n';
    expect(checkSource('shared/typed.ts', text).map((v) => `${v.line} ${v.rule}`)).toEqual(['1 node-builtin', '2 host-global']);
    expect(checkSource('electron/typed.ts', text)).toEqual([]);
  });

  it('does not mistake keys, members, declarations or `declare global` for host globals', () => {
    const text = [
      'declare global { interface Array<T> { window: T } }',
      'type Shape = { navigator: string; localStorage(): void };',
      'class Page { document = 1; get window() { return 2; } }',
      'enum Place { global }',
      'export const pick = ({ indexedDB: db }: { indexedDB: number }) => db + Place.global;',
      'export type T = Shape | Page;',
    ].join('\n');
    expect(checkSource('shared/names.ts', text)).toEqual([]);
  });

  it('names what the layer may import when it reaches across', () => {
    expect(checkSource('node/x.ts', "import { app } from '../electron/main.js';\n").map((v) => v.message)).toEqual([
      "'../electron/main.js' reaches into electron/; node/ may import only node/, shared/",
    ]);
    expect(checkSource('bureau/x.ts', "import { view } from '../renderer/app.js';\n").map((v) => v.message)).toEqual([
      "'../renderer/app.js' reaches into renderer/; bureau/ may import only bureau/, shared/, node/",
    ]);
  });

  it('formats a violation as file:line, rule and explanation', () => {
    const [violation] = checkSource('shared/x.ts', "\nimport { app } from 'electron';\n");
    expect(violation && formatViolation(violation)).toBe(
      "shared/x.ts:2  electron-package — 'electron' is Electron; of the product's code only electron/ may import it",
    );
  });
});

describe('layering guard command', () => {
  const script = fileURLToPath(new URL('./check-layering.ts', import.meta.url));
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

  it('exits 1 and names the violation when shared/ imports electron', () => {
    const root = plantTree({ ...cleanTree, 'shared/bad.ts': "import { app } from 'electron';\n" });
    const run = spawnSync(tsx, [script, root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('shared/bad.ts:1  electron-package');
  });

  it('exits 0 with a summary on a clean tree', () => {
    const run = spawnSync(tsx, [script, plantTree(cleanTree)], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^layering: \d+ files checked, no violations$/m);
  });
});

describe('layering of this repository', () => {
  it('has no violations', () => {
    const report = checkLayering(repoRoot);
    expect(report.violations.map(formatViolation)).toEqual([]);
    expect(report.filesChecked).toBeGreaterThan(0);
  });
});
