import { HostFailure } from '../../../shared/api/result.js';
import { entryPathProblems } from '../../../shared/package/entry-path.js';

/** Every reason DESIGN.md section 4 gives for refusing a package, worded as the user reads it. */
export const rejectionRules = {
  'not-a-zip': '不是有效的 ZIP 压缩包',
  damaged: '压缩包已损坏',
  'manifest-missing': '缺少清单文件 manifest.json',
  'manifest-too-large': '清单文件超过 1 MiB',
  'manifest-invalid': '清单文件无效',
  'unknown-format': '不是评审包格式',
  'unknown-version': '不支持的评审包版本',
  ...entryPathProblems,
  link: '条目为链接',
  'duplicate-entry': '条目重复',
  unlisted: '条目未在清单中列出',
  'file-missing': '清单所列文件缺失',
  'wrong-size': '文件大小与清单不符',
  'wrong-hash': '文件 SHA-256 摘要与清单不符',
  'too-many-entries': '条目超过 2,000 个',
  'file-too-large': '单个文件超过 200 MiB',
  'total-too-large': '解压后总大小超过 2 GiB',
  'compression-ratio': '压缩比超过 200（疑似压缩炸弹）',
  encrypted: '条目已加密或使用不支持的压缩方式',
  'bad-signature': '签名无效',
} as const;
export type RejectionRule = keyof typeof rejectionRules;

export const packageRejectedCode = 'package-rejected';

/** The message names the rule and the entry; `field` is the entry so the preview can point at it. */
export const rejectPackage = (rule: RejectionRule, entry: string, detail?: string): HostFailure =>
  new HostFailure(
    packageRejectedCode,
    `评审包被拒绝：${rejectionRules[rule]}（条目：${entry}）${detail ? `。${detail}` : ''}`,
    entry,
  );
