import { hostname } from 'node:os';
import type { HostFailure } from '../../../shared/api/result.js';
import type { DeliverResult, SyncStatus } from '../../../shared/api/calls/sync-calls.js';
import { signBundle } from '../../../shared/bundle/signed-bundle.js';
import { type VerdictBundle, bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import { base64ToBytes, bytesToBase64 } from '../../../shared/protocol/base64.js';
import { errorBodySchema } from '../../../shared/protocol/error-body.js';
import { bureauPaths, enrollmentResponseSchema } from '../../../shared/protocol/messages.js';
import { signHandoverLabel, unenrolledDeviceId, type VerdictFile } from '../../../shared/sync/verdict-file.js';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import { createSettingsService, type SettingsBackend } from '../settings-service.js';
import { type BureauAnswer, type BureauEndpoint, BureauUnreachable, callBureau, exchangeJson, unreachableFailure } from './bureau-http.js';
import { deliveryOutcome } from './delivery-outcome.js';
import { createDeviceKeyStore, type DeviceKeyPair } from './device-key.js';
import { createEnrollmentFile, type EnrollmentRecord } from './enrollment-file.js';
import { saveDownloadedPackage } from './package-download.js';
import type { SecretProtector } from './secret-protector.js';
import { hostRefusal, hostRefusalAs } from '../../../shared/api/host-refusal.js';

export interface SyncServiceOptions {
  dataDir: string;
  settings: SettingsBackend;
  secretProtector?: SecretProtector | undefined;
  /** Injected by tests: a proxy in front of the bureau, a skewed clock, a short timeout. */
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
  downloadTimeoutMs?: number;
  /** The bureau answers again after it could not be reached (or for the first time since the host started). */
  onReachable?: () => void;
}

const defaultTimeoutMs = 30_000;
const defaultDownloadTimeoutMs = 10 * 60_000;

type Enrolled = { record: EnrollmentRecord; key: DeviceKeyPair; bureauUrl: string };

/**
 * The workstation's side of DESIGN.md section 5 on the host: its device key, enrollment, signed
 * verdict delivery with receipt verification, package download and `.zzverdict` envelopes. It keeps
 * no queue and decides nothing about what may be signed: the outbox runner and the export hand it
 * only bundles the meeting store's signing ledger holds. Every call here is safe to repeat.
 */
export const createSyncService = (options: SyncServiceOptions) => {
  const now = options.now ?? (() => new Date());
  const settings = createSettingsService(options.settings);
  const keys = createDeviceKeyStore(options.dataDir, options.secretProtector);
  const enrollment = createEnrollmentFile(options.dataDir);
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  let lastContact: { at: string; reachable: boolean; problem: string | null } | null = null;

  const endpoint = (baseUrl: string): BureauEndpoint => ({ baseUrl, fetch: options.fetch ?? fetch, timeoutMs });

  const contact = (reachable: boolean, problem: string | null) => {
    const cameBack = reachable && lastContact?.reachable !== true;
    lastContact = { at: now().toISOString(), reachable, problem };
    if (cameBack) options.onReachable?.();
  };

  /** Any exchange with the bureau, remembered as the last contact. */
  const reach = async <T>(exchange: () => Promise<T>): Promise<T> => {
    try {
      const result = await exchange();
      contact(true, null);
      return result;
    } catch (error) {
      contact(!(error instanceof BureauUnreachable), (error as Error).message);
      throw error;
    }
  };

  /**
   * The enrollment that matches the current device key, or null: a key replaced since is not enrolled.
   * The address may be changed in the settings; the bureau key that checks receipts never is: it is
   * the one the bureau gave at enrollment, kept beside the device key, whatever the settings say.
   */
  const enrolled = async (): Promise<Enrolled | null> => {
    const [record, key] = await Promise.all([enrollment.read(), keys.current()]);
    if (!record || !key || record.devicePublicKey !== bytesToBase64(key.publicKey)) return null;
    return { record, key, bureauUrl: settings.read().bureauUrl || record.bureauUrl };
  };

  const requireEnrolled = async (): Promise<Enrolled> => {
    const found = await enrolled();
    if (!found) throw hostRefusal('not-enrolled', 'enrollment');
    return found;
  };

  const status = async (): Promise<SyncStatus> => {
    const found = await enrolled().catch(() => null);
    const current = settings.read();
    return {
      enrolled: found !== null,
      deviceId: found?.record.deviceId ?? null,
      deviceName: found?.record.deviceName ?? null,
      enrolledAt: found?.record.enrolledAt ?? null,
      bureauUrl: current.bureauUrl,
      // The key receipts are checked with; the settings' package-signing key may since have been changed.
      bureauKeyId: found?.record.bureauKeyId ?? current.bureauKeyId,
      online: lastContact?.reachable ?? null,
      lastContact: lastContact && { at: lastContact.at, problem: lastContact.problem },
      keyProtection: await keys.protection(),
    };
  };

  /**
   * A `.zzverdict` for a USB hand-over, enrolled or not: the device key exists before any enrollment
   * (made here on first need), and a workstation the bureau has never seen signs under the id derived
   * from that key, which the bureau's `import-verdict` checks and shows as the key's fingerprint.
   */
  const handoverFile = async (bundle: VerdictBundle, label: { meetingTitle: string; standardName: string; proposedCode: string }): Promise<VerdictFile> => {
    const key = await keys.loadOrCreate(now());
    const found = await enrolled();
    const deviceId = found?.record.deviceId ?? unenrolledDeviceId(key.publicKey);
    const envelope = signBundle(bundle, { deviceId, secretKey: key.secretKey }, nodeEd25519);
    return { ...envelope, handover: signHandoverLabel(envelope, label, key.secretKey, nodeEd25519) };
  };

  const enrollmentFailure = (answer: BureauAnswer): HostFailure => {
    const error = errorBodySchema.safeParse(answer.json);
    const message = error.success ? error.data.message : `HTTP ${answer.status}`;
    if (answer.status === 401) return hostRefusal('enrollment-refused', 'code', { message });
    if (answer.status === 422) {
      const field = error.success && error.data.field === 'deviceName' ? 'deviceName' : 'code';
      return hostRefusal('enrollment-refused', field, { message });
    }
    return hostRefusal('enrollment-failed', 'bureauUrl', { status: answer.status, message });
  };

  return {
    status,
    handoverFile,
    /** Makes sure the device key can sign (creating it on first need), so an export is refused before its file is chosen. */
    deviceKeyReady: async (): Promise<void> => {
      await keys.loadOrCreate(now());
    },
    /** Whether there is a bureau to send to; until then the outbox attempts nothing. */
    isEnrolled: async (): Promise<boolean> => (await enrolled().catch(() => null)) !== null,

    async enroll(input: { bureauUrl: string; code: string; deviceName: string }): Promise<SyncStatus> {
      const key = await keys.loadOrCreate(now());
      const deviceName = input.deviceName || hostname();
      const body = JSON.stringify({ enrollmentCode: input.code, publicKey: bytesToBase64(key.publicKey), deviceName });
      let answer: BureauAnswer;
      try {
        answer = await reach(() => exchangeJson(endpoint(input.bureauUrl), { method: 'POST', path: bureauPaths.devices, body }));
      } catch (error) {
        if (error instanceof BureauUnreachable) throw unreachableFailure(error, 'bureauUrl');
        throw error;
      }
      if (answer.status !== 201) throw enrollmentFailure(answer);
      const parsed = enrollmentResponseSchema.safeParse(answer.json);
      if (!parsed.success) throw hostRefusalAs('enrollment-failed', 'refusal.reason.enrollment-answer-invalid', 'bureauUrl', { url: input.bureauUrl });
      const { deviceId, bureauKeyId, bureauPublicKey } = parsed.data;
      await enrollment.write({
        deviceId,
        deviceName,
        devicePublicKey: bytesToBase64(key.publicKey),
        bureauUrl: input.bureauUrl,
        bureauKeyId,
        bureauPublicKey,
        enrolledAt: now().toISOString(),
      });
      // The bureau's key also checks the packages it signs, so the settings' package-signature fields take it too.
      settings.update({ bureauUrl: input.bureauUrl, bureauKeyId, bureauPublicKey });
      return status();
    },

    /** Signs and sends one bundle; resending the same bundle is always safe (the bureau answers 200 with the same receipt). */
    async deliver(bundle: VerdictBundle): Promise<DeliverResult> {
      const found = await enrolled();
      if (!found) return { status: 'retry', message: '本机尚未在局端注册，注册后将自动上报' };
      if (!found.bureauUrl) return { status: 'retry', message: '未设置局端地址，请在设置中填写' };
      const envelope = signBundle(bundle, { deviceId: found.record.deviceId, secretKey: found.key.secretKey }, nodeEd25519);
      const signedAt = now();
      let answer: BureauAnswer;
      try {
        answer = await reach(() =>
          exchangeJson(endpoint(found.bureauUrl), {
            method: 'PUT',
            path: bureauPaths.verdictVersion(bundle.verdictId, bundle.versionNo),
            body: JSON.stringify(envelope),
            signer: { deviceId: found.record.deviceId, secretKey: found.key.secretKey, now: signedAt },
          }),
        );
      } catch (error) {
        if (error instanceof BureauUnreachable) return { status: 'retry', message: error.message };
        throw error;
      }
      const result = deliveryOutcome(answer, {
        expected: { verdictId: bundle.verdictId, versionNo: bundle.versionNo, sha256: bundleDigest(bundle) },
        bureauPublicKey: base64ToBytes(found.record.bureauPublicKey),
        deviceId: found.record.deviceId,
        signedAt,
      });
      if (result.status !== 'delivered') contact(true, result.message);
      return result;
    },

    /** Fetches a meeting's published package into the downloads folder, for `package.inspect`. */
    async downloadPackage(meetingId: string): Promise<{ downloadId: string; bytes: number }> {
      const found = await requireEnrolled();
      const call = {
        method: 'GET',
        path: bureauPaths.meetingPackage(meetingId),
        signer: { deviceId: found.record.deviceId, secretKey: found.key.secretKey, now: now() },
        timeoutMs: options.downloadTimeoutMs ?? defaultDownloadTimeoutMs,
      };
      let response: Response;
      try {
        response = await reach(() => callBureau(endpoint(found.bureauUrl), call));
      } catch (error) {
        throw error instanceof BureauUnreachable ? unreachableFailure(error, 'meetingId') : error;
      }
      if (response.status === 404) throw hostRefusalAs('not-found', 'refusal.reason.package-not-published', 'meetingId', { meetingId });
      if (response.status !== 200) {
        const error = errorBodySchema.safeParse(await response.json().catch(() => null));
        const params = { meetingId, status: response.status };
        if (!error.success) throw hostRefusalAs('download-failed', 'refusal.reason.download-answered', 'meetingId', params);
        throw hostRefusalAs('download-failed', 'refusal.reason.download-refused', 'meetingId', { ...params, message: error.data.message });
      }
      return saveDownloadedPackage(options.dataDir, response, meetingId);
    },
  };
};
export type SyncService = ReturnType<typeof createSyncService>;
