import { z } from 'zod';

export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;

const bureauUrlSchema = z
  .string()
  .trim()
  .refine((value) => value === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), {
    message: '上报地址须以 http:// 或 https:// 开头',
  });

export const settingsSchema = z.object({
  language: languageSchema,
  bureauUrl: bureauUrlSchema,
  secretaryName: z.string().trim().max(40, '秘书姓名不超过 40 个字'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = {
  language: 'zh-CN',
  bureauUrl: '',
  secretaryName: '',
};
