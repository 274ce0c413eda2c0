"""VM rows of the tvpair benchmark (bench.py --only display-vm; README.md, figure 9).

The real display rows of display.py (figure 8), on the platforms of a set-top box: `linuxfb`
(software scene graph, as the kiosk unit's linuxfb setting) and `eglfs` (KMS, OpenGL through Mesa's
software rasteriser) in the kind of VM packaging/vm-test.sh uses: QEMU TCG (no KVM here), 1280x720
VGA = bochs-drm with /dev/fb0, Debian 12 guest. Image: tests/bench/vm-image.sh (the build tree's
tvpair, libtvpair_ui.so and tvpair_bench_ui, no .deb); the guest's PID 1: tests/bench/vm-init.sh.

One VM boot; per run, per platform: tvpair, then the bare Qt Quick window of `tvpair_bench_ui bare`
(same platform, same environment), interleaved. For each:
- the host asks the guest (second serial port) to start it; t0 = when the guest's "started" line
  appears on its serial console (polled every 10 ms; the same delay for both);
- the screen is captured from the host through QMP `screendump` every `VM_CAPTURE_EVERY` s (a
  capture's time is when screendump returned: "visible by") until a capture shows the content;
- start→content: tvpair's first capture that zbarimg decodes to the sandbox's verification URI, the
  bare window's first showing its white 120 px text; start→first frame: the first capture that
  differs from the cleared screen (both windows fill the screen with a dark background); the guest
  zeroes /dev/fb0 before each run;
- CPU while waiting: utime+stime from the guest's /proc over the last `tail` s of `hold` s (capturing
  has stopped by then), in % of one guest CPU; peak RSS = the guest's VmHWM before the process ends;
- frames per second while waiting: tvpair's own count of the frames it presented in its last
  `tail` s (TVPAIR_FRAME_STATS, app/FrameStats.cpp); `auto` (the kiosk unit's setting) also
  reports the platform tvpair picked.
Under TCG every figure is many times a real box's; what compares is the ratio to the bare window.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

from benchlib import stats as _stats
from display import _decodes

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                "packaging", "vm"))
from drive import Qmp  # noqa: E402 - packaging/vm-test.sh's QMP client

VM_CAPTURE_EVERY = 0.2
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def _pixels(path):
    with open(path, "rb") as f:
        data = f.read()
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    if not m:
        raise ValueError(f"screendump {path}: not a P6 PPM")
    return data[m.end():]


def _changed(ref, path):
    """More than a tenth of the screen differs from ref (sampled: every 61st byte, > 5 levels)."""
    a, b = ref, _pixels(path)
    if len(a) != len(b):
        return True
    sa, sb = a[::61], b[::61]
    n = sum(1 for x, y in zip(sa, sb) if abs(x - y) > 5)
    return n > len(sa) // 10


def _white_text(path):
    return _pixels(path).count(b"\xff\xff\xff") > 2000  # the bare window's white 120 px glyphs


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


class Serial:
    """The guest's console (a file QEMU appends to), read incrementally."""

    def __init__(self, path):
        self.path, self.buf, self.pos, self.size = path, "", 0, 0

    def wait(self, pattern, timeout, poll=0.01):
        rx = re.compile(pattern)
        end = time.monotonic() + timeout
        while True:
            m = rx.search(self.buf, self.pos)
            if m:
                self.pos = m.end()
                return m, time.monotonic()
            if time.monotonic() > end:
                return None, None
            try:
                with open(self.path, "rb") as f:
                    f.seek(self.size)
                    more = f.read()
                    self.size += len(more)
            except FileNotFoundError:
                more = b""
            if more:
                self.buf += more.decode("utf-8", "surrogateescape")
            else:
                time.sleep(poll)


