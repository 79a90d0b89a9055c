/** Excel and WPS read a CSV as UTF-8 (rather than the system's GBK) only when it starts with a byte-order mark. */
export const utf8Bom = '\uFEFF';

/**
 * A cell that starts with = + - @ (or a tab or carriage return) is run as a formula when the file
 * is opened in a spreadsheet; a leading apostrophe keeps it text (OWASP "CSV injection").
 */
const neutralised = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const quoted = (cell: string): string => {
  const text = neutralised(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with CRLF line ends and a BOM, for opening in Excel or WPS by double-click. */
export const toCsv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  utf8Bom + [header, ...rows].map((row) => row.map(quoted).join(',')).join('\r\n') + '\r\n';
