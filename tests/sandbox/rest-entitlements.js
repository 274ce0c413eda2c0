// An operator's own entitlement service (tvpair's `rest` provider): the viewer's entitlement
// records in the shape of Brightcove Beacon's entitlement webhook (package_name,
// external_user_id, transaction_id, start_date, end_date, trial_end_date,
// effective_cancelation_date, notification_type new | renew | cancellation | buy | rent,
// payment_gateway), plus `revoked` for refunded access and `package_title`. The webhook itself is
// server-to-server; this is the read side an operator's backend offers its apps.
//
//   GET /operator/entitlements[?page=N]   Authorization: Bearer <the viewer's access token>
//   -> {"entitlements":[...at most PAGE_MAX records], "next":"/operator/entitlements?page=N+1" | null}
//   bad, expired or missing token -> 401 {"message":"invalid token"}
// Garbled answers come from the shared switch: POST /test/unreadable {"path":"/operator/", "kind":"garbled"}.
import crypto from 'node:crypto';

import { PAGE_MAX } from './payments.js';

const iso = (s) => new Date(s * 1000).toISOString().replace(/\.000Z$/, 'Z');

// Records relative to the server start (seconds). Alice has a renewal that supersedes its first
// period, a trial, a cancelled-but-valid plan, a live and an ended rental, a refunded purchase
// and a cancellation already in effect: valid rows among revoked and ended ones, over 3 pages.
export function restRecords(s) {
  const day = 86400;
  let tx = 8800000;
  const r = (user, pkg, title, type, start, end, { trialEnd = null, cancelAt = null, revoked = false } = {}) => ({
    package_name: pkg,
    package_title: title,
    external_user_id: user,
    transaction_id: `tx-${++tx}`,
    start_date: iso(start),
    end_date: end === null ? null : iso(end),
    trial_end_date: trialEnd === null ? null : iso(trialEnd),
    effective_cancelation_date: cancelAt === null ? null : iso(cancelAt),
    notification_type: type,
    payment_gateway: 'sandbox-gateway',
    ...(revoked ? { revoked: true } : {}),
  });
  return [
    r('alice', 'premium-monthly', 'Premium', 'new', s - 40 * day, s - 10 * day, { trialEnd: s - 33 * day }),
    r('alice', 'sports-monthly', 'Sports', 'new', s - 2 * day, s + 28 * day, { trialEnd: s + 5 * day }),
    r('alice', 'cinema-monthly', 'Cinema', 'cancellation', s - 18 * day, s + 12 * day, { cancelAt: s + 12 * day }),
    r('alice', 'event-final', 'Live Event: Final', 'buy', s - 3 * day, null, { revoked: true }),
    r('alice', 'film-rental-a', 'New Release Rental', 'rent', s - 1 * day, s + 1 * day),
    r('alice', 'film-rental-b', 'Classic Film Rental', 'rent', s - 4 * day, s - 2 * day),
    r('alice', 'premium-monthly', 'Premium', 'renew', s - 10 * day, s + 20 * day),
    r('alice', 'docs-yearly', 'Documentaries', 'cancellation', s - 300 * day, s + 65 * day, { cancelAt: s - 3 * day }),
    r('bob', 'basic-monthly', 'Basic', 'new', s - 1 * day, s + 29 * day, { trialEnd: s + 6 * day }),
  ];
}

function b64json(part) {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

// The subject of an RS256 JWT access token signed by one of `jwks` (aud urn:tvpair:api), or null.
export function jwtSubject(token, jwks, audience) {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = b64json(parts[0]);
    const key = jwks.keys.find((k) => k.kid === header.kid && header.alg === 'RS256' && k.kty === 'RSA');
    if (!key) return null;
    const pub = crypto.createPublicKey({ key: { kty: key.kty, n: key.n, e: key.e }, format: 'jwk' });
    const ok = crypto.verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), pub, Buffer.from(parts[2], 'base64url'));
    if (!ok) return null;
    const claims = b64json(parts[1]);
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.includes(audience) || !(claims.exp > Date.now() / 1000)) return null;
    return typeof claims.sub === 'string' ? claims.sub : null;
  } catch {
    return null;
  }
}

// subjectOf(token) -> the account id (async), or null for a token that is bad or expired.
export async function handleRestEntitlements(ctx, records, subjectOf) {
  ctx.set('Cache-Control', 'no-store');
  if (ctx.method !== 'GET' || ctx.path !== '/operator/entitlements') {
    ctx.status = 404;
    ctx.body = { message: 'not found' };
    return;
  }
  const m = /^Bearer (\S+)$/.exec(ctx.get('authorization') || '');
  const subject = m ? await subjectOf(m[1]) : null;
  if (!subject) {
    ctx.status = 401;
    ctx.body = { message: 'invalid token' };
    return;
  }
  const mine = records.filter((r) => r.external_user_id === subject);
  const pageNo = Math.max(0, Number.parseInt(ctx.query.page || '0', 10) || 0);
  const from = pageNo * PAGE_MAX;
  const rows = mine.slice(from, from + PAGE_MAX);
  const more = from + PAGE_MAX < mine.length;
  ctx.status = 200;
  ctx.body = { entitlements: rows, next: more ? `/operator/entitlements?page=${pageNo + 1}` : null };
}
