#!/usr/bin/env node
// Regenerates tests/fuzz/data (a fixed JWKS and tokens signed with it) and the seed corpora
// under tests/fuzz/corpus/<target>/seed-*. Kept crash reproducers (crash-*, regress-*) are
// never touched. Run: node tests/fuzz/make-seeds.js   (Node >= 16, no npm packages)
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const here = __dirname;
const root = path.resolve(here, '../..');
const data = path.join(here, 'data');
const corpus = path.join(here, 'corpus');
fs.mkdirSync(data, { recursive: true });

function seed(target, name, content) {
  const dir = path.join(corpus, target);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'seed-' + name), content);
}
const j = (o) => JSON.stringify(o);
const b64u = (b) => Buffer.from(b).toString('base64url');
const ctl = (...bytes) => Buffer.from(bytes);
const withCtl = (bytes, body) => Buffer.concat([Buffer.from(bytes), Buffer.from(body)]);

// ------------------------------------------------------------------ keys, JWKS, tokens
const issuer = 'https://id.example.test';
// Fresh test-only keys on every run (no private key is kept in the tree): data/ and the
// token seeds are regenerated together, so they always match.
const genRsa = () => crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
const keys = { rs: genRsa(), ps: genRsa(),
  es: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) };
const priv = (jwk) => crypto.createPrivateKey({ key: jwk, format: 'jwk' });
const pub = (jwk, extra) => {
  const p = crypto.createPublicKey({ key: jwk, format: 'jwk' }).export({ format: 'jwk' });
  return Object.assign(p, extra);
};
const jwks = {
  keys: [
    pub(keys.rs, { kid: 'rs1', alg: 'RS256', use: 'sig' }),
    pub(keys.ps, { kid: 'ps1', alg: 'PS256', use: 'sig' }),
    pub(keys.es, { kid: 'es1', alg: 'ES256', use: 'sig' }),
  ],
};
fs.writeFileSync(path.join(data, 'jwks.json'), JSON.stringify(jwks, null, 1) + '\n');

