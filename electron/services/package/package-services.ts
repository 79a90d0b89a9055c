import { decodePublicKey } from '../../../shared/package/signature.js';
import type { HostDeps } from '../host-deps.js';
import { createSettingsService } from '../settings-service.js';
import { createMaterialStore, type MaterialStore } from './material-store.js';
import { createPackageJobs, type PackageJobs } from './package-jobs.js';
import type { BureauKey } from './package-reader.js';
import { createStaging, type Staging } from './staging.js';

/**
 * The data folder's staging area, its content store and the package imports in flight: one of each per
 * host, shared by the package calls (which stage a package) and the meeting import (which commits it).
 * One staging area only, since opening one clears whatever an earlier run left there.
 */
export type PackageServices = { staging: Staging; materials: MaterialStore; jobs: PackageJobs };

export const openPackageServices = (deps: HostDeps): PackageServices => {
  const settings = createSettingsService(deps.settings);
  const staging = createStaging(deps.dataDir);
  const materials = createMaterialStore(deps.dataDir);
  const bureauKey = (): BureauKey | null => {
    const { bureauKeyId, bureauPublicKey } = settings.read();
    const publicKey = bureauPublicKey ? decodePublicKey(bureauPublicKey) : null;
    return publicKey && { keyId: bureauKeyId, publicKey };
  };
  return { staging, materials, jobs: createPackageJobs({ staging, store: materials, bureauKey }) };
};
