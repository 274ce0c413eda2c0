// A Paytronix-like guest sign-in server, after the Paytronix integration documentation
// (https://developers.paytronix.com): "Paytronix API Primer / Authentication", "Guest Website
// Redirect Flow" (single sign-on) and the OAuth Service's requestGuestToken call.
//
// What it keeps from the guide:
// - every API call carries the integration's identifier and secret in HTTP Basic
//   ("API Authentication"); the OAuth calls are JSON bodies ("Headers and Body Formatting"),
//   so an RFC 6749 form post to requestGuestToken is refused;
// - requestGuestToken takes an integer `merchantId` and a `grant_type`
//   (`authorization_code` with `code` and `redirect_uri`, or `refresh_token`): one call for the
//   code and for every refresh; the answer is access_token, token_type, expires_in,
//   refresh_token, scope and the guest's `username`;
// - scopes are `account_read account_write user_read user_write` (no `openid`, no ID token);
// - failures answer {"result":"failure","errorCode","errorMessage"} (the RFC 6749 names
//   `error` / `error_description` are sent alongside so either reading works).
// The sandbox's own choices: grants (code, access and refresh tokens) live 5 minutes, the
// refresh token is replaced on every refresh and the old one refused.
//
// Mounted under /paytronix by server.js:
//   GET/POST /paytronix/oauth/authorize                      guest login (HTML, cookie-free)
//   POST     /paytronix/rest/oauth/requestGuestToken.json    the token call
import {
  Grants, basicCredentials, checkLogin, htmlAnswer, issue, jsonAnswer, loginForm, noteShape, page,
  readBody, readParams, redirectRegistered, sameSecret,
} from './dialect-kit.js';
import { recordSecret } from './ledger.js';

export const PAYTRONIX = {
  integrationId: 'tvpair-paytronix',
  integrationSecret: 'paytronix-sandbox-secret',
  merchantId: 7700,
  scopes: ['account_read', 'account_write', 'user_read', 'user_write'],
  redirectUris: ['http://127.0.0.1/callback'],
  ttl: 300,
};
const BRAND = 'Paytronix';

