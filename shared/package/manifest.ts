import { z } from 'zod';
import { expertSchema } from '../model/expert.js';
import { meetingSchema } from '../model/meeting.js';
import { materialSchema, submissionSchema } from '../model/submission.js';
import { entryPathProblem, entryPathProblems } from './entry-path.js';
import { materialsFolder, packageLimits } from './limits.js';

const materialPathSchema = z
  .string()
  .superRefine((path, context) => {
    const problem = entryPathProblem(path);
    if (problem) context.addIssue({ code: 'custom', message: `材料路径不安全（${entryPathProblems[problem]}）：${path}` });
    else if (!path.startsWith(materialsFolder) || path.endsWith('/'))
      context.addIssue({ code: 'custom', message: `材料须是 materials/ 下的文件：${path}` });
  });

export const manifestMaterialSchema = materialSchema.omit({ id: true, meetingId: true, submissionId: true, position: true }).extend({
  path: materialPathSchema,
  mediaType: z.string().trim().min(1, '材料须注明媒体类型'),
  bytes: z.int().nonnegative().max(packageLimits.fileBytes, '单个材料不能超过 200 MiB'),
});
export type ManifestMaterial = z.infer<typeof manifestMaterialSchema>;

export const manifestSubmissionSchema = submissionSchema.omit({ meetingId: true, phase: true }).extend({
  materials: z.array(manifestMaterialSchema),
});
export type ManifestSubmission = z.infer<typeof manifestSubmissionSchema>;

export const manifestExpertSchema = expertSchema.omit({ meetingId: true, present: true });
export type ManifestExpert = z.infer<typeof manifestExpertSchema>;

export const manifestMeetingSchema = meetingSchema.omit({ packageId: true });
export type ManifestMeeting = z.infer<typeof manifestMeetingSchema>;

const duplicates = (values: string[]): string[] => values.filter((value, index) => values.indexOf(value) !== index);

/** `manifest.json` of a `.zzpkg`, version 1 (DESIGN.md section 4). */
export const manifestSchema = z
  .object({
    format: z.literal('zzpkg', '不是评审包清单（format 须为 "zzpkg"）'),
    version: z.literal(1, '不支持的评审包版本（仅支持 1）'),
    packageId: z.guid('评审包编号须为 UUID'),
    issuedAt: z.iso.datetime({ offset: true, message: '签发时间须为带时区的 ISO 8601 时间' }),
    issuer: z.object({
      name: z.string().trim().min(1, '签发单位不能为空'),
      keyId: z.string(),
    }),
    meeting: manifestMeetingSchema,
    panel: z.array(manifestExpertSchema).min(1, '专家组不能为空'),
    submissions: z.array(manifestSubmissionSchema).min(1, '至少要有一个送审项目'),
  })
  .superRefine((manifest, context) => {
    for (const id of duplicates(manifest.panel.map((expert) => expert.id)))
      context.addIssue({ code: 'custom', path: ['panel'], message: `专家编号重复：${id}` });
    for (const id of duplicates(manifest.submissions.map((submission) => submission.id)))
      context.addIssue({ code: 'custom', path: ['submissions'], message: `送审项目编号重复：${id}` });
    const materials = manifest.submissions.flatMap((submission) => submission.materials);
    for (const path of duplicates(materials.map((material) => material.path)))
      context.addIssue({ code: 'custom', path: ['submissions'], message: `材料路径重复：${path}` });
    if (materials.reduce((sum, material) => sum + material.bytes, 0) > packageLimits.totalBytes)
      context.addIssue({ code: 'custom', path: ['submissions'], message: '材料总大小不能超过 2 GiB' });
    const { rubric, reviewType } = manifest.meeting;
    if (rubric && rubric.reviewType !== reviewType)
      context.addIssue({ code: 'custom', path: ['meeting', 'rubric', 'reviewType'], message: '评分表的审评类型与会议不一致' });
  });
export type PackageManifest = z.infer<typeof manifestSchema>;

/** Every material of the manifest with the submission it belongs to, in manifest order. */
export const manifestMaterials = (manifest: PackageManifest): { submissionId: string; material: ManifestMaterial }[] =>
  manifest.submissions.flatMap((submission) => submission.materials.map((material) => ({ submissionId: submission.id, material })));
