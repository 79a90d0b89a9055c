// electron-builder afterPack hook: flips the Electron fuses of the packaged binary, before signing,
// then reads them back so a package with a fuse left at its default can never be produced.
const { FuseV1Options, FuseVersion, getCurrentFuseWire } = require('@electron/fuses');
const { Arch } = require('electron-builder');
const { join } = require('node:path');

// @electron/fuses 1.6.1's enum and wire builder stop at index 6, so its flipFuses would silently
// skip this fuse; Electron has had it at index 7 since v29.
const grantFileProtocolExtraPrivileges = 7;

const wanted = [
  ['RunAsNode', FuseV1Options.RunAsNode, false],
  ['EnableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
  ['EnableNodeOptionsEnvironmentVariable', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  ['EnableNodeCliInspectArguments', FuseV1Options.EnableNodeCliInspectArguments, false],
  ['EnableEmbeddedAsarIntegrityValidation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  ['OnlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
  ['GrantFileProtocolExtraPrivileges', grantFileProtocolExtraPrivileges, false],
];

// FuseState in the binary: ASCII '1' enabled, '0' disabled.
const fuseByte = (enabled) => (enabled ? 0x31 : 0x30);

/** The same executable path electron-builder's `addElectronFuses` writes to. */
const electronBinaryPath = (context) => {
  const { packager, appOutDir, electronPlatformName } = context;
  if (electronPlatformName === 'linux') return join(appOutDir, packager.executableName);
  const extension = { darwin: '.app', mas: '.app', win32: '.exe' }[electronPlatformName];
  return join(appOutDir, `${packager.appInfo.productFilename}${extension}`);
};

exports.default = async function afterPack(context) {
  // electron-builder's own helper flips with the @electron/fuses it bundles, which knows every fuse of Electron 45.
  await context.packager.addElectronFuses(context, {
    version: FuseVersion.V1,
    // Unsigned arm64 macOS builds refuse to launch after a binary edit unless re-signed ad hoc.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === Arch.arm64,
    ...Object.fromEntries(wanted.map(([, index, enabled]) => [index, enabled])),
  });

  const wire = await getCurrentFuseWire(electronBinaryPath(context));
  const wrong = wanted
    .filter(([, index, enabled]) => wire[index] !== fuseByte(enabled))
    .map(([name, , enabled]) => `${name} should be ${enabled ? 'on' : 'off'}`);
  if (wrong.length > 0) throw new Error(`Electron fuses not set on ${electronBinaryPath(context)}: ${wrong.join('; ')}`);
};
