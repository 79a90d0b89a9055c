import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-cn.js';
import { auditActions, auditCodes, auditTables, isAuditAction, isAuditDetailKey } from './audit-actions.js';

/** Every label key the audit log can ask for: each catalogued action, field, coded value and table. */
const labelKeys = [
  ...Object.keys(auditActions).map((action) => `audit.action.${action}`),
  ...new Set(Object.values(auditActions).flatMap((details) => Object.keys(details).map((key) => `audit.detail.${key}`))),
  ...auditCodes.map((code) => `audit.value.${code}`),
  ...auditTables.map((table) => `audit.table.${table}`),
];

describe('audit catalogue', () => {
  it('has a Chinese and an English label for every action, field and value it lists', () => {
    const missing = labelKeys.filter((key) => {
      const zh: unknown = (zhCN as Record<string, unknown>)[key];
      const english: unknown = (en as Record<string, unknown>)[key];
      return typeof zh !== 'string' || !/[\u4e00-\u9fff]/u.test(zh) || typeof english !== 'string' || english.trim() === '';
    });
    expect(missing).toEqual([]);
    expect(labelKeys.length).toBeGreaterThan(60);
  });

  it('knows its own actions and fields and nothing else', () => {
    expect(isAuditAction('recusal.declare')).toBe(true);
    expect(isAuditAction('toString')).toBe(false);
    expect(isAuditDetailKey('receivedAt')).toBe(true);
    expect(isAuditDetailKey('weight')).toBe(false);
  });
});
