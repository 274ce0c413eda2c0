// Baseline: openid-client (certified Node RP) doing discovery + device authorization, then
// printing the same first line tvpair --headless prints: {"event":"user_code",...}.
// Usage: node device-code.mjs ISSUER CLIENT_ID SCOPE
import * as client from 'openid-client';

const [issuer, clientId, scope] = process.argv.slice(2);
const config = await client.discovery(new URL(issuer), clientId, undefined, undefined,
  { execute: [client.allowInsecureRequests] });
const r = await client.initiateDeviceAuthorization(config, { scope });
process.stdout.write(JSON.stringify({ event: 'user_code', user_code: r.user_code,
  verification_uri: r.verification_uri, expires_in: r.expires_in }) + '\n');
