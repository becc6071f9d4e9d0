// The shape of the reference codes a URL filter may name, as zod schemas shared by every query schema
// (search, lists, policies, the small-business directory). Pure: zod only.
import { z } from 'zod';

/** A GB/T 2260 administrative division code. */
export const districtCodeSchema = z.string().regex(/^\d{6}$/, 'a 6-digit division code');

/** A GB/T 4754 industry class (section letter and two-digit division). */
export const industryCodeSchema = z.string().regex(/^[A-T]\d{2}$/, 'a GB/T 4754 code such as F52');

/** A department's code (lower-case slug). */
export const departmentCodeSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'a department code');
