// The secret ledger: every secret value the sandbox issues (tokens, device and authorization
// codes, payment tokens, client secrets) appended as "<kind>\t<value>" to the file named by
// $TVPAIR_SECRET_LEDGER, so that tests/secrets/scan-suite.py can look for each of them in
// everything the test suite printed or left behind. Several sandbox instances append to the
// same file at once: one write(2) per line with O_APPEND. Never written to stdout or stderr.
// User codes (shown on screen by design) and the demo account passwords are not secrets here.
import fs from 'node:fs';

const path = process.env.TVPAIR_SECRET_LEDGER || '';
let warned = false;
const seen = new Set(); // no duplicate lines for values recorded twice (bounded below)

export function recordSecret(kind, value) {
  if (!path || typeof value !== 'string' || value.length === 0) return;
  const key = `${kind}\t${value}`;
  if (seen.has(key)) return;
  if (seen.size > 200000) seen.clear();
  seen.add(key);
  try {
    fs.appendFileSync(path, `${key}\n`, { mode: 0o600 });
  } catch (e) {
    if (!warned) {
      warned = true;
      process.stderr.write(`sandbox: cannot append to the secret ledger $TVPAIR_SECRET_LEDGER: ${e.code || 'error'}\n`);
    }
  }
}

// Every secret in an oidc-provider answer body (token endpoint, device authorization).
export function recordAnswer(body) {
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body)) return;
  for (const kind of ['access_token', 'refresh_token', 'id_token', 'device_code']) {
    if (typeof body[kind] === 'string') recordSecret(kind, body[kind]);
  }
}

// The authorization code in a redirect to the client (Location: ...?code=...).
export function recordRedirect(location) {
  if (typeof location !== 'string' || !location.includes('code=')) return;
  try {
    const u = new URL(location, 'http://127.0.0.1');
    const code = u.searchParams.get('code');
    if (code) recordSecret('authorization_code', code);
  } catch { /* not a URL */ }
}
