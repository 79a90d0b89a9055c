import { z } from 'zod';

/** Record ids are opaque strings chosen by whoever creates the record (package ids like "M-2026-0147", "E01", "S01", or UUIDs). */
export const idSchema = z.string().trim().min(1, 'id 不能为空');

/** ISO 8601 with an offset, as the review package and verdict bundle carry them. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** Hex of a SHA-256 digest. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, '须为 64 位小写十六进制 SHA-256 摘要');

/** Thresholds are exact fractions so every comparison stays in integers (approvals × 4 ≥ eligible × 3). */
export const fractionSchema = z
  .object({
    numerator: z.int().nonnegative(),
    denominator: z.int().positive(),
  })
  .refine((f) => f.numerator <= f.denominator, { message: '比例的分子不能大于分母', path: ['numerator'] });
export type Fraction = z.infer<typeof fractionSchema>;

export const bilingualNameSchema = z.object({
  zh: z.string().trim().min(1, '中文名称不能为空'),
  en: z.string().trim().min(1, '英文名称不能为空'),
});
export type BilingualName = z.infer<typeof bilingualNameSchema>;
