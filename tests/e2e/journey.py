#!/usr/bin/env python3
"""tvpair end-to-end journeys: the real app window under a private Xvfb, a private sandbox,
the sandbox's own HTML sign-in pages driven by a cookie-jar HTTP client, remote keys sent with
xdotool, and checks made only on what is on screen (tesseract OCR, zbarimg QR decoding).

Usage: journey.py --tvpair BIN --source SRC_DIR --artifacts DIR [--journey approved|denied|expired|all]

Needs: Xvfb (xvfb), xdotool, import (imagemagick), zbarimg (zbar-tools), tesseract
(tesseract-ocr, tesseract-ocr-eng), node. Python stdlib only.
Screenshots: <artifacts>/<journey>_<step>.png (names never contain a code or a token).
Exit 0 when every check passes, else 1 with one line "FAIL <journey>: <reason>" on stderr.
Never prints a token, cookie or password.
"""
import argparse
import http.cookiejar
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

APP_NAME = "tvpair e2e"
# Cross builds (packaging/cross-build.sh): tvpair is an ARM binary started through the emulator
# that ctest names in TVPAIR_TEST_LAUNCHER (tests/CMakeLists.txt), and every wait for the app is
# stretched by TVPAIR_E2E_TIMEOUT_FACTOR (emulated code is several times slower). Native: 1.
LAUNCHER = os.environ.get("TVPAIR_TEST_LAUNCHER", "").split()
SLOW = max(1.0, float(os.environ.get("TVPAIR_E2E_TIMEOUT_FACTOR", "1") or 1))
CODE_RE = re.compile(r"user_code=([A-Za-z0-9-]+)")


class CheckFailed(Exception):
    pass


def check(cond, reason):
    if not cond:
        raise CheckFailed(reason)


def log(msg):
    print(msg, flush=True)


# ---------------------------------------------------------------- processes

class Procs:
    """Every child we start, stopped (by pid, process group of its own) at the end."""

    def __init__(self):
        self.items = []  # (name, Popen)

    def start(self, name, argv, **kw):
        p = subprocess.Popen(argv, start_new_session=True, **kw)
        self.items.append((name, p))
        return p

    def stop(self, p, grace=5.0):
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                p.wait(grace)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait(5)
        self.items = [(n, q) for (n, q) in self.items if q is not p]

    def stop_all(self):
        for _, p in reversed(list(self.items)):
            try:
                self.stop(p)
            except Exception:
                pass


def read_line(p, fd, timeout, what):
    """One line from a child's pipe within timeout seconds."""
    deadline = time.time() + timeout
    buf = b""
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            buf += chunk
            if b"\n" in buf:
                return buf.split(b"\n", 1)[0].decode()
        elif p.poll() is not None:
            break
    raise CheckFailed(f"{what}: no ready line within {timeout}s (exit {p.poll()})")


# ---------------------------------------------------------------- HTTP + HTML forms

class FormParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms = []
        self.cur = None
        self.in_button = False
        self.title = ""
        self.in_title = False
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "title":
            self.in_title = True
        elif tag == "form":
            self.cur = {"id": a.get("id", ""), "action": a.get("action", ""),
                        "method": (a.get("method") or "get").lower(), "inputs": [], "buttons": []}
            self.forms.append(self.cur)
        elif tag == "input" and self.cur is not None:
            self.cur["inputs"].append({"name": a.get("name"), "type": (a.get("type") or "text").lower(),
                                       "value": a.get("value") or ""})
            if (a.get("type") or "").lower() == "submit":
                self.cur["buttons"].append(a.get("value") or "")
        elif tag == "button" and self.cur is not None:
            self.in_button = True
            self.cur["buttons"].append("")

    def handle_endtag(self, tag):
        if tag == "form":
            self.cur = None
        elif tag == "button":
            self.in_button = False
        elif tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_button and self.cur is not None:
            self.cur["buttons"][-1] += data.strip()
        if self.in_title:
            self.title += data.strip()