class Vm:
    def __init__(self, image_dir, port, workdir):
        self.dir = workdir
        self.serial = Serial(os.path.join(workdir, "serial.log"))
        self.qmp_path = os.path.join(workdir, "qmp.sock")
        ctl_path = os.path.join(workdir, "ctl.sock")
        smp, mem = os.environ.get("BENCH_VM_SMP", "2"), os.environ.get("BENCH_VM_MEM", "1024")
        self.proc = subprocess.Popen(
            ["nice", "-n", "5", "qemu-system-x86_64", "-M", "pc", "-accel", os.environ.get("BENCH_VM_ACCEL", "tcg"),
             "-m", mem, "-smp", smp, "-display", "none", "-vga", "none", "-device", "VGA,xres=1280,yres=720",
             "-kernel", os.path.join(image_dir, "vmlinuz"), "-initrd", os.path.join(image_dir, "initrd.img"),
             "-append", "console=ttyS0,115200 root=/dev/vda rw init=/sbin/tvpair-bench-init net.ifnames=0 quiet "
                        f"loglevel=4 tvpair.port={port}",
             "-drive", f"file={os.path.join(image_dir, 'rootfs.ext4')},format=raw,if=virtio,snapshot=on",
             "-netdev", "user,id=n0", "-device", "e1000,netdev=n0",
             "-serial", f"file:{self.serial.path}",
             "-chardev", f"socket,id=ctl,path={ctl_path},server=on,wait=off", "-serial", "chardev:ctl",
             "-qmp", f"unix:{self.qmp_path},server=on,wait=off", "-no-reboot"],
            stdout=open(os.path.join(workdir, "qemu.log"), "w"), stderr=subprocess.STDOUT)
        self.qmp = Qmp(self.qmp_path, timeout=60)
        self.ctl = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.ctl.connect(ctl_path)

    def send(self, line):
        self.ctl.sendall((line + "\n").encode())

    def stop(self):
        try:
            self.send("quit")
            self.proc.wait(60)
        except Exception:  # noqa: BLE001 - ended below either way
            pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _fps(frames):
    """tvpair's "frames=<n>/<s>" (its last TVPAIR_FRAME_STATS period, app/FrameStats.cpp) -> frames/s."""
    m = re.fullmatch(r"(\d+)/([\d.]+)", frames or "")
    return int(m.group(1)) / float(m.group(2)) if m and float(m.group(2)) > 0 else None


def _one_run(vm, rid, plat, variant, visible, hold, tail, shm):
    frames_dir = tempfile.mkdtemp(dir=shm)
    vm.send(f"run {rid} {plat} {variant} {hold} {tail}")
    m, t0 = vm.serial.wait(rf"TVPAIR-BENCH: started {rid}\b", 120)
    if not m:
        raise RuntimeError(f"the guest did not start run {rid} ({plat} {variant})")
    frames, ref, n = [], None, 0
    # Capture until a capture shows the content or the waiting part starts. Captures before the
    # first change from the cleared screen cannot show it: only the latest of them is kept.
    while time.monotonic() - t0 < hold - tail - 1:
        path = os.path.join(frames_dir, f"{n:04d}.ppm")
        n += 1
        vm.qmp.cmd("screendump", filename=path)
        t = time.monotonic()
        if ref is None:
            ref = _pixels(path)
        if frames and not _changed(ref, frames[-1][1]) and len(frames) > 1:
            os.unlink(frames[-1][1])
            frames.pop()
        frames.append((t, path))
        if n % 5 == 0 and _changed(ref, path) and visible(path):
            break
        time.sleep(max(0.0, VM_CAPTURE_EVERY - (time.monotonic() - t)))
    res, _ = vm.serial.wait(rf"TVPAIR-BENCH: result {rid} (.*)", hold + 120)
    if res is None:
        raise RuntimeError(f"no result from the guest for run {rid}")
    kv = dict(x.split("=", 1) for x in res.group(1).split() if "=" in x)
    if kv.get("alive") != "1":
        log(f"{plat} {variant}: the process ended early ({res.group(1)})")
    t_vis = _first(frames, lambda p: _changed(ref, p) and visible(p)) if frames else None
    if frames and visible(frames[0][1]):
        log(f"{plat} {variant}: the content was on the screen before the run started; not counted")
        t_vis = None
    t_first = _first(frames, lambda p: _changed(ref, p))
    shutil.rmtree(frames_dir, ignore_errors=True)
    alive = kv.get("alive") == "1"
    return {
        "start_to_visible": None if t_vis is None else t_vis - t0,
        "start_to_first_frame": None if t_first is None else t_first - t0,
        "first_frame_to_visible": None if (t_vis is None or t_first is None) else t_vis - t_first,
        "cpu_pct": 100.0 * int(kv["ticks"]) / int(kv["hz"]) / float(kv["wall"]) if alive else None,
        "hwm_kb": int(kv["hwm_kb"]) if alive and kv.get("hwm_kb") else None,
        "fps": _fps(kv.get("frames")) if alive else None,
        "platform": kv.get("platform"),
        "captures": n,
    }


