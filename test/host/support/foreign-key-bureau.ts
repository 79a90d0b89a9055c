import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import { bundleDigest, type VerdictBundle } from '../../../shared/bundle/verdict-bundle.js';
import { generateEd25519KeyPair } from '../../../shared/protocol/ed25519.js';
import { signReceipt } from '../../../shared/protocol/receipt.js';

export type ForeignKeyBureau = {
  url: string;
  publicKey: Uint8Array;
  /** Verdict versions it has answered with a receipt of its own. */
  answered: { verdictId: string; versionNo: number }[];
  close(): Promise<void>;
};

/**
 * A bureau of an attacker's: takes any verdict and answers with a well-formed receipt for exactly
 * that bundle, signed with its own key instead of the key the workstation enrolled with.
 */
export const startForeignKeyBureau = async (): Promise<ForeignKeyBureau> => {
  const key = generateEd25519KeyPair();
  const answered: ForeignKeyBureau['answered'] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { bundle } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { bundle: VerdictBundle };
      answered.push({ verdictId: bundle.verdictId, versionNo: bundle.versionNo });
      const receipt = signReceipt(
        { verdictId: bundle.verdictId, versionNo: bundle.versionNo, sha256: bundleDigest(bundle), receivedAt: new Date().toISOString(), seq: answered.length },
        key.secretKey,
        nodeEd25519,
      );
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ receipt }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publicKey: key.publicKey,
    answered,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
