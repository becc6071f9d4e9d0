// Types of page-version.mjs.
/** The response header naming a stored page's version. */
export const PAGE_VERSION_HEADER: string;
