#!/usr/bin/env python3
"""Host side of packaging/vm-test.sh: watches the guest's serial log, takes screenshots through
QMP `screendump`, decodes the QR code (zbarimg), reads text (tesseract, when installed), sends
remote keys through QMP `send-key` (PS/2 keyboard -> evdev /dev/input/event* in the guest) and
checks that the screen reacted. One result line per platform on stdout ("RESULT <platform>
PASS|FAIL <what>"); details on stderr. Never prints device codes or tokens (only user codes).

Key path under test: QEMU PS/2 -> atkbd -> evdev -> libinput (Qt's eglfs/linuxfb input) -> xkb ->
QKeyEvent -> tvpair's RemoteKeyFilter (key map: F2 = Green, F3 = Yellow, Return = Ok,
Escape/Back = Back) -> QML.
"""
import argparse
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import time
import zlib


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class Qmp:
    def __init__(self, path, timeout=300):
        end = time.time() + timeout
        while True:
            try:
                self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.s.connect(path)
                break
            except OSError:
                if time.time() > end:
                    raise
                time.sleep(0.5)
        self.f = self.s.makefile("rwb", buffering=0)
        self._read()  # greeting
        self.cmd("qmp_capabilities")

    def _read(self):
        while True:
            line = self.f.readline()
            if not line:
                raise RuntimeError("QMP closed")
            msg = json.loads(line)
            if "event" in msg:
                continue
            return msg

    def cmd(self, name, **args):
        req = {"execute": name}
        if args:
            req["arguments"] = args
        self.f.write((json.dumps(req) + "\n").encode())
        r = self._read()
        if "error" in r:
            raise RuntimeError(f"QMP {name}: {r['error']}")
        return r.get("return")


def read_ppm(path):
    with open(path, "rb") as f:
        data = f.read()
    # P6\n<w> <h>\n255\n<rgb...>
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    if not m:
        raise ValueError(f"not a P6 PPM: {path}")
    w, h = int(m.group(1)), int(m.group(2))
    return w, h, data[m.end():m.end() + w * h * 3]


def write_png(path, w, h, rgb):
    raw = b"".join(b"\x00" + rgb[y * w * 3:(y + 1) * w * 3] for y in range(h))

    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def changed_pixels(a, b):
    """Pixels whose largest channel difference is > 48 (the blinking status dot and the
    countdown change a few hundred pixels a second; a dialog, the help or a focus ring far more)."""
    if a is None or b is None or a[0:2] != b[0:2]:
        return 1 << 30
    w = a[0] * 3
    pa, pb = a[2], b[2]
    n = 0
    for y in range(0, a[1]):
        ra, rb = pa[y * w:(y + 1) * w], pb[y * w:(y + 1) * w]
        if ra == rb:
            continue
        for i in range(0, w, 3):
            if ra[i:i + 3] != rb[i:i + 3] and max(abs(ra[i] - rb[i]), abs(ra[i + 1] - rb[i + 1]),
                                                   abs(ra[i + 2] - rb[i + 2])) > 48:
                n += 1
    return n


class Guest:
    def __init__(self, args):
        self.a = args
        self.qmp = Qmp(args.qmp, timeout=120)
        self.shots = 0

    def serial(self):
        try:
            with open(self.a.serial, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    def wait_serial(self, pattern, timeout, since=0):
        end = time.time() + timeout
        rx = re.compile(pattern)
        while time.time() < end:
            s = self.serial()
            m = rx.search(s, since)
            if m:
                return m
            time.sleep(1)
        return None

    def shot(self, name):
        self.shots += 1
        ppm = os.path.join(self.a.out, f"{name}.ppm")
        png = os.path.join(self.a.out, f"{name}.png")
        self.qmp.cmd("screendump", filename=os.path.abspath(ppm))
        img = read_ppm(ppm)
        write_png(png, *img)
        os.unlink(ppm)
        return img, png

    def qr(self, png):
        if not shutil.which("zbarimg"):
            return None
        r = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", png],
                           capture_output=True, text=True)
        out = r.stdout.strip()
        return out or None

    def ocr(self, png):
        if not shutil.which("tesseract"):
            return None
        r = subprocess.run(["tesseract", png, "-", "--psm", "3"], capture_output=True, text=True)
        return " ".join(r.stdout.split())

    def key(self, *qcodes, hold=150):
        self.qmp.cmd("send-key", keys=[{"type": "qcode", "data": q} for q in qcodes], **{"hold-time": hold})


