import type { packageSettingsZhCN } from './package-settings.zh-cn.js';

export const packageSettingsEn: Record<keyof typeof packageSettingsZhCN, string> = {
  'settings.bureauKey': 'Review package signatures',
  'settings.bureauKeyId': 'Bureau key id',
  'settings.bureauKeyId.placeholder': 'e.g. bureau-2026',
  'settings.bureauPublicKey': 'Bureau public key',
  'settings.bureauPublicKey.placeholder': '44 characters of base64',
  'settings.bureauPublicKey.help':
    'When set, every imported review package must carry a signature that verifies with this key; packages with a wrong signature are refused. Leave empty to skip the check.',
};
