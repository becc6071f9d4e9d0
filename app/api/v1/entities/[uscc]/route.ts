import { LISTING_KINDS } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { getEntityProfile } from '@/lib/entities/get-entity-profile';
import { AppError } from '@/lib/errors';
import { decodePathSegment } from '@/lib/path-segment';
import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

/** GET /api/v1/entities/{uscc}: the public profile as JSON. */
export const GET = withPublicApi(async (request: Request, { params }: { params: Promise<{ uscc: string }> }) => {
  try {
    const { uscc } = await params;
    const code = decodePathSegment(uscc);
    if (code === null) throw new AppError('invalid_uscc');
    const { entity, rating, records, complaints: _months } = await getEntityProfile(code, ratingDate());
    return jsonOk({
      uscc: entity.uscc,
      usccChecksumValid: entity.usccChecksumValid,
      regNo: entity.regNo,
      name: entity.name,
      formerNames: entity.formerNames,
      aliases: entity.aliases,
      type: entity.type,
      legalRepresentative: entity.legalRepresentative,
      registeredCapital: entity.registeredCapital === null ? null : Number(entity.registeredCapital),
      establishedOn: entity.establishedOn,
      // 营业期限: to null with a from is a term without end (长期).
      businessTerm: entity.businessTermFrom ? { from: entity.businessTermFrom, to: entity.businessTermTo, indefinite: entity.businessTermTo === null } : null,
      address: entity.address,
      districtCode: entity.districtCode,
      industryCode: entity.industryCode,
      status: entity.status,
      isSmallMicro: entity.isSmallMicro,
      creditLevel: rating.level,
      creditReasons: rating.reasons,
      ratedOn: rating.ratedOn,
      ruleVersion: rating.ruleVersion,
      records: records.map((r) => ({
        id: r.id,
        category: r.category,
        kind: r.kind,
        title: r.title,
        docNo: r.docNo,
        decisionDate: r.decisionDate,
        collectedOn: r.collectedOn,
        authority: r.department['zh-CN'],
        authorityCode: r.department.code,
        status: r.status,
        severity: r.severity,
        legalBasis: r.legalBasis,
        publicityEnd: r.publicityEnd,
        ...((LISTING_KINDS as readonly string[]).includes(r.kind) ? { grounds: r.grounds, removedOn: r.removedOn, removalReason: r.removalReason } : {}),
        ...(r.kind === 'department_blacklist' ? { listName: r.listName } : {}),
      })),
      complaints: rating.complaints,
    });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;
