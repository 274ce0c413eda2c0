// Shared parts of the sandbox's dialect identity servers (paytronix.js, mobilepay.js, prenly.js):
// body readers, HTTP Basic, loopback checks, signed JWTs, HTML pages and the request-shape
// record the request log keeps (parameter names only, never a value).
import crypto from 'node:crypto';

import { ACCOUNTS } from './data.js';
import { recordSecret } from './ledger.js';

export const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

export function page(title, body, brand) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} - ${esc(brand)} (tvpair sandbox)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:28em;margin:2em auto;padding:0 1em}
input,button{font-size:1.1em;padding:.4em;margin:.2em 0}input[type=text],input[type=password]{width:100%;box-sizing:border-box}
.err{color:#b00020}</style>
</head><body><h1>${esc(title)}</h1>
${body}
<p><small>${esc(brand)}-like identity server of the tvpair sandbox (test use only). Demo accounts: alice/alice, bob/bob, carol/carol, dave/dave.</small></p>
</body></html>`;
}

export async function readBody(ctx, limit = 64 * 1024) {
  const chunks = [];
  let n = 0;
  for await (const c of ctx.req) {
    n += c.length;
    if (n > limit) throw new Error('body too large');
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// The request's media type without parameters ("application/json"), lower case.
export const mediaType = (ctx) => String(ctx.get('content-type') || '').split(';')[0].trim().toLowerCase();

// The body as an object, and how it came: 'json', 'form' or the media type itself.
export async function readParams(ctx) {
  const raw = await readBody(ctx);
  const type = mediaType(ctx);
  if (type === 'application/json') {
    let v;
    try { v = raw.trim() ? JSON.parse(raw) : {}; } catch { return { kind: 'json', params: null }; }
    return { kind: 'json', params: v && typeof v === 'object' && !Array.isArray(v) ? v : null };
  }
  if (type === 'application/x-www-form-urlencoded') return { kind: 'form', params: Object.fromEntries(new URLSearchParams(raw)) };
  return { kind: type || 'none', params: null };
}

// What the request log keeps of a request: how its body came and the names of its parameters.
export function noteShape(ctx, kind, params, extra = {}) {
  ctx.tvpairShape = { body: kind, params: params ? Object.keys(params).sort() : [], ...extra };
  if (params && typeof params.grant_type === 'string') ctx.tvpairGrantType = params.grant_type;
}

// RFC 7617 HTTP Basic credentials (RFC 6749 §2.3.1: both parts form-urlencoded first).
export function basicCredentials(ctx) {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(String(ctx.get('authorization') || ''));
  if (!m) return null;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const dec = (s) => { try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; } };
  return { id: dec(text.slice(0, colon)), secret: dec(text.slice(colon + 1)) };
}

export function bearer(ctx) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(String(ctx.get('authorization') || ''));
  return m ? m[1] : null;
}

// Constant-time comparison of two strings (client secrets, PKCE verifiers).
export function sameSecret(a, b) {
  const x = Buffer.from(String(a ?? ''));
  const y = Buffer.from(String(b ?? ''));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

// RFC 8252 §7.3: a loopback redirect URI may use any port.
export function isLoopbackHttp(uri) {
  try {
    const u = new URL(uri);
    return u.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(u.hostname);
  } catch { return false; }
}

// The redirect URI matches one registered, the port ignored for loopback ones (RFC 8252 §7.3).
export function redirectRegistered(uri, registered) {
  let u;
  try { u = new URL(uri); } catch { return false; }
  return registered.some((r) => {
    const g = new URL(r);
    if (isLoopbackHttp(r) && isLoopbackHttp(uri)) return g.hostname === u.hostname && g.pathname === u.pathname;
    return g.href === u.href;
  });
}

export const s256 = (verifier) => crypto.createHash('sha256').update(verifier).digest('base64url');

// A fresh opaque secret, written to the secret ledger under `kind`.
export function issue(kind, bytes = 32) {
  const v = crypto.randomBytes(bytes).toString('base64url');
  recordSecret(kind, v);
  return v;
}

// A signing key (ES256 or RS256) with its public JWK.
export function signingKey(alg) {
  const pair = alg === 'RS256'
    ? crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
    : crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = `${alg.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}`;
  return { alg, kid, privateKey: pair.privateKey, jwk: { ...pair.publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' } };
}

// RFC 7515 compact JWS.
export function signJwt(key, claims) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${enc({ alg: key.alg, kid: key.kid, typ: 'JWT' })}.${enc(claims)}`;
  const sig = key.alg === 'RS256'
    ? crypto.sign('sha256', Buffer.from(input), key.privateKey)
    : crypto.sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${sig.toString('base64url')}`;
}

// OIDC Core §3.3.2.11 c_hash: the left half of the SHA-256 of the code, base64url.
export function cHash(code) {
  const d = crypto.createHash('sha256').update(code, 'ascii').digest();
  return d.subarray(0, d.length / 2).toString('base64url');
}

// The demo account for a login form, or null.
export function checkLogin(form) {
  const username = String(form.username || '').trim().toLowerCase();
  const acct = ACCOUNTS[username];
  if (!acct || acct.password !== String(form.password || '')) return null;
  return { username, ...acct };
}

// A login form that carries the authorization request on in hidden fields.
export function loginForm(action, hidden, error) {
  const fields = Object.entries(hidden).filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
  return `${error ? `<p class="err">${esc(error)}</p>` : ''}
<form id="login" method="post" action="${esc(action)}">${fields}
<label>Username <input type="text" name="username" autocomplete="username" autofocus></label>
<label>Password <input type="password" name="password" autocomplete="current-password"></label>
<button type="submit" name="action" value="login">Sign in</button></form>
<form id="abort" method="post" action="${esc(action)}">${fields}<button type="submit" name="action" value="abort">Cancel</button></form>`;
}

export function jsonAnswer(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Pragma', 'no-cache');
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.body = body;
}

export function htmlAnswer(ctx, status, html) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = html;
}

// Expiring maps of issued codes and tokens (value -> record), swept lazily.
export class Grants {
  constructor() { this.map = new Map(); }

  put(key, rec, ttlSeconds) {
    if (this.map.size > 50000) this.sweep();
    this.map.set(key, { ...rec, exp: Date.now() + ttlSeconds * 1000 });
  }

  take(key) { const r = this.get(key); this.map.delete(key); return r; }

  get(key) {
    const r = typeof key === 'string' ? this.map.get(key) : undefined;
    if (!r) return null;
    if (r.exp <= Date.now()) { this.map.delete(key); return null; }
    return r;
  }

  delete(key) { this.map.delete(key); }

  sweep() { const now = Date.now(); for (const [k, r] of this.map) if (r.exp <= now) this.map.delete(k); }
}
