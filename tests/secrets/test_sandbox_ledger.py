#!/usr/bin/env python3
"""The sandbox writes every secret it issues to $TVPAIR_SECRET_LEDGER, and only there
(ctest: secrets_sandbox_ledger). Drives a device-code sign-in and a refresh over HTTP, and a
sign-in and a refresh at each dialect server (Paytronix-, MobilePay-, Prenly-like)."""
import base64
import hashlib
import html
import json
import re
import os
import select
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.error
import urllib.parse
import urllib.request

SOURCE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# Deadlines of its own, well inside ctest's 120 s: a stuck sandbox fails with what it printed
# instead of a silent ctest timeout (seen once under load).
READY_TIMEOUT = 40
REQUEST_TIMEOUT = 15


def post(url, fields=None, body=None, headers=None):
    data = urllib.parse.urlencode(fields).encode() if fields is not None else json.dumps(body).encode()
    ctype = "application/x-www-form-urlencoded" if fields is not None else "application/json"
    req = urllib.request.Request(url, data=data, headers={"Content-Type": ctype, **(headers or {})}, method="POST")
    with urllib.request.urlopen(req, timeout=REQUEST_TIMEOUT) as r:
        return json.loads(r.read())


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def login(url, user="alice"):
    """The dialect servers' login page: GET it, post the form with its hidden fields. Returns
    (status, Location header, body)."""
    with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT) as r:
        page = r.read().decode()
    form = page.split('<form id="abort"')[0]
    action = html.unescape(re.search(r'<form id="login" method="post" action="([^"]+)"', form).group(1))
    fields = {k: html.unescape(v) for k, v in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form)}
    fields.update(username=user, password=user, action="login")
    req = urllib.request.Request(urllib.parse.urljoin(url, action), data=urllib.parse.urlencode(fields).encode(), method="POST")
    try:
        with urllib.request.build_opener(NoRedirect).open(req, timeout=REQUEST_TIMEOUT) as r:
            return r.status, r.headers.get("Location"), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location"), e.read().decode()


def basic(client_id, secret):
    return {"Authorization": "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()}


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

    def test_dialect_servers_issue_into_the_ledger_only(self):
        redirect = "http://127.0.0.1:5990/callback"
        issued = []
        # Paytronix-like: requestGuestToken for the code and for the refresh
        q = urllib.parse.urlencode({"response_type": "code", "client_id": "tvpair-paytronix", "redirect_uri": redirect,
                                    "scope": "account_read user_read", "state": "s"})
        _, loc, _ = login(f"{self.issuer}/paytronix/oauth/authorize?{q}")
        code = urllib.parse.parse_qs(urllib.parse.urlparse(loc).query)["code"][0]
        call = "/paytronix/rest/oauth/requestGuestToken.json"
        auth = basic("tvpair-paytronix", "paytronix-sandbox-secret")
        tok = self.step("paytronix code", call, body={"merchantId": 7700, "grant_type": "authorization_code", "code": code,
                                                      "redirect_uri": redirect}, headers=auth)
        ref = self.step("paytronix refresh", call, body={"merchantId": 7700, "grant_type": "refresh_token",
                                                         "refresh_token": tok["refresh_token"]}, headers=auth)
        issued += [("authorization_code", code), ("client_secret", "paytronix-sandbox-secret")]
        issued += [(k, t[k]) for t in (tok, ref) for k in ("access_token", "refresh_token")]
        # MobilePay-like: hybrid form_post (front-channel code and ID token), code, refresh with the verifier
        verifier = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        q = urllib.parse.urlencode({"response_type": "code id_token", "response_mode": "form_post", "client_id": "tvpair-mobilepay",
                                    "redirect_uri": redirect, "scope": "openid offline_access profile", "nonce": "n", "state": "s",
                                    "code_challenge": challenge, "code_challenge_method": "S256", "merchant_vat": "DK12345678"})
        _, _, page = login(f"{self.issuer}/mobilepay/account/connect/authorize?{q}")
        front = {k: html.unescape(v) for k, v in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page)}
        token = "/mobilepay/merchant-authentication-openidconnect/connect/token"
        client = {"client_id": "tvpair-mobilepay", "client_secret": "mobilepay-sandbox-secret"}
        tok = self.step("mobilepay code", token, fields={**client, "grant_type": "authorization_code", "code": front["code"],
                                                         "redirect_uri": redirect, "code_verifier": verifier})
        ref = self.step("mobilepay refresh", token, fields={**client, "grant_type": "refresh_token",
                                                            "refresh_token": tok["refresh_token"], "code_verifier": verifier})
        issued += [("authorization_code", front["code"]), ("id_token", front["id_token"]), ("client_secret", "mobilepay-sandbox-secret")]
        issued += [(k, t[k]) for t in (tok, ref) for k in ("access_token", "refresh_token", "id_token")]
        # Prenly-like: client_secret_basic
        q = urllib.parse.urlencode({"response_type": "code", "client_id": "tvpair-prenly", "redirect_uri": redirect, "scope": "read"})
        _, loc, _ = login(f"{self.issuer}/prenly/oauth/authorize?{q}")
        code = urllib.parse.parse_qs(urllib.parse.urlparse(loc).query)["code"][0]
        auth = basic("tvpair-prenly", "prenly-sandbox-secret")
        tok = self.step("prenly code", "/prenly/oauth/token", fields={"grant_type": "authorization_code", "code": code,
                                                                      "redirect_uri": redirect}, headers=auth)
        ref = self.step("prenly refresh", "/prenly/oauth/token", fields={"grant_type": "refresh_token",
                                                                         "refresh_token": tok["refresh_token"]}, headers=auth)
        issued += [("authorization_code", code), ("client_secret", "prenly-sandbox-secret")]
        issued += [(k, t[k]) for t in (tok, ref) for k in ("access_token", "refresh_token")]

        entries = set(self.ledger_entries())
        for kind, value in issued:
            self.assertIn((kind, value), entries, f"{kind} missing from the ledger")
        # Viewer ids and customer numbers are not secrets (they are shown on the Account screen).
        self.assertNotIn(tok["user_id"], {v for _, v in entries})
        self.proc.terminate()
        rest, _ = self.proc.communicate(timeout=10)
        self.err.seek(0)
        printed = (rest or "") + self.err.read()
        for kind, value in issued:
            self.assertNotIn(value, printed, f"{kind} printed by the sandbox")


if __name__ == "__main__":
    unittest.main(verbosity=2)
