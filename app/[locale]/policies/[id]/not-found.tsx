'use client';
import { SegmentNotFound } from '@/components/errors/segment-not-found';

// A policy number that is malformed or names no published policy.
export default function PolicyNotFound() {
  return <SegmentNotFound subject="policy" back="/policies" />;
}
