#!/usr/bin/env node
// ctest fixture helper:
//   node fixture.js start DIR [server args...]  -> starts server.js detached, writes DIR/sandbox.json
//   node fixture.js stop DIR                    -> kills it, removes DIR/sandbox.json
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [cmd, dir, ...serverArgs] = process.argv.slice(2);

function fail(msg) {
  process.stderr.write(`fixture: ${msg}\n`);
  process.exit(1);
}

const sleep = (ms) => new Promise((r) => { setTimeout(r, ms); });

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

async function stop() {
  const file = path.join(dir, 'sandbox.json');
  if (!fs.existsSync(file)) {
    process.stdout.write('fixture: no sandbox.json, nothing to stop\n');
    return;
  }
  let info;
  try { info = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { info = {}; }
  if (Number.isInteger(info.pid) && alive(info.pid)) {
    try { process.kill(info.pid, 'SIGTERM'); } catch { /* already gone */ }
    for (let i = 0; i < 50 && alive(info.pid); i += 1) await sleep(100);
    if (alive(info.pid)) { try { process.kill(info.pid, 'SIGKILL'); } catch { /* gone */ } }
  }
  fs.rmSync(file, { force: true });
  process.stdout.write(`fixture: stopped sandbox pid ${info.pid}\n`);
}

async function start() {
  fs.mkdirSync(dir, { recursive: true });
  const outPath = path.join(dir, 'sandbox.out');
  const errPath = path.join(dir, 'sandbox.err');
  const jsonPath = path.join(dir, 'sandbox.json');
  fs.rmSync(jsonPath, { force: true });
  const out = fs.openSync(outPath, 'w');
  const err = fs.openSync(errPath, 'w');
  const child = spawn(process.execPath, [path.join(here, 'server.js'), ...serverArgs], {
    detached: true, stdio: ['ignore', out, err], cwd: here,
  });
  fs.closeSync(out);
  fs.closeSync(err);
  let exited = null;
  child.on('exit', (code) => { exited = code; });
  child.unref();
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (exited !== null) fail(`sandbox exited with code ${exited} before it was ready (see ${errPath})`);
    const line = fs.readFileSync(outPath, 'utf8').split('\n')[0];
    if (line) {
      let ready;
      try { ready = JSON.parse(line); } catch { ready = null; }
      if (ready?.ready) {
        fs.writeFileSync(jsonPath, `${JSON.stringify({ issuer: ready.issuer, port: ready.port, pid: child.pid })}\n`);
        process.stdout.write(`fixture: sandbox ready at ${ready.issuer} (pid ${child.pid})\n`);
        process.exit(0);
      }
    }
    await sleep(100);
  }
  try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ }
  fail(`sandbox did not become ready within 30 s (see ${errPath})`);
}

if (!dir || !['start', 'stop'].includes(cmd)) fail('usage: node fixture.js start DIR [server args...] | stop DIR');
if (cmd === 'start') await start(); else await stop();
