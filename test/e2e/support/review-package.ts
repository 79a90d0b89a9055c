import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { PackageManifest } from '../../../shared/package/manifest.js';
import { openMeetingStore, type MeetingStore } from '../../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../../electron/services/meeting/open-meeting-deps.js';
import { withMaterialDigests, writePackageFile, type PackageSigningKey } from '../../../electron/services/package/package-writer.js';
import type { Workstation } from './workstation.js';

/**
 * Stand-in material content: the import checks sizes and hashes, not what the file shows. Random filler,
 * because a file that compresses more than 200-fold is refused as a zip bomb.
 */
const pdfBytes = (label: string, kib: number) => {
  const head = Buffer.from(`%PDF-1.4\n% ${label}\n`, 'utf8');
  return new Uint8Array(Buffer.concat([head, randomBytes(kib * 1024 - head.length)]));
};

export const packageMeetingId = 'M-2026-0147';

const material = (submissionId: string, kind: 'draft' | 'explanation' | 'benchmark', title: string) => ({
  kind,
  title,
  path: `materials/${submissionId}/${kind}.pdf`,
  mediaType: 'application/pdf',
  bytes: 0,
  sha256: '0'.repeat(64),
});

/** A two-submission technical review with a five-person panel, as the bureau would issue it. */
export const sampleManifest = (): PackageManifest => ({
  format: 'zzpkg',
  version: 1,
  packageId: '6f1c2a4e-8b1d-4c3e-9f00-2b7d5e8a1c01',
  issuedAt: '2026-11-20T09:00:00+08:00',
  issuer: { name: '浙江省市场监督管理局', keyId: 'bureau-2026' },
  meeting: {
    id: packageMeetingId,
    title: '2026年第十二批“浙江制造”标准技术审评会',
    reviewType: 'technical',
    startsAt: '2026-11-28T09:30:00+08:00',
    venue: '杭州市西湖区省标准化研究院三楼会议室',
    organizer: '浙江省品牌建设联合会',
    rubric: null,
    rules: null,
  },
  panel: [
    { id: 'E01', name: '张建国', organization: '浙江省标准化研究院', title: '研究员', field: '标准化', role: 'chair', affiliations: [] },
    { id: 'E02', name: '李慧敏', organization: '浙江大学机械工程学院', title: '教授', field: '流体传动与控制', role: 'vice-chair', affiliations: [] },
    { id: 'E03', name: '王志强', organization: '浙江省机电产品质量检测所有限公司', title: '正高级工程师', field: '机电产品检测', role: 'member', affiliations: [] },
    { id: 'E04', name: '陈晓燕', organization: '杭州市质量技术监督检测院', title: '高级工程师', field: '计量检测', role: 'member', affiliations: [] },
    { id: 'E05', name: '刘伟', organization: '浙江省制冷学会', title: '高级工程师', field: '制冷空调', role: 'member', affiliations: [] },
  ],
  submissions: [
    {
      id: 'S01',
      standardName: '燃气管道用球阀',
      proposedCode: 'T/ZZB 0999—2026',
      standardKind: 'product',
      leadDrafter: '浙江某某阀门股份有限公司',
      coDrafters: ['浙江省泵阀产品质量检验中心'],
      revisionOf: null,
      materials: [material('S01', 'draft', '送审稿'), material('S01', 'explanation', '编制说明'), material('S01', 'benchmark', '对标分析')],
    },
    {
      id: 'S02',
      standardName: '家用电冰箱用电子膨胀阀',
      proposedCode: 'T/ZZB 1000—2026',
      standardKind: 'product',
      leadDrafter: '浙江某某制冷部件有限公司',
      coDrafters: [],
      revisionOf: null,
      materials: [material('S02', 'draft', '送审稿'), material('S02', 'explanation', '编制说明')],
    },
  ],
});

/** Content for every material the manifest lists; sizes differ so the preview's size column shows KiB and MiB. */
export const materialFiles = (manifest: PackageManifest, sizeOf: (path: string) => number = (path) => (path.endsWith('draft.pdf') ? 1536 : 48)) =>
  new Map(manifest.submissions.flatMap((s) => s.materials.map((m) => [m.path, pdfBytes(m.path, sizeOf(m.path))] as const)));

type BuildOptions = {
  files?: Map<string, Uint8Array>;
  /** Entries the manifest does not list. */
  extra?: Map<string, Uint8Array>;
  signingKey?: PackageSigningKey;
};

/** Writes `<folder>/<name>` with the manifest's sizes and hashes taken from the files (by default `materialFiles`). */
export const buildPackage = async (folder: string, name: string, manifest: PackageManifest, options: BuildOptions = {}): Promise<string> => {
  const { files = materialFiles(manifest), extra = new Map(), signingKey } = options;
  const path = join(folder, name);
  await writePackageFile({ manifest: withMaterialDigests(manifest, files), files: new Map([...files, ...extra]), ...(signingKey ? { signingKey } : {}) }, path);
  return path;
};

/** Picks a file in the in-app dialog of the browser shell, by folder and name. */
export const chooseInAppFile = async (page: Page, title: string, folder: string, fileName: string) => {
  const dialog = page.getByRole('dialog', { name: title, exact: true });
  await dialog.getByLabel('文件夹').fill(folder);
  await dialog.getByRole('button', { name: '前往', exact: true }).click();
  await expect(dialog.getByLabel('文件夹')).toHaveValue(folder);
  await dialog.getByText(fileName, { exact: true }).click();
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await expect(dialog).toBeHidden();
};

/** The host's tables as the app's IndexedDB named them, `auditLog` included. */
type StoreTable = 'meetings' | 'experts' | 'submissions' | 'materials' | 'scoreSheets' | 'comments' | 'pledges' | 'recusals' | 'verdicts' | 'complianceReports' | 'auditLog';

/** The workstation's meeting store file, opened beside its host (SQLite lets both in) and closed again. */
const withStore = <T>(workstation: Workstation, work: (store: MeetingStore) => T): T => {
  const store = openMeetingStore({ path: join(workstation.dataDir, meetingStoreFile) });
  try {
    return work(store);
  } finally {
    store.close();
  }
};

/** Every row of one table of the host's meeting store, meeting by meeting. */
export const readTable = async <T = Record<string, unknown>>(workstation: Workstation, table: StoreTable): Promise<T[]> =>
  withStore(workstation, (store) =>
    store.read((tx) => {
      const meetings = tx.meetings.list();
      if (table === 'meetings') return meetings;
      if (table === 'auditLog') return meetings.flatMap((meeting) => tx.audit.ofMeeting(meeting.id));
      return meetings.flatMap((meeting): unknown[] => tx[table].list(meeting.id));
    }),
  ) as T[];

/**
 * Writes rows straight into one table of the host's meeting store, in one transaction, as work recorded
 * on another screen would be; the host announces nothing, so a screen shows them once it reads again.
 */
export const putRows = async (workstation: Workstation, table: Exclude<StoreTable, 'auditLog'>, rows: unknown[]): Promise<void> =>
  withStore(workstation, (store) =>
    store.writeNow({ meetingId: null }, (tx) => {
      // Each table checks its rows against the model, so the casts let nothing malformed through.
      for (const row of rows) (tx[table].put as (row: unknown) => unknown)(row);
    }),
  );
