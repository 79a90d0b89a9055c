import { z } from 'zod';
import { decodePublicKey } from '../package/signature.js';

export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;

const bureauUrlSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), {
    message: '上报地址须以 http:// 或 https:// 开头',
  });

/** The bureau's package-signing key; empty means none is configured and signed packages import as unchecked. */
const bureauPublicKeySchema = z
  .string()
  .trim()
  .refine((value) => value === '' || decodePublicKey(value) !== null, {
    message: '审评机构公钥须为 32 字节原始 Ed25519 公钥的 base64 编码（44 个字符）',
  });

export const settingsSchema = z.object({
  language: languageSchema,
  bureauUrl: bureauUrlSchema,
  secretaryName: z.string().trim().max(40, '秘书姓名不超过 40 个字'),
  bureauKeyId: z.string().trim().max(64, '密钥编号不超过 64 个字符'),
  bureauPublicKey: bureauPublicKeySchema,
  /** Minutes without any action after which the expert unlocked at the workstation is locked again. */
  idleLockMinutes: z.int('空闲锁定时间须为整数分钟').min(1, '空闲锁定时间至少 1 分钟').max(120, '空闲锁定时间不超过 120 分钟'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = {
  language: 'zh-CN',
  bureauUrl: '',
  secretaryName: '',
  bureauKeyId: '',
  bureauPublicKey: '',
  idleLockMinutes: 10,
};
