// A MobilePay-like OpenID Connect server, after the MobilePay developer guide "OpenID Connect"
// (https://developer.mobilepay.dk/developersupport/openid/: Authorize, Get tokens, Refresh
// token) and its note on merchant_vat (https://developer.mobilepay.dk/node/2747).
//
// What it keeps from the guide:
// - the discovery document is not at <issuer>/.well-known/openid-configuration: the guide's
//   issuer is ".../merchant" while discovery lives under ".../merchant-authentication-openidconnect/";
//   here the issuer is <origin>/mobilepay/merchant and discovery
//   <origin>/mobilepay/merchant-authentication-openidconnect/.well-known/openid-configuration
//   (<issuer>/.well-known/... answers 404);
// - authorization: response_type `code id_token` (hybrid, OIDC Core §3.3), response_mode
//   `fragment` (the default for hybrid) or `form_post`, `nonce`, PKCE S256 (code_challenge
//   required), `merchant_vat` (country code + VAT number, e.g. DK12345678) required;
// - redirect URIs must be https; the sandbox also takes http on loopback (RFC 8252 §7.3,
//   any port), as MobilePay's sandbox does for development;
// - token endpoint: form body with client_id and client_secret (client_secret_post),
//   `code_verifier` with the code; refresh with `refresh_token` AND the same `code_verifier`
//   again (refused without it); refresh tokens are one-time (replaced on every refresh).
// The front-channel ID token carries nonce and c_hash (OIDC Core §3.3.2.11), signed ES256,
// keys at jwks_uri. UserInfo answers sub, name, email, phone_number.
import crypto from 'node:crypto';

import { ACCOUNTS } from './data.js';
import {
  Grants, bearer, cHash, checkLogin, esc, htmlAnswer, isLoopbackHttp, issue, jsonAnswer, loginForm,
  noteShape, page, readBody, readParams, redirectRegistered, s256, sameSecret, signJwt, signingKey,
} from './dialect-kit.js';
import { recordSecret } from './ledger.js';

export const MOBILEPAY = {
  clientId: 'tvpair-mobilepay',
  clientSecret: 'mobilepay-sandbox-secret',
  redirectUris: ['http://127.0.0.1/callback', 'https://tv.example.com/mobilepay/callback'],
  merchantVat: /^[A-Z]{2}[0-9A-Z]{8,12}$/,
  scopes: ['openid', 'offline_access', 'profile', 'email', 'phone', 'invoice', 'subscriptions'],
  accessTtl: 300,
};
const BRAND = 'MobilePay';
const ISSUER_PATH = '/mobilepay/merchant';
const OIDC_PATH = '/mobilepay/merchant-authentication-openidconnect';
const ACCOUNT_PATH = '/mobilepay/account';