function sign(alg, kid, claims, headerExtra = {}) {
  const header = Object.assign({ alg, typ: 'JWT' }, kid ? { kid } : {}, headerExtra);
  const input = b64u(j(header)) + '.' + b64u(j(claims));
  let sig;
  if (alg === 'RS256') sig = crypto.sign('sha256', Buffer.from(input), priv(keys.rs));
  else if (alg === 'PS256')
    sig = crypto.sign('sha256', Buffer.from(input), {
      key: priv(keys.ps), padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
  else if (alg === 'ES256')
    sig = crypto.sign('sha256', Buffer.from(input), { key: priv(keys.es), dsaEncoding: 'ieee-p1363' });
  else sig = Buffer.alloc(0);
  return input + '.' + b64u(sig);
}
const now = 1800000000;
const claims = { iss: issuer, sub: 'alice', aud: 'tv-app', iat: now - 10, exp: now + 3600, nonce: 'n-0S6_WzA2Mj',
                 name: 'Alice', products: ['premium', 'sports'] };
const rs = sign('RS256', 'rs1', claims);
const ps = sign('PS256', 'ps1', claims);
const es = sign('ES256', 'es1', claims);
const esNoKid = sign('ES256', null, claims);
fs.writeFileSync(path.join(data, 'rs256.jwt'), rs + '\n');
fs.writeFileSync(path.join(data, 'ps256.jwt'), ps + '\n');
fs.writeFileSync(path.join(data, 'es256.jwt'), es + '\n');
fs.writeFileSync(path.join(data, 'es256_nokid.jwt'), esNoKid + '\n');

for (const [n, t] of [['rs256', rs], ['ps256', ps], ['es256', es], ['es256_nokid', esNoKid]]) {
  seed('fuzz_id_token', n, withCtl([3], t));
  seed('fuzz_jwt', n, t);
}
seed('fuzz_id_token', 'clock_unset', withCtl([0], rs));
seed('fuzz_id_token', 'aud_array', withCtl([1], sign('RS256', 'rs1', Object.assign({}, claims, { aud: ['tv-app', 'x'], azp: 'tv-app' }))));
seed('fuzz_id_token', 'expired', withCtl([1], sign('ES256', 'es1', Object.assign({}, claims, { exp: now - 4000 }))));
seed('fuzz_id_token', 'unknown_kid', withCtl([1], sign('RS256', 'rotated', claims)));
seed('fuzz_id_token', 'alg_none', withCtl([1], sign('none', 'rs1', claims)));
seed('fuzz_id_token', 'hs256', withCtl([1], sign('HS256', 'rs1', claims)));
// Hybrid front channel (OIDC Core 3.3.2.11): control byte, the code on one line, the token with its c_hash.
const cHash = (code, h) => b64u(crypto.createHash(h).update(code).digest().subarray(0, h === 'sha256' ? 16 : 32));
const hybridCode = 'the-code-123';
const hybridSeed = (name, alg, kid, extra) =>
  seed('fuzz_hybrid_id_token', name, Buffer.concat([Buffer.from([1]), Buffer.from(hybridCode + '\n'),
    Buffer.from(sign(alg, kid, Object.assign({}, claims, { c_hash: cHash(hybridCode, 'sha256') }, extra)))]));
hybridSeed('rs256', 'RS256', 'rs1', {});
hybridSeed('es256', 'ES256', 'es1', {});
hybridSeed('wrong_c_hash', 'RS256', 'rs1', { c_hash: cHash('another', 'sha256') });
hybridSeed('no_c_hash', 'PS256', 'ps1', { c_hash: undefined });
seed('fuzz_jwt', 'crit', sign('RS256', 'rs1', claims, { crit: ['exp'] }));
seed('fuzz_jwt', 'cleeng', sign('HS256', null, { customerId: 700000001, publisherId: 123456789, exp: now }));
seed('fuzz_jwt', 'b64', 'eyJhbGciOiJSUzI1NiJ9');

seed('fuzz_jwks', 'three_keys', JSON.stringify(jwks));
seed('fuzz_jwks', 'rsa_only', j({ keys: [jwks.keys[0]] }));
seed('fuzz_jwks', 'ec_nokid', j({ keys: [Object.assign({}, jwks.keys[2], { kid: undefined })] }));
seed('fuzz_jwks', 'mixed', j({ keys: [{ kty: 'oct', k: 'AAAA' }, { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' },
  Object.assign({}, jwks.keys[2], { key_ops: ['verify'] }), Object.assign({}, jwks.keys[0], { use: 'enc', kid: 'e' })] }));
for (const f of fs.readdirSync(path.join(root, 'tests/unit/oauth/jwt/fixtures')))
  if (f.endsWith('.json')) seed('fuzz_jwks', f, fs.readFileSync(path.join(root, 'tests/unit/oauth/jwt/fixtures', f)));

// ------------------------------------------------------------------ discovery, device, token
const base = 'https://id.example.com';
seed('fuzz_discovery', 'oidc', j({ issuer: base, authorization_endpoint: base + '/auth',
  device_authorization_endpoint: base + '/device/auth', token_endpoint: base + '/token',
  revocation_endpoint: base + '/token/revocation', introspection_endpoint: base + '/token/introspection',
  userinfo_endpoint: base + '/me', jwks_uri: base + '/jwks', response_types_supported: ['code'],
  grant_types_supported: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
  id_token_signing_alg_values_supported: ['RS256', 'ES256', 'PS256'], code_challenge_methods_supported: ['S256'] }));
seed('fuzz_discovery', 'rfc8414_no_device', j({ issuer: base + '/tenant/a', token_endpoint: base + '/tenant/a/token',
  jwks_uri: base + '/tenant/a/jwks' }));
seed('fuzz_discovery', 'loopback', j({ issuer: 'http://127.0.0.1:8740', token_endpoint: 'http://127.0.0.1:8740/token',
  device_authorization_endpoint: 'http://127.0.0.1:8740/device/auth', jwks_uri: 'http://127.0.0.1:8740/jwks' }));

seed('fuzz_device_code', 'full', j({ device_code: 'GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS', user_code: 'WDJB-MJHT',
  verification_uri: base + '/device', verification_uri_complete: base + '/device?user_code=WDJB-MJHT', expires_in: 600, interval: 5 }));
seed('fuzz_device_code', 'google_alias', j({ device_code: 'AH-1Ng2x', user_code: 'GQVQ-JKEC',
  verification_url: 'https://www.google.com/device', expires_in: '1800', interval: 5 }));
seed('fuzz_device_code', 'no_interval', j({ device_code: 'x'.repeat(43), user_code: 'BDWP-HQPK', verification_uri: base + '/device', expires_in: 300 }));

const storage = { cleeng: { token: sign('HS256', null, { customerId: '700000001', publisherId: 123456789, exp: now }), customer_id: '700000001' },
  inplayer: { token: 'ipl_0123456789abcdef0123456789abcdef', account_id: 410001, expires: 1795501187 },
  mpx: { token: 'mpx-Qm9vbXBhc3NlZA', user_id: 'https://euid.theplatform.com/idm/data/User/tvpair/1',
         account: 'http://access.auth.theplatform.com/data/Account/2700000001' } };
seed('fuzz_token_response', 'device', j({ access_token: 'h4sIAAAAAAAA_3Mv', token_type: 'Bearer', expires_in: 3600,
  refresh_token: 'rt-8xLOxBtZp8', id_token: rs, scope: 'openid offline_access profile products', extensions: { storage_keys: storage } }));
seed('fuzz_token_response', 'jwt_access', j({ access_token: sign('RS256', 'rs1', { iss: issuer, aud: 'urn:tvpair:api',
  cleeng_token: storage.cleeng.token, inplayer_token: 'ipl_abc123456', mpx_token: 'mpx-abc123456' }), token_type: 'bearer', expires_in: '300' }));
seed('fuzz_token_response', 'string_key', j({ access_token: 'abc.def.ghi', token_type: 'BEARER', extensions: { storage_keys: { cleeng: 'tok123456' } } }));
seed('fuzz_token_response', 'mac', j({ access_token: 'abcdef', token_type: 'mac' }));

// OAuthError: [status selector][transport][retry-after line][body]
seed('fuzz_oauth_error', 'pending', withCtl([3, 0], '\n' + j({ error: 'authorization_pending' })));
seed('fuzz_oauth_error', 'slow_down_200', withCtl([0, 0], '\n' + j({ error: 'slow_down', error_description: 'Poll\nslower' })));
seed('fuzz_oauth_error', '429_retry', withCtl([7, 0], '30\n'));
seed('fuzz_oauth_error', '503_html', withCtl([10, 0], '120\n<html>Service Unavailable</html>'));
seed('fuzz_oauth_error', 'invalid_grant', withCtl([3, 0], '\n' + j({ error: 'invalid_grant', error_description: 'grant request is invalid' })));
seed('fuzz_oauth_error', 'timeout', withCtl([11, 201], '\n'));

// ------------------------------------------------------------------ config, session, key map
const cfgDir = path.join(root, 'resources/config');
for (const f of fs.readdirSync(cfgDir)) if (f.endsWith('.json')) seed('fuzz_tenant_config', f, fs.readFileSync(path.join(cfgDir, f)));
seed('fuzz_tenant_config', 'design_example', j({ app_name: 'Example TV', issuer: base, client_id: 'tv-app', client_secret: null,
  scope: 'openid offline_access profile', endpoints: { device_authorization: base + '/device/auth', token: base + '/token',
  revocation: base + '/token/revocation', userinfo: base + '/me', jwks: base + '/jwks' }, flow: 'device_code',
  allow_insecure_loopback: false, payment: { provider: 'cleeng', environment: 'sandbox', base_url: null, publisher_id: '123456789' } }));
seed('fuzz_tenant_config', 'mpx', j({ issuer: base, client_id: 'tv-app', payment: { provider: 'mpx', account: 'http://access.auth.theplatform.com/data/Account/1',
  product_url: 'https://data.product.theplatform.com/product/data/Product', entitlement_url: 'https://data.entitlement.theplatform.com/eds/data/Entitlement',
  entitlement_fields: { product_id: 'productId', start: 'startDate', end: 'endDate', disabled: 'disabled' } } }));

// Dialect keys and logout URL templates (Prenly-style placeholders).
seed('fuzz_tenant_config', 'dialects', j({ client_id: 'tv', client_secret: 's', scope: 'openid user_read', issuer: base,
  discovery_url: base + '/meta/openid-configuration', response_type: 'code id_token', response_mode: 'form_post',
  authorization_params: { merchant_vat: 'DK123' }, token_params: { merchantId: 1 }, refresh_params: { x: true },
  refresh_with_code_verifier: true, token_dialect: 'rfc6749', post_logout_redirect_uri: 'https://tv.example/out',
  logout_error_uri: 'https://tv.example/error',
  end_session_url: base + '/logout?c={client_id}&r={post_logout_redirect_uri}&e={logout_error_uri}',
  identity: { subject: 'token_response:user_id', display_name: ['name', 'email'], customer_number: 'customer_no' } }));
seed('fuzz_logout_url_template', 'prenly', 'https://login.example.com/logout?client_id={client_id}&redirect_uri={post_logout_redirect_uri}&error_uri={logout_error_uri}');
seed('fuzz_logout_url_template', 'path', 'https://id.example.com/clients/{client_id}/logout');
seed('fuzz_logout_url_template', 'loopback', 'http://127.0.0.1:8740/logout?client={client_id}#done');
seed('fuzz_logout_url_template', 'unknown', 'https://id.example.com/logout?t={id_token}');
seed('fuzz_logout_url_template', 'braces', 'https://id.example.com/{{client_id}}/}');

seed('fuzz_viewer_identity', 'paytronix', withCtl([3], j({ access_token: 'at-x', token_type: 'Bearer', username: 'guest.jane', customer_number: 4711 })));
seed('fuzz_viewer_identity', 'oidc', withCtl([0], j({ access_token: 'at-x', token_type: 'Bearer', id: { sub: 'alice', name: 'Alice' },
  info: { sub: 'alice', customer_number: 'C-1' } })));
seed('fuzz_viewer_identity', 'beacon', withCtl([2], j({ access_token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJiZWFjb24ifQ.c2ln', token_type: 'Bearer', name: 'at-x' })));
seed('fuzz_viewer_identity', 'secret_as_name', withCtl([0x84], j({ access_token: 'at-x', refresh_token: 'rt-y', username: 'rt-y' })));

seed('fuzz_session_record', 'full', j({ v: 1, issuer: 'http://127.0.0.1:8740', client_id: 'tv-app', subject: 'alice',
  refresh_token: 'rt-8xLOxBtZp8x9', payment_tokens: storage }));
seed('fuzz_session_record', 'minimal', j({ v: 1, refresh_token: 'rt-abcdefgh' }));
seed('fuzz_session_record', 'v2', j({ v: 2, refresh_token: 'rt-abcdefgh' }));

const km = path.join(root, 'resources/keymaps');
for (const f of fs.readdirSync(km)) if (f.endsWith('.json')) seed('fuzz_keymap', f, fs.readFileSync(path.join(km, f)));
seed('fuzz_keymap', 'override', j({ version: 1, scanCodes: 'evdev', keys: { Key_Escape: 'Back', Key_F1: 'Red', Key_Return: 'None' },
  evdev: { KEY_OK: 'Ok', '0x18e': 'Red', '174': 'Back' }, _comment: 'device map' }));

// ------------------------------------------------------------------ sealed envelopes (fixed test key)
const storeKey = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const keyId = crypto.createHash('sha256').update(storeKey).digest().subarray(0, 8);
function sealEnv(name, plain, version = 1, kid = keyId) {
  const nonce = crypto.createHash('sha256').update('nonce' + name + plain).digest().subarray(0, 12);
  const header = Buffer.concat([Buffer.from('TVPS'), Buffer.from([version]), kid, nonce]);
  const c = crypto.createCipheriv('aes-256-gcm', storeKey, nonce);
  c.setAAD(Buffer.concat([header, Buffer.from(name, 'utf8')]));
  const ct = Buffer.concat([c.update(Buffer.from(plain)), c.final()]);
  return Buffer.concat([header, ct, c.getAuthTag()]);
}
seed('fuzz_sealed_envelope', 'session', sealEnv('session', j({ v: 1, subject: 'alice', refresh_token: 'rt-8xLOxBtZp8x9' })));
seed('fuzz_sealed_envelope', 'empty', sealEnv('session', ''));
seed('fuzz_sealed_envelope', 'other_name', sealEnv('other', 'secret-value'));
seed('fuzz_sealed_envelope', 'v7', sealEnv('session', 'x', 7));
seed('fuzz_sealed_envelope', 'foreign_key', sealEnv('session', 'x', 1, Buffer.alloc(8, 0xee)));
seed('fuzz_sealed_envelope', 'truncated', sealEnv('session', 'abc').subarray(0, 30));

// ------------------------------------------------------------------ payments: [call][status][body]
const fx = (p) => fs.readFileSync(path.join(root, 'tests/unit/payments/fixtures', p));
seed('fuzz_cleeng', 'offers', withCtl([0, 0], fx('cleeng/offers.json')));
seed('fuzz_cleeng', 'offer', withCtl([1, 0], fx('cleeng/offer_S100000001_NL.json')));
seed('fuzz_cleeng', 'customer_offers', withCtl([2, 0], fx('cleeng/customer_offers.json')));
seed('fuzz_cleeng', 'subscriptions', withCtl([2, 0], fx('cleeng/subscriptions.json')));
seed('fuzz_cleeng', 'granted', withCtl([3, 0], fx('cleeng/entitlement_granted.json')));
seed('fuzz_cleeng', 'denied', withCtl([3, 0], fx('cleeng/entitlement_denied.json')));
seed('fuzz_cleeng', 'auth0003', withCtl([0, 7], fx('cleeng/error_401_auth0003.json')));
seed('fuzz_inplayer', 'fees_1001', withCtl([0, 0], fx('inplayer/access_fees_1001.json')));
seed('fuzz_inplayer', 'fees_1003', withCtl([0, 0], fx('inplayer/access_fees_1003.json')));
seed('fuzz_inplayer', 'access_page0', withCtl([1, 0], fx('inplayer/access_page0.json')));
seed('fuzz_inplayer', 'access_page1', withCtl([1, 0], fx('inplayer/access_page1.json')));
seed('fuzz_inplayer', 'access_revoked', withCtl([1, 0], fx('inplayer/access_revoked.json')));
seed('fuzz_inplayer', 'subscriptions', withCtl([2, 0], fx('inplayer/subscriptions.json')));
seed('fuzz_inplayer', 'item_access', withCtl([3, 0], fx('inplayer/item_access_1001.json')));
seed('fuzz_inplayer', 'error_401', withCtl([3, 7], fx('inplayer/error_401.json')));
seed('fuzz_inplayer', 'error_402', withCtl([3, 8], fx('inplayer/error_402.json')));
seed('fuzz_mpx', 'products', withCtl([0, 0], fx('mpx/products.json')));
seed('fuzz_mpx', 'entitlements', withCtl([1, 0], fx('mpx/entitlements.json')));
seed('fuzz_mpx', 'entitlements_map', withCtl([2, 0], j({ startIndex: 1, itemsPerPage: 1, entryCount: 1, entries: [
  { 'plproductid$id': 'http://data.product.theplatform.com/product/data/Product/9001', validFrom: '2024-01-01T00:00:00.000Z', validTo: 1767225600000 }] })));
seed('fuzz_mpx', 'exception_401', withCtl([0, 0], fx('mpx/exception_401.json')));
seed('fuzz_mpx', 'exception_403', withCtl([1, 0], fx('mpx/exception_403.json')));
// Paged answers with revoked/disabled rows in the shapes providers send them (1, true, "true").
const fxJson = (p) => JSON.parse(fx(p));
seed('fuzz_cleeng', 'customer_offers_paged', withCtl([2, 0], fx('cleeng/customer_offers_all.json')));
const accessRows = fxJson('inplayer/access_all.json').collection;
seed('fuzz_inplayer', 'access_paged_revoked', withCtl([1, 0], j({ total: accessRows.length + 3, page: 0, offset: 0, limit: accessRows.length, collection: accessRows })));
const edsRows = fxJson('mpx/entitlements_all.json').entries;
seed('fuzz_mpx', 'entitlements_paged_disabled', withCtl([1, 0], j({ $xmlns: {}, startIndex: 1, itemsPerPage: 2, entryCount: edsRows.length, totalResults: 9, entries: edsRows })));
// Operator entitlement service (rest): [call 0 Beacon names | 1 mapped names][status][body].
const restRecords = fxJson('rest/records.json').entitlements;
seed('fuzz_rest', 'records', withCtl([0, 0], fx('rest/records.json')));
seed('fuzz_rest', 'records_paged', withCtl([0, 0], j({ entitlements: restRecords.slice(0, 3), next: '/operator/entitlements?page=1' })));
seed('fuzz_rest', 'bare_array', withCtl([0, 0], j(restRecords.slice(3))));
seed('fuzz_rest', 'mapped', withCtl([1, 0], j({ data: [{ sku: 42, notification_type: 'rent', ends: 1735862400 }, { sku: 'p7', notification_type: 'buy', refunded: 1 }], links_next: null })));
seed('fuzz_rest', 'error_401', withCtl([0, 7], j({ message: 'invalid token' })));
// Checkout URL templates: four value lines (product, offer, customer, locale), then the template.
seed('fuzz_checkout_url', 'cleeng', 'S100000008_NL\nS100000008_NL\n700000001\nde-DE\nhttps://shop.example/buy/{product_id}?offer={offer_id}&c={customer_id}&hl={locale}');
seed('fuzz_checkout_url', 'inplayer', `5101\n5101\n410001\nen\n${base}/checkout/inplayer?offer={offer_id}&customer={customer_id}&lang={locale}`);
seed('fuzz_checkout_url', 'refused', 'http://data.product.theplatform.com/product/data/Product/9005\nx y&z\n\npt-BR\nhttps://s.example/{token}/{product_id');
console.log('seeds written to', corpus);
