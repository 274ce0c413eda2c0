#!/usr/bin/env node
// tvpair sandbox: local OpenID provider (npm oidc-provider) + payment emulator.
// Listens on 127.0.0.1 only. See README.md.
import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';

import Provider, { errors as oidcErrors } from 'oidc-provider';

import { ACCOUNTS, makeData } from './data.js';
import { PaymentTokens, handlePayments } from './payments.js';
import { handleRestEntitlements, jwtSubject, restRecords } from './rest-entitlements.js';
import { handleCheckout } from './checkout.js';
import { recordAnswer, recordRedirect, recordSecret } from './ledger.js';
import { createPaytronix } from './paytronix.js';
import { createMobilePay } from './mobilepay.js';
import { createPrenly } from './prenly.js';

const HOST = '127.0.0.1';
const JWT_RESOURCE = 'urn:tvpair:api';
const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

// ------------------------------------------------------------------ command line
function usage(msg) {
  process.stderr.write(`sandbox: ${msg}\nusage: node server.js [--port N] [--interval S] [--no-interval] `
    + '[--device-ttl S] [--access-ttl S] [--payment-ttl S] [--checkout-delay MS] [--test-endpoints] [--log FILE]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    port: 0, interval: 1, noInterval: false, deviceTtl: 600, accessTtl: 3600, paymentTtl: 900,
    testEndpoints: false, log: undefined, checkoutDelay: 2000,
  };
  const num = (name, v, min) => {
    if (v === undefined || !/^\d+$/.test(v) || Number(v) < min) usage(`${name} needs an integer >= ${min}`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    switch (a) {
      case '--port': opts.port = num(a, argv[++i], 0); if (opts.port > 65535) usage('bad port'); break;
      case '--interval': opts.interval = num(a, argv[++i], 0); break;
      case '--no-interval': opts.noInterval = true; break;
      case '--device-ttl': opts.deviceTtl = num(a, argv[++i], 1); break;
      case '--access-ttl': opts.accessTtl = num(a, argv[++i], 1); break;
      case '--payment-ttl': opts.paymentTtl = num(a, argv[++i], 1); break;
      case '--test-endpoints': opts.testEndpoints = true; break;
      case '--checkout-delay': opts.checkoutDelay = num(a, argv[++i], 0); break;
      case '--log': opts.log = argv[++i]; if (!opts.log) usage('--log needs a file'); break;
      case '-h': case '--help': usage('help'); break;
      default: usage(`unknown argument ${a}`);
    }
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));

// ------------------------------------------------------------------ helpers
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} - tvpair sandbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:28em;margin:2em auto;padding:0 1em}
input,button{font-size:1.1em;padding:.4em;margin:.2em 0}input[type=text],input[type=password]{width:100%;box-sizing:border-box}
.err{color:#b00020}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em}code{font-size:1.6em}</style>
</head><body><h1>${esc(title)}</h1>
${body}
<p><small>tvpair sandbox identity provider (test use only)</small></p>
</body></html>`;
}

async function readBody(ctx, limit = 64 * 1024) {
  const chunks = [];
  let n = 0;
  for await (const c of ctx.req) {
    n += c.length;
    if (n > limit) throw new Error('body too large');
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readForm(ctx) {
  return Object.fromEntries(new URLSearchParams(await readBody(ctx)));
}

// A form body read once by the fault switches: oidc-provider falls back to request.body once
// the stream is read.
async function formBodyOnce(ctx) {
  if (ctx.tvpairRawBody === undefined) {
    ctx.tvpairRawBody = await readBody(ctx);
    ctx.request.body = ctx.tvpairRawBody;
    ctx.tvpairGrantType = new URLSearchParams(ctx.tvpairRawBody).get('grant_type') || undefined;
  }
  return ctx.tvpairRawBody;
}

// Answers a client cannot read, written raw (Koa adds nothing): `cut` (JSON cut in half, the
// HTTP message itself complete), `garbled` (JSON with junk bytes), `oversized` (valid JSON of
// `bytes`, default 1 MiB: over any client's limit for a token answer), `bare` (the status, an
// empty body, no Content-Type) and `reset` (TCP RST before a byte of the answer).
const UNREADABLE_KINDS = ['cut', 'garbled', 'oversized', 'bare', 'reset'];
function answerUnreadable(ctx, u) {
  ctx.respond = false;
  ctx.tvpairFault = u.kind;
  if (u.kind === 'reset') {
    ctx.req.socket.resetAndDestroy();
    return;
  }
  ctx.status = u.status; // for the request log only
  if (u.kind === 'bare') {
    ctx.res.writeHead(u.status, { 'Cache-Control': 'no-store', 'Content-Length': '0' });
    ctx.res.end();
    return;
  }
  const shape = u.status < 300
    ? { token_type: 'Bearer', expires_in: 3600, scope: 'openid offline_access', note: 'not a real token' }
    : { error: 'authorization_pending', error_description: 'injected unreadable answer' };
  let body;
  if (u.kind === 'cut') {
    const full = JSON.stringify(shape);
    body = Buffer.from(full.slice(0, Math.floor(full.length / 2)));
  } else if (u.kind === 'garbled') {
    body = Buffer.concat([Buffer.from(JSON.stringify(shape).slice(0, -1)), Buffer.from([0x00, 0xff, 0xfe]), Buffer.from(']}{,')]);
  } else {
    const pad = 'x'.repeat(Math.max(0, u.bytes));
    body = Buffer.from(JSON.stringify({ ...shape, pad }));
  }
  ctx.res.writeHead(u.status, {
    'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': String(body.length),
  });
  ctx.res.end(body);
}

async function readJson(ctx) {
  const raw = await readBody(ctx);
  if (!raw.trim()) return {};
  return JSON.parse(raw);
}

const normalizeUserCode = (s) => String(s || '').toUpperCase().replace(/\W/g, '');
const sleep = (ms) => new Promise((r) => { setTimeout(r, ms); });

function accountsTable() {
  const rows = Object.entries(ACCOUNTS).map(([u, a]) => {
    const providers = Object.keys(a.payment).join(', ') || 'none';
    return `<tr><td>${esc(u)}</td><td>${esc(a.password)}</td><td>${esc(a.products.join(', ') || '-')}</td><td>${esc(providers)}</td></tr>`;
  }).join('');
  return `<h2>Demo accounts</h2><table><tr><th>user</th><th>password</th><th>products</th><th>payment providers</th></tr>${rows}</table>`;
}

// ------------------------------------------------------------------ keys
function genJwks() {
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return {
    keys: [
      { ...rsa, kid: `rs256-${crypto.randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' },
      { ...ec, kid: `es256-${crypto.randomBytes(4).toString('hex')}`, alg: 'ES256', use: 'sig' },
    ],
  };
}

