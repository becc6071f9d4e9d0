// A search row as the reindex stream yields it (lib/db/queries/stream-search-rows.ts): one active
// small company in Lixia, for the document builder's tests and its benchmark.
import type { SearchRow } from '../../lib/db/queries/stream-search-rows';

/** A plausible search row; `overrides` replace single columns. */
export function searchRow(overrides: Partial<SearchRow> = {}): SearchRow {
  return {
    id: 1,
    uscc: '91370102MA3C4XYZ1B',
    regNo: '370102200012345',
    name: '济南华通商贸有限公司',
    formerNames: [],
    aliases: [],
    type: 'company',
    legalRepresentative: '王伟',
    address: '济南市历下区泉城路1号',
    districtCode: '370102',
    industryCode: 'F51',
    status: 'active',
    creditLevel: 'green',
    isSmallMicro: true,
    establishedOn: '2015-06-01',
    registeredCapital: '100.0000',
    ...overrides,
  };
}
