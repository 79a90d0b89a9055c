import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { manifestMaterialSchema, manifestSchema, manifestSubmissionSchema } from '../../shared/package/manifest.js';

/**
 * The demo meeting's sources in `resources/demo/`: `meeting.json` holds the manifest facts, and one
 * JSON file per material holds its text as a short list of nodes. All prose lives in those files.
 */

const richTextSchema = z.union([z.string().min(1), z.array(z.object({ text: z.string().min(1), bold: z.boolean().optional() })).min(1)]);

/** A clause number as GB/T 1.1 writes it: chapter, then dot-separated sub-clause numbers. */
const clauseNumberSchema = z.string().regex(/^[1-9]\d*(\.[1-9]\d*)*$/, '条款编号须形如 5、5.2 或 5.2.1');

const columnSchema = z.tuple([z.string().min(1), z.number().positive().max(1)]).or(
  z.tuple([z.string().min(1), z.number().positive().max(1), z.enum(['left', 'center', 'right'])]),
);

export const sourceNodeSchema = z.discriminatedUnion('k', [
  /** A heading: numbered clause title when `n` is given, otherwise an unnumbered heading of level `l`. */
  z.object({ k: z.literal('h'), n: clauseNumberSchema.optional(), l: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(), t: z.string().min(1) }).strict(),
  /** A paragraph; with `n` a numbered clause without a title (GB/T 1.1 无标题条). */
  z.object({ k: z.literal('p'), n: clauseNumberSchema.optional(), t: richTextSchema }).strict(),
  /** The list of normative references, one document per line. */
  z.object({ k: z.literal('ref'), items: z.array(z.string().min(1)).min(1) }).strict(),
  /** letter: a) b) c); dash: ——; number: 1. 2. 3. */
  z.object({ k: z.literal('list'), style: z.enum(['letter', 'dash', 'number']), items: z.array(z.string().min(1)).min(1) }).strict(),
  z
    .object({
      k: z.literal('table'),
      title: z.string().min(1),
      cols: z.array(columnSchema).min(1),
      rows: z.array(z.array(z.string())).min(1),
    })
    .strict()
    .superRefine((table, context) => {
      const total = table.cols.reduce((sum, [, width]) => sum + width, 0);
      if (Math.abs(total - 1) > 0.005) context.addIssue({ code: 'custom', path: ['cols'], message: `${table.title}：列宽之和须为 1（现为 ${total.toFixed(3)}）` });
      table.rows.forEach((row, index) => {
        if (row.length !== table.cols.length)
          context.addIssue({ code: 'custom', path: ['rows', index], message: `${table.title}：第 ${index + 1} 行有 ${row.length} 格，表头有 ${table.cols.length} 列` });
      });
    }),
  z.object({ k: z.literal('note'), t: z.string().min(1) }).strict(),
  z.object({ k: z.literal('break') }).strict(),
]);
export type SourceNode = z.infer<typeof sourceNodeSchema>;

const documentFields = {
  title: z.string().min(1),
  author: z.string().min(1),
  subject: z.string().min(1),
  keywords: z.array(z.string().min(1)),
  createdAt: z.iso.datetime({ offset: true }),
  runningHeader: z.string().min(1),
  orientation: z.enum(['portrait', 'landscape']).optional(),
  body: z.array(sourceNodeSchema).min(1),
};

/** 送审稿: the cover of a T/ZZB standard, the foreword, then the numbered chapters. */
export const standardSourceSchema = z
  .object({
    kind: z.literal('standard'),
    ...documentFields,
    cover: z
      .object({
        ics: z.string().startsWith('ICS '),
        ccs: z.string().startsWith('CCS '),
        code: z.string().regex(/^T\/ZZB \d{4}—\d{4}$/, '标准编号须形如 T/ZZB 3581—2026'),
        replaces: z.string().optional(),
        name: z.string().min(1),
        english: z.string().min(1),
        stage: z.string().min(1),
        issued: z.string().min(1),
        effective: z.string().min(1),
        publisher: z.string().min(1),
      })
      .strict(),
    foreword: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type StandardSource = z.infer<typeof standardSourceSchema>;

/** 编制说明 and 对标分析: a title page, then sections headed 一、二、… */
export const reportSourceSchema = z
  .object({
    kind: z.literal('report'),
    ...documentFields,
    cover: z
      .object({ title: z.string().min(1), name: z.string().min(1), document: z.string().min(1), lines: z.array(z.string().min(1)) })
      .strict(),
  })
  .strict();
export type ReportSource = z.infer<typeof reportSourceSchema>;

export const materialSourceSchema = z.discriminatedUnion('kind', [standardSourceSchema, reportSourceSchema]);
export type MaterialSource = z.infer<typeof materialSourceSchema>;

/** A material as `meeting.json` lists it: the manifest's fields the build cannot compute, and its source file. */
const sourceMaterialSchema = manifestMaterialSchema
  .pick({ kind: true, title: true })
  .extend({ source: z.string().regex(/^S\d{2}\/[a-z-]+\.json$/, '材料源文件须形如 S01/draft.json') })
  .strict();

const manifestFields = manifestSchema.shape;

/** `meeting.json`: the manifest without `format`/`version` and without what the build computes (paths, sizes, digests). */
export const demoMeetingSchema = z
  .object({
    packageId: manifestFields.packageId,
    issuedAt: manifestFields.issuedAt,
    issuer: manifestFields.issuer,
    meeting: manifestFields.meeting,
    panel: manifestFields.panel,
    submissions: z
      .array(manifestSubmissionSchema.omit({ materials: true }).extend({ materials: z.array(sourceMaterialSchema).min(1) }).strict())
      .min(1),
  })
  .strict();
export type DemoMeeting = z.infer<typeof demoMeetingSchema>;

export type DemoSources = {
  meeting: DemoMeeting;
  /** By source path relative to the sources folder, e.g. `S01/draft.json`. */
  materials: Map<string, MaterialSource>;
};

const readJson = <T>(schema: z.ZodType<T>, path: string): T => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`无法读取示例源文件 ${path}：${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(根)'}：${issue.message}`);
    throw new Error(`示例源文件 ${path} 无效：\n${issues.join('\n')}`);
  }
  return parsed.data;
};

/** Reads and validates `meeting.json` and every material source it lists. */
export const loadDemoSources = (sourceDir: string): DemoSources => {
  const meeting = readJson(demoMeetingSchema, join(sourceDir, 'meeting.json'));
  const materials = new Map<string, MaterialSource>();
  for (const submission of meeting.submissions) {
    for (const material of submission.materials) {
      if (!material.source.startsWith(`${submission.id}/`))
        throw new Error(`meeting.json：${submission.id} 的材料源文件须在 ${submission.id}/ 下：${material.source}`);
      materials.set(material.source, readJson(materialSourceSchema, join(sourceDir, material.source)));
    }
  }
  return { meeting, materials };
};

/** `materials/S01/draft.pdf` for the source `S01/draft.json`. */
export const packagePathOf = (source: string): string => `materials/${source.replace(/\.json$/, '.pdf')}`;
