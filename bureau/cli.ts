import { promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { recommendationLabels } from '../shared/engine/labels.js';
import type { Recommendation } from '../shared/model/recommendation.js';
import { bytesToBase64 } from '../shared/protocol/base64.js';
import { nodeEd25519 } from '../node/crypto/ed25519.js';
import { type BureauContext, openBureauContext, resolveDataDir } from './bureau-context.js';
import { enrollmentCodeHash, enrollmentCodeLifetimeMs, newEnrollmentCode } from './enrollment-code.js';
import { BureauError } from './http/bureau-error.js';
import { startBureauServer } from './http/server.js';
import { publishPackage } from './package-publishing.js';
import { printableIdProblem } from './printable-id.js';
import { terminalText } from './terminal-text.js';
import { verdictsCsv } from './verdict-csv.js';
import { checkVerdictFile, describeVerdictFile, registerHandoverDevice } from './verdict-file-check.js';
import { intakeSignedBundle } from './verdict-intake.js';

const usage = `用法：npm run bureau -- <命令> [选项]
  serve [--port 8787] [--host 127.0.0.1]        启动局端服务
  enroll-code [--device-name 名称] [--count 1]   生成一次性设备注册码（7 天内有效）
  publish <会议编号> <文件.zzpkg>                 用局端密钥签名并发布会议的审评包
  verdicts list                                  列出已接收的裁决
  verdicts export --csv <文件>                   导出已接收的裁决为 CSV
  devices list                                   列出已注册的设备和注册码失败尝试
  devices revoke <设备编号>                       停用设备：此后拒绝它的全部请求
  import-verdict <文件.zzverdict> [--yes]        核对 U 盘带来的签名裁决，经确认后导入并打印回执
                                                （--yes：不询问，供脚本使用）
公共选项：--data <目录>（或环境变量 ZZ_BUREAU_DATA）；设置 DATABASE_URL 时使用 PostgreSQL。`;

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'device-name': { type: 'string' },
    count: { type: 'string', default: '1' },
    csv: { type: 'string' },
    yes: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});

const count = (text: string, name: string, min: number, max: number): number => {
  const parsed = z.coerce.number().int().min(min).max(max).safeParse(text);
  if (!parsed.success) throw new Error(`选项 --${name} 须为 ${min} 到 ${max} 之间的整数`);
  return parsed.data;
};

const outcomeLabel = (outcome: string): string => recommendationLabels[outcome as Recommendation] ?? outcome;

const serve = async (context: BureauContext): Promise<void> => {
  const running = await startBureauServer(
    { repository: context.repository, key: context.key, dataDir: context.dataDir, ed: nodeEd25519 },
    count(options.port, 'port', 0, 65535),
    options.host,
  );
  console.log(`局端服务已启动：${running.url}（存储：${context.repository.dialect}，数据目录：${context.dataDir}）`);
  console.log(`局端密钥编号：${context.key.keyId}`);
  console.log(`局端公钥：${bytesToBase64(context.key.publicKey)}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
};

const enrollCodes = async (context: BureauContext): Promise<void> => {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + enrollmentCodeLifetimeMs).toISOString();
  for (let i = 0; i < count(options.count, 'count', 1, 1000); i += 1) {
    const code = newEnrollmentCode();
    await context.repository.addEnrollmentCode(enrollmentCodeHash(code), options['device-name'] ?? null, now.toISOString(), expiresAt);
    console.log(code);
  }
  console.error(`注册码仅可使用一次，有效期至 ${expiresAt}`);
};

const publish = async (context: BureauContext, meetingId: string | undefined, file: string | undefined): Promise<void> => {
  if (!meetingId || !file) throw new Error('用法：publish <会议编号> <文件.zzpkg>');
  const problem = printableIdProblem(meetingId);
  if (problem) throw new Error(`会议编号 ${terminalText(meetingId)} 无效：${problem}`);
  const record = await publishPackage(context, meetingId, file);
  console.log(`已发布会议 ${record.meetingId} 的审评包 ${record.packageId}（${record.bytes} 字节，SHA-256 ${record.sha256}，签名密钥 ${context.key.keyId}）`);
};

const listVerdicts = async (context: BureauContext): Promise<void> => {
  const versions = await context.repository.allVersions();
  if (versions.length === 0) {
    console.log('尚未接收任何裁决');
    return;
  }
  for (const v of versions) {
    console.log(
      [`#${v.receipt.seq}`, `${v.verdictId} 第${v.versionNo}版`, `${v.meetingId}/${v.submissionId}`, outcomeLabel(v.outcome), v.receipt.receivedAt, v.sha256]
        .map(terminalText)
        .join('\t'),
    );
  }
};

/** Failed enrollment attempts are shown for this long back. */
const failureReportMs = 30 * 24 * 60 * 60 * 1000;

