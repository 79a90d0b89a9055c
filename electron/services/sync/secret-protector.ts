/**
 * Encryption by the operating system's key store, for secrets at rest: Electron's `safeStorage`
 * (Keychain, DPAPI, libsecret) wired in main.ts. Absent in the browser shell.
 */
export interface SecretProtector {
  isAvailable(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(encrypted: Buffer): Buffer;
}
