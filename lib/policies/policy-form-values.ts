// The staff form's values as strings (echoed back after a refused submission so answers are never
// cleared, and prefilled from a stored policy when editing). Pure.
import type { PolicyRow } from '../db/queries/policies';

export interface PolicyFormValues {
  title: string;
  issuingDepartment: string;
  docNo: string;
  issuedOn: string;
  publishedOn: string;
  category: string;
  creditCondition: string;
  sizes: string[];
  industries: string;
  districts: string[];
  benefits: string;
  applySteps: string;
  applyMaterials: string;
  applyWhere: string;
  validFrom: string;
  validTo: string;
  links: string;
  attachments: string;
  status: string;
}

/** Echo of a submitted form. */
export function formValuesOf(form: FormData): PolicyFormValues {
  const s = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v.slice(0, 10_000) : '';
  };
  const all = (name: string) =>
    form
      .getAll(name)
      .filter((v): v is string => typeof v === 'string')
      .slice(0, 100);
  return {
    title: s('title'),
    issuingDepartment: s('issuingDepartment'),
    docNo: s('docNo'),
    issuedOn: s('issuedOn'),
    publishedOn: s('publishedOn'),
    category: s('category'),
    creditCondition: s('creditCondition') || 'no_blacklist',
    sizes: all('sizes'),
    industries: s('industries'),
    districts: all('districts'),
    benefits: s('benefits'),
    applySteps: s('applySteps'),
    applyMaterials: s('applyMaterials'),
    applyWhere: s('applyWhere'),
    validFrom: s('validFrom'),
    validTo: s('validTo'),
    links: s('links'),
    attachments: s('attachments'),
    status: s('status') || 'published',
  };
}

/** A stored policy as form values (editing). */
export function formValuesOfPolicy(p: PolicyRow): PolicyFormValues {
  return {
    title: p.title,
    issuingDepartment: p.department.code,
    docNo: p.docNo ?? '',
    issuedOn: p.issuedOn,
    publishedOn: p.publishedOn ?? '',
    category: p.category,
    creditCondition: p.creditCondition,
    sizes: [...p.sizes],
    industries: p.industries.join(', '),
    districts: [...p.districts],
    benefits: p.benefits,
    applySteps: p.applySteps ?? '',
    applyMaterials: p.applyMaterials ?? '',
    applyWhere: p.applyWhere ?? '',
    validFrom: p.validFrom,
    validTo: p.validTo ?? '',
    links: p.links.map((l) => `${l.label} | ${l.url}`).join('\n'),
    attachments: p.attachments.map((a) => `${a.name} | ${a.url}`).join('\n'),
    status: p.status === 'draft' ? 'draft' : 'published',
  };
}

/** An empty form for a new policy of a department. */
export function emptyFormValues(departmentCode: string): PolicyFormValues {
  return {
    title: '',
    issuingDepartment: departmentCode,
    docNo: '',
    issuedOn: '',
    publishedOn: '',
    category: '',
    creditCondition: 'no_blacklist',
    sizes: ['small', 'micro'],
    industries: '',
    districts: [],
    benefits: '',
    applySteps: '',
    applyMaterials: '',
    applyWhere: '',
    validFrom: '',
    validTo: '',
    links: '',
    attachments: '',
    status: 'published',
  };
}
