// Payment-provider emulator (Cleeng MediaStore, InPlayer, MPX), answering in
// the shapes of tests/unit/payments/fixtures/. Mounted under /payments/<provider>.
import crypto from 'node:crypto';

import {
  ACCOUNTS, MPX_ACCOUNT, MPX_USER_BASE, CLEENG_PUBLISHER_ID,
} from './data.js';
import { recordSecret } from './ledger.js';

const b64u = (buf) => Buffer.from(buf).toString('base64url');

export class PaymentTokens {
  constructor(ttlSeconds) {
    this.ttlMs = ttlSeconds * 1000;
    this.seq = 0;
    this.cutoff = 0; // tokens with seq <= cutoff are expired
    this.opaque = new Map(); // token -> {provider, account, seq, expMs}
    this.cleengJti = new Map(); // jti -> seq
    this.cleengSecret = crypto.randomBytes(32);
  }

  expireAll() { this.cutoff = this.seq; }

  // Fresh set of payment tokens for an account; {} when it has none.
  mint(accountId) {
    const acct = ACCOUNTS[accountId];
    if (!acct) return {};
    const p = acct.payment;
    const out = {};
    const now = Date.now();
    const expMs = now + this.ttlMs;
    if (p.cleeng) {
      const seq = ++this.seq;
      const jti = crypto.randomUUID();
      this.cleengJti.set(jti, seq);
      const header = b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const payload = b64u(JSON.stringify({
        customerId: p.cleeng,
        publisherId: CLEENG_PUBLISHER_ID,
        iat: Math.floor(now / 1000),
        exp: Math.floor(expMs / 1000),
        jti,
      }));
      const sig = crypto.createHmac('sha256', this.cleengSecret).update(`${header}.${payload}`).digest('base64url');
      out.cleeng = { token: `${header}.${payload}.${sig}`, customer_id: p.cleeng };
      recordSecret('payment_token_cleeng', out.cleeng.token);
    }
    if (p.inplayer) {
      const token = `ipl_${crypto.randomBytes(24).toString('hex')}`;
      this.opaque.set(token, { provider: 'inplayer', account: accountId, seq: ++this.seq, expMs });
      out.inplayer = { token, account_id: p.inplayer, expires: Math.floor(expMs / 1000) };
      recordSecret('payment_token_inplayer', token);
    }
    if (p.mpx) {
      const token = `mpx_${crypto.randomBytes(24).toString('hex')}`;
      this.opaque.set(token, { provider: 'mpx', account: accountId, seq: ++this.seq, expMs });
      out.mpx = { token, user_id: `${MPX_USER_BASE}${p.mpx}`, account: MPX_ACCOUNT };
      recordSecret('payment_token_mpx', token);
    }
    return out;
  }

  // -> {ok:true, account} | {ok:false, reason:'invalid'|'expired'}
  checkOpaque(provider, token) {
    const rec = token && this.opaque.get(token);
    if (!rec || rec.provider !== provider) return { ok: false, reason: 'invalid' };
    if (rec.seq <= this.cutoff || Date.now() >= rec.expMs) return { ok: false, reason: 'expired' };
    return { ok: true, account: rec.account };
  }

  checkCleeng(token) {
    const parts = (token || '').split('.');
    if (parts.length !== 3) return { ok: false, reason: 'invalid' };
    const expected = crypto.createHmac('sha256', this.cleengSecret).update(`${parts[0]}.${parts[1]}`).digest();
    let sig;
    try { sig = Buffer.from(parts[2], 'base64url'); } catch { return { ok: false, reason: 'invalid' }; }
    if (sig.length !== expected.length || !crypto.timingSafeEqual(sig, expected)) return { ok: false, reason: 'invalid' };
    let payload;
    try { payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString()); } catch { return { ok: false, reason: 'invalid' }; }
    const seq = this.cleengJti.get(payload.jti);
    if (seq === undefined) return { ok: false, reason: 'invalid' };
    if (seq <= this.cutoff || Math.floor(Date.now() / 1000) >= payload.exp) return { ok: false, reason: 'expired' };
    return { ok: true, customerId: payload.customerId };
  }
}

function bearer(ctx) {
  const h = ctx.get('authorization');
  const m = /^Bearer\s+(.+)$/i.exec(h || '');
  return m ? m[1].trim() : undefined;
}

function intParam(v, dflt, min, max) {
  const n = Number.parseInt(v, 10);
  if (!Number.isFinite(n)) return dflt;
  return Math.min(Math.max(n, min), max);
}

