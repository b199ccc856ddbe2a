import type { NoticeCode } from './types.js';

/** Norms change on 1 January and 1 July: a norm older than this many days means we lack the newest figures. */
const STALE_NORM_DAYS = 184;

export function noticesFor(normValidFrom: string, date: string, aow: boolean): NoticeCode[] {
  const notices: NoticeCode[] = [];
  if (daysBetween(normValidFrom, date) > STALE_NORM_DAYS) notices.push('norms-may-be-outdated');
  if (aow) notices.push('aow-age-svb');
  return notices;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
