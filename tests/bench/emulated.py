"""Rows of the tvpair benchmark under qemu-user (bench.py --only display-aarch64; README.md, figure 8a).

Indicative only: TCG user-mode emulation of an ARM build (packaging/cross-build.sh arm64 --bench,
build-arm64) on the build machine. Every figure is the emulator's; only the ratio of tvpair to its
baseline under the SAME emulator in the same run compares with the native rows.

- Real display (display.py's rows 8): the ARM `tvpair` and the ARM bare window of `tvpair_bench_ui
  bare` both start through `--emulator` (e.g. `qemu-aarch64-static -L /srv/tvpair-sysroot-arm64`),
  interleaved, on the same private Xvfb with Qt's xcb platform; Xvfb, xev, the screen grabber and
  zbarimg stay native. With `-L <root>` Qt is told where the root's plugins and QML modules are
  (qemu 7.2's -L does not cover faccessat()/statx(); packaging/toolchains/debian-cross-common.cmake).
- Headless start→`user_code` (rows 1a): `tvpair --headless` against the sandbox, cold cache, fresh
  store, beside ONE ARM `curl` process doing both requests (`--next`), spawn → exit, both through the
  emulator, interleaved. The curl is the root's (`<root>/usr/bin/curl`, from `cross-build.sh --bench`).
"""
import os
import re
import shlex
import subprocess
import tempfile
import time

from display import bench_display, display_rows
from benchlib import stats as _stats, time_to_line

LABEL = "qemu-aarch64 (TCG user-mode, indicative)"
TRIPLETS = {"aarch64": "aarch64-linux-gnu", "arm": "arm-linux-gnueabihf"}


def emulated_target(a):
    """{"build", "launcher", "env", "root", ...} for display.bench_display, or {"error": one line}."""
    launcher = shlex.split(a.emulator or "")
    if not launcher:
        return {"error": "--emulator is empty (e.g. 'qemu-aarch64-static -L /srv/tvpair-sysroot-arm64')"}
    if not os.path.isfile(os.path.join(a.target_build, "app", "tvpair")):
        return {"error": f"no ARM build in {a.target_build} (bash packaging/cross-build.sh arm64 --bench)"}
    m = re.match(r"qemu-(aarch64|arm)", os.path.basename(launcher[0]))
    root = launcher[launcher.index("-L") + 1] if "-L" in launcher[:-1] else ""
    env = {}
    if root and m:
        qt = os.path.join(root, "usr", "lib", TRIPLETS[m.group(1)], "qt6")
        env = {"QT_PLUGIN_PATH": os.path.join(qt, "plugins"), "QML_IMPORT_PATH": os.path.join(qt, "qml")}
    # Emulated start-up takes seconds: longer runs, and captures every 0.25 s (1080p grey frames
    # are 2 MB each; the content arrives seconds in, so 0.1 s resolution buys nothing here).
    return {"build": a.target_build, "launcher": launcher, "env": env, "root": root,
            "hold": a.emu_hold, "tail": a.emu_tail, "every": 0.25}


def _spawn_to_line(cmd, env, needle, timeout):
    return time_to_line(cmd, env, needle, timeout)[0]


def bench_headless_emulated(a, sb, cfg, tmp, target, client, scope):
    """Spawn → the `user_code` line of the ARM tvpair --headless, beside one ARM curl doing both requests."""
    curl = os.path.join(target["root"] or "/", "usr", "bin", "curl")
    tvpair = os.path.join(target["build"], "app", "tvpair")
    env = dict(os.environ, **target["env"])
    for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(k, None)
    res = {"cold": [], "curl1": []}
    for _ in range(a.runs):
        env["XDG_CACHE_HOME"] = tempfile.mkdtemp(dir=tmp)
        res["cold"].append(_spawn_to_line(target["launcher"] + [tvpair, "--headless", "--config", cfg, "--store",
                                                                 tempfile.mkdtemp(dir=tmp)], env, '"user_code"', 120))
        if os.access(curl, os.X_OK):
            t0 = time.monotonic()
            r = subprocess.run(target["launcher"] + [curl, "-s", "-o", "/dev/null", sb.issuer + "/.well-known/openid-configuration",
                                                     "--next", "-s", "-o", "/dev/null", "-X", "POST", "-d", f"client_id={client}",
                                                     "--data-urlencode", f"scope={scope}", sb.issuer + "/device/auth"])
            res["curl1"].append(time.monotonic() - t0 if r.returncode == 0 else None)
    out = {k: _stats(v) for k, v in res.items()}
    if not os.access(curl, os.X_OK):
        out["error_curl"] = f"no ARM curl at {curl} (cross-build.sh arm64 --bench puts it into the sysroot)"
    return out


def bench_emulated(a, sb, cfg, tmp, client, scope, log):
    target = emulated_target(a)
    if "error" in target:
        return target
    log(f"1a. headless start → user_code under {' '.join(target['launcher'])}")
    H = bench_headless_emulated(a, sb, cfg, tmp, target, client, scope)
    log(f"8a. real display (Xvfb, xcb) under {' '.join(target['launcher'])}, {target['hold']} s per run")
    D = bench_display(a, sb, cfg, tmp, None, target)
    return {"emulator": target["launcher"], "headless": H, "display": D}


def emulated_rows(E, a, add, fmt, ratio):
    if not E or "error" in E:
        add(f"8a. {LABEL}", (E or {}).get("error", "not run"), "—", None, "(info)", None)
        return
    H = E["headless"]
    r = ratio(H["cold"], H["curl1"])
    add(f"1a. {LABEL}: start→user_code, cold cache, vs ONE curl process (ARM, same emulator), spawn→exit",
        fmt(H["cold"], "ms", 1000), fmt(H["curl1"], "ms", 1000) if H.get("curl1") else H.get("error_curl", "—"),
        r, "(info; ≤ 1.2× native)", None)
    display_rows(E["display"], a, add, fmt, ratio, tag=f"8a. {LABEL}, xcb", indicative=True)
