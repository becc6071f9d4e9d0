// `npm run check:i18n`: every locale has exactly the keys of zh-CN, every ICU message parses,
// and every key is used somewhere in app/, components/ or lib/ (namespace-aware, best effort).
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';

const dir = 'lib/i18n/messages';
type Tree = { [k: string]: string | Tree };
const flatten = (o: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))));

// The core files (messages/<locale>.json) and every area's (messages/<area>/<locale>.json).
const locales = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
const areas = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const problems: string[] = [];
const flat: Record<string, Record<string, string>> = {};
for (const f of locales) {
  const locale = f.replace('.json', '');
  const merged: Record<string, string> = {};
  for (const file of [path.join(dir, f), ...areas.map((a) => path.join(dir, a, f))]) {
    if (!fs.existsSync(file)) {
      problems.push(`${file} is missing`);
      continue;
    }
    for (const [key, value] of Object.entries(flatten(JSON.parse(fs.readFileSync(file, 'utf8')) as Tree))) {
      if (key in merged) problems.push(`${file}: ${key} is already defined by another file`);
      merged[key] = value;
    }
  }
  flat[locale] = merged;
}
const reference = flat['zh-CN'];
if (!reference) throw new Error('zh-CN.json is missing');
for (const [locale, messages] of Object.entries(flat)) {
  for (const key of Object.keys(reference)) if (!(key in messages)) problems.push(`${locale}: missing ${key}`);
  for (const key of Object.keys(messages)) if (!(key in reference)) problems.push(`${locale}: extra ${key}`);
  for (const [key, msg] of Object.entries(messages)) {
    try {
      new IntlMessageFormat(msg, locale);
    } catch (e) {
      problems.push(`${locale}: ${key} does not parse: ${(e as Error).message}`);
    }
  }
}

// Unused keys: a key counts as used if its last segment (or a dynamic prefix) appears in source.
const sources: string[] = [];
const walk = (d: string) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(tsx?|mjs)$/.test(e.name)) sources.push(fs.readFileSync(p, 'utf8'));
  }
};
['app', 'components', 'lib'].forEach(walk);
const code = sources.join('\n');
// Namespaces whose keys are looked up from data (vocabulary identifiers), not literals.
const DYNAMIC = [
  // components/errors/segment-not-found.tsx: `${subject}Heading|Body|Back`.
  'NotFound.policy',
  'NotFound.list',
  // components/policies/support-figures.tsx: one chart per dimension, `by${Dimension}Chart`.
  'SupportFigures.by',
  'Lists.names.',
  'Lists.descriptions.',
  'Levels.',
  'Categories.',
  'Kinds.',
  'Severities.',
  'RecordStatuses.',
  'EntityTypes.',
  'EntityStatuses.',
  'Common.localeName.',
  'Reasons.',
  'Errors.',
  'Admin.roles.',
  'Admin.cards.',
  'Application.applicantTypes.',
  'Application.reasons.',
  'Application.repairConditions.',
  'Application.repairRoutes.',
  'Application.actingRoles.',
  'ApplicationErrors.',
  'ApplicationStatus.kind.',
  'ApplicationStatus.statuses.',
  'ApplicationStatus.events.',
  'AdminApplications.statuses.',
  'AdminApplications.actions.',
  'AdminApplications.events.',
  'AdminApplications.errors.',
];
// Policies area: keys looked up from its vocabulary (categories, validity, sizes, reasons, error codes).
// Reports area: the verify form's error and outcome codes.
DYNAMIC.push('ReportVerify.errors.', 'ReportVerify.outcomes.');
DYNAMIC.push(
  'PolicyCategories.',
  'PolicyErrors.',
  'SupportErrors.',
  'Policies.validity.',
  'Policies.sizes.',
  'PolicyGuide.reasons.',
  'SmallBusinessProfile.removalReasons.',
  'AdminPolicies.status.',
  'AdminPolicies.errors.',
  'AdminPolicies.form.',
);
// Measures area: the staff form's labels (by field name), kinds and error codes.
DYNAMIC.push('AdminMeasures.form.', 'AdminMeasures.kind.', 'AdminMeasures.errors.', 'MeasureErrors.');
// Rule-sets area: the version states and the form's issue codes.
DYNAMIC.push('AdminRuleSets.states.', 'AdminRuleSets.errors.');
// Publicity catalogue area: the staff form's error codes.
DYNAMIC.push('AdminCatalogue.errors.');
// 双公示 area: one list's texts looked up by its slug (licences, penalties).
DYNAMIC.push('DualPublicity.names.', 'DualPublicity.descriptions.', 'DualPublicity.otherList.');
// Inspections area: plan statuses, results, reasons and roles looked up from its vocabulary.
DYNAMIC.push(
  'Inspections.status.',
  'Inspections.results.',
  'Inspections.reasons.',
  'Inspections.roles.',
  'AdminInspections.errors.',
  'AdminInspections.form.',
  'InspectionIntake.',
);
// Commitments area: status words from COMMITMENT_STATUSES; the staff form's error codes.
DYNAMIC.push('Commitments.status.', 'AdminCommitments.errors.', 'AdminCommitments.form.');
for (const key of Object.keys(reference)) {
  if (DYNAMIC.some((p) => key.startsWith(p))) continue;
  const parts = key.split('.');
  const last = parts.slice(1).join('.');
  if (!code.includes(`'${last}'`) && !code.includes(`"${last}"`) && !code.includes(`\`${last}`)) problems.push(`unused: ${key}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`[i18n] ${Object.keys(reference).length} keys × ${locales.length} locales: complete`);
