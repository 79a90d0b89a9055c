import { describe, expect, it } from 'vitest';
import { terminalText } from './terminal-text.js';

describe('terminal text', () => {
  it('prints escape sequences, tabs, newlines and bidi overrides as visible escapes', () => {
    expect(terminalText('V-1\u001b[2J\tforged\nrow\u202e')).toBe('V-1\\u{1b}[2J\\u{9}forged\\u{a}row\\u{202e}');
  });

  it('keeps Chinese, punctuation and ordinary ids as they are, and tells a literal backslash from an escape', () => {
    expect(terminalText('浙制评〔2026〕3号 M-2026-0147')).toBe('浙制评〔2026〕3号 M-2026-0147');
    expect(terminalText('a\\u{1b}')).toBe('a\\\\u{1b}');
  });
});
