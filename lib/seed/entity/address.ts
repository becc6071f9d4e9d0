// The registered address: a road and number in the district, an office tower for some firms, a
// village for rural cooperatives.
import type { EntityType } from '../../domain/vocabulary';
import type { SeedDistrict } from '../geography';
import { personNameOf } from '../names';
import type { Rng } from '../random';
import { pad } from './context';

export function addressOf(rng: Rng, district: SeedDistrict, type: EntityType, town: string | null): string {
  const prefix = `山东省济南市${district.shortZhCn}`;
  if (town !== null) {
    return `${prefix}${town}${personNameOf(rng).slice(0, 1)}家${rng.pick(['庄', '村', '寨', '峪'])}村${rng.int(1, 300)}号`;
  }
  const base = `${prefix}${rng.pick(district.roads)}${rng.int(1, 2_999)}号`;
  if (type === 'company' && district.buildings.length > 0 && rng.chance(0.45)) {
    return `${base}${rng.pick(district.buildings)}${rng.int(1, 12)}号楼${rng.int(1, 28)}${pad(rng.int(1, 20), 2)}室`;
  }
  if (type === 'individual' && rng.chance(0.4)) return `${base}${rng.int(1, 6)}号商铺`;
  return base;
}
