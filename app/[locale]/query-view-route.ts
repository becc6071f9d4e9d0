// The shared part of the query-view routes (…/q/[view] and policies/find/[view]): a page body
// that reads its query from searchParams is served under an internal path whose last segment is
// the query (lib/cache/query-view.mjs), so the view can be cached like any page. Not a route file.
// Route segment config (`revalidate`, `dynamic`) stays a literal export of each page.tsx: Next
// reads it from the file's source.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { decodeQueryView } from '@/lib/cache/query-view.mjs';

type SearchParams = Record<string, string | string[] | undefined>;
type BodyProps<P> = { params: Promise<P>; searchParams: Promise<SearchParams> };
type ViewProps<P> = { params: Promise<P & { view: string }> };

/** No view is generated at build: each is generated on its first request and then cached. */
export function noStaticParams(): never[] {
  return [];
}

/**
 * The page and metadata of a query-view route for a page body and its metadata: the view
 * segment decoded into searchParams; metadata does not depend on the query.
 */
export function queryViewRoute<P extends { locale: string }>(
  body: (props: BodyProps<P>) => Promise<ReactNode>,
  metadata: (props: BodyProps<P>) => Promise<Metadata>,
) {
  return {
    generateMetadata({ params }: ViewProps<P>): Promise<Metadata> {
      return metadata({ params, searchParams: Promise.resolve({}) });
    },
    async Page({ params }: ViewProps<P>): Promise<ReactNode> {
      const { view, ...rest } = await params;
      return body({ params: Promise.resolve(rest as unknown as P), searchParams: Promise.resolve(decodeQueryView(view)) });
    },
  };
}
