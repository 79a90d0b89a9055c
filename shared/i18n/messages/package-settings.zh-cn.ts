/** Settings fields for checking the signature of review packages. */
export const packageSettingsZhCN = {
  'settings.bureauKey': '评审包签名核验',
  'settings.bureauKeyId': '审评机构密钥编号',
  'settings.bureauKeyId.placeholder': '例如：bureau-2026',
  'settings.bureauPublicKey': '审评机构公钥',
  'settings.bureauPublicKey.placeholder': '44 个字符的 base64 编码',
  'settings.bureauPublicKey.help': '配置后，导入评审包时核验其签名，签名不符的评审包一律拒绝导入；留空则不核验签名。',
} as const;