const listDevices = async (context: BureauContext): Promise<void> => {
  const devices = await context.repository.listDevices();
  if (devices.length === 0) console.log('尚未注册任何设备');
  for (const d of devices) {
    const state = d.revokedAt ? `已停用（${d.revokedAt}）` : '有效';
    console.log([d.deviceId, d.name, `注册于 ${d.enrolledAt}`, state].map(terminalText).join('\t'));
  }
  const failures = await context.repository.enrollmentFailureSummary(Date.now() - failureReportMs);
  if (failures.length === 0) {
    console.log('近 30 天没有失败的注册码尝试');
    return;
  }
  console.log(`近 30 天失败的注册码尝试：共 ${failures.reduce((sum, f) => sum + f.failures, 0)} 次`);
  for (const f of failures) console.log(terminalText(`  ${f.remoteAddress}\t${f.failures} 次\t最近 ${new Date(f.lastAtMs).toISOString()}`));
};

const revokeDevice = async (context: BureauContext, deviceId: string | undefined): Promise<void> => {
  if (!deviceId) throw new Error('用法：devices revoke <设备编号>');
  const device = await context.repository.findDevice(deviceId);
  if (!device) throw new Error(`没有设备 ${terminalText(deviceId)}（用 devices list 查看设备编号）`);
  if (device.revokedAt) throw new Error(`设备 ${device.deviceId} 已于 ${device.revokedAt} 停用`);
  await context.repository.revokeDevice(deviceId, new Date().toISOString());
  console.log(`已停用设备 ${device.deviceId}（${terminalText(device.name)}）：此后它的请求一律以 device-revoked 拒绝`);
};

const exportVerdicts = async (context: BureauContext): Promise<void> => {
  if (!options.csv) throw new Error('用法：verdicts export --csv <文件>');
  const versions = await context.repository.allVersions();
  await fs.writeFile(options.csv, verdictsCsv(versions), 'utf8');
  console.log(`已导出 ${versions.length} 条裁决到 ${options.csv}`);
};

const importVerdict = async (context: BureauContext, file: string | undefined): Promise<void> => {
  if (!file) throw new Error('用法：import-verdict <文件.zzverdict> [--yes]');
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`无法读取 ${file}：${error instanceof SyntaxError ? '不是有效的 JSON' : (error as Error).message}`, { cause: error });
  }
  const checked = await checkVerdictFile(context.repository, nodeEd25519, json, file);
  for (const line of describeVerdictFile(checked)) console.error(line);
  if (checked.device === null) console.error('该工作站尚未在本局注册：确认后将以上述设备密钥登记它，此后它的各版结论都须由同一密钥签名。');
  if (!options.yes && !(await confirmed('确认导入该审评结论？输入 y 确认：'))) {
    process.exitCode = 1;
    console.error('已取消，未导入任何内容');
    return;
  }
  if (checked.device === null) await registerHandoverDevice(context.repository, checked, new Date());
  const result = await intakeSignedBundle({ ...context, ed: nodeEd25519, now: () => new Date() }, checked.envelope, null, null);
  const { receipt } = result;
  console.error(result.created ? `已接收裁决 ${receipt.verdictId} 第 ${receipt.versionNo} 版，回执 #${receipt.seq}` : `该裁决此前已接收，回执 #${receipt.seq} 不变`);
  console.log(JSON.stringify(receipt, null, 2));
};

/** One line from the administrator; only an explicit yes counts (an empty line or a closed input is a no). */
const confirmed = async (question: string): Promise<boolean> => {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await new Promise<string>((resolve) => {
      prompt.once('close', () => resolve(''));
      prompt.question(question, resolve);
    });
    return /^(y|yes|是)$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
};

const run = async (): Promise<void> => {
  z.config(z.locales.zhCN());
  const [command, ...rest] = positionals;
  if (options.help || !command) {
    console.log(usage);
    return;
  }
  const known = ['serve', 'enroll-code', 'publish', 'verdicts', 'devices', 'import-verdict'];
  if (!known.includes(command)) throw new Error(`未知命令 ${command}\n${usage}`);
  if (command === 'verdicts' && rest[0] !== 'list' && rest[0] !== 'export') throw new Error(`用法：verdicts list | verdicts export --csv <文件>`);
  if (command === 'devices' && rest[0] !== 'list' && rest[0] !== 'revoke') throw new Error(`用法：devices list | devices revoke <设备编号>`);
  const context = await openBureauContext(resolveDataDir(options.data, process.env), process.env.DATABASE_URL);
  try {
    if (command === 'serve') await serve(context);
    else if (command === 'enroll-code') await enrollCodes(context);
    else if (command === 'publish') await publish(context, rest[0], rest[1]);
    else if (command === 'import-verdict') await importVerdict(context, rest[0]);
    else if (command === 'devices') await (rest[0] === 'list' ? listDevices(context) : revokeDevice(context, rest[1]));
    else if (rest[0] === 'list') await listVerdicts(context);
    else await exportVerdicts(context);
  } finally {
    await context.repository.close();
  }
};

run().catch((error: unknown) => {
  if (error instanceof BureauError) console.error(terminalText(`${error.message}${error.field ? `（字段 ${error.field}）` : ''}`));
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
