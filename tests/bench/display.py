"""Real-display rows of the tvpair benchmark (bench.py --only display; see README.md, figure 8).

The way a viewer meets the app: a private Xvfb, Qt's `xcb` platform with its default scene graph
(OpenGL through Mesa llvmpipe under Xvfb, unless the app picks another), the real `tvpair` window
against the benchmark's sandbox on loopback, beside the bare Qt Quick window of `tvpair_bench_ui
bare` (same platform, same display) in the same run, interleaved.

- Top-level windows are seen mapping by `xev -root -event substructure` (each MapNotify line is
  timestamped as it arrives).
- The screen is captured every 100 ms (`tvpair_bench_grab`, screen_grab.cpp: 8-bit grey PGMs; the
  time of a capture is when it was complete, i.e. "visible by") until a capture shows the content (the
  latest one is checked every 0.5 s); the first capture with it is then searched for: tvpair's first capture that `zbarimg` decodes to
  the sandbox's verification URI, the bare window's first capture showing its white 120 px text.
- CPU while waiting: utime+stime from /proc over the last `tail` seconds of `hold` seconds after
  start (capturing has stopped by then); peak RSS = VmHWM just before the process is ended.
- Under an emulator (`target`, emulated.py: `--only display-aarch64`) the ARM tvpair and the ARM
  bare window both start through it (qemu-user: the emulated program is the qemu process itself, so
  its /proc figures include the translator); Xvfb, xev, the grabber and zbarimg stay native.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from benchlib import stats as _stats

CAPTURE_EVERY = 0.1


class Display:
    """A private Xvfb (black root) and an xev watching its top-level windows map."""

    def __init__(self, size="1920x1080"):
        rfd, wfd = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(wfd), "-screen", "0", f"{size}x24", "-br", "-nolisten", "tcp"],
                                     pass_fds=(wfd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(wfd)
        with os.fdopen(rfd) as r:
            self.name = ":" + r.readline().strip()
        env = dict(os.environ, DISPLAY=self.name)
        self.maps = []  # monotonic times of MapNotify events on the root's children
        self.lock = threading.Lock()
        self.xev = subprocess.Popen(["stdbuf", "-oL", "xev", "-root", "-event", "substructure"], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        threading.Thread(target=self._read_xev, daemon=True).start()

    def _read_xev(self):
        for line in self.xev.stdout:
            if line.startswith("MapNotify"):
                with self.lock:
                    self.maps.append(time.monotonic())

    def first_map_after(self, t0):
        with self.lock:
            return next((t for t in self.maps if t >= t0), None)

    def stop(self):
        for p in (self.xev, self.xvfb):
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()


class Capturer:
    """tvpair_bench_grab: the whole screen every 100 ms into numbered 8-bit grey PGMs until stopped."""

    def __init__(self, grabber, display, outdir, every=CAPTURE_EVERY):
        self.frames = []  # (monotonic time the capture was complete, path)
        self.proc = subprocess.Popen([grabber, outdir, "--every", str(int(every * 1000))],
                                     env=dict(os.environ, DISPLAY=display.name, QT_QPA_PLATFORM="xcb"),
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.proc.stdout:
            ns, path = line.split(" ", 1)
            self.frames.append((int(ns) / 1e9, path.strip()))

    def stop(self):
        self.proc.terminate()
        self.proc.wait()
        self.reader.join(5)


def _decodes(path, expect):
    r = subprocess.run(["zbarimg", "-q", "--raw", path], capture_output=True, text=True)
    return r.returncode == 0 and expect in r.stdout


def _white_text(path):
    with open(path, "rb") as f:
        data = f.read()
    return data.count(b"\xff") > 2000  # the bare window's white 120 px glyphs


def _first(frames, pred):
    """First frame satisfying pred; what is shown stays shown, so a binary search is enough."""
    lo, hi, found = 0, len(frames) - 1, None
    while lo <= hi:
        mid = (lo + hi) // 2
        if pred(frames[mid][1]):
            found, hi = mid, mid - 1
        else:
            lo = mid + 1
    return frames[found][0] if found is not None else None


def _cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _hwm_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


def _one_run(grabber, display, cmd, env, visible, hold, tail, tmp, every=CAPTURE_EVERY):
    frames_dir = tempfile.mkdtemp(dir=tmp)
    cap = Capturer(grabber, display, frames_dir, every)
    time.sleep(0.3)  # the grabber connected and capturing
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Capture until the latest capture shows the content (checked now and then, off the capture
    # cadence) or the waiting part starts; the first capture with it is searched for afterwards.
    checked = 0
    while time.monotonic() - t0 < hold - tail:
        time.sleep(0.5)
        frames = list(cap.frames)
        if len(frames) > checked:
            checked = len(frames)
            if visible(frames[-1][1]):
                break
    cap.stop()
    time.sleep(max(0.0, hold - tail - (time.monotonic() - t0)))
    hz = os.sysconf("SC_CLK_TCK")
    c0, w0 = _cpu_ticks(p.pid), time.monotonic()
    time.sleep(tail)
    c1, w1 = _cpu_ticks(p.pid), time.monotonic()
    hwm = _hwm_kb(p.pid)
    p.kill()
    p.wait()
    t_vis = _first(cap.frames, visible)
    t_map = display.first_map_after(t0)
    if t_vis is None and os.environ.get("BENCH_KEEP_FRAMES"):
        kept = shutil.copytree(frames_dir, tempfile.mkdtemp(prefix="tvpair-frames-"), dirs_exist_ok=True)
        print("no content in", len(cap.frames), "captures, kept in", kept, file=sys.stderr)
    else:
        shutil.rmtree(frames_dir, ignore_errors=True)
    return {
        "start_to_visible": None if t_vis is None else t_vis - t0,
        "map_to_visible": None if (t_vis is None or t_map is None) else t_vis - t_map,
        "start_to_map": None if t_map is None else t_map - t0,
        "cpu_pct": 100.0 * (c1 - c0) / hz / (w1 - w0),
        "hwm_kb": hwm,
        "captures": len(cap.frames),
    }


def bench_display(a, sb, cfg, tmp, variants=None, target=None):
    """tvpair's real window (one entry per variant: name -> (executable, extra env)) beside the bare
    window, interleaved, a.runs times each. target (emulated.py): another architecture's build tree
    whose binaries start through an emulator: {"build", "launcher" (argv prefix), "env", "hold",
    "tail", "every"}; the grabber is always the native build's."""
    for tool in ("Xvfb", "xev", "zbarimg", "stdbuf"):
        if not shutil.which(tool):
            return {"error": f"needs {tool}"}
    target = target or {}
    tbuild, launcher = target.get("build", a.build), target.get("launcher", [])
    tvpair = os.path.join(tbuild, "app", "tvpair")
    bare = os.path.join(tbuild, "tests", "bench", "tvpair_bench_ui")
    grabber = os.path.join(a.build, "tests", "bench", "tvpair_bench_grab")
    for exe in (tvpair, bare, grabber):
        if not os.access(exe, os.X_OK):
            return {"error": f"no {exe} (build it first)"}
    variants = variants or {"tvpair": (tvpair, {})}
    display = Display()
    hold, tail = target.get("hold", a.display_hold), target.get("tail", a.display_tail)
    every = target.get("every", CAPTURE_EVERY)
    try:
        expect = sb.issuer.split("//", 1)[1]  # the QR holds the verification URI on this host:port
        base_env = dict(os.environ, DISPLAY=display.name, QT_QPA_PLATFORM="xcb", **target.get("env", {}))
        for k in ("QT_QUICK_BACKEND", "WAYLAND_DISPLAY", "QSG_RHI_BACKEND"):
            base_env.pop(k, None)
        # The bare window with Qt's default scene graph (OpenGL, llvmpipe here) and with the software one.
        bares = {"bare": {}, "bare-sw": {"QT_QUICK_BACKEND": "software"}}
        runs = {name: [] for name in list(variants) + list(bares)}
        for i in range(a.runs):
            for name, (exe, extra) in variants.items():
                env = dict(base_env, XDG_CACHE_HOME=tempfile.mkdtemp(dir=tmp), XDG_CONFIG_HOME=tempfile.mkdtemp(dir=tmp))
                env.update(extra)
                cmd = launcher + [exe, "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)]
                runs[name].append(_one_run(grabber, display, cmd, env, lambda f: _decodes(f, expect), hold, tail, tmp,
                                           every))
            for name, extra in bares.items():
                runs[name].append(_one_run(grabber, display, launcher + [bare, "bare", "--hold", str(hold + 5)],
                                           dict(base_env, **extra), _white_text, hold, tail, tmp, every))
    finally:
        display.stop()
    keys = ("start_to_visible", "map_to_visible", "start_to_map", "cpu_pct", "hwm_kb")
    out = {name: {k: _stats([r[k] for r in rs]) for k in keys} for name, rs in runs.items()}
    if target:
        out["hold"], out["tail"] = hold, tail
    return out


def display_rows(D, a, add, fmt, ratio, tag="8. xcb", indicative=False):
    """Table rows 8 for each tvpair variant beside the bare window (indicative: goals shown as
    information only, e.g. under an emulator, where only the ratios compare)."""
    if not D or "error" in D:
        add(f"{tag}: real display (Xvfb)", (D or {}).get("error", "not run"), "—", None, "(info)", None)
        return
    if indicative:
        add_ = add
        add = lambda m, t, b, r, target, ok: add_(m, t, b, r, "(info)" if target == "(info)" else f"(info; {target})", None)
    hold, tail = D.get("hold", a.display_hold), D.get("tail", a.display_tail)
    b, bs = D["bare"], D.get("bare-sw")
    for name, v in D.items():
        if name.startswith("bare") or name in ("hold", "tail"):
            continue
        vtag = "" if name == "tvpair" else f" [{name}]"
        r = ratio(v["start_to_visible"], b["start_to_visible"])
        add(f"{tag}: process start→decodable QR{vtag} vs bare window's text visible", fmt(v["start_to_visible"], "ms", 1000),
            fmt(b["start_to_visible"], "ms", 1000), r, "≤ 1.2×", r is not None and r <= 1.2)
        if bs:
            r = ratio(v["start_to_visible"], bs["start_to_visible"])
            add(f"{tag}: process start→decodable QR{vtag} vs bare window, software scene graph",
                fmt(v["start_to_visible"], "ms", 1000), fmt(bs["start_to_visible"], "ms", 1000), r, "(info)", None)
        r = ratio(v["map_to_visible"], b["map_to_visible"])
        add(f"{tag}: window mapped→decodable QR{vtag} vs bare mapped→text", fmt(v["map_to_visible"], "ms", 1000),
            fmt(b["map_to_visible"], "ms", 1000), r, "(info)", None)
        add(f"{tag}: process start→window mapped{vtag}", fmt(v["start_to_map"], "ms", 1000),
            fmt(b["start_to_map"], "ms", 1000), ratio(v["start_to_map"], b["start_to_map"]), "(info)", None)
        ok = v["cpu_pct"] is not None and v["cpu_pct"]["median"] <= 0.5
        add(f"{tag}: CPU waiting, last {tail} s of {hold}{vtag}", fmt(v["cpu_pct"], "%", 1, 2),
            fmt(b["cpu_pct"], "% (bare)", 1, 2), None, "≤ 0.5% core", ok)
        if bs:
            add(f"{tag}: peak RSS{vtag} vs bare window, software scene graph", fmt(v["hwm_kb"], "MiB", 1 / 1024, 1),
                fmt(bs["hwm_kb"], "MiB", 1 / 1024, 1), ratio(v["hwm_kb"], bs["hwm_kb"]), "(info)", None)
        r = ratio(v["hwm_kb"], b["hwm_kb"])
        add(f"{tag}: peak RSS with the window{vtag}", fmt(v["hwm_kb"], "MiB", 1 / 1024, 1),
            fmt(b["hwm_kb"], "MiB", 1 / 1024, 1), r, "≤ 1.1×", r is not None and r <= 1.1)
