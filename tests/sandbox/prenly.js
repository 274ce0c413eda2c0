// A Prenly-like OAuth 2.0 server, after Prenly's reader-access guide "OAuth2"
// (https://textalkwebsite.shop.abicart.se/en/support/user-manuals/prenly/reader-access/sign-in-subscriptions/oauth2)
// and "ID token" (https://prenly.com/support/your-prenly-onboarding/login/id-token).
//
// What it keeps from the guide:
// - RFC 6749 authorization code grant only; OIDC optional, so no issuer, no discovery and no
//   ID token here; scope and state optional;
// - the client authenticates with client_secret_basic (Prenly's default; client_secret_post
//   only when agreed, not for this client); refresh tokens recommended, so they are issued;
// - the viewer's id read from a property of the token response (here `user_id`), with a
//   customer number property beside it (`customer_number`);
// - products as a JSON array claim in UserInfo (`products`);
// - logout by a GET to a URL with placeholders for the client id, the return URI and an error
//   URI: /prenly/logout?client_id=..&return_uri=..&error_uri=.. (POST refused).
import { ACCOUNTS } from './data.js';
import {
  Grants, basicCredentials, bearer, checkLogin, esc, htmlAnswer, issue, jsonAnswer, loginForm, noteShape, page,
  readBody, readParams, redirectRegistered, s256, sameSecret,
} from './dialect-kit.js';
import { recordSecret } from './ledger.js';

export const PRENLY = {
  clientId: 'tvpair-prenly',
  clientSecret: 'prenly-sandbox-secret',
  redirectUris: ['http://127.0.0.1/callback'],
  scopes: ['read', 'products', 'offline_access'],
  accessTtl: 3600,
};
const BRAND = 'Prenly';

// Stable viewer ids and customer numbers for the demo accounts (alice: prn-100001, 880001).
export function prenlyUser(username) {
  const n = Object.keys(ACCOUNTS).indexOf(username) + 1;
  return { userId: `prn-${100000 + n}`, customerNumber: String(880000 + n) };
}