def bench_display_vm(a, sb, tmp):
    if os.geteuid() != 0:
        return {"error": "needs root (mmdebstrap, chroot)"}
    out = os.path.join(ROOT, "build-vm", "bench")
    log(f"9. VM image (tests/bench/vm-image.sh -> {out})")
    r = subprocess.run(["bash", os.path.join(ROOT, "tests", "bench", "vm-image.sh"), a.build, out])
    if r.returncode != 0:
        return {"error": f"vm-image.sh failed (rc {r.returncode})"}
    for tool in ("qemu-system-x86_64", "zbarimg"):
        if not shutil.which(tool):
            return {"error": f"needs {tool}"}
    workdir = tempfile.mkdtemp(dir=tmp)
    shm = tempfile.mkdtemp(prefix="tvpair-vm-frames-", dir="/dev/shm" if os.path.isdir("/dev/shm") else tmp)
    expect = sb.issuer.split("//", 1)[1]
    platforms = a.vm_platforms.split(",")
    hold, tail = a.vm_hold, a.vm_tail
    runs = {(p, v): [] for p in platforms for v in ("tvpair", "bare")}
    t_boot = time.monotonic()
    vm = Vm(out, sb.port, workdir)
    try:
        m, _ = vm.serial.wait(r"TVPAIR-BENCH: ready", a.vm_boot_timeout)
        if not m:
            return {"error": f"the VM did not come up in {a.vm_boot_timeout} s (console: {vm.serial.path})"}
        log(f"VM up after {time.monotonic() - t_boot:.0f} s")
        preds = {"tvpair": lambda f: _decodes(f, expect), "bare": _white_text}
        rid = 0
        for i in range(a.runs):
            for p in platforms:
                for v in ("tvpair", "bare"):
                    rid += 1
                    res = _one_run(vm, f"r{rid}", p, v, preds[v], hold, tail, shm)
                    log(f"run {i + 1}/{a.runs} {p} {v}: " + ", ".join(
                        f"{k}={'n/a' if x is None else x if isinstance(x, str) else round(x, 2)}"
                        for k, x in res.items()))
                    runs[(p, v)].append(res)
    finally:
        vm.stop()
        shutil.rmtree(shm, ignore_errors=True)
    keys = ("start_to_visible", "start_to_first_frame", "first_frame_to_visible", "cpu_pct", "hwm_kb", "fps")
    out = {f"{p}/{v}": {k: _stats([r[k] for r in rs]) for k in keys} for (p, v), rs in runs.items()}
    for (p, v), rs in runs.items():
        out[f"{p}/{v}"]["platforms"] = sorted({r["platform"] for r in rs if r.get("platform")})
    return out


def display_vm_rows(D, a, add, fmt, ratio):
    """Table rows 9: each platform's tvpair beside the bare window in the same VM boot."""
    if not D or "error" in D:
        add("9. VM (QEMU TCG) eglfs/linuxfb", (D or {}).get("error", "not run"), "—", None, "(info)", None)
        return
    for p in a.vm_platforms.split(","):
        v, b = D.get(f"{p}/tvpair"), D.get(f"{p}/bare")
        if not v or not b:
            continue
        ran = ",".join(v.get("platforms") or [])
        tag = f"9. VM {p}" + (f" (ran on {ran})" if ran and ran != p else "")
        r = ratio(v["start_to_visible"], b["start_to_visible"])
        add(f"{tag}: process start→decodable QR vs bare window's text visible", fmt(v["start_to_visible"], "ms", 1000),
            fmt(b["start_to_visible"], "ms", 1000), r, "≤ 1.2×", r is not None and r <= 1.2)
        add(f"{tag}: first frame→decodable QR vs bare first frame→text", fmt(v["first_frame_to_visible"], "ms", 1000),
            fmt(b["first_frame_to_visible"], "ms", 1000),
            ratio(v["first_frame_to_visible"], b["first_frame_to_visible"]), "(info)", None)
        add(f"{tag}: process start→first frame", fmt(v["start_to_first_frame"], "ms", 1000),
            fmt(b["start_to_first_frame"], "ms", 1000), ratio(v["start_to_first_frame"], b["start_to_first_frame"]),
            "(info)", None)
        # Under TCG a guest CPU second is many host instructions per guest instruction: the
        # 0.5 % goal is a real box's; here what tells is tvpair against the bare window's.
        add(f"{tag}: CPU waiting, last {a.vm_tail} s of {a.vm_hold} (% of a guest CPU, TCG)", fmt(v["cpu_pct"], "%", 1, 2),
            fmt(b["cpu_pct"], "% (bare)", 1, 2), None, "(info; ≤ 0.5% on a box)", None)
        add(f"{tag}: frames per second while waiting (tvpair's TVPAIR_FRAME_STATS, last {a.vm_tail} s)",
            fmt(v["fps"], "/s", 1, 2), "—", None, "≤ 1/s", v["fps"] is not None and v["fps"]["median"] <= 1.0)
        r = ratio(v["hwm_kb"], b["hwm_kb"])
        add(f"{tag}: peak RSS with the window", fmt(v["hwm_kb"], "MiB", 1 / 1024, 1), fmt(b["hwm_kb"], "MiB", 1 / 1024, 1),
            r, "≤ 1.1×", r is not None and r <= 1.1)
