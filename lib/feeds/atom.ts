// A minimal, valid Atom 1.0 (RFC 4287) writer: text is escaped, dates are RFC 3339.

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  selfLink: string;
  alternateLink: string;
  lang: string;
  author: string;
  entries: AtomEntry[];
}

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  // Also drop characters XML 1.0 forbids, so a stray control character cannot break the feed.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A calendar date as an RFC 3339 timestamp at midnight in China Standard Time. */
export function dateToRfc3339(isoDate: string): string {
  return `${isoDate}T00:00:00+08:00`;
}

/** Serialises the feed. */
export function renderAtom(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries
    .map(
      (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title>${e(x.title)}</title>
    <updated>${e(x.updated)}</updated>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
    <summary type="text">${e(x.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <updated>${e(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfLink)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternateLink)}"/>
  <author><name>${e(feed.author)}</name></author>
${entries}
</feed>
`;
}

/** An Atom response with caching suited to feed readers. */
export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
  });
}
