// What localized pages share: the locale from their params, and a generateMetadata whose title and
// description are messages of one namespace (the pages that differ only by those keys share it).
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

export interface LocalizedMetadataOptions {
  /** Message key of the title; `metaTitle` unless given. */
  title?: string;
  /** Message key of the description, if the page has one. */
  description?: string;
  /** Fixed metadata added as is (e.g. `robots`). */
  extra?: Metadata;
}

/** A generateMetadata for `/{locale}/…` pages: title and description from `namespace` in the page's locale. */
export function localizedMetadata(namespace: string, { title = 'metaTitle', description, extra }: LocalizedMetadataOptions = {}) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t(title), ...(description ? { description: t(description) } : {}), ...extra };
  };
}

/** A generateMetadata for a staff page (Chinese only): its title is `key` in `namespace`. */
export function staffMetadata(namespace: string, key: string) {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations({ locale: 'zh-CN', namespace });
    return { title: t(key) };
  };
}

/** Awaits a page's params and makes their locale the request's, so the page can render statically. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<string> {
  const { locale } = await params;
  setRequestLocale(locale);
  return locale;
}
