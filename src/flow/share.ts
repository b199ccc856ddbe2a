import { INPUT_LIMITS } from '../engine/input-limits.js';
import type { IncomeSource } from '../engine/types.js';
import { type Language, isLanguage } from '../i18n/languages.js';
import type { AlreadyId, Answers } from './answers.js';
import { parseAge, parseMoney } from './parse-money.js';

/**
 * "Take it home": the answers of a finished check, packed into the URL fragment (`#rc=…`) of a QR code, so
 * the resident opens the same results on their own phone. A fragment is never sent to a server (browsers
 * keep it out of the request), and the element removes it from the address bar as soon as it has read it.
 *
 * Format: `1.<base64url of JSON with short keys>.<checksum>`. The version says how to read the rest; the
 * checksum turns a mistyped or cut-off code into a clear message instead of other answers. Every field is
 * checked strictly; anything unknown or out of range refuses the whole code.
 */
export const SHARE_VERSION = '1';
export const SHARE_PREFIX = 'rc=';
/** Far above a real household (≈ 150 characters); a longer fragment is refused before it is read. */
export const MAX_SHARE_LENGTH = 600;

const SOURCES: Record<string, IncomeSource> = { n: 'none', b: 'bijstand', w: 'work', u: 'benefit', p: 'pension', s: 'study' };
const LOW: Record<string, NonNullable<Answers['lowSince']>> = { s: 'short', m: 'medium', l: 'long', u: 'unknown' };
const DEBTS: Record<string, NonNullable<Answers['debts']>> = { y: 'yes', n: 'no', s: 'skip' };
/** "Krijgt u dit al?" (issue 22): one letter per scheme ticked; `n` for none of them, `x` for skipped. */
const ALREADY: Record<string, AlreadyId> = { z: 'zorgtoeslag', h: 'huurtoeslag', k: 'kindgebonden-budget', s: 'stadspas', i: 'iit' };
const key = <T extends string>(map: Record<string, T>, value: T | undefined) => Object.keys(map).find((k) => map[k] === value);

/** The compact form; keys are one letter so the QR code stays small enough for any phone camera. */
interface Packed {
  g: string;
  p: 0 | 1;
  a: number;
  q?: number;
  c?: number[];
  h?: [number, number][];
  i: string;
  n: string;
  l?: string;
  s: string;
  r?: string;
  d?: string;
  /** The language the check was done in, so the phone shows the results in it too. */
  t?: string;
  /** What the resident already gets (issue 22); absent in codes made before it, which stay readable. */
  k?: string;
}

export interface Shared {
  /** CBS code of the gemeente, GM + four digits. */
  gemeente: string;
  answers: Answers;
  language?: Language;
}

export type ShareRead = { ok: true; shared: Shared } | { ok: false; reason: 'version' | 'damaged' | 'too-long' | 'invalid' };

/** Money as the engine reads it, without ".00" to keep the code short. */
const amount = (text: string | undefined) => (parseMoney(text ?? '') ?? '0.00').replace(/\.00$/, '');
const age = (text: string | undefined) => parseAge(text ?? '') ?? 0;

/** The fragment (without "#") for validated answers of a check in this gemeente. */
export function encodeShare(gemeente: string, a: Answers, language?: Language): string {
  const packed: Packed = {
    g: gemeente.replace(/^GM/, ''),
    p: a.partner ? 1 : 0,
    a: age(a.age),
    ...(a.partner && { q: age(a.partnerAge) }),
    ...(a.hasChildren && { c: a.childAges.map(age) }),
    ...(a.hasHousemates && { h: a.housemates.map((h): [number, number] => [age(h.age), (h.student ? 1 : 0) + (h.commercialTenant ? 2 : 0)]) }),
    i: key(SOURCES, a.incomeSource) ?? 'n',
    n: amount(a.netMonthly),
    ...(a.lowSince && { l: key(LOW, a.lowSince)! }),
    s: amount(a.assets),
    ...(a.renting && { r: amount(a.rent) }),
    ...(a.debts && { d: key(DEBTS, a.debts)! }),
    ...(language && language !== 'nl' && { t: language }),
    ...(a.already && { k: packAlready(a) }),
  };
  return packShare(packed);
}

/** Versions, encodes and seals any value (tests use it to make well-sealed codes with wrong content). */
export function packShare(value: unknown): string {
  const body = base64url(JSON.stringify(value));
  return `${SHARE_PREFIX}${SHARE_VERSION}.${body}.${checksum(body)}`;
}

