import type { ExpertRole } from '../../shared/model/expert.js';

export type PastedPanelRow = { line: number; name: string; organization: string; title: string; role: ExpertRole };

export type PasteProblem =
  | { line: number; kind: 'missing-name' }
  | { line: number; kind: 'unknown-role'; value: string };

export type PastedPanel = { rows: PastedPanelRow[]; problems: PasteProblem[]; headerSkipped: boolean };

type Column = 'name' | 'organization' | 'title' | 'role';

const defaultColumns: (Column | null)[] = ['name', 'organization', 'title', 'role'];

/** Header captions a secretary's spreadsheet may use for each column. */
const headerCaptions: Record<Column, readonly string[]> = {
  name: ['姓名', '名字', '专家姓名', '专家', 'name'],
  organization: ['单位', '工作单位', '所在单位', '单位名称', 'organization', 'organisation'],
  title: ['职称', '技术职称', 'title'],
  role: ['角色', '组内职务', '专家组职务', '专家组角色', '担任', 'role'],
};

const roleWords: Record<string, ExpertRole> = {
  组长: 'chair',
  主任: 'chair',
  主任委员: 'chair',
  chair: 'chair',
  副组长: 'vice-chair',
  副主任: 'vice-chair',
  副主任委员: 'vice-chair',
  'vice-chair': 'vice-chair',
  成员: 'member',
  组员: 'member',
  委员: 'member',
  专家: 'member',
  member: 'member',
  '': 'member',
};

/** Full-width (U+3000) and no-break spaces come with text copied out of WPS and Word tables. */
const anySpace = /[\s\u00a0\u3000]+/g;
const cjk = /[\u3400-\u9fff]/;

const squeeze = (cell: string) => cell.replace(anySpace, ' ').trim();

/** Chinese names are padded for alignment (王\u3000伟): the padding is not part of the name. */
const cleanName = (cell: string) => (cjk.test(cell) ? cell.replace(anySpace, '') : squeeze(cell));

/** A line without any tab (typed, or copied from a plain-text list) is split on runs of two or more spaces. */
const splitOnSpaces = (line: string) => line.trim().split(/[ \u00a0\u3000]{2,}/);

/**
 * Splits clipboard text into rows of cells. Excel and WPS copy tab-separated rows and wrap a cell that holds a
 * tab, a line break or a quote in quotes (doubling the quotes inside); `line` is where the row starts.
 */
const readRows = (text: string): { line: number; cells: string[] }[] => {
  const source = text.replace(/\r\n?/g, '\n');
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let sawTab = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    rows.push({ line: rowLine, cells: sawTab ? cells : splitOnSpaces(cell) });
    cells = [];
    cell = '';
    sawTab = false;
  };
  let position = 0;
  while (position < source.length) {
    const char = source[position]!;
    if (char === '"' && cell === '') {
      const quoted = readQuoted(source, position);
      if (quoted) {
        cell = quoted.value;
        line += quoted.lineBreaks;
        position = quoted.next;
        continue;
      }
    }
    if (char === '\t') {
      cells.push(cell);
      cell = '';
      sawTab = true;
    } else if (char === '\n') {
      endRow();
      line += 1;
      rowLine = line;
    } else cell += char;
    position += 1;
  }
  endRow();
  return rows;
};

/** A quoted cell, or null when the quote does not close right before a tab or line end (then it is text). */
const readQuoted = (source: string, start: number): { value: string; lineBreaks: number; next: number } | null => {
  let value = '';
  let position = start + 1;
  while (position < source.length) {
    const char = source[position]!;
    if (char === '"') {
      if (source[position + 1] === '"') {
        value += '"';
        position += 2;
        continue;
      }
      const after = source[position + 1];
      if (after !== undefined && after !== '\t' && after !== '\n') return null;
      return { value, lineBreaks: value.split('\n').length - 1, next: position + 1 };
    }
    value += char;
    position += 1;
  }
  return null;
};

const captionColumn = (cell: string): Column | null => {
  const caption = cell.replace(anySpace, '').toLowerCase();
  for (const column of Object.keys(headerCaptions) as Column[]) if (headerCaptions[column].includes(caption)) return column;
  return null;
};

/** The header's columns, or null when the row is data. A header names the name column and at least one other. */
const headerColumns = (cells: string[]): (Column | null)[] | null => {
  const columns = cells.map(captionColumn);
  return columns.includes('name') && columns.filter((column) => column !== null).length >= 2 ? columns : null;
};

/**
 * Reads a panel list pasted from a spreadsheet: 姓名, 单位, 职称, 角色 (组长 / 副组长 / 成员) per row, in that
 * order unless a header row names the columns (then a 序号 column or any other extra column is ignored).
 * Blank rows are skipped; a row without a name or with an unknown role is reported by its line number.
 */
export const parsePastedPanel = (text: string): PastedPanel => {
  const rows = readRows(text).filter(({ cells }) => cells.some((cell) => cell.replace(anySpace, '') !== ''));
  const first = rows[0];
  const header = first ? headerColumns(first.cells) : null;
  const dataRows = header ? rows.slice(1) : rows;
  const result: PastedPanel = { rows: [], problems: [], headerSkipped: header !== null };
  for (const { line, cells } of dataRows) {
    const numbered = !header && cells.length > 4 && /^\d+$/.test(cells[0]?.trim() ?? '');
    const columns = header ?? (numbered ? [null, ...defaultColumns] : defaultColumns);
    const value = (column: Column) => cells[columns.indexOf(column)] ?? '';
    const name = cleanName(value('name'));
    if (name === '') {
      result.problems.push({ line, kind: 'missing-name' });
      continue;
    }
    const roleText = value('role').replace(anySpace, '').toLowerCase();
    const role = roleWords[roleText];
    if (role === undefined) result.problems.push({ line, kind: 'unknown-role', value: squeeze(value('role')) });
    result.rows.push({ line, name, organization: squeeze(value('organization')), title: squeeze(value('title')), role: role ?? 'member' });
  }
  return result;
};
