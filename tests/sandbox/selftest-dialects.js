// Self-test of the dialect identity servers (paytronix.js, mobilepay.js, prenly.js) and the
// Beacon-like client: node --test selftest-dialects.js. Starts server.js on an ephemeral port
// with a private secret ledger; drives each server as its guide's client would, and checks the
// refusals each guide implies and the request log's shapes (names only, never a value).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tvpair-dialects-'));
const ledger = path.join(tmp, 'ledger.tsv');
let child;
let base;
let printed = '';

before(async () => {
  child = spawn(process.execPath, [path.join(here, 'server.js'), '--port', '0', '--test-endpoints'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TVPAIR_SECRET_LEDGER: ledger } });
  child.stderr.on('data', (d) => { printed += d; });
  const line = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server not ready')), 30000);
    readline.createInterface({ input: child.stdout }).once('line', (l) => { clearTimeout(timer); resolve(l); });
    child.once('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  child.stdout.on('data', (d) => { printed += d; });
  base = JSON.parse(line).issuer;
});

after(() => { child?.kill('SIGTERM'); fs.rmSync(tmp, { recursive: true, force: true }); });

const basic = (id, secret) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const formPost = (url, body, headers = {}) => fetch(url, { method: 'POST', body: new URLSearchParams(body), headers, redirect: 'manual' });
const jsonPost = (url, body, headers = {}) => fetch(url, {
  method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers },
});
const verifier = () => crypto.randomBytes(32).toString('base64url');
const challenge = (v) => crypto.createHash('sha256').update(v).digest('base64url');
const hidden = (html) => Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)]
  .map((m) => [m[1], m[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')]));
const ledgerValues = () => new Set(fs.readFileSync(ledger, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[1]));
const log = async () => (await fetch(`${base}/test/log`)).json();
const jwtPart = (t, i) => JSON.parse(Buffer.from(t.split('.')[i], 'base64url').toString());

// GET the login page, post alice's password with the page's hidden fields.
async function login(url, user = 'alice') {
  const page = await fetch(url);
  assert.equal(page.status, 200);
  const html = await page.text();
  const action = new URL(/<form id="login" method="post" action="([^"]+)"/.exec(html)[1].replace(/&amp;/g, '&'), url);
  return formPost(action, { ...hidden(html.split('<form id="abort"')[0]), username: user, password: user, action: 'login' });
}

test('paytronix: code and refresh through requestGuestToken (JSON, Basic, integer merchantId)', async () => {
  const redirect = 'http://127.0.0.1:5999/callback';
  const authz = `${base}/paytronix/oauth/authorize?${new URLSearchParams({
    response_type: 'code', client_id: 'tvpair-paytronix', redirect_uri: redirect, scope: 'account_read user_read', state: 'st',
  })}`;
  const back = await login(authz);
  assert.equal(back.status, 303);
  const loc = new URL(back.headers.get('location'));
  assert.equal(loc.searchParams.get('state'), 'st');
  const code = loc.searchParams.get('code');
  const call = `${base}/paytronix/rest/oauth/requestGuestToken.json`;
  const auth = { authorization: basic('tvpair-paytronix', 'paytronix-sandbox-secret') };
  // RFC 6749 form post: refused; a string merchantId: refused; no Basic: refused.
  assert.equal((await formPost(call, { grant_type: 'authorization_code', code, redirect_uri: redirect, merchantId: '7700' }, auth)).status, 400);
  assert.equal((await jsonPost(call, { grant_type: 'authorization_code', code, redirect_uri: redirect, merchantId: '7700' }, auth)).status, 400);
  assert.equal((await jsonPost(call, { grant_type: 'authorization_code', code, redirect_uri: redirect, merchantId: 7700 })).status, 401);
  const r = await jsonPost(call, { grant_type: 'authorization_code', code, redirect_uri: redirect, merchantId: 7700 }, auth);
  const tok = await r.json();
  assert.equal(r.status, 200, JSON.stringify(tok.errorCode));
  assert.equal(tok.username, 'alice');
  assert.equal(tok.expires_in, 300);
  assert.equal(tok.id_token, undefined);
  const ref = await jsonPost(call, { grant_type: 'refresh_token', refresh_token: tok.refresh_token, merchantId: 7700 }, auth);
  const tok2 = await ref.json();
  assert.equal(ref.status, 200);
  assert.equal(tok2.username, 'alice');
  // the old refresh token is gone
  assert.equal((await jsonPost(call, { grant_type: 'refresh_token', refresh_token: tok.refresh_token, merchantId: 7700 }, auth)).status, 400);
  const values = ledgerValues();
  for (const v of [code, tok.access_token, tok.refresh_token, tok2.refresh_token, 'paytronix-sandbox-secret']) assert.ok(values.has(v));
  const calls = (await log()).filter((e) => e.path === '/paytronix/rest/oauth/requestGuestToken.json');
  assert.deepEqual(calls.map((e) => `${e.body}:${e.status}`), ['form:400', 'json:400', 'json:401', 'json:200', 'json:200', 'json:400']);
  assert.deepEqual(calls[4].params, ['grant_type', 'merchantId', 'refresh_token']);
  assert.equal(JSON.stringify(calls).includes(tok.refresh_token), false);
});

async function mobilePayAuthorize(mode, extra = {}) {
  const disc = await (await fetch(`${base}/mobilepay/merchant-authentication-openidconnect/.well-known/openid-configuration`)).json();
  const v = verifier();
  const redirect = 'http://127.0.0.1:5998/callback';
  const params = {
    response_type: 'code id_token', response_mode: mode, client_id: 'tvpair-mobilepay', redirect_uri: redirect,
    scope: 'openid offline_access profile', state: 'st', nonce: 'n-123', code_challenge: challenge(v), code_challenge_method: 'S256',
    merchant_vat: 'DK12345678', ...extra,
  };
  for (const [k, val] of Object.entries(params)) if (val === undefined) delete params[k];
  return { disc, v, redirect, url: `${disc.authorization_endpoint}?${new URLSearchParams(params)}` };
}

test('mobilepay: discovery apart from the issuer, hybrid form_post and fragment, verifier on refresh', async () => {
  assert.equal((await fetch(`${base}/mobilepay/merchant/.well-known/openid-configuration`)).status, 404);
  const { disc, v, redirect, url } = await mobilePayAuthorize('form_post');
  assert.equal(disc.issuer, `${base}/mobilepay/merchant`);
  const posted = await login(url);
  assert.equal(posted.status, 200);
  const fields = hidden(await posted.text());
  assert.equal(fields.state, 'st');
  const header = jwtPart(fields.id_token, 0);
  const claims = jwtPart(fields.id_token, 1);
  assert.equal(header.alg, 'ES256');
  assert.equal(claims.nonce, 'n-123');
  assert.equal(claims.iss, disc.issuer);
  const d = crypto.createHash('sha256').update(fields.code).digest();
  assert.equal(claims.c_hash, d.subarray(0, 16).toString('base64url'));
  const jwks = await (await fetch(disc.jwks_uri)).json();
  const key = crypto.createPublicKey({ key: jwks.keys[0], format: 'jwk' });
  const [h, p, s] = fields.id_token.split('.');
  assert.ok(crypto.verify('sha256', Buffer.from(`${h}.${p}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url')));

  const client = { client_id: 'tvpair-mobilepay', client_secret: 'mobilepay-sandbox-secret' };
  const t = await formPost(disc.token_endpoint, { ...client, grant_type: 'authorization_code', code: fields.code, redirect_uri: redirect, code_verifier: v });
  const tok = await t.json();
  assert.equal(t.status, 200, JSON.stringify(tok.error));
  assert.equal(jwtPart(tok.id_token, 1).sub, claims.sub);
  const noVerifier = await formPost(disc.token_endpoint, { ...client, grant_type: 'refresh_token', refresh_token: tok.refresh_token });
  assert.equal(noVerifier.status, 400);
  const otherVerifier = await formPost(disc.token_endpoint, { ...client, grant_type: 'refresh_token', refresh_token: tok.refresh_token, code_verifier: verifier() });
  assert.equal(otherVerifier.status, 400);
  const ref = await formPost(disc.token_endpoint, { ...client, grant_type: 'refresh_token', refresh_token: tok.refresh_token, code_verifier: v });
  assert.equal(ref.status, 200);
  const ui = await (await fetch(disc.userinfo_endpoint, { headers: { authorization: `Bearer ${(await ref.json()).access_token}` } })).json();
  assert.equal(ui.name, 'Alice Example');
  const refreshes = (await log()).filter((e) => e.path.endsWith('/connect/token') && e.grant_type === 'refresh_token');
  assert.deepEqual(refreshes.map((e) => `${e.params.includes('code_verifier')}:${e.status}`), ['false:400', 'true:400', 'true:200']);

  // fragment: a 303 with everything after '#'
  const frag = await mobilePayAuthorize('fragment');
  const r = await login(frag.url);
  assert.equal(r.status, 303);
  const loc = new URL(r.headers.get('location'));
  assert.equal(loc.search, '');
  const fp = new URLSearchParams(loc.hash.slice(1));
  assert.ok(fp.get('code') && fp.get('id_token'));
  assert.equal(jwtPart(fp.get('id_token'), 1).c_hash, crypto.createHash('sha256').update(fp.get('code')).digest().subarray(0, 16).toString('base64url'));
});

test('mobilepay: merchant_vat, PKCE and https-unless-loopback are required', async () => {
  for (const extra of [{ merchant_vat: undefined }, { code_challenge: undefined }, { response_type: 'code' }]) {
    const { url } = await mobilePayAuthorize('fragment', extra);
    const r = await fetch(url, { redirect: 'manual' });
    assert.equal(r.status, 303, JSON.stringify(extra));
    assert.ok(new URLSearchParams(new URL(r.headers.get('location')).hash.slice(1)).get('error'));
  }
  for (const redirect of ['http://tv.example.com/mobilepay/callback', 'http://192.0.2.1/callback']) {
    const { url } = await mobilePayAuthorize('fragment', { redirect_uri: redirect });
    const r = await fetch(url, { redirect: 'manual' });
    assert.equal(r.status, 400);
    assert.match(await r.text(), /must be https/);
  }
});

test('prenly: client_secret_basic, user_id and customer_number, products in UserInfo, GET logout', async () => {
  const redirect = 'http://127.0.0.1:5997/callback';
  const back = await login(`${base}/prenly/oauth/authorize?${new URLSearchParams({
    response_type: 'code', client_id: 'tvpair-prenly', redirect_uri: redirect, scope: 'read products offline_access', state: 's',
  })}`);
  const code = new URL(back.headers.get('location')).searchParams.get('code');
  const tokenUrl = `${base}/prenly/oauth/token`;
  const post = await formPost(tokenUrl, { grant_type: 'authorization_code', code, redirect_uri: redirect, client_id: 'tvpair-prenly', client_secret: 'prenly-sandbox-secret' });
  assert.equal(post.status, 401);
  const t = await formPost(tokenUrl, { grant_type: 'authorization_code', code, redirect_uri: redirect }, { authorization: basic('tvpair-prenly', 'prenly-sandbox-secret') });
  const tok = await t.json();
  assert.equal(t.status, 200);
  assert.equal(tok.user_id, 'prn-100001');
  assert.ok(tok.customer_number);
  const ui = await (await fetch(`${base}/prenly/oauth/userinfo`, { headers: { authorization: `Bearer ${tok.access_token}` } })).json();
  assert.deepEqual(ui.products, ['premium', 'sports']);
  const lo = `${base}/prenly/logout?${new URLSearchParams({ client_id: 'tvpair-prenly', return_uri: `${base}/prenly/signed-out`, error_uri: `${base}/prenly/logout-error` })}`;
  const g = await fetch(lo, { redirect: 'manual' });
  assert.equal(g.status, 302);
  assert.equal(g.headers.get('location'), `${base}/prenly/signed-out`);
  assert.equal((await fetch(lo, { method: 'POST', redirect: 'manual' })).status, 405);
  const bad = await fetch(lo.replace('tvpair-prenly', 'someone-else'), { redirect: 'manual' });
  assert.match(bad.headers.get('location'), /logout-error\?error=unknown_client/);
});

test('nothing issued is printed by the sandbox', async () => {
  const values = [...ledgerValues()].filter((v) => v.length >= 8);
  assert.ok(values.length > 10);
  for (const v of values) assert.equal(printed.includes(v), false);
});
