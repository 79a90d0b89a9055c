/**
 * Text from outside the bureau (ids, device names, rows stored before ids were checked) as it may
 * be printed on the admin's terminal: control and format characters, line and paragraph separators
 * become visible `\u{…}` escapes, and so does the backslash that starts one, so no printed value
 * can move the cursor, clear the screen, reorder the line or pass for another row.
 */
export const terminalText = (text: string): string =>
  text.replace(/[\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (character) => (character === '\\' ? '\\\\' : `\\u{${character.codePointAt(0)?.toString(16)}}`));
