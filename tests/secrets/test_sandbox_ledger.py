#!/usr/bin/env python3
"""The sandbox writes every secret it issues to $TVPAIR_SECRET_LEDGER, and only there
(ctest: secrets_sandbox_ledger). Drives a device-code sign-in and a refresh over HTTP."""
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.parse
import urllib.request

SOURCE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# Deadlines of its own, well inside ctest's 120 s: a stuck sandbox fails with what it printed
# instead of a silent ctest timeout (seen once under load).
READY_TIMEOUT = 40
REQUEST_TIMEOUT = 15


def post(url, fields=None, body=None):
    data = urllib.parse.urlencode(fields).encode() if fields is not None else json.dumps(body).encode()
    ctype = "application/x-www-form-urlencoded" if fields is not None else "application/json"
    req = urllib.request.Request(url, data=data, headers={"Content-Type": ctype}, method="POST")
    with urllib.request.urlopen(req, timeout=REQUEST_TIMEOUT) as r:
        return json.loads(r.read())


class SandboxLedgerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.ledger = os.path.join(self.tmp.name, "ledger.tsv")
        self.out = open(os.path.join(self.tmp.name, "sandbox.out"), "w+")
        self.err = open(os.path.join(self.tmp.name, "sandbox.err"), "w+")
        env = dict(os.environ, TVPAIR_SECRET_LEDGER=self.ledger)
        self.proc = subprocess.Popen([shutil.which("node") or "node", os.path.join(SOURCE, "tests/sandbox/server.js"),
                                      "--port", "0", "--test-endpoints"],
                                     stdout=subprocess.PIPE, stderr=self.err, env=env, text=True)
        self.addCleanup(self.stop_sandbox)  # runs even when setUp fails below, unlike tearDown
        if not select.select([self.proc.stdout], [], [], READY_TIMEOUT)[0]:
            self.fail(f"sandbox printed no ready line within {READY_TIMEOUT} s; {self.sandbox_said()}")
        line = self.proc.stdout.readline()
        try:
            ready = json.loads(line)
        except ValueError:
            self.fail(f"sandbox's first line is not its JSON ready line ({len(line)} chars); {self.sandbox_said()}")
        self.assertTrue(ready.get("ready"))
        self.issuer = ready["issuer"]

    def sandbox_said(self):
        """The sandbox's stderr for a failure message: its last lines, with every value from the
        ledger blanked, so a failing run prints no secret either."""
        self.err.flush()
        with open(self.err.name) as f:
            text = f.read()
        try:
            values = sorted({v for _, v in self.ledger_entries() if v}, key=len, reverse=True)
        except OSError:
            values = []
        for v in values:
            text = text.replace(v, "<secret>")
        tail = " | ".join(text.strip().splitlines()[-8:])
        return f"its stderr ends: {tail[-600:]!r}" if tail else "its stderr is empty"

    def stop_sandbox(self):
        self.proc.terminate()
        try:
            rest, _ = self.proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rest, _ = self.proc.communicate()
        self.out.write(rest or "")
        self.out.close()
        self.err.close()
        self.tmp.cleanup()

    def ledger_entries(self):
        with open(self.ledger) as f:
            return [tuple(line.rstrip("\n").split("\t", 1)) for line in f if line.strip()]

    def step(self, what, url, **kw):
        try:
            return post(self.issuer + url, **kw)
        except OSError as e:  # URLError, a timeout, a reset: which step, and what the sandbox said
            self.fail(f"{what} ({url}) failed: {type(e).__name__}: {getattr(e, 'reason', e)}; {self.sandbox_said()}")

    def test_device_sign_in_and_refresh_are_in_the_ledger_only(self):
        self.assertEqual(oct(os.stat(self.ledger).st_mode & 0o777), oct(0o600))  # client secrets at start
        dev = self.step("device authorization", "/device/auth",
                        fields={"client_id": "tv-app", "scope": "openid offline_access profile products"})
        self.step("approval", "/test/approve", body={"user_code": dev["user_code"], "account": "alice"})
        tok = self.step("device-code token", "/token", fields={"client_id": "tv-app", "grant_type": DEVICE_GRANT,
                                                               "device_code": dev["device_code"]})
        ref = self.step("refresh", "/token", fields={"client_id": "tv-app", "grant_type": "refresh_token",
                                                     "refresh_token": tok["refresh_token"]})
        issued = [("device_code", dev["device_code"])]
        for t in (tok, ref):
            issued += [("access_token", t["access_token"]), ("refresh_token", t["refresh_token"]),
                       ("id_token", t["id_token"])]
            for prov, v in t["extensions"]["storage_keys"].items():
                issued.append((f"payment_token_{prov}", v["token"]))
        issued.append(("client_secret", "sandbox-secret"))
        entries = set(self.ledger_entries())
        for kind, value in issued:
            self.assertIn((kind, value), entries, f"{kind} missing from the ledger")
        # user codes are shown on screen by design, passwords are the demo's: neither is a ledger entry
        values = {v for _, v in entries}
        self.assertNotIn(dev["user_code"], values)
        self.assertNotIn("alice", values)
        # nothing on the sandbox's own stdout / stderr
        self.proc.terminate()
        rest, _ = self.proc.communicate(timeout=10)
        self.err.seek(0)
        printed = (rest or "") + self.err.read()
        for kind, value in issued:
            self.assertNotIn(value, printed, f"{kind} printed by the sandbox")


if __name__ == "__main__":
    unittest.main(verbosity=2)