// Every listing serves at most PAGE_MAX rows a page, whatever the client asks for (as a real
// service caps its page size), so a demo viewer's lists span several pages and a client that
// takes a short page for the last one loses rows.
export const PAGE_MAX = 3;

function pageSize(v) {
  return intParam(v, PAGE_MAX, 1, PAGE_MAX);
}

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

// ------------------------------------------------------------------ Cleeng
function cleeng(ctx, sub, data, tokens) {
  const env = (status, responseData, errors = [], headers) => json(ctx, status, { responseData, errors }, headers);
  const auth = () => {
    const t = bearer(ctx);
    if (!t) { env(401, {}, ['AUTH0001 Missing authorization token']); return null; }
    const r = tokens.checkCleeng(t);
    if (!r.ok) {
      if (r.reason === 'expired') env(401, {}, ['AUTH0003 JWT token expired']);
      else env(401, {}, ['AUTH0002 Invalid JWT token']);
      return null;
    }
    return r;
  };
  // A paged Cleeng list: pageLimit (capped at PAGE_MAX) rows from pageOffset, x-total-count.
  const cleengPage = (all) => {
    const limit = pageSize(ctx.query.pageLimit);
    const offset = intParam(ctx.query.pageOffset, 0, 0, 1e6);
    return env(200, { items: all.slice(offset, offset + limit) }, [], {
      'x-total-count': String(all.length),
      'Access-Control-Expose-Headers': 'x-total-count',
    });
  };
  let m;
  if (ctx.method !== 'GET') return env(405, {}, ['Method not allowed']);

  if (sub === '/offers') {
    // Listing works without a customer token; a token that is sent must be valid.
    if (ctx.get('authorization') && !auth()) return undefined;
    return cleengPage(data.cleeng.offers);
  }
  if ((m = /^\/offers\/([^/]+)$/.exec(sub))) {
    if (ctx.get('authorization') && !auth()) return undefined;
    const offer = data.cleeng.offers.find((o) => o.offerId === decodeURIComponent(m[1]));
    if (!offer) return env(404, {}, ['Offer not found']);
    return env(200, offer);
  }
  if ((m = /^\/customers\/([^/]+)\/(subscriptions|offers)$/.exec(sub))) {
    const a = auth();
    if (!a) return undefined;
    const customerId = decodeURIComponent(m[1]);
    if (customerId !== String(a.customerId)) return env(403, {}, ['AUTH0004 Customer id does not match the token']);
    const cust = data.cleeng.customers[customerId] || { subscriptions: [], offers: [] };
    // Like Cleeng: /subscriptions = recurring only; /offers = everything the customer holds.
    const items = m[2] === 'subscriptions' ? cust.subscriptions : [...cust.subscriptions, ...cust.offers];
    return cleengPage(items.map(({ _access, ...rest }) => rest));
  }
  if ((m = /^\/entitlements\/([^/]+)$/.exec(sub))) {
    const a = auth();
    if (!a) return undefined;
    const offerId = decodeURIComponent(m[1]);
    if (!data.cleeng.offers.some((o) => o.offerId === offerId)) return env(404, {}, ['Offer not found']);
    const cust = data.cleeng.customers[a.customerId] || { subscriptions: [], offers: [] };
    const item = [...cust.subscriptions, ...cust.offers].find((i) => i.offerId === offerId);
    return env(200, { accessGranted: item ? item._access : false, expiresAt: item ? item.expiresAt : 0 });
  }
  return env(404, {}, ['Not found']);
}

