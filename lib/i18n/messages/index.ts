// All UI messages, per locale. The core file holds the public site's strings; each feature area
// keeps its own file (messages/<area>/<locale>.json) so that areas can grow independently.
// Files are deep-merged; an area may add keys to a shared namespace (e.g. Errors) but never
// redefine one (scripts/check-i18n.ts reports collisions).
import { createTranslator } from 'next-intl';
import type { Locale } from '../../domain/vocabulary';
import coreZhCN from './zh-CN.json';
import coreZhTW from './zh-TW.json';
import coreEn from './en.json';
import intakeZhCN from './intake/zh-CN.json';
import intakeZhTW from './intake/zh-TW.json';
import intakeEn from './intake/en.json';
import objectionsZhCN from './objections/zh-CN.json';
import objectionsZhTW from './objections/zh-TW.json';
import objectionsEn from './objections/en.json';
import adminZhCN from './admin/zh-CN.json';
import adminZhTW from './admin/zh-TW.json';
import adminEn from './admin/en.json';
import policiesZhCN from './policies/zh-CN.json';
import policiesZhTW from './policies/zh-TW.json';
import policiesEn from './policies/en.json';
import reportsZhCN from './reports/zh-CN.json';
import reportsZhTW from './reports/zh-TW.json';
import reportsEn from './reports/en.json';
import measuresZhCN from './measures/zh-CN.json';
import measuresZhTW from './measures/zh-TW.json';
import measuresEn from './measures/en.json';
import networkZhCN from './network/zh-CN.json';
import networkZhTW from './network/zh-TW.json';
import networkEn from './network/en.json';
import ruleSetsZhCN from './rule-sets/zh-CN.json';
import ruleSetsZhTW from './rule-sets/zh-TW.json';
import ruleSetsEn from './rule-sets/en.json';
import complaintsZhCN from './complaints/zh-CN.json';
import complaintsZhTW from './complaints/zh-TW.json';
import complaintsEn from './complaints/en.json';
import catalogueZhCN from './catalogue/zh-CN.json';
import catalogueZhTW from './catalogue/zh-TW.json';
import catalogueEn from './catalogue/en.json';
import inspectionsZhCN from './inspections/zh-CN.json';
import inspectionsZhTW from './inspections/zh-TW.json';
import inspectionsEn from './inspections/en.json';
import commitmentsZhCN from './commitments/zh-CN.json';
import commitmentsZhTW from './commitments/zh-TW.json';
import commitmentsEn from './commitments/en.json';
import fallbackZhCN from './fallback/zh-CN.json';
import fallbackZhTW from './fallback/zh-TW.json';
import fallbackEn from './fallback/en.json';
import dualPublicityZhCN from './dual-publicity/zh-CN.json';
import dualPublicityZhTW from './dual-publicity/zh-TW.json';
import dualPublicityEn from './dual-publicity/en.json';
import errorsZhCN from './errors/zh-CN.json';
import errorsZhTW from './errors/zh-TW.json';
import errorsEn from './errors/en.json';

import { deepMerge, type MessageTree } from './merge';

export type { MessageTree };

const merge = (...trees: MessageTree[]): MessageTree => trees.reduce<MessageTree>((acc, t) => deepMerge(acc, t), {});

export const MESSAGES: Record<Locale, MessageTree> = {
  'zh-CN': merge(
    coreZhCN,
    intakeZhCN,
    objectionsZhCN,
    adminZhCN,
    policiesZhCN,
    reportsZhCN,
    measuresZhCN,
    networkZhCN,
    ruleSetsZhCN,
    complaintsZhCN,
    catalogueZhCN,
    dualPublicityZhCN,
    inspectionsZhCN,
    commitmentsZhCN,
    errorsZhCN,
    fallbackZhCN,
  ),
  'zh-TW': merge(
    coreZhTW,
    intakeZhTW,
    objectionsZhTW,
    adminZhTW,
    policiesZhTW,
    reportsZhTW,
    measuresZhTW,
    networkZhTW,
    ruleSetsZhTW,
    complaintsZhTW,
    catalogueZhTW,
    dualPublicityZhTW,
    inspectionsZhTW,
    commitmentsZhTW,
    errorsZhTW,
    fallbackZhTW,
  ),
  en: merge(
    coreEn,
    intakeEn,
    objectionsEn,
    adminEn,
    policiesEn,
    reportsEn,
    measuresEn,
    networkEn,
    ruleSetsEn,
    complaintsEn,
    catalogueEn,
    dualPublicityEn,
    inspectionsEn,
    commitmentsEn,
    errorsEn,
    fallbackEn,
  ),
};

/**
 * A plain translator for code outside React (API routes, CLI reports): `t('key', values)` within
 * `namespace`, in `locale`. Throws on a missing key like next-intl does in development.
 */
export function translator(locale: Locale, namespace: string): (key: string, values?: Record<string, string | number | Date>) => string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number | Date>) => string)(key, values);
}
