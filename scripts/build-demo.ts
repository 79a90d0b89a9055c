import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { buildDemoPackage, demoOutputPath } from './demo/demo-package.js';

// Builds dist/demo/demo-meeting.zzpkg from resources/demo/: the fictional meeting 「载入示例审评会」 imports.
try {
  const started = Date.now();
  const { manifest, archive } = await buildDemoPackage();
  mkdirSync(dirname(demoOutputPath), { recursive: true });
  writeFileSync(demoOutputPath, archive);
  const materials = manifest.submissions.reduce((count, submission) => count + submission.materials.length, 0);
  const sha256 = createHash('sha256').update(archive).digest('hex');
  console.log(
    `示例评审包已生成：${relative(process.cwd(), demoOutputPath)}（${manifest.meeting.id}，${manifest.submissions.length} 个送审项目，${materials} 份材料，` +
      `${(archive.byteLength / 1024).toFixed(0)} KiB，${((Date.now() - started) / 1000).toFixed(1)} s）\nSHA-256 ${sha256}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
