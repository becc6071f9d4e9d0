// The "same browser" of the objection and repair forms (issue 15, finding 8): a random id in an
// HttpOnly cookie, set when a form page is served (scripts/serve.mjs) or, failing that, by the
// first submission (lib/objections/form-browser.ts). A replayed form token returns the earlier
// receipt only with the same content from the browser holding this cookie. Only form pages set it
// (they are private and per request anyway): cached public pages never carry a Set-Cookie.
// Plain JavaScript so that scripts/serve.mjs runs it under plain Node.
import { randomBytes } from 'node:crypto';

/** A day: longer than a form token lives (two hours). */
export const FORM_BROWSER_MAX_AGE_SECONDS = 86_400;
const FORM_PAGE = /^\/[^/?#]+\/entities\/[^/?#]+\/(?:objection|repair)\/?(?:[?#]|$)/;
const ID = /^[A-Za-z0-9_-]{24,64}$/;

/**
 * The cookie's name: `__Host-` (pinned to this origin and path /, Secure) when the site is HTTPS.
 * @param {boolean} secure
 */
export function formBrowserCookieName(secure) {
  return secure ? '__Host-form_browser' : 'form_browser';
}

/** A new browser id (24 random bytes). */
export function newFormBrowserId() {
  return randomBytes(24).toString('base64url');
}

/**
 * Whether a value is a browser id this module could have made (anything else is ignored).
 * @param {string | undefined | null} value
 */
export function isFormBrowserId(value) {
  return typeof value === 'string' && ID.test(value);
}

/**
 * The Set-Cookie header value for a browser id.
 * @param {string} id
 * @param {boolean} secure
 */
export function formBrowserSetCookie(id, secure) {
  return `${formBrowserCookieName(secure)}=${id}; Path=/; Max-Age=${FORM_BROWSER_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/**
 * For a GET of an objection or repair form page whose request has no valid cookie: the Set-Cookie
 * header value to add; otherwise null.
 * @param {string | undefined} method
 * @param {string | undefined} url path and query
 * @param {string | undefined} cookieHeader
 * @param {boolean} secure
 */
export function formBrowserCookieFor(method, url, cookieHeader, secure) {
  if (method !== 'GET' || !url || !FORM_PAGE.test(url)) return null;
  const name = formBrowserCookieName(secure);
  for (const part of (cookieHeader ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name && isFormBrowserId(part.slice(i + 1).trim())) return null;
  }
  return formBrowserSetCookie(newFormBrowserId(), secure);
}
