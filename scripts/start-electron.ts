import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronMissingMessage, findElectronBinary } from './electron-binary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binary = findElectronBinary(root);
if (!binary) {
  console.error(electronMissingMessage);
  process.exit(1);
}

const env = { ...process.env };
// Inherited from some tool chains, it would start Electron as plain Node instead of the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`无法启动 Electron（${binary}）：${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
