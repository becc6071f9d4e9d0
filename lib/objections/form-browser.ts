import 'server-only';
// The submitting browser's id for the objection and repair forms (see lib/security/form-browser.mjs):
// the cookie set with the form page, else a new one set now (a browser that refuses cookies gets a
// new id each time, so a replay of its form is refused rather than answered).
import { cookies } from 'next/headers';
import { secureCookies } from '../env';
import { FORM_BROWSER_MAX_AGE_SECONDS, formBrowserCookieName, isFormBrowserId, newFormBrowserId } from '../security/form-browser.mjs';

/** The browser id of this Server Action's request, setting the cookie when there is none (Server Actions only). */
export async function formBrowserId(): Promise<string> {
  const jar = await cookies();
  const name = formBrowserCookieName(secureCookies());
  const current = jar.get(name)?.value;
  if (isFormBrowserId(current)) return current;
  const id = newFormBrowserId();
  // Same attributes as the header serve.mjs sends with the form page.
  jar.set(name, id, { httpOnly: true, secure: secureCookies(), sameSite: 'lax', path: '/', maxAge: FORM_BROWSER_MAX_AGE_SECONDS });
  return id;
}
