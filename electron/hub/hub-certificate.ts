import { X509Certificate } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export type HubCertificate = { key: string; cert: string; fingerprint: string };

/** The workstation's one hub certificate and its private key, in the data folder. */
export const hubCertificateFile = 'hub-certificate.pem';
export const hubKeyFile = 'hub-key.pem';

const validYears = 10;

/** SHA-256 of the certificate as a browser's certificate viewer shows it: colon-separated hex. */
export const fingerprintOf = (cert: string): string => new X509Certificate(cert).fingerprint256;

const readExisting = async (dataDir: string): Promise<HubCertificate | null> => {
  try {
    const [key, cert] = await Promise.all([readFile(join(dataDir, hubKeyFile), 'utf8'), readFile(join(dataDir, hubCertificateFile), 'utf8')]);
    return { key, cert, fingerprint: fingerprintOf(cert) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

/** Only its owner may read either file; each appears whole or not at all. */
const writePrivate = async (path: string, content: string): Promise<void> => {
  await writeFile(`${path}.tmp`, content, { mode: 0o600 });
  await rename(`${path}.tmp`, path);
};

/**
 * The hub's certificate, generated the first time HTTPS is asked for and kept, so its fingerprint
 * stays the same from meeting to meeting. Self-signed: no authority vouches for a room's workstation,
 * so browsers warn once and an expert who cares compares the fingerprint shown beside the QR code.
 */
export const loadHubCertificate = async (dataDir: string, addresses: readonly string[], now = new Date()): Promise<HubCertificate> => {
  const existing = await readExisting(dataDir);
  if (existing !== null) return existing;
  const notAfterDate = new Date(now);
  notAfterDate.setFullYear(notAfterDate.getFullYear() + validYears);
  const pems = await generate([{ name: 'commonName', value: 'zz-review-hub' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, ...addresses.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  // The key first: a certificate without its key would be read as complete next time.
  await writePrivate(join(dataDir, hubKeyFile), pems.private);
  await writePrivate(join(dataDir, hubCertificateFile), pems.cert);
  return { key: pems.private, cert: pems.cert, fingerprint: fingerprintOf(pems.cert) };
};
