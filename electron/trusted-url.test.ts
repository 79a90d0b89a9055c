import { describe, expect, it, vi } from 'vitest';
import { isTrustedExternalUrl, openExternalIfTrusted } from './trusted-url.js';

describe('isTrustedExternalUrl', () => {
  it.each([
    'https://zjamr.zj.gov.cn/',
    'https://www.zjamr.zj.gov.cn/col/col1229004395/index.html',
    'https://zjmade.cn/',
    'https://www.zjmade.cn/news?id=12#top',
    'https://std.samr.gov.cn/gb/search/gbDetailed?id=71F772D8',
    'https://openstd.samr.gov.cn/bzgk/gb/index',
    'HTTPS://ZJMADE.CN/upper-case-scheme-and-host',
    'https://zjmade.cn:443/default-port-is-normalised-away',
  ])('accepts %s', (url) => {
    expect(isTrustedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://zjamr.zj.gov.cn/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: disguised with a host-like path', 'javascript://zjamr.zj.gov.cn/%0aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['the app itself', 'app://workstation/index.html'],
    ['ftp', 'ftp://zjmade.cn/'],
    ['lookalike suffix', 'https://zjamr.zj.gov.cn.evil.com/'],
    ['lookalike prefix', 'https://evilzjmade.cn/'],
    ['unlisted subdomain', 'https://mail.zjmade.cn/'],
    ['credentials before the host', 'https://zjamr.zj.gov.cn@evil.com/'],
    ['user info on a trusted host', 'https://user:secret@zjmade.cn/'],
    ['backslash trick', 'https://evil.com\\@zjmade.cn/'],
    ['custom port', 'https://zjmade.cn:8443/'],
    ['IPv4 literal', 'https://120.26.1.1/'],
    ['IPv4 in decimal', 'https://2014888193/'],
    ['IPv6 literal', 'https://[::1]/'],
    ['trailing-dot host', 'https://zjmade.cn./'],
    ['newline inside the host', 'https://zjamr.zj.gov.cn\n.evil.com/'],
    ['unicode lookalike', 'https://zjmаde.cn/'],
    ['relative URL', '/index.html'],
    ['protocol-relative URL', '//zjmade.cn/'],
    ['empty string', ''],
    ['not a URL', 'zjmade.cn'],
    ['overlong URL', `https://zjmade.cn/${'a'.repeat(3000)}`],
  ])('rejects %s', (_label, url) => {
    expect(isTrustedExternalUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['https://zjmade.cn/'], new URL('https://zjmade.cn/')])('rejects non-string input %#', (url) => {
    expect(isTrustedExternalUrl(url)).toBe(false);
  });
});

describe('openExternalIfTrusted', () => {
  it('opens a trusted link in its normalised form and reports it', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    await expect(openExternalIfTrusted('  HTTPS://WWW.ZJMADE.CN/a b', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://www.zjmade.cn/a%20b');
  });

  it('never calls the side effect for an untrusted link', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    await expect(openExternalIfTrusted('https://zjamr.zj.gov.cn.evil.com/', open)).resolves.toBe(false);
    await expect(openExternalIfTrusted(undefined, open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('passes a failure of the side effect on to the caller', async () => {
    const open = vi.fn(async (_url: string) => {
      throw new Error('no browser');
    });
    await expect(openExternalIfTrusted('https://zjmade.cn/', open)).rejects.toThrow('no browser');
  });
});