// A stable UUID-shaped subject per demo account (MobilePay subjects are UUIDs).
export function mobilePaySubject(username) {
  const h = crypto.createHash('sha256').update(`mobilepay:${username}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function createMobilePay(origin) {
  recordSecret('client_secret', MOBILEPAY.clientSecret);
  const issuer = origin + ISSUER_PATH;
  const key = signingKey('ES256');
  const codes = new Grants();
  const refreshTokens = new Grants();
  const accessTokens = new Grants();

  const metadata = () => ({
    issuer,
    authorization_endpoint: `${origin}${ACCOUNT_PATH}/connect/authorize`,
    token_endpoint: `${origin}${OIDC_PATH}/connect/token`,
    userinfo_endpoint: `${origin}${OIDC_PATH}/connect/userinfo`,
    jwks_uri: `${origin}${OIDC_PATH}/.well-known/openid-configuration/jwks`,
    end_session_endpoint: `${origin}${ACCOUNT_PATH}/connect/endsession`,
    scopes_supported: MOBILEPAY.scopes,
    response_types_supported: ['code id_token'],
    response_modes_supported: ['form_post', 'fragment'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    token_endpoint_auth_methods_supported: ['client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    claims_supported: ['sub', 'name', 'email', 'phone_number', 'merchant_vat'],
  });

  const idToken = (rec, extra) => {
    const now = Math.floor(Date.now() / 1000);
    return issueIdToken(signJwt(key, {
      iss: issuer, sub: mobilePaySubject(rec.username), aud: MOBILEPAY.clientId, iat: now, exp: now + 300,
      auth_time: rec.authTime, nonce: rec.nonce, ...extra,
    }));
  };
  const issueIdToken = (t) => { recordSecret('id_token', t); return t; };

  function tokenError(ctx, status, error, description) {
    jsonAnswer(ctx, status, { error, error_description: description });
    ctx.tvpairShape = { ...(ctx.tvpairShape || {}), error };
  }

  async function authorize(ctx) {
    const q = ctx.method === 'POST' ? Object.fromEntries(new URLSearchParams(await readBody(ctx))) : ctx.query;
    const names = ['response_type', 'response_mode', 'client_id', 'redirect_uri', 'scope', 'state', 'nonce',
      'code_challenge', 'code_challenge_method', 'merchant_vat'];
    const req = Object.fromEntries(names.filter((n) => q[n] !== undefined).map((n) => [n, String(q[n])]));
    if (ctx.method === 'GET') noteShape(ctx, 'query', q, { response_mode: req.response_mode || 'fragment' });
    const refuse = (msg) => htmlAnswer(ctx, 400, page('Error', `<p class="err" id="error">${esc(msg)}</p>`, BRAND));
    if (req.client_id !== MOBILEPAY.clientId) return refuse('invalid_client: unknown client_id');
    const redirect = req.redirect_uri || '';
    if (!redirect.startsWith('https://') && !isLoopbackHttp(redirect)) {
      return refuse('invalid_request: redirect_uri must be https (http only on loopback)');
    }
    if (!redirectRegistered(redirect, MOBILEPAY.redirectUris)) return refuse('invalid_request: redirect_uri is not whitelisted for this client');
    // Errors past this point go back to the client (OIDC Core §3.3.2.6), as the response mode says.
    const mode = req.response_mode || 'fragment';
    if (!['fragment', 'form_post'].includes(mode)) return refuse('invalid_request: response_mode must be fragment or form_post');
    const answer = (params) => respond(ctx, redirect, mode, req.state === undefined ? params : { ...params, state: req.state });
    if (req.response_type !== 'code id_token') return answer({ error: 'unsupported_response_type', error_description: 'response_type must be "code id_token"' });
    const scopes = String(req.scope || '').split(' ').filter(Boolean);
    if (!scopes.includes('openid') || scopes.some((s) => !MOBILEPAY.scopes.includes(s))) {
      return answer({ error: 'invalid_scope', error_description: `openid and any of ${MOBILEPAY.scopes.join(' ')}` });
    }
    if (!req.nonce) return answer({ error: 'invalid_request', error_description: 'nonce is required with an ID token' });
    if (!req.code_challenge || req.code_challenge_method !== 'S256') {
      return answer({ error: 'invalid_request', error_description: 'PKCE with code_challenge_method S256 is required' });
    }
    if (!MOBILEPAY.merchantVat.test(req.merchant_vat || '')) {
      return answer({ error: 'invalid_request', error_description: 'merchant_vat (country code and VAT number, e.g. DK12345678) is required' });
    }
    const action = `${ACCOUNT_PATH}/connect/authorize`;
    if (ctx.method === 'GET') return htmlAnswer(ctx, 200, page('Log in with MobilePay', loginForm(action, req), BRAND));
    if (q.action === 'abort') return answer({ error: 'access_denied', error_description: 'The user cancelled' });
    const acct = checkLogin(q);
    if (!acct) return htmlAnswer(ctx, 200, page('Log in with MobilePay', loginForm(action, req, 'Unknown user or wrong password.'), BRAND));
    const code = issue('authorization_code');
    const rec = {
      username: acct.username, scope: scopes.join(' '), redirect_uri: redirect, nonce: req.nonce,
      challenge: req.code_challenge, merchant_vat: req.merchant_vat, authTime: Math.floor(Date.now() / 1000),
    };
    codes.put(code, rec, 60);
    return answer({ code, id_token: idToken(rec, { c_hash: cHash(code) }) });
  }

  // OAuth 2.0 Form Post Response Mode, or the fragment of a 303 (OIDC Core §3.3.2.5).
  function respond(ctx, redirect, mode, params) {
    if (mode === 'form_post') {
      const fields = Object.entries(params).map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
      return htmlAnswer(ctx, 200, page('Returning to the app', `<form id="form_post" method="post" action="${esc(redirect)}">${fields}
<noscript><button type="submit">Continue</button></noscript></form>
<script>document.getElementById('form_post').submit();</script>`, BRAND));
    }
    ctx.status = 303;
    ctx.set('Cache-Control', 'no-store');
    ctx.redirect(`${redirect.split('#')[0]}#${new URLSearchParams(params).toString()}`);
    return undefined;
  }

  function tokens(ctx, rec, withIdToken) {
    const accessToken = issue('access_token');
    const refreshToken = issue('refresh_token');
    accessTokens.put(accessToken, { username: rec.username }, MOBILEPAY.accessTtl);
    refreshTokens.put(refreshToken, rec, 30 * 86400);
    const body = {
      access_token: accessToken, token_type: 'Bearer', expires_in: MOBILEPAY.accessTtl, refresh_token: refreshToken, scope: rec.scope,
    };
    if (withIdToken) body.id_token = idToken(rec);
    jsonAnswer(ctx, 200, body);
  }

  async function token(ctx) {
    if (ctx.method !== 'POST') return tokenError(ctx, 405, 'invalid_request', 'POST only');
    const { kind, params } = await readParams(ctx);
    noteShape(ctx, kind, params);
    if (kind !== 'form' || !params) return tokenError(ctx, 400, 'invalid_request', 'application/x-www-form-urlencoded body expected');
    if (params.client_id !== MOBILEPAY.clientId || !sameSecret(params.client_secret, MOBILEPAY.clientSecret)) {
      return tokenError(ctx, 401, 'invalid_client', 'client_id and client_secret in the body (client_secret_post)');
    }
    ctx.tvpairClientId = MOBILEPAY.clientId;
    if (params.grant_type === 'authorization_code') {
      const rec = codes.take(params.code);
      if (!rec) return tokenError(ctx, 400, 'invalid_grant', 'unknown, used or expired code');
      if (params.redirect_uri !== rec.redirect_uri) return tokenError(ctx, 400, 'invalid_grant', 'redirect_uri does not match');
      const v = String(params.code_verifier || '');
      if (v.length < 43 || s256(v) !== rec.challenge) return tokenError(ctx, 400, 'invalid_grant', 'code_verifier does not match the code_challenge');
      rec.verifier = v;
      return tokens(ctx, rec, rec.scope.split(' ').includes('openid'));
    }
    if (params.grant_type === 'refresh_token') {
      const rec = refreshTokens.get(params.refresh_token);
      if (!rec) return tokenError(ctx, 400, 'invalid_grant', 'unknown, used or expired refresh_token');
      if (!params.code_verifier) return tokenError(ctx, 400, 'invalid_request', 'code_verifier is required with every refresh');
      if (!sameSecret(params.code_verifier, rec.verifier)) return tokenError(ctx, 400, 'invalid_grant', 'code_verifier is not the one of this grant');
      refreshTokens.delete(params.refresh_token);
      return tokens(ctx, rec, true);
    }
    return tokenError(ctx, 400, 'unsupported_grant_type', 'authorization_code or refresh_token');
  }

  function userinfo(ctx) {
    const rec = accessTokens.get(bearer(ctx));
    if (!rec) return jsonAnswer(ctx, 401, { error: 'invalid_token' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    const a = ACCOUNTS[rec.username];
    return jsonAnswer(ctx, 200, {
      sub: mobilePaySubject(rec.username), name: a.name, email: a.email, phone_number: `+45${String(4500000 + a.name.length).padStart(8, '0')}`,
    });
  }

  function endSession(ctx) {
    noteShape(ctx, 'query', ctx.query);
    const back = String(ctx.query.post_logout_redirect_uri || '');
    const html = back && (back.startsWith('https://') || isLoopbackHttp(back))
      ? `<p id="signed-out">You are logged out of MobilePay.</p><p><a id="return" href="${esc(back)}">Back to the app</a></p>`
      : '<p id="signed-out">You are logged out of MobilePay.</p>';
    return htmlAnswer(ctx, 200, page('Logged out', html, BRAND));
  }

  return async function mobilepay(ctx, next) {
    const p = ctx.path;
    if (!p.startsWith('/mobilepay/')) return next();
    if (p === `${OIDC_PATH}/.well-known/openid-configuration` && ctx.method === 'GET') return jsonAnswer(ctx, 200, metadata());
    if (p === `${OIDC_PATH}/.well-known/openid-configuration/jwks` && ctx.method === 'GET') return jsonAnswer(ctx, 200, { keys: [key.jwk] });
    if (p === `${ACCOUNT_PATH}/connect/authorize` && ['GET', 'POST'].includes(ctx.method)) return authorize(ctx);
    if (p === `${OIDC_PATH}/connect/token`) return token(ctx);
    if (p === `${OIDC_PATH}/connect/userinfo` && ctx.method === 'GET') return userinfo(ctx);
    if (p === `${ACCOUNT_PATH}/connect/endsession` && ctx.method === 'GET') return endSession(ctx);
    return jsonAnswer(ctx, 404, { error: 'not_found' });
  };
}
