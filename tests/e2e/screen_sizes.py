#!/usr/bin/env python3
"""The real tvpair window takes the X screen it opens on (ctest: e2e_screen_sizes).

For each screen size a private Xvfb of that size, a private sandbox and tvpair with no window
manager (a TV's X kiosk): the window must cover the whole screen, and the QR code decoded
(zbarimg) from a capture of the real screen (`import -window root`) must be exactly the
verification URI complete the sandbox issued, <issuer>/device?user_code=<CODE>, for a code the
sandbox holds as live (its own device page confirms the code; nothing is approved).
A window that stays 1920x1080 on a 1280x720 screen leaves the QR code off-screen and fails.

Usage: screen_sizes.py --tvpair BIN --source SRC_DIR --artifacts DIR [--sizes 1280x720,1920x1080]
Exit 0 when every check passes, else 1 with one line "FAIL <size>: <reason>" on stderr.
"""
import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("journey", os.path.join(HERE, "journey.py"))
journey = importlib.util.module_from_spec(spec)
spec.loader.exec_module(journey)
check, log, CheckFailed = journey.check, journey.log, journey.CheckFailed


def window_geometry(world):
    """(x, y, width, height) of the tvpair window as the X server has it."""
    r = subprocess.run(["xdotool", "getwindowgeometry", "--shell", world.win], env=world.env,
                       capture_output=True, text=True, timeout=10)
    values = dict(line.split("=", 1) for line in r.stdout.split() if "=" in line)
    return tuple(int(values.get(k, -1)) for k in ("X", "Y", "WIDTH", "HEIGHT"))


def image_size(path):
    r = subprocess.run(["identify", "-format", "%w %h", path], capture_output=True, text=True, timeout=30)
    w, h = r.stdout.split()
    return int(w), int(h)


def server_holds_code(issuer, qr):
    """The sandbox's device page, opened at the QR's address and its form sent on without
    confirming, names the code back: the server holds it as a live, unused device code."""
    phone = journey.Browser()
    url, status, body = phone.fetch(qr)
    forms = journey.FormParser()
    forms.feed(body)
    check(len(forms.forms) == 1, f"device page at the QR's address has {len(forms.forms)} forms (HTTP {status})")
    form = forms.forms[0]
    values = {i["name"]: i["value"] for i in form["inputs"] if i["name"] and i["type"] == "hidden"}
    action = urllib.parse.urljoin(url, form["action"] or url)
    _, status, body = phone.fetch(action, values)
    m = re.search(r"<code>([A-Z-]+)</code>", body)
    return m.group(1) if m else None


def one_size(args, size):
    width, height = (int(v) for v in size.split("x"))
    with journey.World(args, f"screen_{size}", [], screen_size=size) as world:
        world.start_app(1)
        shot = world.screen.wait_for("signin", lambda s: len(s.qr) == 1, 30,
                                     f"one QR code on the {size} screen")
        qr = shot.qr[0]
        check(image_size(shot.path) == (width, height), f"the capture is not {size}")
        m = journey.CODE_RE.search(qr)
        check(m is not None, "the QR code holds no user_code")
        code = m.group(1)
        check(qr == f"{world.issuer}/device?user_code={code}",
              f"QR payload is not exactly <issuer>/device?user_code=<CODE> (got host/path "
              f"{urllib.parse.urlsplit(qr)[1:3]})")
        check(server_holds_code(world.issuer, qr) == code, "the sandbox does not hold the QR's code as live")
        geometry = window_geometry(world)
        check(geometry == (0, 0, width, height), f"the window is at {geometry}, not the whole {size} screen")
        log(f"{size}: window {geometry[2]}x{geometry[3]} at 0,0; QR on the captured screen is the "
            f"verification URI complete of a live code")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tvpair", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--artifacts", required=True)
    ap.add_argument("--sizes", default="1280x720,1920x1080")
    args = ap.parse_args()
    args.artifacts = os.path.abspath(args.artifacts)
    os.makedirs(args.artifacts, exist_ok=True)
    for tool in ("Xvfb", "xdotool", "import", "identify", "zbarimg", "node"):
        if not shutil.which(tool):
            print(f"FAIL setup: {tool} not found (install xvfb xdotool imagemagick zbar-tools nodejs)",
                  file=sys.stderr)
            return 1
    for size in args.sizes.split(","):
        t0 = time.time()
        try:
            one_size(args, size)
        except CheckFailed as e:
            print(f"FAIL {size}: {e}", file=sys.stderr)
            return 1
        except Exception as e:  # a tool or the sandbox broke: still one line
            print(f"FAIL {size}: {type(e).__name__}: {e}", file=sys.stderr)
            return 1
        log(f"PASS {size} ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