def run_platform(g, plat, issuer_re, since):
    a = g.a
    checks = []
    fail = []

    def ok(what):
        checks.append(what)
        log(f"{plat}: ok   {what}")

    def bad(what):
        fail.append(what)
        log(f"{plat}: FAIL {what}")

    m = g.wait_serial(rf"TVPAIR-VM: start {re.escape(plat)} ", a.boot_timeout, since)
    if not m:
        bad(f"guest did not start {plat} within {a.boot_timeout} s")
        return False, checks, fail, since
    since = m.end()
    t0 = time.time()
    log(f"{plat}: started in the guest")

    def screen_until(name, pred, timeout, interval=4):
        """Screenshots until pred(img, png) is true; returns (img, png, value) or (img, png, None)."""
        end = time.time() + timeout
        img = png = None
        while True:
            ended = re.compile(rf"TVPAIR-VM: end {re.escape(plat)} rc=(\d+)").search(g.serial(), since)
            img, png = g.shot(name)
            v = pred(img, png)
            if v:
                return img, png, v
            if ended or time.time() > end:
                return img, png, None
            time.sleep(interval)

    def qr_code(img, png):
        p = g.qr(png)
        if not p:
            return None
        mm = issuer_re.fullmatch(p)
        if not mm:
            log(f"{plat}: QR payload not of the expected form: {p!r}")
            return None
        return mm.group(1)

    # 1. sign-in screen with a QR code: <issuer>/device?user_code=<CODE>
    img1, png1, code1 = screen_until(f"{plat}-1-signin", qr_code, a.first_timeout, interval=8)
    if not code1:
        bad(f"no QR code of the form {a.issuer}/device?user_code=<CODE> within {a.first_timeout} s ({os.path.basename(png1)})")
        stop(g)
        return False, checks, fail, since
    ok(f"QR = {a.issuer}/device?user_code={code1} after {time.time() - t0:.0f} s ({os.path.basename(png1)})")
    # Noise level: two screenshots a little apart without a key.
    time.sleep(2)
    imgn, _ = g.shot(f"{plat}-1b-idle")
    noise = changed_pixels(img1, imgn)
    thr = max(2000, 4 * noise)
    log(f"{plat}: idle change {noise} px, threshold {thr} px")

    # 2. Yellow (F3 through the key map) -> help overlay; the QR is covered.
    def overlay_over(base, pattern, flags=0):
        """A screen that differs from base and whose OCR text matches pattern."""
        def shown(img, png):
            if changed_pixels(base, img) < thr:
                return None
            t = g.ocr(png)
            if t is None:
                return "changed (no OCR)"
            return t if re.search(pattern, t, flags) else None
        return shown

    g.key("f3")
    imgh, pngh, txt = screen_until(f"{plat}-2-help-yellow", overlay_over(img1, r"Yellow|this help|Keyboard", re.I), a.key_timeout)
    if txt:
        ok(f"F3 (Yellow) -> help overlay ({os.path.basename(pngh)}; OCR: {txt[:80]!r})")
    else:
        bad(f"F3 (Yellow): no help overlay within {a.key_timeout} s ({os.path.basename(pngh)})")

    # 3. Escape (Back) closes it: the same code again.
    g.key("esc")
    _, png3, code3 = screen_until(f"{plat}-3-help-closed-esc", lambda i, p: qr_code(i, p) if changed_pixels(imgh, i) >= thr else None, a.key_timeout)
    if code3 == code1:
        ok(f"Escape (Back) closes the help, same code {code3}")
    else:
        bad(f"Escape (Back): expected the sign-in screen with {code1}, got {code3} ({os.path.basename(png3)})")

    def new_code_after(key, step, what, old):
        """Press key; the QR must show a code other than old. Returns (screenshot, code or None)."""
        g.key(key)
        img, png, code = screen_until(f"{plat}-{step}", lambda i, p: (lambda c: c if c and c != old else None)(qr_code(i, p)), a.key_timeout)
        if code:
            ok(f"{what} -> new code {code} ({os.path.basename(png)})")
        else:
            bad(f"{what}: no new code within {a.key_timeout} s ({os.path.basename(png)})")
        return img, code

    # 4. Return (Ok on the focused "Get a new code") -> a new code.
    _, code4 = new_code_after("ret", "4-newcode-return", "Return (Ok)", code1)
    prev = code4 or code1
    # 5. Green (F2 through the key map) -> another new code.
    img5, code5 = new_code_after("f2", "5-newcode-green", "F2 (Green)", prev)

    # 6. KEY_BACK (the remote's Back: QEMU qcode ac_back -> evdev KEY_BACK) -> exit dialog, focus on Stay.
    g.key("ac_back")
    imgd, pngd, txt = screen_until(f"{plat}-6-exit-dialog-back", overlay_over(img5, r"Leave|Stay"), a.key_timeout)
    if txt:
        ok(f"KEY_BACK -> exit dialog ({os.path.basename(pngd)}; OCR: {txt[:60]!r})")
    else:
        bad(f"KEY_BACK: no exit dialog within {a.key_timeout} s ({os.path.basename(pngd)})")

    # 7. Right moves the focus to Leave, Left back to Stay (focus ring moves). Only with the
    # dialog open; without it Escape opens it (Qt's keymaps all know KEY_ESC).
    if not txt:
        g.key("esc")
        imgd, pngd, txt = screen_until(f"{plat}-6b-exit-dialog-esc", dialog_shown, a.key_timeout)
        (ok if txt else bad)(f"Escape (instead of KEY_BACK) -> exit dialog ({os.path.basename(pngd)})")
    if txt:
        # Focus-ring threshold from the dialog's own idle change (the dimmed countdown behind it).
        time.sleep(2)
        imgdn, _ = g.shot(f"{plat}-6c-dialog-idle")
        fthr = max(3000, 2 * changed_pixels(imgd, imgdn))
        log(f"{plat}: dialog idle change {changed_pixels(imgd, imgdn)} px, focus threshold {fthr} px")
        g.key("right")
        imgr, pngr, v = screen_until(f"{plat}-7-dialog-right", lambda i, p: changed_pixels(imgd, i) >= fthr, a.key_timeout)
        (ok if v else bad)(f"Right -> focus moved to Leave ({changed_pixels(imgd, imgr)} px changed)")
        g.key("left")
        imgl, pngl, v = screen_until(f"{plat}-8-dialog-left", lambda i, p: changed_pixels(imgr, i) >= fthr, a.key_timeout)
        (ok if v else bad)(f"Left -> focus back on Stay ({changed_pixels(imgr, imgl)} px changed, {changed_pixels(imgd, imgl)} px from the first dialog shot)")
        # 8. Return on Stay closes the dialog: the code is still there.
        g.key("ret")
        _, png9, code9 = screen_until(f"{plat}-9-dialog-stay-return", qr_code, a.key_timeout)
        if code9 == (code5 or prev):
            ok(f"Return on Stay -> back to sign-in, code {code9}")
        else:
            bad(f"Return on Stay: expected code {code5 or prev}, got {code9} ({os.path.basename(png9)})")
    # 9. Escape, Right, Return = Leave: the app quits with status 0.
    g.key("esc")
    time.sleep(a.step_pause)
    screen_until(f"{plat}-10-dialog-again", lambda i, p: changed_pixels(img5, i) >= thr, a.key_timeout)
    g.key("right")
    time.sleep(a.step_pause)
    screen_until(f"{plat}-11-dialog-leave-focused", lambda i, p: changed_pixels(imgd, i) >= 3000, a.key_timeout)
    g.key("ret")
    m = g.wait_serial(rf"TVPAIR-VM: end {re.escape(plat)} rc=(\d+)", a.key_timeout + 30, since)
    if m and m.group(1) == "0":
        ok("Escape, Right, Return (Leave) -> tvpair exited 0")
    else:
        bad(f"Leave: tvpair did not exit 0 ({'rc=' + m.group(1) if m else 'still running'})")
        if not m:
            stop(g)
            m = g.wait_serial(rf"TVPAIR-VM: end {re.escape(plat)} rc=(\d+)", 60, since)
    if m:
        since = m.end()
    return not fail, checks, fail, since