// ------------------------------------------------------------------ state
const startMs = Date.now();
const signingKeys = genJwks();
const data = makeData(startMs);
const paymentTokens = new PaymentTokens(opts.paymentTtl);
const injections = { slowDown: 0, fail: [], stall: [], unreadable: [] };
const requestLog = [];
// When each checkout purchase granted access (wall clock ms), for the time-to-show benchmark.
const checkoutSettlements = [];
const logStream = opts.log ? fs.createWriteStream(opts.log, { flags: 'a' }) : undefined;
const hr0 = process.hrtime.bigint();
const monoMs = () => Number((process.hrtime.bigint() - hr0) / 1000000n);

function redactPath(p) {
  return p.replace(/^\/interaction\/[^/]+/, '/interaction/:uid');
}

// ------------------------------------------------------------------ provider
function buildProvider(issuer) {
  const allScopes = ['openid', 'offline_access', 'profile', 'email', 'products'];
  const deviceGrants = [DEVICE_CODE_GRANT, 'refresh_token'];
  const configuration = {
    clients: [
      {
        client_id: 'tv-app',
        client_name: 'tvpair (public)',
        token_endpoint_auth_method: 'none',
        application_type: 'native',
        grant_types: [...deviceGrants, 'authorization_code'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'],
        post_logout_redirect_uris: [`${issuer}/signed-out`], // OIDC RP-Initiated Logout 1.0
      },
      {
        client_id: 'tv-app-confidential',
        client_name: 'tvpair (confidential, basic)',
        client_secret: 'sandbox-secret',
        token_endpoint_auth_method: 'client_secret_basic',
        application_type: 'native',
        grant_types: [...deviceGrants, 'authorization_code'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'],
        post_logout_redirect_uris: [`${issuer}/signed-out`], // OIDC RP-Initiated Logout 1.0
      },
      {
        // tvpair-bridge's upstream client (confidential, code flow); as a native client its
        // loopback /callback may use any port (RFC 8252 §7.3), as the bridge tests need.
        client_id: 'tvpair-bridge',
        client_name: 'tvpair-bridge',
        client_secret: 'bridge-sandbox-secret',
        token_endpoint_auth_method: 'client_secret_basic',
        application_type: 'native',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'],
      },
      {
        // Brightcove Beacon-like: the browser flow, and the viewer's external id is the `sub`
        // of a JWT access token (RS256, aud urn:tvpair:api); RP-Initiated Logout at /session/end.
        client_id: 'tvpair-beacon',
        client_name: 'tvpair (Beacon-like, JWT access tokens)',
        token_endpoint_auth_method: 'none',
        application_type: 'native',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'],
        post_logout_redirect_uris: [`${issuer}/signed-out`],
      },
      {
        client_id: 'tv-app-post',
        client_name: 'tvpair (confidential, post)',
        client_secret: 'sandbox-secret',
        token_endpoint_auth_method: 'client_secret_post',
        application_type: 'native',
        grant_types: deviceGrants,
        response_types: [],
        redirect_uris: [],
      },
      {
        client_id: 'tv-app-es256',
        client_name: 'tvpair (ES256 ID tokens)',
        token_endpoint_auth_method: 'none',
        application_type: 'native',
        id_token_signed_response_alg: 'ES256',
        grant_types: deviceGrants,
        response_types: [],
        redirect_uris: [],
      },
      {
        client_id: 'tv-app-jwt',
        client_name: 'tvpair (JWT access tokens)',
        token_endpoint_auth_method: 'none',
        application_type: 'native',
        grant_types: deviceGrants,
        response_types: [],
        redirect_uris: [],
      },
    ],
    jwks: signingKeys,
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    scopes: allScopes,
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
      products: ['products'],
    },
    async findAccount(ctx, id) {
      const a = ACCOUNTS[id];
      if (!a) return undefined;
      return {
        accountId: id,
        async claims() {
          return {
            sub: id, name: a.name, preferred_username: id, email: a.email, email_verified: true, products: [...a.products],
          };
        },
      };
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      // RP-Initiated Logout 1.0 (on by default in v9; explicit here, with the sandbox's look).
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.body = page('Sign out', `<p>Sign out of the tvpair sandbox in this browser?</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = page('Signed out', '<p id="signed-out">You are signed out. You can close this page.</p>');
        },
      },
      introspection: { enabled: true },
      userinfo: { enabled: true },
      deviceFlow: {
        enabled: true,
        charset: 'base-20',
        mask: '****-****',
        async userCodeInputSource(ctx, form, out, err) {
          const xsrf = /name="xsrf" value="([^"]*)"/.exec(form)?.[1] || '';
          let msg = '<p>Enter the code shown on your TV.</p>';
          if (err && (err.userCode || err.name === 'NoCodeError')) msg = '<p class="err">The code you entered is incorrect. Try again.</p>';
          else if (err && err.name === 'AbortedError') msg = '<p class="err">The sign-in was cancelled.</p>';
          else if (err && err.name === 'ExpiredError') msg = '<p class="err">That code has expired. Get a new one on the TV.</p>';
          else if (err && err.name === 'AlreadyUsedError') msg = '<p class="err">That code was already used.</p>';
          else if (err) msg = '<p class="err">There was an error processing your request.</p>';
          ctx.type = 'html';
          ctx.body = page('Connect your TV', `${msg}
<form id="code" method="post" action="${esc(ctx.oidc.urlFor('code_verification'))}">
<input type="hidden" name="xsrf" value="${esc(xsrf)}">
<label>Code <input type="text" name="user_code" autocomplete="off" autofocus placeholder="XXXX-XXXX"></label>
<button type="submit">Continue</button></form>`);
        },
        async userCodeConfirmSource(ctx, form, client, deviceInfo, userCode) {
          const xsrf = /name="xsrf" value="([^"]*)"/.exec(form)?.[1] || '';
          const action = esc(ctx.oidc.urlFor('code_verification'));
          const hidden = `<input type="hidden" name="xsrf" value="${esc(xsrf)}"><input type="hidden" name="user_code" value="${esc(userCode)}">`;
          ctx.type = 'html';
          ctx.body = page('Confirm your TV', `<p><strong>${esc(client.clientName || client.clientId)}</strong> wants to sign in.</p>
<p>Check that your TV shows this code:</p><p><code>${esc(userCode)}</code></p>
<form id="confirm" method="post" action="${action}">${hidden}<input type="hidden" name="confirm" value="yes"><button type="submit">Continue</button></form>
<form id="abort" method="post" action="${action}">${hidden}<input type="hidden" name="abort" value="yes"><button type="submit">Cancel</button></form>`);
        },
        async successSource(ctx) {
          ctx.type = 'html';
          ctx.body = page('Signed in', '<p id="success">Your TV is now signed in. You can close this page.</p>');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource(ctx, client, oneOf) {
          if (client?.clientId === 'tv-app-jwt' || client?.clientId === 'tvpair-beacon') return JWT_RESOURCE;
          return oneOf || undefined;
        },
        useGrantedResource() { return true; },
        async getResourceServerInfo(ctx, resourceIndicator) {
          if (resourceIndicator === JWT_RESOURCE) {
            return {
              scope: 'profile email products',
              audience: JWT_RESOURCE,
              accessTokenTTL: opts.accessTtl,
              accessTokenFormat: 'jwt',
              jwt: { sign: { alg: 'RS256' } },
            };
          }
          throw new oidcErrors.InvalidTarget();
        },
      },
    },
    async extraTokenClaims(ctx, token) {
      // JWT access tokens (tv-app-jwt) carry <provider>_token claims.
      if (token.kind !== 'AccessToken' || !token.resourceServer || !ctx) return undefined;
      const set = paymentTokens.mint(token.accountId);
      ctx.tvpairPayment = set;
      const claims = {};
      for (const [prov, v] of Object.entries(set)) claims[`${prov}_token`] = v.token;
      return claims;
    },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    rotateRefreshToken: true,
    async issueRefreshToken(ctx, client, code) {
      if (!client.grantTypeAllowed('refresh_token')) return false;
      if (code.scopes.has('offline_access')) return true;
      // Device codes: RFC 8628 clients ask for offline_access but oidc-provider drops it
      // from the device request (no prompt=consent there); the interactive and test
      // approvals below record whether it was requested.
      return code.kind === 'DeviceCode' && deviceOfflineRequested.get(code.userCode) === true;
    },
    ttl: {
      AccessToken: opts.accessTtl,
      AuthorizationCode: 60,
      DeviceCode: opts.deviceTtl,
      IdToken: 3600,
      RefreshToken: 14 * 86400,
      Grant: 14 * 86400,
      Interaction: 3600,
      Session: 86400,
    },
    pkce: { required: (ctx, client) => client.clientAuthMethod === 'none' },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Error', `<p class="err">${esc(out.error)}: ${esc(out.error_description || '')}</p>`);
    },
  };
  // The secret ledger ($TVPAIR_SECRET_LEDGER, tests/secrets/scan-suite.py): client secrets.
  for (const c of configuration.clients) recordSecret('client_secret', c.client_secret);
  const provider = new Provider(issuer, configuration);
  provider.proxy = false;
  return provider;
}

// ------------------------------------------------------------------ grants
async function buildGrant(provider, accountId, clientId, { oidcScope, resource, resourceScope, claims }) {
  const grant = new provider.Grant({ accountId, clientId });
  if (oidcScope) grant.addOIDCScope(oidcScope);
  if (claims && claims.length) grant.addOIDCClaims(claims);
  if (resource && resourceScope) grant.addResourceScope(resource, resourceScope);
  return grant.save();
}

// ------------------------------------------------------------------ middleware
function installMiddleware(provider, issuer) {
  // 1. request log (outermost) — only method, path, grant_type, client_id, status.
  provider.use(async (ctx, next) => {
    try {
      await next();
    } finally {
      // The secret ledger: every token, device code and authorization code as sent to a client.
      if (ctx.status === 200 && (ctx.path === '/token' || ctx.path === '/device/auth')) recordAnswer(ctx.body);
      recordRedirect(ctx.response.get('location'));
      const rec = { t_ms: monoMs(), method: ctx.method, path: redactPath(ctx.path) };
      const gt = ctx.tvpairGrantType || ctx.oidc?.params?.grant_type;
      if (typeof gt === 'string') rec.grant_type = gt;
      const cid = ctx.oidc?.client?.clientId ?? ctx.tvpairClientId;
      if (typeof cid === 'string') rec.client_id = cid;
      rec.status = ctx.status;
      // The dialect servers: how the body came and its parameter names (never a value).
      if (ctx.tvpairShape) Object.assign(rec, ctx.tvpairShape);
      if (ctx.tvpairFault) rec.fault = ctx.tvpairFault;
      if (!ctx.path.startsWith('/test/log')) {
        requestLog.push(rec);
        if (requestLog.length > 10000) requestLog.shift();
        logStream?.write(`${JSON.stringify(rec)}\n`);
      }
    }
  });

  // 2. test endpoints
  provider.use(async (ctx, next) => {
    if (!ctx.path.startsWith('/test/')) return next();
    if (!opts.testEndpoints) {
      ctx.status = 404;
      ctx.body = { error: 'not_found' };
      return undefined;
    }
    ctx.set('Cache-Control', 'no-store');
    try {
      await testEndpoint(provider, ctx);
    } catch (e) {
      ctx.status = 400;
      ctx.body = { error: 'bad_request', message: e.message };
    }
    return undefined;
  });

  // 3. fault injection (unreadable / fail / stall / slow_down)
  provider.use(async (ctx, next) => {
    const unreadable = injections.unreadable.filter((u) => u.count > 0 && ctx.path.startsWith(u.path));
    if (unreadable.length) {
      const gt = unreadable.some((u) => u.grant_type) && ctx.method === 'POST'
        ? new URLSearchParams(await formBodyOnce(ctx)).get('grant_type') : undefined;
      const u = unreadable.find((x) => !x.grant_type || x.grant_type === gt);
      if (u) {
        u.count -= 1;
        answerUnreadable(ctx, u);
        return undefined;
      }
    }
    const stallIdx = injections.stall.findIndex((s) => s.count > 0 && ctx.path.startsWith(s.path));
    if (stallIdx >= 0) {
      const s = injections.stall[stallIdx];
      s.count -= 1;
      await sleep(s.ms);
      if (ctx.req.destroyed || ctx.req.socket?.destroyed) return undefined;
    }
    const failIdx = injections.fail.findIndex((f) => f.count > 0 && ctx.path.startsWith(f.path));
    if (failIdx >= 0) {
      const f = injections.fail[failIdx];
      f.count -= 1;
      ctx.status = f.status;
      if (f.retry_after !== undefined) ctx.set('Retry-After', String(f.retry_after));
      ctx.set('Cache-Control', 'no-store');
      if (f.empty) ctx.body = '';
      else ctx.body = { error: 'server_error', error_description: 'injected failure' };
      return undefined;
    }
    if (ctx.method === 'POST' && ctx.path === '/token' && injections.slowDown > 0) {
      const gt = new URLSearchParams(await formBodyOnce(ctx)).get('grant_type');
      if (gt === DEVICE_CODE_GRANT) {
        injections.slowDown -= 1;
        ctx.status = 400;
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { error: 'slow_down', error_description: 'injected slow_down' };
        return undefined;
      }
    }
    return next();
  });

  // 4. payments
  provider.use(async (ctx, next) => {
    if (ctx.path === '/payments' || ctx.path.startsWith('/payments/')) {
      handlePayments(ctx, data, paymentTokens);
      return undefined;
    }
    return next();
  });

  // 4a0. an operator's own entitlement service (Beacon-shaped records), for the `rest` provider:
  // the viewer's access token, opaque (found in the provider) or a JWT this server signed
  const operatorRecords = restRecords(Math.floor(startMs / 1000));
  provider.use(async (ctx, next) => {
    if (!ctx.path.startsWith('/operator/')) return next();
    return handleRestEntitlements(ctx, operatorRecords, async (token) => {
      if (token.includes('.')) return jwtSubject(token, signingKeys, JWT_RESOURCE);
      const at = await provider.AccessToken.find(token);
      return at && !at.isExpired ? at.accountId : null;
    });
  });

  // 4a. the dialect identity servers (paytronix.js, mobilepay.js, prenly.js), each under its prefix
  provider.use(createPaytronix());
  provider.use(createMobilePay(issuer));
  provider.use(createPrenly(issuer));
  // 4a2. the providers' checkout and manage pages (a phone's browser)
  provider.use(async (ctx, next) => {
    if (!ctx.path.startsWith('/checkout/')) return next();
    return handleCheckout(ctx, {
      data, delayMs: opts.checkoutDelay, page, readForm,
      onSettled: (rec) => { if (checkoutSettlements.push(rec) > 1000) checkoutSettlements.shift(); },
    });
  });

  // 4b. where RP-Initiated Logout returns the browser (the clients' post_logout_redirect_uris)
  provider.use(async (ctx, next) => {
    if (ctx.path !== '/signed-out' || ctx.method !== 'GET') return next();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    ctx.body = page('Signed out', '<p id="signed-out">You are signed out of the TV app. You can close this page.</p>');
    return undefined;
  });

  // 5. interval injection on device authorization, storage_keys on token responses
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.method !== 'POST' || ctx.status !== 200 || !ctx.body || typeof ctx.body !== 'object' || Buffer.isBuffer(ctx.body)) return;
    if (ctx.path === '/device/auth' && ctx.body.device_code) {
      if (!opts.noInterval) ctx.body.interval = opts.interval;
    } else if (ctx.path === '/token' && ctx.body.access_token) {
      const e = ctx.oidc?.entities || {};
      const accountId = e.Account?.accountId || e.AccessToken?.accountId
        || e.DeviceCode?.accountId || e.RefreshToken?.accountId || e.AuthorizationCode?.accountId;
      const set = ctx.tvpairPayment || (accountId ? paymentTokens.mint(accountId) : {});
      if (Object.keys(set).length) ctx.body.extensions = { storage_keys: set };
    }
  });

  // 6. interaction pages (login + consent)
  provider.use(async (ctx, next) => {
    const m = /^\/interaction\/([^/]+)(?:\/(login|confirm|abort))?$/.exec(ctx.path);
    if (!m) return next();
    ctx.set('Cache-Control', 'no-store');
    let details;
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res);
    } catch (e) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = page('Session expired', '<p class="err">This sign-in request is no longer valid. Start again from the TV.</p>');
      return undefined;
    }
    const { uid, prompt, params } = details;
    const client = await provider.Client.find(params.client_id);
    const clientName = client?.clientName || params.client_id;
    const action = m[2];

    const loginPage = (error) => {
      ctx.type = 'html';
      ctx.body = page('Sign in', `<p>Sign in to continue to <strong>${esc(clientName)}</strong>.</p>
${error ? `<p class="err">${esc(error)}</p>` : ''}
<form id="login" method="post" action="/interaction/${esc(uid)}/login">
<label>Username <input type="text" name="username" autocomplete="username" autofocus></label>
<label>Password <input type="password" name="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button></form>
<form id="abort" method="post" action="/interaction/${esc(uid)}/abort"><button type="submit">Cancel</button></form>
${accountsTable()}`);
    };

    if (ctx.method === 'GET' && !action) {
      if (prompt.name === 'login') return loginPage();
      const scopes = [...new Set([...(params.scope || '').split(' ').filter(Boolean)])];
      ctx.type = 'html';
      ctx.body = page('Allow access', `<p><strong>${esc(clientName)}</strong> asks for:</p>
<ul>${scopes.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<form id="confirm" method="post" action="/interaction/${esc(uid)}/confirm"><button type="submit">Allow</button></form>
<form id="abort" method="post" action="/interaction/${esc(uid)}/abort"><button type="submit">Deny</button></form>`);
      return undefined;
    }
    if (ctx.method !== 'POST' || !action) {
      ctx.status = 405;
      return undefined;
    }
    let result;
    let merge = true;
    if (action === 'login') {
      const form = await readForm(ctx);
      const username = String(form.username || '').trim().toLowerCase();
      const acct = ACCOUNTS[username];
      if (!acct || acct.password !== String(form.password || '')) {
        ctx.status = 200;
        return loginPage('Unknown user or wrong password.');
      }
      result = { login: { accountId: username, amr: ['pwd'] } };
      merge = false;
    } else if (action === 'confirm') {
      await readBody(ctx);
      const { details: d } = prompt;
      const accountId = details.session?.accountId;
      let grant;
      if (details.grantId) grant = await provider.Grant.find(details.grantId);
      if (!grant) grant = new provider.Grant({ accountId, clientId: params.client_id });
      if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(' '));
      if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
      if (d.missingResourceScopes) {
        for (const [indicator, scopes] of Object.entries(d.missingResourceScopes)) {
          grant.addResourceScope(indicator, scopes.join(' '));
        }
      }
      const grantId = await grant.save();
      result = { consent: { grantId } };
      // Device flow: also grant offline_access when the TV asked for it (oidc-provider drops it
      // from device requests); issueRefreshToken consults deviceOfflineRequested.
      if (details.deviceCode) await grantOfflineForDevice(provider, details.deviceCode, grant);
    } else {
      await readBody(ctx);
      result = { error: 'access_denied', error_description: 'End-User aborted interaction' };
    }
    const redirectTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: merge });
    ctx.status = 303;
    ctx.redirect(redirectTo);
    return undefined;
  });
}

// The device authorization request's original scope (before oidc-provider drops offline_access).
const deviceOfflineRequested = new Map(); // normalized user code -> bool, bounded by TTL cleanup

async function grantOfflineForDevice(provider, deviceCodeId, grant) {
  const code = await provider.DeviceCode.find(deviceCodeId, { ignoreExpiration: true, ignoreSessionBinding: true });
  if (code && deviceOfflineRequested.get(code.userCode)) {
    grant.addOIDCScope('offline_access');
    await grant.save();
  }
}

// jti -> accountId of every refresh token issued (bounded by the process's test lifetime).
const refreshTokenOwners = new Map();
function trackRefreshTokens(provider) {
  provider.on('refresh_token.saved', (token) => {
    if (token && token.jti && refreshTokenOwners.size < 100000) refreshTokenOwners.set(token.jti, String(token.accountId));
  });
}

async function testEndpoint(provider, ctx) {
  const p = ctx.path;
  if (p === '/test/log' && ctx.method === 'GET') {
    ctx.body = requestLog;
    return;
  }
  if (p === '/test/checkout-settlements' && ctx.method === 'GET') {
    ctx.body = checkoutSettlements;
    return;
  }
  // How many refresh tokens of an account the server would still honour (for tests that check
  // revocation at the server without ever holding a token value themselves).
  if (p === '/test/active-refresh-tokens' && ctx.method === 'GET') {
    const account = String(ctx.query.account || '');
    let active = 0;
    for (const [jti, owner] of refreshTokenOwners) {
      if (owner !== account) continue;
      const token = await provider.RefreshToken.find(jti);
      if (token && !token.isExpired && !token.consumed) active += 1;
      else if (!token) refreshTokenOwners.delete(jti);
    }
    ctx.body = { account, active };
    return;
  }
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    ctx.body = { error: 'method_not_allowed' };
    return;
  }
  const body = await readJson(ctx);
  const count = Number.isInteger(body.count) ? body.count : 1;
  switch (p) {
    case '/test/approve':
    case '/test/deny': {
      // {"latest": true}: the code issued last (a TV whose screen the test cannot read, e.g. the kiosk under systemd).
      const userCode = body.latest === true ? [...deviceOfflineRequested.keys()].pop() : normalizeUserCode(body.user_code);
      const code = userCode && await provider.DeviceCode.findByUserCode(userCode, { ignoreExpiration: true });
      if (!code) { ctx.status = 404; ctx.body = { error: 'unknown_user_code' }; return; }
      if (code.isExpired) { ctx.status = 400; ctx.body = { error: 'expired_user_code' }; return; }
      if (code.accountId || code.error) { ctx.status = 409; ctx.body = { error: 'already_used' }; return; }
      if (p === '/test/deny') {
        Object.assign(code, { error: 'access_denied', errorDescription: 'End-User denied the request' });
        await code.save();
        ctx.body = { ok: true };
        return;
      }
      const accountId = String(body.account || 'alice');
      if (!ACCOUNTS[accountId]) { ctx.status = 400; ctx.body = { error: 'unknown_account' }; return; }
      const requested = new Set(String(code.params.scope || '').split(' ').filter(Boolean));
      if (deviceOfflineRequested.get(code.userCode)) requested.add('offline_access');
      const oidcScope = [...requested].filter((s) => ['openid', 'offline_access', 'profile', 'email', 'products'].includes(s));
      let resource;
      let resourceScope;
      if (code.clientId === 'tv-app-jwt') {
        resource = JWT_RESOURCE;
        resourceScope = oidcScope.filter((s) => ['profile', 'email', 'products'].includes(s)).join(' ');
      }
      const grantId = await buildGrant(provider, accountId, code.clientId, {
        oidcScope: oidcScope.join(' '), resource, resourceScope,
      });
      const scopeSet = new Set(oidcScope);
      Object.assign(code, {
        accountId,
        grantId,
        scope: [...scopeSet].join(' '),
        authTime: Math.floor(Date.now() / 1000),
        amr: ['pwd'],
      });
      if (resource) code.resource = resource;
      await code.save();
      ctx.body = { ok: true, account: accountId };
      return;
    }
    case '/test/slow-down':
      injections.slowDown = Math.max(0, count);
      ctx.body = { ok: true };
      return;
    case '/test/fail':
      if (typeof body.path !== 'string' || !Number.isInteger(body.status)) throw new Error('path and status required');
      injections.fail.push({
        path: body.path, count, status: body.status, retry_after: body.retry_after, empty: body.empty === true,
      });
      ctx.body = { ok: true };
      return;
    case '/test/unreadable': {
      if (typeof body.path !== 'string' || !UNREADABLE_KINDS.includes(body.kind)) {
        throw new Error(`path and kind (${UNREADABLE_KINDS.join(', ')}) required`);
      }
      const status = Number.isInteger(body.status) ? body.status : (body.kind === 'bare' ? 400 : 200);
      injections.unreadable.push({
        path: body.path, count, kind: body.kind, status, grant_type: body.grant_type,
        bytes: Number.isInteger(body.bytes) ? body.bytes : 1024 * 1024,
      });
      ctx.body = { ok: true };
      return;
    }
    case '/test/stall':
      if (typeof body.path !== 'string') throw new Error('path required');
      injections.stall.push({ path: body.path, count, ms: Number(body.ms ?? 30000) });
      ctx.body = { ok: true };
      return;
    case '/test/expire-payment-tokens':
      paymentTokens.expireAll();
      ctx.body = { ok: true };
      return;
    case '/test/reset':
      injections.slowDown = 0;
      injections.fail.length = 0;
      injections.stall.length = 0;
      injections.unreadable.length = 0;
      ctx.body = { ok: true };
      return;
    default:
      ctx.status = 404;
      ctx.body = { error: 'not_found' };
  }
}

// Record whether the device authorization request asked for offline_access.
function installDeviceAuthSpy(provider) {
  provider.on('device_authorization.success', (ctx, body) => {
    const raw = ctx.oidc?.body?.scope;
    const scopes = String(raw || '').split(' ');
    const key = normalizeUserCode(body.user_code);
    deviceOfflineRequested.set(key, scopes.includes('offline_access'));
    setTimeout(() => deviceOfflineRequested.delete(key), (opts.deviceTtl + 60) * 1000).unref();
  });
  provider.on('server_error', (ctx, err) => {
    process.stderr.write(`sandbox: server_error on ${ctx.method} ${redactPath(ctx.path)}: ${err.message}\n`);
  });
}

// ------------------------------------------------------------------ start
let handler = (req, res) => { res.statusCode = 503; res.end(); };
const server = http.createServer((req, res) => handler(req, res));
server.on('error', (e) => {
  process.stderr.write(`sandbox: cannot listen: ${e.message}\n`);
  process.exit(1);
});
server.listen(opts.port, HOST, () => {
  const { port } = server.address();
  const issuer = `http://${HOST}:${port}`;
  const provider = buildProvider(issuer);
  installDeviceAuthSpy(provider);
  trackRefreshTokens(provider);
  installMiddleware(provider, issuer);
  handler = provider.callback();
  process.stdout.write(`${JSON.stringify({ ready: true, issuer, port })}\n`);
  process.stderr.write(`sandbox: listening on ${issuer}${opts.testEndpoints ? ' (test endpoints on)' : ''}\n`);
});

const shutdown = () => {
  server.close();
  server.closeAllConnections();
  logStream?.end();
  setTimeout(() => process.exit(0), 200).unref();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
