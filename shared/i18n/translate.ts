import type { Language } from '../settings/settings.js';
import { en } from './en.js';
import { zhCN, type MessageKey, type Messages } from './zh-cn.js';

const catalogues: Record<Language, Messages> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const translator =
  (language: Language): Translate =>
  (key, params) => {
    const template = catalogues[language][key];
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
  };
