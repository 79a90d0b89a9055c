/**
 * Legal-form and group suffixes that differ between how the same organisation is written
 * ("某某科技（集团）股份有限公司", "某某科技集团", "某某科技有限公司"). Longest first, stripped repeatedly.
 */
const suffixes = [
  '集团股份有限公司',
  '集团有限责任公司',
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '集团公司',
  '有限公司',
  '股份公司',
  '总公司',
  '集团',
  '公司',
  'corporation',
  'company',
  'limited',
  'coltd',
  'group',
  'corp',
  'inc',
  'ltd',
];

/**
 * A comparable key for an organisation name: NFKC folds full-width letters, digits, brackets and
 * the ideographic space; case, whitespace, punctuation and legal-form suffixes are dropped.
 */
export const normalizeOrganizationName = (name: string): string => {
  let key = name.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const suffix of suffixes) {
      if (key.length > suffix.length && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        stripped = true;
        break;
      }
    }
  }
  return key;
};

/**
 * Same organisation, or one name contained in the other: abbreviations ("正泰电器") and parent or
 * branch names ("某某大学" / "某某大学材料学院") match. Over-matching is acceptable because a
 * match is only a flag the chair confirms or dismisses; a missed conflict is the costly error.
 */
export const organizationsMatch = (a: string, b: string): boolean => {
  const x = normalizeOrganizationName(a);
  const y = normalizeOrganizationName(b);
  if (x.length < 2 || y.length < 2) return false;
  return x === y || x.includes(y) || y.includes(x);
};
