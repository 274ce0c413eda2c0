#!/usr/bin/env python3
"""The suite-wide secrets scan can fail: scan-suite.py against planted values (ctest: secrets_scan_selftest)."""
import base64
import os
import subprocess
import sys
import tempfile
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SCANNER = os.path.join(HERE, "scan-suite.py")

# Shapes of what the sandbox issues: an oidc-provider opaque token, a JWT, a payment token, a client secret.
ACCESS = "q3XzV8n0Lr2P9Kk1Yt7uWc4Hs6Jd5Gf0Ab3Ce8Df1Eg"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjdXN0b21lcklkIjoiNzAwMDAwMDAxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS0xMjM0"
IPL = "ipl_5f2b9c0e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a"
CLIENT_SECRET = "sandbox-secret"
SLASHED = "rt/8Hq+Zp0=Lk3Wm9Nb"  # base64 (not base64url) characters, which a form body percent-encodes


def ledger_text():
    return (f"access_token\t{ACCESS}\npayment_token_cleeng\t{JWT}\n"
            f"payment_token_inplayer\t{IPL}\nclient_secret\t{CLIENT_SECRET}\n")


class ScanSuiteTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.build = os.path.join(self.dir, "build")
        os.makedirs(os.path.join(self.build, "Testing", "Temporary"))
        os.makedirs(os.path.join(self.build, "e2e-artifacts"))
        self.ledger = os.path.join(self.dir, "ledger.tsv")
        self.write(self.ledger, ledger_text())
        self.lastlog = os.path.join(self.build, "Testing", "Temporary", "LastTest.log")
        self.write(self.lastlog, "Start testing\nPASS   : FaultsTest::transient(503)\n"
                                 '{"event":"signed_in","subject":"alice","method":"device_code"}\n')
        self.write(os.path.join(self.build, "e2e-artifacts", "app1.err"), "[debug] net: POST http://127.0.0.1/token -> 200\n")

    def tearDown(self):
        self.tmp.cleanup()

    @staticmethod
    def write(path, text, mode="w"):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode) as f:
            f.write(text)

    def scan(self, *extra, ledger=None):
        r = subprocess.run([sys.executable, SCANNER, "--ledger", ledger or self.ledger, "--require", self.lastlog,
                            *extra, self.build], capture_output=True, text=True, timeout=120)
        return r.returncode, r.stdout + r.stderr

    def assertNoValue(self, out):
        for v in (ACCESS, JWT, IPL, CLIENT_SECRET, ACCESS[:12], JWT[:20], IPL[:12]):
            self.assertNotIn(v, out)

    def test_clean_logs_pass(self):
        rc, out = self.scan()
        self.assertEqual(rc, 0, out)
        self.assertIn("0 findings", out)
        self.assertIn("4 secret values", out)

    def test_planted_value_fails_with_file_and_line_only(self):
        log = os.path.join(self.build, "e2e-artifacts", "work-approved", "app2.err")
        self.write(log, "line one\nline two\n[debug] oauth: refreshing with " + ACCESS + ".\n")
        rc, out = self.scan()
        self.assertEqual(rc, 1, out)
        self.assertIn(f"{log}:3: access_token", out)
        self.assertNoValue(out)

    def test_every_shape_and_context_is_found(self):
        self.write(self.lastlog, "\n".join([
            "QDEBUG : x " + JWT,                                        # a whole JWT
            "body: grant_type=refresh_token&refresh_token=" + IPL + "&client_id=tv-app",  # form-encoded
            '{"token":"' + IPL + '"}',                                  # JSON
            "Authorization: Bearer xx" + ACCESS + "yy",                 # glued to other token characters
            "secret is " + CLIENT_SECRET + ", really",                  # short, with punctuation around
        ]) + "\n", mode="a")
        rc, out = self.scan()
        self.assertEqual(rc, 1, out)
        for n, kind in [(4, "payment_token_cleeng"), (5, "payment_token_inplayer"), (6, "payment_token_inplayer"),
                        (7, "access_token"), (8, "client_secret")]:
            self.assertIn(f"{self.lastlog}:{n}: {kind}", out)
        self.assertNoValue(out)

    def test_encoded_forms_are_found(self):
        basic = base64.b64encode(("tv-app:" + CLIENT_SECRET).encode()).decode()
        urlsafe_jwt_payload = base64.urlsafe_b64encode(("{\"t\":\"" + IPL + "\"}").encode()).decode()
        self.write(self.lastlog, "\n".join([
            "Authorization: Basic " + basic,                   # client secret inside base64, offset 7
            "x=" + urlsafe_jwt_payload,                         # payment token inside base64url
            "refresh_token=" + urllib.parse.quote(SLASHED, safe=""),  # a form body, percent-encoded
        ]) + "\n", mode="a")
        self.write(self.ledger, f"refresh_token\t{SLASHED}\n", mode="a")
        rc, out = self.scan()
        self.assertEqual(rc, 1, out)
        self.assertIn(f"{self.lastlog}:4: client_secret (encoded)", out)
        self.assertIn(f"{self.lastlog}:5: payment_token_inplayer (encoded)", out)
        self.assertIn(f"{self.lastlog}:6: refresh_token (encoded)", out)
        self.assertNoValue(out)
        self.assertNotIn(urllib.parse.quote(SLASHED, safe=""), out)
        self.assertNotIn(basic, out)

    def test_screenshot_name_is_checked_but_not_its_bytes(self):
        png = os.path.join(self.build, "e2e-artifacts", "approved_" + ACCESS + ".png")
        self.write(png, b"\x89PNG\r\n\x1a\n\0\0" + JWT.encode(), mode="wb")
        rc, out = self.scan()
        self.assertEqual(rc, 1, out)
        self.assertIn("approved_<access_token>.png: file name contains access_token", out)
        self.assertNotIn("LEAK " + png, out)
        self.assertNotIn(": payment_token_cleeng", out)  # the image's bytes were not read
        self.assertIn("1 findings", out)
        self.assertNoValue(out)

    def test_client_secret_belongs_in_a_tenant_config_only(self):
        cfg = os.path.join(self.build, "e2e-artifacts", "work-approved", "config.json")
        self.write(cfg, '{"client_id": "tv-app-confidential", "client_secret": "' + CLIENT_SECRET + '"}\n')
        rc, out = self.scan()
        self.assertEqual(rc, 0, out)
        self.write(cfg, '{"note": "' + ACCESS + '"}\n', mode="a")  # any other secret there is a finding
        rc, out = self.scan()
        self.assertEqual(rc, 1, out)
        self.assertIn(f"{cfg}:2: access_token", out)
        self.write(os.path.join(self.build, "test-output", "tst_x-f-1-1.stderr"),
                   '[debug] config: {"client_secret": "' + CLIENT_SECRET + '"}\n')
        rc, out = self.scan()
        self.assertIn("tst_x-f-1-1.stderr:1: client_secret", out)
        self.assertNoValue(out)

    def test_empty_ledger_fails(self):
        empty = os.path.join(self.dir, "empty.tsv")
        self.write(empty, "")
        rc, out = self.scan(ledger=empty)
        self.assertEqual(rc, 2, out)
        self.assertIn("ledger is empty", out)

    def test_missing_ledger_or_ctest_log_fails(self):
        rc, out = self.scan(ledger=os.path.join(self.dir, "nope.tsv"))
        self.assertEqual(rc, 2, out)
        os.remove(self.lastlog)
        rc, out = self.scan()
        self.assertEqual(rc, 2, out)
        self.assertIn("required file missing", out)

    def test_the_ledger_itself_is_not_a_finding(self):
        inside = os.path.join(self.build, "secret-scan", "ledger.tsv")
        self.write(inside, ledger_text())
        rc, out = self.scan(ledger=inside)
        self.assertEqual(rc, 0, out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
