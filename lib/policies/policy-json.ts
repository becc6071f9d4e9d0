// The public JSON shape of a policy (GET /api/v1/policies and /api/v1/policies/{id}). Pure.
import type { Beneficiary, PolicyRow } from '../db/queries/policies';
import { policyValidity } from '../domain/policies';
import type { Locale } from '../domain/vocabulary';

/** A policy for the open data API, department named in `locale`. */
export function policyJson(p: PolicyRow, today: string, locale: Locale) {
  return {
    id: p.id,
    title: p.title,
    issuingDepartment: p.department[locale],
    issuingDepartmentCode: p.department.code,
    docNo: p.docNo,
    issuedOn: p.issuedOn,
    publishedOn: p.publishedOn,
    publishedLate: p.publishedLate,
    category: p.category,
    creditCondition: p.creditCondition,
    eligibility: { sizes: p.sizes, industries: p.industries, districts: p.districts },
    benefits: p.benefits,
    howToApply: { steps: p.applySteps, materials: p.applyMaterials, where: p.applyWhere },
    validFrom: p.validFrom,
    validTo: p.validTo,
    validity: policyValidity(p.validFrom, p.validTo, today),
    status: p.status,
    withdrawnOn: p.withdrawnOn,
    withdrawalReason: p.withdrawalReason,
    links: p.links,
    attachments: p.attachments,
    version: p.version,
    updatedAt: p.updatedAt,
  };
}

/** One beneficiary row for the open data API. */
export function beneficiaryJson(b: Beneficiary, locale: Locale) {
  return {
    uscc: b.uscc,
    name: b.name,
    year: b.year,
    content: b.content,
    amountCny: b.amountCny,
    implementingDepartment: b.implementingDepartment[locale],
    grantedOn: b.grantedOn,
  };
}