// ------------------------------------------------------------------ InPlayer
function inplayer(ctx, sub, data, tokens) {
  const err = (status, message) => json(ctx, status, { code: status, message });
  const auth = () => {
    const r = tokens.checkOpaque('inplayer', bearer(ctx));
    if (!r.ok) { err(401, 'Invalid token'); return null; }
    return r;
  };
  const customer = (account) => data.inplayer.customers[ACCOUNTS[account].payment.inplayer] || { access: [], subscriptions: [] };
  let m;
  if (ctx.method !== 'GET') return err(405, 'Method not allowed');

  if ((m = /^\/v2\/items\/(\d+)\/access-fees$/.exec(sub))) {
    const fees = data.inplayer.fees[m[1]];
    if (!fees) return err(404, 'Item not found');
    return json(ctx, 200, fees);
  }
  if (sub === '/items/access/customers') {
    const a = auth();
    if (!a) return undefined;
    const page = intParam(ctx.query.page, 0, 0, 1e6);
    const size = pageSize(ctx.query.size);
    // Like the service: status=active still lists revoked (refunded) and ended rows; the
    // client must read `revoked` and `expires_at` itself.
    const rows = customer(a.account).access;
    return json(ctx, 200, {
      total: rows.length, page, offset: page * size, limit: size,
      collection: rows.slice(page * size, page * size + size),
    });
  }
  if ((m = /^\/items\/(\d+)\/access$/.exec(sub))) {
    const a = auth();
    if (!a) return undefined;
    const itemId = Number(m[1]);
    if (!data.inplayer.fees[itemId]) return err(404, 'Item not found');
    const now = Math.floor(Date.now() / 1000);
    const row = customer(a.account).access.find((r) => r.item_id === itemId && !r.revoked && r.expires_at > now);
    if (!row) return err(402, 'Access denied');
    return json(ctx, 200, {
      id: row.id,
      account_id: ACCOUNTS[a.account].payment.inplayer,
      customer_id: row.customer_id,
      item_id: row.item_id,
      item: { id: row.item_id, title: row.item_title },
      starts_at: row.starts_at,
      created_at: row.created_at,
      expires_at: row.expires_at,
      is_trial: row.is_trial,
    });
  }
  if (sub === '/subscriptions') {
    const a = auth();
    if (!a) return undefined;
    const page = intParam(ctx.query.page, 0, 0, 1e6);
    const limit = pageSize(ctx.query.limit);
    const rows = customer(a.account).subscriptions;
    return json(ctx, 200, {
      total: rows.length, page, offset: page * limit, limit,
      collection: rows.slice(page * limit, page * limit + limit),
    });
  }
  return err(404, 'Not found');
}

// ------------------------------------------------------------------ MPX
function mpx(ctx, sub, data, tokens) {
  const exception = (code, title, description) => json(ctx, 200, {
    isException: true, responseCode: code, title, description,
  });
  if (ctx.method !== 'GET') return exception(405, 'MethodNotAllowed', 'Method not allowed');
  const r = tokens.checkOpaque('mpx', ctx.query.token);
  if (!r.ok) return exception(401, 'com.theplatform.authentication.api.exception.InvalidTokenException', 'Invalid token');
  if (ctx.query.account !== undefined && ctx.query.account !== MPX_ACCOUNT) {
    return exception(403, 'com.theplatform.data.api.exception.PermissionException', 'Access denied to account');
  }
  // range=a-b (1-based, inclusive; none = from 1), at most PAGE_MAX entries: itemsPerPage is the
  // page size served, entryCount what came back; totalResults only with count=true.
  const page = (all) => {
    let start = 1;
    let asked = PAGE_MAX;
    if (ctx.query.range !== undefined) {
      const m = /^(\d+)-(\d+)$/.exec(String(ctx.query.range));
      if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1])) {
        return exception(400, 'com.theplatform.data.api.exception.BadParameterException', 'Invalid range');
      }
      start = Number(m[1]);
      asked = Number(m[2]) - start + 1;
    }
    const perPage = Math.min(asked, PAGE_MAX);
    const entries = all.slice(start - 1, start - 1 + perPage);
    const body = {
      $xmlns: {},
      startIndex: start,
      itemsPerPage: perPage,
      entryCount: entries.length,
      entries,
    };
    if (String(ctx.query.count) === 'true') body.totalResults = all.length;
    return json(ctx, 200, body);
  };
  if (sub === '/product/data/Product') return page(data.mpx.products);
  if (sub === '/eds/data/Entitlement') {
    const userId = `${MPX_USER_BASE}${ACCOUNTS[r.account].payment.mpx}`;
    if (ctx.query.byUserId !== undefined && ctx.query.byUserId !== userId) {
      return exception(403, 'com.theplatform.data.api.exception.PermissionException', 'Access denied to user');
    }
    return page(data.mpx.entitlements.filter((e) => e.userId === userId));
  }
  return exception(404, 'com.theplatform.data.api.exception.ObjectNotFoundException', 'Not found');
}

export function handlePayments(ctx, data, tokens) {
  const m = /^\/payments\/(cleeng|inplayer|mpx)(\/.*)?$/.exec(ctx.path);
  if (!m) {
    json(ctx, 404, { error: 'not_found' });
    return;
  }
  const sub = m[2] || '/';
  if (m[1] === 'cleeng') cleeng(ctx, sub, data, tokens);
  else if (m[1] === 'inplayer') inplayer(ctx, sub, data, tokens);
  else mpx(ctx, sub, data, tokens);
}
