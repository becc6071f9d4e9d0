// The objection and repair forms' browser cookie (issue 15, finding 8), as scripts/serve.mjs sets it:
// only on a GET of a form page without one, HttpOnly and SameSite=Lax, __Host- and Secure on HTTPS.
import { describe, expect, it } from 'vitest';
import { formBrowserCookieFor, isFormBrowserId, newFormBrowserId } from '../../lib/security/form-browser.mjs';

const FORM = '/zh-CN/entities/91370102MA3C5PRX3E/objection?record=12';

describe('formBrowserCookieFor', () => {
  it('gives a form page without the cookie a new random id', () => {
    const header = formBrowserCookieFor('GET', FORM, undefined, false);
    expect(header).toMatch(/^form_browser=[A-Za-z0-9_-]{32}; Path=\/; Max-Age=86400; HttpOnly; SameSite=Lax$/);
    expect(formBrowserCookieFor('GET', '/en/entities/91370102MA3C5PRX3E/repair?record=1', 'a=b', false)).not.toBeNull();
    expect(formBrowserCookieFor('GET', FORM, undefined, false)).not.toBe(header);
  });

  it('is __Host- and Secure on an HTTPS site', () => {
    expect(formBrowserCookieFor('GET', FORM, 'form_browser=' + newFormBrowserId(), true)).toMatch(
      /^__Host-form_browser=[^;]+; Path=\/; Max-Age=86400; HttpOnly; SameSite=Lax; Secure$/,
    );
  });

  it('keeps a valid cookie and replaces a malformed one', () => {
    const id = newFormBrowserId();
    expect(formBrowserCookieFor('GET', FORM, `x=1; form_browser=${id}; y=2`, false)).toBeNull();
    expect(formBrowserCookieFor('GET', FORM, 'form_browser=short', false)).not.toBeNull();
  });

  it('leaves every other page and method alone (cached public pages never carry Set-Cookie)', () => {
    for (const url of [
      '/zh-CN/entities/91370102MA3C5PRX3E',
      '/zh-CN/entities/91370102MA3C5PRX3E/feed.atom',
      '/zh-CN/objections/YY2026',
      '/zh-CN/entities/x/objection/extra',
      '/api/v1/search?q=objection',
    ]) {
      expect(formBrowserCookieFor('GET', url, undefined, false)).toBeNull();
    }
    expect(formBrowserCookieFor('POST', FORM, undefined, false)).toBeNull();
    expect(formBrowserCookieFor('HEAD', FORM, undefined, false)).toBeNull();
  });

  it('tells its own ids from anything else', () => {
    expect(isFormBrowserId(newFormBrowserId())).toBe(true);
    for (const v of [undefined, null, '', 'a'.repeat(23), 'a'.repeat(65), 'abc def'.repeat(5), '<script>alert(1)</script>xxxxxxxxx'])
      expect(isFormBrowserId(v)).toBe(false);
  });
});
