// Types of form-browser.mjs (plain JavaScript so that scripts/serve.mjs runs it under plain Node).
/** The cookie's lifetime: a day, longer than a form token lives. */
export const FORM_BROWSER_MAX_AGE_SECONDS: number;
/** The cookie's name: `__Host-` (pinned to this origin and path /, Secure) when the site is HTTPS. */
export function formBrowserCookieName(secure: boolean): string;
/** A new browser id (24 random bytes). */
export function newFormBrowserId(): string;
/** Whether a value is a browser id this module could have made. */
export function isFormBrowserId(value: string | undefined | null): value is string;
/** The Set-Cookie header value for a browser id. */
export function formBrowserSetCookie(id: string, secure: boolean): string;
/** For a GET of an objection or repair form page without a valid cookie: the Set-Cookie value to add; otherwise null. */
export function formBrowserCookieFor(method: string | undefined, url: string | undefined, cookieHeader: string | undefined, secure: boolean): string | null;