def stop(g):
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.connect(g.a.ctl)
            s.sendall(b"stop\n")
    except OSError as e:
        log(f"control channel: {e}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qmp", required=True)
    ap.add_argument("--ctl", required=True)
    ap.add_argument("--serial", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--issuer", required=True)
    ap.add_argument("--platforms", default="linuxfb,eglfs")
    ap.add_argument("--boot-timeout", type=int, default=900)
    ap.add_argument("--first-timeout", type=int, default=600)
    ap.add_argument("--key-timeout", type=int, default=180)
    ap.add_argument("--step-pause", type=float, default=3)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    issuer_re = re.compile(re.escape(a.issuer) + r"/device\?user_code=([A-Z0-9-]+)")
    g = Guest(a)
    since = 0
    results = []
    for plat in a.platforms.split(","):
        t = time.time()
        try:
            passed, checks, fail, since = run_platform(g, plat, issuer_re, since)
        except Exception as e:  # noqa: BLE001 - report and go on with the next platform
            passed, checks, fail = False, [], [f"driver error: {e}"]
            log(f"{plat}: {e}")
            stop(g)
        what = "; ".join(fail if not passed else checks)
        line = f"RESULT {plat} {'PASS' if passed else 'FAIL'} ({time.time() - t:.0f} s) {what}"
        print(line, flush=True)
        results.append(passed)
    g.wait_serial(r"TVPAIR-VM: all done", 120, since)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