export function createPaytronix() {
  recordSecret('client_secret', PAYTRONIX.integrationSecret);
  const codes = new Grants();
  const refreshTokens = new Grants();

  function failure(ctx, status, code, message) {
    jsonAnswer(ctx, status, { result: 'failure', errorCode: code, errorMessage: message, error: code, error_description: message },
      status === 401 ? { 'WWW-Authenticate': 'Basic realm="paytronix"' } : {});
    ctx.tvpairShape = { ...(ctx.tvpairShape || {}), error: code };
  }

  function tokens(ctx, rec) {
    const accessToken = issue('access_token');
    const refreshToken = issue('refresh_token');
    refreshTokens.put(refreshToken, { username: rec.username, scope: rec.scope }, PAYTRONIX.ttl);
    jsonAnswer(ctx, 200, {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: PAYTRONIX.ttl,
      refresh_token: refreshToken,
      scope: rec.scope,
      username: rec.username,
    });
  }

  async function authorize(ctx) {
    const q = ctx.method === 'POST' ? Object.fromEntries(new URLSearchParams(await readBody(ctx))) : ctx.query;
    const req = {
      response_type: q.response_type, client_id: q.client_id, redirect_uri: q.redirect_uri, scope: q.scope,
      state: q.state, code_challenge: q.code_challenge, code_challenge_method: q.code_challenge_method,
    };
    noteShape(ctx, 'query', Object.fromEntries(Object.entries(ctx.method === 'POST' ? {} : q)));
    if (req.client_id !== PAYTRONIX.integrationId) {
      return htmlAnswer(ctx, 400, page('Error', '<p class="err">Unknown client_id.</p>', BRAND));
    }
    if (!req.redirect_uri || !redirectRegistered(req.redirect_uri, PAYTRONIX.redirectUris)) {
      return htmlAnswer(ctx, 400, page('Error', '<p class="err">redirect_uri is not registered for this client.</p>', BRAND));
    }
    const back = new URL(req.redirect_uri);
    const answer = (params) => {
      for (const [k, v] of Object.entries(params)) back.searchParams.set(k, v);
      if (req.state !== undefined) back.searchParams.set('state', req.state);
      ctx.status = 303;
      ctx.redirect(back.href);
    };
    if (req.response_type !== 'code') return answer({ error: 'unsupported_response_type' });
    const scopes = String(req.scope || '').split(' ').filter(Boolean);
    if (!scopes.length || scopes.some((s) => !PAYTRONIX.scopes.includes(s))) {
      return answer({ error: 'invalid_scope', error_description: `scopes are ${PAYTRONIX.scopes.join(' ')}` });
    }
    if (ctx.method === 'GET') {
      return htmlAnswer(ctx, 200, page('Guest sign-in', loginForm('/paytronix/oauth/authorize', req), BRAND));
    }
    if (q.action === 'abort') return answer({ error: 'access_denied' });
    const acct = checkLogin(q);
    if (!acct) return htmlAnswer(ctx, 200, page('Guest sign-in', loginForm('/paytronix/oauth/authorize', req, 'Unknown user or wrong password.'), BRAND));
    const code = issue('authorization_code');
    codes.put(code, { username: acct.username, scope: scopes.join(' '), redirect_uri: req.redirect_uri }, PAYTRONIX.ttl);
    return answer({ code });
  }

  async function requestGuestToken(ctx) {
    if (ctx.method !== 'POST') return failure(ctx, 405, 'invalid_request', 'requestGuestToken is a POST');
    const { kind, params } = await readParams(ctx);
    noteShape(ctx, kind, params);
    const cred = basicCredentials(ctx);
    if (!cred || cred.id !== PAYTRONIX.integrationId || !sameSecret(cred.secret, PAYTRONIX.integrationSecret)) {
      return failure(ctx, 401, 'invalid_client', 'the integration identifier and secret go in HTTP Basic');
    }
    if (kind !== 'json') {
      return failure(ctx, 400, 'invalid_request', 'requestGuestToken takes a JSON body (Content-Type: application/json), not a form');
    }
    if (!params) return failure(ctx, 400, 'invalid_request', 'the body is not a JSON object');
    if (!Number.isInteger(params.merchantId)) return failure(ctx, 400, 'invalid_request', 'merchantId (an integer) is required');
    if (params.merchantId !== PAYTRONIX.merchantId) return failure(ctx, 400, 'invalid_request', 'unknown merchantId');
    if (params.client_id !== undefined && params.client_id !== PAYTRONIX.integrationId) {
      return failure(ctx, 400, 'invalid_client', 'client_id is not this integration');
    }
    if (params.grant_type === 'authorization_code') {
      const rec = codes.take(params.code);
      if (!rec) return failure(ctx, 400, 'invalid_grant', 'unknown, used or expired code');
      if (params.redirect_uri !== rec.redirect_uri) return failure(ctx, 400, 'invalid_grant', 'redirect_uri does not match the authorization request');
      return tokens(ctx, rec);
    }
    if (params.grant_type === 'refresh_token') {
      const rec = refreshTokens.take(params.refresh_token);
      if (!rec) return failure(ctx, 400, 'invalid_grant', 'unknown, used or expired refresh_token');
      return tokens(ctx, rec);
    }
    return failure(ctx, 400, 'unsupported_grant_type', 'grant_type authorization_code or refresh_token');
  }

  // Koa middleware step: handles /paytronix/..., passes anything else on.
  return async function paytronix(ctx, next) {
    if (ctx.path === '/paytronix/oauth/authorize' && ['GET', 'POST'].includes(ctx.method)) return authorize(ctx);
    if (ctx.path === '/paytronix/rest/oauth/requestGuestToken.json') return requestGuestToken(ctx);
    if (ctx.path.startsWith('/paytronix/')) return failure(ctx, 404, 'not_found', 'no such endpoint');
    return next();
  };
}