/** Reads a fragment (with or without "#"); refuses anything that is not exactly what encodeShare writes. */
export function decodeShare(fragment: string): ShareRead {
  const text = fragment.replace(/^#/, '');
  if (text.length > MAX_SHARE_LENGTH) return { ok: false, reason: 'too-long' };
  if (!text.startsWith(SHARE_PREFIX)) return { ok: false, reason: 'invalid' };
  const [version, body, sum, ...rest] = text.slice(SHARE_PREFIX.length).split('.');
  if (version !== SHARE_VERSION) return { ok: false, reason: 'version' };
  if (!body || !sum || rest.length > 0 || !/^[A-Za-z0-9_-]+$/.test(body) || checksum(body) !== sum) return { ok: false, reason: 'damaged' };
  let value: unknown;
  try {
    value = JSON.parse(fromBase64url(body));
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const shared = unpack(value);
  return shared ? { ok: true, shared } : { ok: false, reason: 'invalid' };
}

const ALLOWED = new Set(['g', 'p', 'a', 'q', 'c', 'h', 'i', 'n', 'l', 's', 'r', 'd', 't', 'k']);

function packAlready(a: Answers): string {
  if (a.already !== 'yes') return a.already === 'no' ? 'n' : 'x';
  return (a.alreadyGets ?? []).map((id) => key(ALREADY, id)!).join('') || 'x';
}

/** `n`, `x`, or one to five different scheme letters; anything else refuses the code. */
function unpackAlready(k: unknown): Pick<Answers, 'already' | 'alreadyGets'> | undefined {
  if (k === 'n') return { already: 'no', alreadyGets: [] };
  if (k === 'x') return { already: 'skip', alreadyGets: [] };
  if (typeof k !== 'string' || k.length === 0 || k.length > 5 || new Set(k).size !== k.length) return undefined;
  if (![...k].every((c) => Object.hasOwn(ALREADY, c))) return undefined;
  return { already: 'yes', alreadyGets: [...k].map((c) => ALREADY[c]!) };
}
const isAge = (v: unknown, min = 0): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= INPUT_LIMITS.maxAge;
const isAmount = (v: unknown, max: string): v is string =>
  typeof v === 'string' && /^\d{1,12}(\.\d{2})?$/.test(v) && Number(v) <= Number(max) && !/^0\d/.test(v);
/** A code of `map` itself: `in` would also accept inherited names such as `toString` or `__proto__`. */
const ownCode = (map: Record<string, string>, v: unknown): v is string => typeof v === 'string' && Object.hasOwn(map, v);
const people = (v: unknown): v is unknown[] => Array.isArray(v) && v.length >= 1 && v.length <= INPUT_LIMITS.maxPersons;

/** The schema check: every key known, every value of its type and within the input limits. */
function unpack(value: unknown): Shared | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const p = value as Record<string, unknown>;
  if (Object.keys(p).some((k) => !ALLOWED.has(k))) return undefined;
  if (typeof p.g !== 'string' || !/^\d{4}$/.test(p.g)) return undefined;
  if (p.p !== 0 && p.p !== 1) return undefined;
  if (!isAge(p.a, 18)) return undefined;
  if (p.p === 1 ? !isAge(p.q, 18) : p.q !== undefined) return undefined;
  if (p.c !== undefined && !(people(p.c) && p.c.every((c) => isAge(c) && (c as number) <= 17))) return undefined;
  if (p.h !== undefined && !(people(p.h) && p.h.every((h) => Array.isArray(h) && h.length === 2 && isAge(h[0], 18) && [0, 1, 2, 3].includes(h[1])))) return undefined;
  if (!ownCode(SOURCES, p.i)) return undefined;
  if (!isAmount(p.n, INPUT_LIMITS.maxMonthly) || !isAmount(p.s, INPUT_LIMITS.maxAssets)) return undefined;
  if (p.r !== undefined && !isAmount(p.r, INPUT_LIMITS.maxRent)) return undefined;
  if (p.l !== undefined && !ownCode(LOW, p.l)) return undefined;
  if (p.d !== undefined && !ownCode(DEBTS, p.d)) return undefined;
  if (p.t !== undefined && !(typeof p.t === 'string' && isLanguage(p.t))) return undefined;
  const already = p.k === undefined ? {} : unpackAlready(p.k);
  if (!already) return undefined;
  const childAges = (p.c as number[] | undefined) ?? [];
  const housemates = (p.h as [number, number][] | undefined) ?? [];
  return {
    gemeente: `GM${p.g}`,
    ...(p.t !== undefined && { language: p.t as Language }),
    answers: {
      partner: p.p === 1,
      age: String(p.a),
      ...(p.p === 1 && { partnerAge: String(p.q) }),
      hasChildren: childAges.length > 0,
      childAges: childAges.map(String),
      hasHousemates: housemates.length > 0,
      housemates: housemates.map(([a, flags]) => ({ age: String(a), student: (flags & 1) === 1, commercialTenant: (flags & 2) === 2 })),
      incomeSource: SOURCES[p.i as string]!,
      netMonthly: p.n,
      ...(p.l !== undefined && { lowSince: LOW[p.l as string]! }),
      assets: p.s,
      renting: p.r !== undefined,
      ...(p.r !== undefined && { rent: p.r as string }),
      ...(p.d !== undefined && { debts: DEBTS[p.d as string]! }),
      ...already,
    },
  };
}

/** The address for the QR code: the page (or the gemeente's public page) with the answers in the fragment. */
export function shareUrl(base: string, gemeente: string, answers: Answers, language?: Language): string {
  return `${base.replace(/#.*$/, '')}#${encodeShare(gemeente, answers, language)}`;
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** FNV-1a (32 bit) in base 36: catches a changed or missing character, not an attack (nothing is secret here). */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
