import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBundle } from '../test/fixtures/sample-bundle.js';
import { signBundle } from '../shared/bundle/signed-bundle.js';
import { bundleDigest } from '../shared/bundle/verdict-bundle.js';
import { bytesToBase64 } from '../shared/protocol/base64.js';
import { generateEd25519KeyPair, nobleEd25519 } from '../shared/protocol/ed25519.js';
import { deviceKeyFingerprint, signHandoverLabel, unenrolledDeviceId } from '../shared/sync/verdict-file.js';
import { bureauPaths, enrollmentResponseSchema, putVerdictResponseSchema } from '../shared/protocol/messages.js';
import { receiptSchema, verifyReceipt } from '../shared/protocol/receipt.js';
import { type BureauHarness, startHarness, testStorages } from '../test/support/bureau-harness.js';

const run = promisify(execFile);
const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = new URL('./cli.ts', import.meta.url).pathname;

// Six admin commands, each a fresh tsx process: seconds apiece on a busy two-core machine.
const cliTimeoutMs = 180_000;


for (const { name, storage, skipNote } of testStorages()) {
  describe.skipIf(storage === null)(`bureau admin CLI on ${name}${skipNote}`, () => {
    let bureau: BureauHarness;
    beforeAll(async () => {
      bureau = await startHarness(storage!);
    });
    afterAll(async () => {
      await bureau?.close();
    });

    /** One admin command; `answer` is what the administrator types when asked (nothing: the input is closed). */
    const adminAnswering = (answer: string, ...args: string[]) => {
      const env: NodeJS.ProcessEnv = { ...process.env, ZZ_BUREAU_DATA: bureau.dataDir };
      delete env.DATABASE_URL;
      if (bureau.databaseUrl) env.DATABASE_URL = bureau.databaseUrl;
      const running = run(tsx, [cli, ...args], { env });
      running.child.stdin?.end(answer);
      return running;
    };
    const admin = (...args: string[]) => adminAnswering('', ...args);

    it('hands over a verdict by USB: enroll, import the .zzverdict, then the same receipt over HTTP', async () => {
      const { stdout: code } = await admin('enroll-code', '--device-name', '秘书处笔记本');
      const key = generateEd25519KeyPair();
      const enrolled = await bureau.send({
        method: 'POST',
        path: bureauPaths.devices,
        body: { enrollmentCode: code.trim(), publicKey: bytesToBase64(key.publicKey), deviceName: '秘书处笔记本' },
      });
      expect(enrolled.status).toBe(201);
      const device = { deviceId: enrollmentResponseSchema.parse(enrolled.json).deviceId, ...key };

      // As the workstation seals a version: the minutes' digest and the audit chain's head inside what is signed.
      const bundle = { ...sampleBundle(`V-usb-${name}`), minutes: { sha256: '4d'.repeat(32), bytes: 126_378 }, auditHead: '1c'.repeat(32) };
      const signed = signBundle(bundle, device);
      const file = join(bureau.dataDir, 'handover.zzverdict');
      await fs.writeFile(file, JSON.stringify(signed));
      const imported = await admin('import-verdict', file, '--yes');
      const receipt = receiptSchema.parse(JSON.parse(imported.stdout));
      expect(imported.stderr).toContain('已接收裁决');
      const expected = { verdictId: signed.bundle.verdictId, versionNo: 1, sha256: bundleDigest(signed.bundle) };
      expect(verifyReceipt(receipt, bureau.key.publicKey, expected)).toBe(true);

      const again = await admin('import-verdict', file, '--yes');
      expect(JSON.parse(again.stdout)).toEqual(receipt);
      expect(again.stderr).toContain('此前已接收');
      const overHttp = await bureau.signed(device, { method: 'PUT', path: bureauPaths.verdictVersion(signed.bundle.verdictId, 1), body: signed });
      expect(overHttp.status).toBe(200);
      expect(putVerdictResponseSchema.parse(overHttp.json).receipt).toEqual(receipt);

      const stored = await bureau.repository.findVersion(signed.bundle.verdictId, 1);
      expect(JSON.parse(stored!.signedBundle)).toMatchObject({ bundle: { auditHead: '1c'.repeat(32), minutes: bundle.minutes } });

      // The one digest of the version, whole, as the workstation shows it and the receipt carries it.
      const listed = await admin('verdicts', 'list');
      expect(listed.stdout).toContain(`#${receipt.seq}\t${signed.bundle.verdictId} 第1版`);
      expect(listed.stdout).toContain(`\t${expected.sha256}\n`);
      const csv = join(bureau.dataDir, 'verdicts.csv');
      await admin('verdicts', 'export', '--csv', csv);
      expect(await fs.readFile(csv, 'utf8')).toContain(`${receipt.seq},${signed.bundle.verdictId},1,`);
      expect(await fs.readFile(csv, 'utf8')).toContain(`,${expected.sha256},`);

      const tampered = join(bureau.dataDir, 'tampered.zzverdict');
      await fs.writeFile(tampered, JSON.stringify({ ...signed, bundle: { ...signed.bundle, outcome: 'fail' } }));
      await expect(admin('import-verdict', tampered, '--yes')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('签名') });
    }, cliTimeoutMs);

    it('imports a file from a workstation that never enrolled once the administrator confirms its fingerprint', async () => {
      const key = generateEd25519KeyPair();
      const bundle = sampleBundle(`V-unenrolled-${name}`);
      const envelope = signBundle(bundle, { deviceId: unenrolledDeviceId(key.publicKey), secretKey: key.secretKey });
      const label = signHandoverLabel(envelope, { meetingTitle: '第十二次审评会', standardName: '家用电子膨胀阀', proposedCode: 'T/ZZB 1234—2026' }, key.secretKey, nobleEd25519);
      const file = join(bureau.dataDir, 'never-enrolled.zzverdict');
      await fs.writeFile(file, JSON.stringify({ ...envelope, handover: label }));

      const tampered = join(bureau.dataDir, 'never-enrolled-tampered.zzverdict');
      await fs.writeFile(tampered, JSON.stringify({ ...envelope, handover: { ...label, meetingTitle: '另一次会议' } }));
      const refused = await adminAnswering('y\n', 'import-verdict', tampered).catch((error: { code: number; stderr: string }) => error);
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('签名无法用文件所附的设备公钥核验') });
      expect(refused.stderr).not.toContain('确认导入');

      const declined = await adminAnswering('n\n', 'import-verdict', file).catch((error: { code: number; stderr: string }) => error);
      expect(declined).toMatchObject({ code: 1, stderr: expect.stringContaining('已取消，未导入任何内容') });
      expect(declined.stderr).toContain(`设备密钥指纹：${deviceKeyFingerprint(key.publicKey)}`);
      expect(declined.stderr).toContain('会议：第十二次审评会（M-2026-0147）');
      expect(declined.stderr).toContain('标准：T/ZZB 1234—2026 《家用电子膨胀阀》（S01）');
      expect(declined.stderr).toContain(`SHA-256：${bundleDigest(bundle)}`);
      expect(await bureau.repository.findVersion(bundle.verdictId, 1)).toBeNull();
      expect(await bureau.repository.findDevice(envelope.deviceId)).toBeNull();

      const imported = await adminAnswering('y\n', 'import-verdict', file);
      const receipt = receiptSchema.parse(JSON.parse(imported.stdout));
      expect(verifyReceipt(receipt, bureau.key.publicKey, { verdictId: bundle.verdictId, versionNo: 1, sha256: bundleDigest(bundle) })).toBe(true);
      expect(await bureau.repository.findDevice(envelope.deviceId)).toMatchObject({ publicKey: bytesToBase64(key.publicKey) });

      // The same workstation enrolls later with the same key: the verdict stays its own, the resend gets the one receipt.
      const { stdout: code } = await admin('enroll-code');
      const enrolled = await bureau.send({ method: 'POST', path: bureauPaths.devices, body: { enrollmentCode: code.trim(), publicKey: bytesToBase64(key.publicKey), deviceName: '秘书处笔记本' } });
      const device = { deviceId: enrollmentResponseSchema.parse(enrolled.json).deviceId, ...key };
      const resent = await bureau.signed(device, { method: 'PUT', path: bureauPaths.verdictVersion(bundle.verdictId, 1), body: signBundle(bundle, device) });
      expect(resent.status).toBe(200);
      expect(putVerdictResponseSchema.parse(resent.json).receipt).toEqual(receipt);
      const amended = { ...bundle, versionNo: 2, supersedes: bundleDigest(bundle), conclusion: '修订后同意通过。' };
      const second = await bureau.signed(device, { method: 'PUT', path: bureauPaths.verdictVersion(bundle.verdictId, 2), body: signBundle(amended, device) });
      expect(second.status).toBe(201);
    }, cliTimeoutMs);

    it('lists devices, revokes one (its requests then get 401), and prints stored ids escaped', async () => {
      const device = await bureau.enroll('会议室\u001b[2J工作站');
      const legacy = `V-legacy\u001b[2J\n#999\t${name}`;
      await bureau.repository.storeVersion(
        { verdictId: legacy, versionNo: 1, sha256: 'ab'.repeat(32), deviceId: device.deviceId, meetingId: 'M\tX', submissionId: 'S01', outcome: 'pass', finalizedAt: '2026-11-28T08:00:00.000Z', signedBundle: '{}' },
        (unsigned) => ({ ...unsigned, signature: 'A'.repeat(86) + '==' }),
        new Date().toISOString(),
      );
      const listed = await admin('verdicts', 'list');
      expect(listed.stdout).not.toContain('\u001b');
      expect(listed.stdout).toContain('V-legacy\\u{1b}[2J\\u{a}#999\\u{9}');
      expect(listed.stdout).toContain('M\\u{9}X/S01');

      const revoked = await admin('devices', 'revoke', device.deviceId);
      expect(revoked.stdout).toContain(`已停用设备 ${device.deviceId}`);
      const devices = await admin('devices', 'list');
      const row = devices.stdout.split('\n').find((line) => line.startsWith(device.deviceId));
      expect(row).toContain('会议室\\u{1b}[2J工作站');
      expect(row).toContain('已停用');
      const refused = await bureau.signed(device, { method: 'GET', path: bureauPaths.verdict('V-any') });
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.bytes.toString())).toMatchObject({ error: 'device-revoked' });
      await expect(admin('devices', 'revoke', device.deviceId)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('已于') });
    }, cliTimeoutMs);
  });
}
