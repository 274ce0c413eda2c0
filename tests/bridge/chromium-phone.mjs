// The viewer's phone as a real browser: Debian's headless Chromium, driven over the DevTools
// protocol on a pipe (--remote-debugging-pipe: no port, no npm package). It opens the TV's
// verification_uri_complete on the bridge, clicks Continue, signs in at the identity server
// by typing into its login form, clicks Allow, and waits for the bridge's answer page (after
// the identity server's redirect and, in fragment mode, the bridge's relay page).
//
// Usage: node chromium-phone.mjs --url URL --account NAME --profile DIR [--timeout-ms N]
// stdout, one JSON line: {"ok":true,"result":"success","confirmed_code":"XXXX-XXXX",
//   "journey":[{"site":"bridge"|"identity","path":"/device","query":true,"fragment":false},...]}
// or {"ok":false,"error":"...","result":...,"journey":[...],"diagnostics":[...]}, exit 1.
// Only paths and flags are printed: never a query, a fragment, a cookie or a page's text
// other than the user code (which the TV shows anyway). Chromium is killed on every way out
// (and quits by itself when this process dies and the pipe closes).
import { spawn } from 'node:child_process';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const timeoutMs = Number(args['timeout-ms'] || 90000);
if (!args.url || !args.account || !args.profile) {
  process.stdout.write(`${JSON.stringify({ ok: false, error: 'usage: --url URL --account NAME --profile DIR' })}\n`);
  process.exit(2);
}
const bridgeOrigin = new URL(args.url).origin;
const journey = [];
const diagnostics = []; // browser log lines with anything after '?' or '#' cut off
const mask = (s) => String(s).replace(/[?#][^\s"')]*/g, '?…').slice(0, 300);

let chrome = null;
let chromeStderr = ''; // its last few KiB, shown (masked) when the journey fails
function killChrome() {
  if (chrome && chrome.exitCode === null && chrome.signalCode === null) {
    try { process.kill(-chrome.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}
process.on('exit', killChrome);
for (const [sig, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(sig, () => finish({ ok: false, error: `stopped by ${sig}` }, 128 + n));
}

let finished = false;
function finish(report, code) {
  if (finished) return;
  finished = true;
  if (code) diagnostics.push(...chromeStderr.split('\n').filter((l) => l && !/dbus/i.test(l)).slice(-5).map(mask));
  process.stdout.write(`${JSON.stringify({ ...report, journey, ...(code ? { diagnostics: diagnostics.slice(-20) } : {}) })}\n`);
  const group = chrome && chrome.pid;
  killChrome();
  // Leave once every process of Chromium's group is gone (its profile is then free to delete).
  const started = Date.now();
  const exit = () => {
    try {
      if (group && Date.now() - started < 10000) { process.kill(-group, 0); setTimeout(exit, 100); return; }
    } catch { /* ESRCH: the group is empty */ }
    process.exit(code);
  };
  exit();
}
setTimeout(() => finish({ ok: false, error: `no answer page within ${timeoutMs} ms` }, 1), timeoutMs);
// The test that started this process went away (its ctest timeout, a crash): stop too.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) finish({ ok: false, error: 'parent process gone' }, 1); }, 1000);

// DevTools protocol over the pipe: fd 3 into Chromium, fd 4 out of it, NUL-separated JSON.
class Cdp {
  constructor(toBrowser, fromBrowser) {
    this.out = toBrowser;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    let buf = Buffer.alloc(0);
    fromBrowser.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (let end = buf.indexOf(0); end >= 0; end = buf.indexOf(0)) {
        const msg = JSON.parse(buf.subarray(0, end).toString('utf8'));
        buf = buf.subarray(end + 1);
        if (msg.id && this.pending.has(msg.id)) {
          const { resolve, reject, method } = this.pending.get(msg.id);
          this.pending.delete(msg.id);
          if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
          else resolve(msg.result);
        } else if (msg.method) {
          for (const l of this.listeners) l(msg.method, msg.params, msg.sessionId);
        }
      }
    });
  }
  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    this.out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
  }
  on(listener) { this.listeners.push(listener); }
}

const sleep = (ms) => new Promise((r) => { setTimeout(r, ms); });

async function main() {
  chrome = spawn(args.chromium || 'chromium', [
    '--headless=new', '--no-sandbox', '--remote-debugging-pipe', `--user-data-dir=${args.profile}`,
    '--no-first-run', '--no-default-browser-check', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-pings',
    '--no-proxy-server', '--password-store=basic', '--disable-features=Translate,MediaRouter,AutofillServerCommunication',
    'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true });
  chrome.on('error', (e) => finish({ ok: false, error: `cannot start chromium (${e.code}): install Debian's chromium` }, 1));
  chrome.on('exit', (code, signal) => finish({ ok: false, error: `chromium exited early (${code ?? signal})` }, 1));
  chrome.stderr.on('data', (d) => { chromeStderr = (chromeStderr + d).slice(-4000); });

  const cdp = new Cdp(chrome.stdio[3], chrome.stdio[4]);
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => cdp.send(method, params, sessionId);
  cdp.on((method, p, sid) => {
    if (sid !== sessionId) return;
    if (method === 'Page.frameNavigated' && !p.frame.parentId && /^https?:/.test(p.frame.url)) {
      const u = new URL(p.frame.url);
      journey.push({
        site: u.origin === bridgeOrigin ? 'bridge' : 'identity',
        path: u.pathname.replace(/^\/interaction\/[^/]+/, '/interaction/:uid'),
        query: u.search.length > 1,
        fragment: (p.frame.urlFragment || '').length > 1,
      });
    } else if (method === 'Log.entryAdded') {
      diagnostics.push(mask(`${p.entry.level}: ${p.entry.text}`));
    } else if (method === 'Runtime.exceptionThrown') {
      diagnostics.push(mask(`exception: ${p.exceptionDetails.text}`));
    }
  });
  await page('Page.enable');
  await page('Log.enable');
  await page('Runtime.enable');

  // Evaluates an expression in the page; undefined while the page is between documents.
  const evaluate = async (expr) => {
    try {
      const r = await page('Runtime.evaluate', { expression: expr, returnByValue: true });
      return r.exceptionDetails ? undefined : r.result.value;
    } catch {
      return undefined;
    }
  };
  // Waits until `expr` is truthy in the page (pages come and go during redirects and posts).
  const waitFor = async (what, expr) => {
    let seen = '';
    for (;;) {
      if (finished) throw new Error('stopped');
      const v = await evaluate(expr);
      if (v) return v;
      const where = await evaluate('location.origin + location.pathname');
      if (where && where !== seen) diagnostics.push(`waiting for ${what} at ${mask(where)}`);
      seen = where || seen;
      await sleep(250);
    }
  };
  const at = (origin, selector) => `location.origin === ${JSON.stringify(origin)} && !!document.querySelector(${JSON.stringify(selector)})`;
  // A person's click: the mouse pressed and released over the element's middle.
  const click = async (selector) => {
    const box = await evaluate(`(() => { const e = document.querySelector(${JSON.stringify(selector)});
      if (!e) return null; e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
    if (!box) throw new Error(`nothing to click at ${selector}`);
    await page('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x, y: box.y });
    await page('Input.dispatchMouseEvent', { type: 'mousePressed', x: box.x, y: box.y, button: 'left', clickCount: 1 });
    await page('Input.dispatchMouseEvent', { type: 'mouseReleased', x: box.x, y: box.y, button: 'left', clickCount: 1 });
  };
  const type = async (selector, text) => {
    await click(selector);
    await page('Input.insertText', { text });
  };

  await page('Page.navigate', { url: args.url });
  // 1. The bridge's confirmation page: the TV's code, then Continue.
  await waitFor('the bridge confirmation', at(bridgeOrigin, 'form#confirm button'));
  const confirmedCode = await evaluate("document.getElementById('user-code').textContent");
  await click('form#confirm button');
  // 2. The identity server's login form, typed into.
  const identity = "location.origin !== " + JSON.stringify(bridgeOrigin);
  await waitFor('the login form', `${identity} && !!document.querySelector('form#login input[name=password]')`);
  await type('form#login input[name=username]', args.account);
  await type('form#login input[name=password]', args.password || args.account);
  await click('form#login button[type=submit]');
  // 3. Consent: Allow.
  await waitFor('the consent page', `${identity} && !!document.querySelector('form#confirm button')`);
  await click('form#confirm button');
  // 4. Back at the bridge: its answer page (success, or the id of the error it shows).
  const result = await waitFor('the bridge answer', `location.origin === ${JSON.stringify(bridgeOrigin)}
    && location.pathname !== '/device' && (() => { const e = document.querySelector('#success, #denied, .err');
      return e ? (e.id || 'error') : ''; })()`);
  finish({ ok: result === 'success', result, confirmed_code: confirmedCode }, result === 'success' ? 0 : 1);
}

main().catch((e) => finish({ ok: false, error: mask(e.message) }, 1));
