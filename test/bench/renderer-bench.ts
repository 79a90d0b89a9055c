import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openProfile, startWorkstation } from '../e2e/support/workstation.js';
import { openMeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../electron/services/meeting/open-meeting-deps.js';
import type { BenchFigure } from './figure.js';

const meetingCount = 200;

/**
 * The code the first screen waits for: the entry chunk and every chunk index.html preloads beside it.
 * Screens loaded on demand, pdf.js, its worker and fonts come later and are measured apart.
 */
const mainBundleGzipKiB = async (): Promise<number> => {
  const html = await readFile(join('dist', 'renderer', 'index.html'), 'utf8');
  const names = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  if (names.length === 0) throw new Error('dist/renderer/index.html names no script');
  let bytes = 0;
  for (const name of names) bytes += gzipSync(await readFile(join('dist', 'renderer', 'assets', name))).byteLength;
  return bytes / 1024;
};

/** Writes the meetings into the host's store, as 200 imports would have left it. */
const seedMeetings = (dataDir: string, count: number) => {
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  try {
    store.writeNow({ meetingId: null }, (tx) => {
      for (let i = 1; i <= count; i += 1) {
        const day = String((i % 28) + 1).padStart(2, '0');
        tx.meetings.put({
          id: `M-2026-${String(i).padStart(4, '0')}`,
          packageId: null,
          title: `2026年第${i}批“浙江制造”标准技术审评会`,
          reviewType: 'technical',
          startsAt: `2026-10-${day}T09:30:00+08:00`,
          venue: '杭州市西湖区省标准化研究院三楼会议室',
          organizer: '浙江省品牌建设联合会',
          rubric: null,
          rules: null,
        });
      }
    });
  } finally {
    store.close();
  }
};

/** Time from navigation until the meeting table shows, with 200 meetings stored. */
const firstScreenMs = async (): Promise<number> => {
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-bench-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await page.getByText('还没有审评会').waitFor();
    seedMeetings(workstation.dataDir, meetingCount);
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      await page.reload({ waitUntil: 'commit' });
      // The page's own clock starts at navigation; checking every frame keeps Playwright's round trips out.
      const shownAt = await page.waitForFunction((total) => document.body.innerText.includes(`共 ${total} 次审评会`) && performance.now(), meetingCount, { polling: 'raf' });
      times.push(Number(await shownAt.jsonValue()));
    }
    return times.sort((a, b) => a - b)[2] ?? Number.NaN;
  } finally {
    await context.close();
    await workstation.stop();
  }
};

export const measure = async (): Promise<BenchFigure[]> => {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  return [
    { name: 'renderer.main-bundle gzip', value: await mainBundleGzipKiB(), unit: 'KiB', goal: '≤ 600 KB' },
    { name: `renderer.first-screen ${meetingCount} meetings`, value: await firstScreenMs(), unit: 'ms', goal: '≤ 1000 ms' },
  ];
};
