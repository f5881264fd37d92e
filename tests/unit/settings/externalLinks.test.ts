import { describe, expect, it } from 'vitest';
import { isOpenableExternally } from '../../../electron/services/security/externalLinks';

describe('external links', () => {
  it.each(['https://jippnas.menpan.go.id/', 'http://example.org/a?b=c'])('lets %s open in the browser', (url) => {
    expect(isOpenableExternally(url)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://app/index.html', 'smb://server/share', 'https://user@evil.example/', 'not a url'])(
    'keeps %s inside',
    (url) => {
      expect(isOpenableExternally(url)).toBe(false);
    },
  );
});