export function createPrenly(origin) {
  recordSecret('client_secret', PRENLY.clientSecret);
  const codes = new Grants();
  const refreshTokens = new Grants();
  const accessTokens = new Grants();
  const returnUris = [`${origin}/prenly/signed-out`, 'https://tv.example.com/prenly/signed-out'];
  const errorUris = [`${origin}/prenly/logout-error`, 'https://tv.example.com/prenly/logout-error'];

  function tokenError(ctx, status, error, description, headers = {}) {
    jsonAnswer(ctx, status, { error, error_description: description }, headers);
    ctx.tvpairShape = { ...(ctx.tvpairShape || {}), error };
  }

  async function authorize(ctx) {
    const q = ctx.method === 'POST' ? Object.fromEntries(new URLSearchParams(await readBody(ctx))) : ctx.query;
    const names = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method', 'nonce'];
    const req = Object.fromEntries(names.filter((n) => q[n] !== undefined).map((n) => [n, String(q[n])]));
    if (ctx.method === 'GET') noteShape(ctx, 'query', q);
    const refuse = (msg) => htmlAnswer(ctx, 400, page('Error', `<p class="err" id="error">${esc(msg)}</p>`, BRAND));
    if (req.client_id !== PRENLY.clientId) return refuse('unknown client_id');
    if (!redirectRegistered(req.redirect_uri || '', PRENLY.redirectUris)) return refuse('redirect_uri is not registered');
    const back = new URL(req.redirect_uri);
    const answer = (params) => {
      for (const [k, v] of Object.entries(params)) back.searchParams.set(k, v);
      if (req.state !== undefined) back.searchParams.set('state', req.state);
      ctx.status = 303;
      ctx.redirect(back.href);
    };
    if (req.response_type !== 'code') return answer({ error: 'unsupported_response_type' });
    const scopes = String(req.scope || '').split(' ').filter(Boolean);
    if (scopes.some((s) => !PRENLY.scopes.includes(s))) return answer({ error: 'invalid_scope' });
    if (req.code_challenge && req.code_challenge_method !== 'S256') return answer({ error: 'invalid_request', error_description: 'S256 only' });
    const action = '/prenly/oauth/authorize';
    if (ctx.method === 'GET') return htmlAnswer(ctx, 200, page('Sign in to read', loginForm(action, req), BRAND));
    if (q.action === 'abort') return answer({ error: 'access_denied' });
    const acct = checkLogin(q);
    if (!acct) return htmlAnswer(ctx, 200, page('Sign in to read', loginForm(action, req, 'Unknown user or wrong password.'), BRAND));
    const code = issue('authorization_code');
    codes.put(code, { username: acct.username, scope: scopes.join(' '), redirect_uri: req.redirect_uri, challenge: req.code_challenge }, 60);
    return answer({ code });
  }

  function tokens(ctx, rec) {
    const accessToken = issue('access_token');
    const refreshToken = issue('refresh_token');
    accessTokens.put(accessToken, rec, PRENLY.accessTtl);
    refreshTokens.put(refreshToken, rec, 30 * 86400);
    const u = prenlyUser(rec.username);
    jsonAnswer(ctx, 200, {
      access_token: accessToken, token_type: 'Bearer', expires_in: PRENLY.accessTtl, refresh_token: refreshToken,
      scope: rec.scope, user_id: u.userId, customer_number: u.customerNumber,
    });
  }

  async function token(ctx) {
    if (ctx.method !== 'POST') return tokenError(ctx, 405, 'invalid_request', 'POST only');
    const { kind, params } = await readParams(ctx);
    noteShape(ctx, kind, params, { client_auth: basicCredentials(ctx) ? 'client_secret_basic' : (params?.client_secret ? 'client_secret_post' : 'none') });
    const cred = basicCredentials(ctx);
    if (!cred || cred.id !== PRENLY.clientId || !sameSecret(cred.secret, PRENLY.clientSecret)) {
      return tokenError(ctx, 401, 'invalid_client', 'client_secret_basic is required for this client', { 'WWW-Authenticate': 'Basic realm="prenly"' });
    }
    ctx.tvpairClientId = PRENLY.clientId;
    if (kind !== 'form' || !params) return tokenError(ctx, 400, 'invalid_request', 'application/x-www-form-urlencoded body expected');
    if (params.grant_type === 'authorization_code') {
      const rec = codes.take(params.code);
      if (!rec) return tokenError(ctx, 400, 'invalid_grant', 'unknown, used or expired code');
      if (params.redirect_uri !== rec.redirect_uri) return tokenError(ctx, 400, 'invalid_grant', 'redirect_uri does not match');
      if (rec.challenge && s256(String(params.code_verifier || '')) !== rec.challenge) {
        return tokenError(ctx, 400, 'invalid_grant', 'code_verifier does not match');
      }
      return tokens(ctx, rec);
    }
    if (params.grant_type === 'refresh_token') {
      const rec = refreshTokens.take(params.refresh_token);
      if (!rec) return tokenError(ctx, 400, 'invalid_grant', 'unknown, used or expired refresh_token');
      return tokens(ctx, rec);
    }
    return tokenError(ctx, 400, 'unsupported_grant_type', 'authorization_code or refresh_token');
  }

  function userinfo(ctx) {
    const rec = accessTokens.get(bearer(ctx));
    if (!rec) return jsonAnswer(ctx, 401, { error: 'invalid_token' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    const a = ACCOUNTS[rec.username];
    const u = prenlyUser(rec.username);
    return jsonAnswer(ctx, 200, { sub: u.userId, name: a.name, email: a.email, products: [...a.products] });
  }

  // The logout URL: GET only; bad client or return URI -> the error URI (when it is known).
  function logout(ctx) {
    noteShape(ctx, 'query', ctx.query);
    if (ctx.method !== 'GET') {
      ctx.set('Allow', 'GET');
      return htmlAnswer(ctx, 405, page('Error', '<p class="err" id="error">The logout URL is opened with GET.</p>', BRAND));
    }
    const { client_id: clientId, return_uri: returnUri, error_uri: errorUri } = ctx.query;
    const goodError = errorUris.includes(errorUri);
    let error = null;
    if (clientId !== PRENLY.clientId) error = 'unknown_client';
    else if (!returnUris.includes(returnUri)) error = 'invalid_return_uri';
    if (error) {
      if (!goodError) return htmlAnswer(ctx, 400, page('Error', `<p class="err" id="error">${esc(error)}</p>`, BRAND));
      ctx.status = 302;
      ctx.redirect(`${errorUri}?error=${encodeURIComponent(error)}`);
      return undefined;
    }
    ctx.status = 302;
    ctx.redirect(returnUri);
    return undefined;
  }

  return async function prenly(ctx, next) {
    const p = ctx.path;
    if (!p.startsWith('/prenly/')) return next();
    if (p === '/prenly/oauth/authorize' && ['GET', 'POST'].includes(ctx.method)) return authorize(ctx);
    if (p === '/prenly/oauth/token') return token(ctx);
    if (p === '/prenly/oauth/userinfo' && ctx.method === 'GET') return userinfo(ctx);
    if (p === '/prenly/logout') return logout(ctx);
    if (p === '/prenly/signed-out' && ctx.method === 'GET') {
      return htmlAnswer(ctx, 200, page('Signed out', '<p id="signed-out">You are signed out. You can close this page.</p>', BRAND));
    }
    if (p === '/prenly/logout-error' && ctx.method === 'GET') {
      return htmlAnswer(ctx, 200, page('Sign-out failed', `<p class="err" id="logout-error">${esc(ctx.query.error || 'error')}</p>`, BRAND));
    }
    return jsonAnswer(ctx, 404, { error: 'not_found' });
  };
}
