'use client';
import { SegmentNotFound } from '@/components/errors/segment-not-found';

// A list name that is not one of the published lists.
export default function ListNotFound() {
  return <SegmentNotFound subject="list" back="/lists" />;
}