class Browser:
    """The viewer's phone: a cookie jar, forms followed like a browser without JavaScript."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def fetch(self, url, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers={"User-Agent": "tvpair-e2e-phone"})
        try:
            with self.opener.open(req, timeout=20) as r:
                return r.geturl(), r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.geturl(), e.code, e.read().decode("utf-8", "replace")

    def follow(self, url, username, password, choice):
        """Open url and submit forms until a page has no form. choice: "Allow" or "Deny".
        Returns (final page title, final body, list of step titles)."""
        steps = []
        cur_url, status, body = self.fetch(url)
        for _ in range(12):
            p = FormParser()
            p.feed(body)
            steps.append(f"{p.title or '?'}[{status}]")
            if not p.forms:
                return p.title, body, steps
            form = None
            values = {}
            login = [f for f in p.forms if any(i["type"] == "password" for i in f["inputs"])]
            if login:
                form = login[0]
                for i in form["inputs"]:
                    if i["type"] == "password":
                        values[i["name"]] = password
                    elif i["type"] == "text":
                        values[i["name"]] = username
            else:
                for want in (choice, "Continue", "Confirm", "Submit"):
                    for f in p.forms:
                        if any(b.lower() == want.lower() for b in f["buttons"]):
                            form = f
                            break
                    if form:
                        break
            if form is None:
                raise CheckFailed(f"phone: no form to follow on page '{p.title}' (buttons: "
                                  f"{[f['buttons'] for f in p.forms]})")
            for i in form["inputs"]:
                if i["name"] and i["name"] not in values and i["type"] in ("hidden", "text", "submit"):
                    values[i["name"]] = i["value"]
            action = urllib.parse.urljoin(cur_url, form["action"] or cur_url)
            if form["method"] == "post":
                cur_url, status, body = self.fetch(action, values)
            else:
                cur_url, status, body = self.fetch(action + "?" + urllib.parse.urlencode(values))
            if any(b.lower() == "deny" for b in form["buttons"]):
                p = FormParser()
                p.feed(body)
                steps.append(f"(Deny) {p.title or '?'}[{status}]")
                return p.title, body, steps  # the page after Deny offers a code form again: stop here
        raise CheckFailed("phone: too many pages, sign-in pages loop")


def get_json(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read().decode())


# ---------------------------------------------------------------- screen

class Screen:
    def __init__(self, procs, work, artifacts, journey, env):
        self.procs = procs
        self.artifacts = artifacts
        self.journey = journey
        self.env = env
        self.work = work

    def shot(self, step):
        path = os.path.join(self.artifacts, f"{self.journey}_{step}.png")
        subprocess.run(["import", "-display", self.env["DISPLAY"], "-window", "root", path],
                       check=True, env=self.env, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path

    def qr(self, path):
        """Decoded QR payloads on the screenshot (list, empty when none)."""
        r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", path],
                           capture_output=True, text=True, timeout=60)
        return [l for l in r.stdout.splitlines() if l.strip()]

    # The letters a user code can hold (RFC 8628 base-20 alphabet, as the sandbox issues).
    CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ-"

    def ocr(self, path, scale=100, letters=None):
        """Text on the screenshot. Light text on a dark background: grey + negate for tesseract
        (sparse-text mode, one thread: several times faster on a busy 2-core machine).
        `letters` limits what tesseract may read (CODE_LETTERS: it then cannot read the big code's
        Q as O or T as I); `scale` shrinks the screenshot first (percent): tesseract drops a
        trailing J of the 120 px bold code at one scale and reads it at another."""
        prep = os.path.join(self.work, "ocr.png")
        resize = ["-resize", f"{scale}%"] if scale != 100 else []
        subprocess.run(["convert", path, "-colorspace", "Gray"] + resize + ["-negate", prep], check=True, timeout=60)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        limit = ["-c", f"tessedit_char_whitelist={letters}"] if letters else []
        r = subprocess.run(["tesseract", prep, "stdout", "--psm", "11"] + limit, capture_output=True, text=True,
                           timeout=120, env=env)
        return r.stdout

    def wait_for(self, step, pred, timeout, what):
        """Screenshot until pred(shot) holds (shot.path, shot.text = OCR on first use, shot.qr =
        decoded QR payloads on first use); the last screenshot is kept as <journey>_<step>.png."""
        timeout *= SLOW
        deadline = time.time() + timeout
        while True:
            shot = Shot(self, self.shot(step))
            if pred(shot):
                return shot
            if time.time() > deadline:
                seen = " ".join(shot.text.split())[:160]
                raise CheckFailed(f"{what} not on screen within {timeout}s (step {step}; OCR saw: {seen!r})")
            time.sleep(0.5)

    def key(self, *keys):
        for k in keys:
            subprocess.run(["xdotool", "key", "--delay", "80", k], env=self.env, check=True, timeout=10)
            time.sleep(0.6)


class Shot:
    def __init__(self, screen, path):
        self.screen, self.path = screen, path
        self._text = self._qr = None
        self._code_text = {}

    @property
    def text(self):
        if self._text is None:
            self._text = self.screen.ocr(self.path)
        return self._text

    # Scales for the code-only OCR passes, tried in turn after the plain pass. Measured on 200
    # random codes drawn into a real screenshot in the sign-in font (DejaVu Sans Bold, 120 px):
    # the plain pass missed 8 (4 %), most of them codes with a J; the 100 % and the 50 % passes
    # each missed one, the same one, which the 75 % pass read. A CI run once failed on a code
    # ending in J that the plain and 100 % passes could not read on any screenshot.
    CODE_SCALES = (100, 75, 50)

    def shows_code(self, code):
        """The code is readable on this screenshot: by the plain OCR pass, else by one of the
        code-only passes (run only when needed; each takes a second or two)."""
        if code_on_screen(self.text, code):
            return True
        for scale in self.CODE_SCALES:
            if scale not in self._code_text:
                self._code_text[scale] = self.screen.ocr(self.path, scale, Screen.CODE_LETTERS)
            if code_on_screen(self._code_text[scale], code):
                return True
        return False

    @property
    def qr(self):
        if self._qr is None:
            self._qr = self.screen.qr(self.path)
        return self._qr


def has(text, phrase):
    return " ".join(phrase.lower().split()) in " ".join(text.lower().split())


# What tesseract reads for a letter of the code that no code holds, and the letter it was. The
# code alphabet has no vowels, no digits and no brackets (BCDFGHJKLMNPQRSTVWXZ), so each of these
# can only be that letter; a different code still never matches. Q is read as O or 0 now and then.
# The bold J, whose hook hangs below the baseline, is read as } or ) (and once as ]): of 152
# codes, each with a J, rendered by Qt in the sign-in font and read by the plain pass, 17 failed
# on a J read so; CI failed twice on such a code (LVTP-QMQ}, WPLV-MG}}), once when no code-only
# pass read it either (they dropped one J of JJ).
OCR_AS_CODE_LETTER = str.maketrans({"0": "Q", "O": "Q", "}": "J", ")": "J", "]": "J"})


def code_on_screen(text, code):
    # Vowels are dropped: tesseract sees an I between J and R, and no code holds one.
    squashed = re.sub(r"[^A-Z]", "", text.upper().translate(OCR_AS_CODE_LETTER))
    squashed = re.sub(r"[AEIUY]", "", squashed)
    return code.replace("-", "").upper() in squashed


# ---------------------------------------------------------------- one journey's world

class World:
    def __init__(self, args, journey, sandbox_args, screen_size="1920x1080"):
        self.args = args
        self.screen_size = screen_size  # the Xvfb screen, WIDTHxHEIGHT
        self.journey = journey
        self.procs = Procs()
        self.work = os.path.join(args.artifacts, f"work-{journey}")
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        self.store = os.path.join(self.work, "store")
        os.makedirs(self.store)
        self.sandbox_args = sandbox_args
        self.app = None

    def __enter__(self):
        # A with-statement runs __exit__ only once __enter__ has returned: stop what was started
        # when the start-up itself fails, so a failed journey leaves no sandbox or Xvfb behind.
        try:
            return self._start()
        except BaseException:
            self.procs.stop_all()
            raise

    def _start(self):
        # sandbox (test endpoints only for /test/active-refresh-tokens; approve/deny are never called)
        node = shutil.which("node") or "node"
        sb = self.procs.start("sandbox", [node, os.path.join(self.args.source, "tests/sandbox/server.js"),
                                          "--port", "0", "--test-endpoints",
                                          "--log", os.path.join(self.work, "sandbox-requests.jsonl")]
                              + self.sandbox_args,
                              stdout=subprocess.PIPE,
                              stderr=open(os.path.join(self.work, "sandbox.err"), "w"))
        ready = json.loads(read_line(sb, sb.stdout.fileno(), 30 * SLOW, "sandbox"))
        check(ready.get("ready"), "sandbox did not report ready")
        self.issuer = ready["issuer"]
        # Xvfb on a free display
        rfd, wfd = os.pipe()
        xv = self.procs.start("xvfb", ["Xvfb", "-displayfd", str(wfd), "-screen", "0", f"{self.screen_size}x24",
                                       "-nolisten", "tcp", "-noreset"],
                              pass_fds=(wfd,), stdout=subprocess.DEVNULL,
                              stderr=open(os.path.join(self.work, "xvfb.err"), "w"))
        os.close(wfd)
        display = read_line(xv, rfd, 30 * SLOW, "Xvfb").strip()
        os.close(rfd)
        # environment of the app: private XDG dirs, the X display, no offscreen platform, no desktop
        # session (a TV's X server: the window takes the whole screen)
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "TVPAIR_CONFIG", "DBUS_SESSION_BUS_ADDRESS",
                                 "XDG_CURRENT_DESKTOP")}
        for d in ("config", "cache", "data"):
            os.makedirs(os.path.join(self.work, "xdg", d), exist_ok=True)
        self.env.update({"DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb",
                         "XDG_CONFIG_HOME": os.path.join(self.work, "xdg/config"),
                         "XDG_CACHE_HOME": os.path.join(self.work, "xdg/cache"),
                         "XDG_DATA_HOME": os.path.join(self.work, "xdg/data"),
                         "QT_QUICK_BACKEND": os.environ.get("QT_QUICK_BACKEND", "software")})
        self.config = os.path.join(self.work, "config.json")
        with open(self.config, "w") as f:
            json.dump({"app_name": APP_NAME, "issuer": self.issuer, "client_id": "tv-app",
                       "scope": "openid offline_access profile products",
                       "allow_insecure_loopback": True,
                       "payment": {"provider": "cleeng", "base_url": self.issuer + "/payments/cleeng",
                                   "publisher_id": "123456789"}}, f, indent=2)
        self.screen = Screen(self.procs, self.work, self.args.artifacts, self.journey, self.env)
        return self

    def __exit__(self, *exc):
        self.procs.stop_all()
        return False

    def start_app(self, run):
        self.app = self.procs.start("tvpair", LAUNCHER + [self.args.tvpair, "--config", self.config, "--store", self.store],
                                    env=self.env, stdout=open(os.path.join(self.work, f"app{run}.out"), "w"),
                                    stderr=open(os.path.join(self.work, f"app{run}.err"), "w"))
        deadline = time.time() + 30 * SLOW
        while time.time() < deadline:
            check(self.app.poll() is None, f"tvpair exited with {self.app.returncode} at start (see app{run}.err)")
            r = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", APP_NAME], env=self.env,
                               capture_output=True, text=True)
            wins = r.stdout.split()
            if wins:
                self.win = wins[0]
                # no window manager: give the window the keyboard focus ourselves
                subprocess.run(["xdotool", "windowfocus", self.win], env=self.env, capture_output=True)
                subprocess.run(["xdotool", "mousemove", "960", "540"], env=self.env, capture_output=True)
                time.sleep(1.0)
                return
            time.sleep(0.3)
        raise CheckFailed(f"tvpair window did not appear within {30 * SLOW:.0f}s")

    def stop_app(self):
        if self.app:
            self.procs.stop(self.app)
            self.app = None

    def wait_signin_code(self, step, timeout=30, not_code=None):
        """Sign-in screen with a QR code; returns (code, qr payload). QR must be exactly
        <issuer>/device?user_code=<CODE> and OCR must find the same code."""
        expected_prefix = self.issuer + "/device?user_code="
        found = {}

        def pred(shot):
            payloads = shot.qr  # cheap first; OCR only when a QR code is there
            if len(payloads) != 1:
                return False
            m = CODE_RE.search(payloads[0])
            if not m or (not_code and m.group(1) == not_code):
                return False
            if not has(shot.text, "Sign in with your phone"):
                return False
            if not shot.shows_code(m.group(1)):
                return False
            found["qr"] = payloads[0]
            found["code"] = m.group(1)
            return True

        self.screen.wait_for(step, pred, timeout, "sign-in screen with a QR code and the same readable code"
                             + (" (a new one)" if not_code else ""))
        check(found["qr"] == expected_prefix + found["code"],
              f"QR payload is not exactly <issuer>/device?user_code=<CODE> (got host/path "
              f"{urllib.parse.urlsplit(found['qr'])[1:3]})")
        check(re.fullmatch(r"[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}", found["code"]) is not None,
              "user code on the QR is not XXXX-XXXX (base-20)")
        return found["code"], found["qr"]


# ---------------------------------------------------------------- journeys

def journey_approved(args):
    with World(args, "approved", []) as w:
        w.start_app(1)
        code, qr = w.wait_signin_code("signin")
        log("approved: sign-in screen shows a QR for <issuer>/device?user_code=<CODE>, same code readable")
        title, body, steps = Browser().follow(qr, "alice", "alice", "Allow")
        check('id="success"' in body, f"phone: did not reach the 'Signed in' page (pages: {' > '.join(steps)})")
        log(f"approved: phone pages: {' > '.join(steps)}")
        w.screen.wait_for("home", lambda s: has(s.text, "You have") and has(s.text, "Premium"), 30,
                          "home screen with 'You have' and 'Premium'")
        log("approved: TV shows 'You have' with Premium")
        if args.docs:
            os.makedirs(args.docs, exist_ok=True)
            shutil.copy(os.path.join(args.artifacts, "approved_signin.png"), os.path.join(args.docs, "signin.png"))
            shutil.copy(os.path.join(args.artifacts, "approved_home.png"), os.path.join(args.docs, "home.png"))
        check(get_json(f"{w.issuer}/test/active-refresh-tokens?account=alice")["active"] >= 1,
              "server holds no active refresh token for alice after sign-in")
        stored = sorted(os.listdir(w.store))
        log(f"approved: store after sign-in: {stored}")

        # restart with the same store: straight home, no code
        w.stop_app()
        w.start_app(2)
        shot = w.screen.wait_for("restart_home", lambda s: has(s.text, "You have") and has(s.text, "Premium"), 30,
                                       "home screen after restart")
        check(not has(shot.text, "Sign in with your phone"), "restart showed the sign-in screen")
        check(shot.qr == [], "restart: a QR code is on the home screen")
        log("approved: restart went home without a code (no sign-in text, no QR)")

        # Account (Blue = F4), then Sign out (Right to the button, OK), confirm (Right, OK)
        w.screen.key("F4")
        w.screen.wait_for("account", lambda s: has(s.text, "Signed in as") and has(s.text, "alice") and has(s.text, "Sign out"),
                          10, "Account screen")
        w.screen.key("Right", "Return")
        w.screen.wait_for("signout_confirm", lambda s: has(s.text, "Sign out of this TV"), 10,
                          "sign-out confirmation")
        w.screen.key("Right", "Return")
        w.screen.wait_for("signed_out", lambda s: has(s.text, "Sign in with your phone"), 20,
                          "the sign-in screen after sign-out")
        deadline = time.time() + 10 * SLOW
        while True:
            active = get_json(f"{w.issuer}/test/active-refresh-tokens?account=alice")["active"]
            if active == 0 or time.time() > deadline:
                break
            time.sleep(0.5)
        check(active == 0, f"server still honours {active} refresh token(s) of alice after sign-out")
        left = sorted(os.listdir(w.store))
        log(f"approved: signed out with keys only; alice active refresh tokens at server: 0; store now: {left}")
        check(not any(f.endswith(".sealed") for f in left), f"store still holds session entries: {left}")
        code2, _ = w.wait_signin_code("signed_out_code", timeout=30)
        check(code2 != code, "after sign-out the sign-in screen shows the old code")
        log("approved: sign-in screen with a new code is back")


def journey_denied(args):
    with World(args, "denied", []) as w:
        w.start_app(1)
        code, qr = w.wait_signin_code("signin")
        title, body, steps = Browser().follow(qr, "alice", "alice", "Deny")
        log(f"denied: phone pages: {' > '.join(steps)}")
        check('id="success"' not in body, "phone: Deny still reached the 'Signed in' page")
        w.screen.wait_for("declined", lambda s: has(s.text, "declined on the phone"), 20,
                          "the declined message")
        log("denied: TV shows 'Sign-in was declined on the phone'")
        w.screen.key("Return")  # OK = new code
        w.wait_signin_code("new_code", timeout=20, not_code=code)
        log("denied: OK gave a new code (QR and screen agree)")


def journey_expired(args):
    with World(args, "expired", ["--device-ttl", "8", "--interval", "1"]) as w:
        w.start_app(1)
        code, _ = w.wait_signin_code("first_code", timeout=20)
        w.wait_signin_code("renewed_code", timeout=30, not_code=code)
        log("expired: the code was replaced by a new one without a key press")


JOURNEYS = {"approved": journey_approved, "denied": journey_denied, "expired": journey_expired}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tvpair", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--artifacts", required=True)
    ap.add_argument("--journey", default="all", choices=["all"] + list(JOURNEYS))
    ap.add_argument("--docs", help="copy the sign-in and home screenshots here (approved journey)")
    args = ap.parse_args()
    args.artifacts = os.path.abspath(args.artifacts)
    os.makedirs(args.artifacts, exist_ok=True)
    for tool in ("Xvfb", "xdotool", "import", "convert", "zbarimg", "tesseract", "node"):
        if not shutil.which(tool):
            print(f"FAIL setup: {tool} not found (install xvfb xdotool imagemagick zbar-tools tesseract-ocr "
                  f"tesseract-ocr-eng nodejs)", file=sys.stderr)
            return 1

    def on_term(signum, frame):
        raise CheckFailed(f"killed by signal {signum} (timeout?)")
    signal.signal(signal.SIGTERM, on_term)

    names = list(JOURNEYS) if args.journey == "all" else [args.journey]
    for name in names:
        t0 = time.time()
        try:
            JOURNEYS[name](args)
        except CheckFailed as e:
            print(f"FAIL {name}: {e}", file=sys.stderr)
            return 1
        except Exception as e:  # a tool or the sandbox broke: still one line
            print(f"FAIL {name}: {type(e).__name__}: {e}", file=sys.stderr)
            return 1
        log(f"PASS {name} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
