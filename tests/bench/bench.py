#!/usr/bin/env python3
"""tvpair benchmarks: the driver behind tests/bench/run-benchmarks.sh (see README.md there).

Starts a private sandbox, measures tvpair beside its baselines in the same run (interleaved,
so the noise of a shared machine hits both sides alike), prints ONE table and writes
<build>/bench/results.json + results.md. Measures only; never fails on a number.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from display import bench_display, display_rows
from display_vm import bench_display_vm, display_vm_rows
from emulated import bench_emulated, emulated_rows
from benchlib import stats, time_to_line

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "tests", "bench")
SCOPE = "openid offline_access profile products"
CLIENT = "tv-app"


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- sandbox ------------------
class Sandbox:
    def __init__(self, workdir):
        self.log_file = os.path.join(workdir, "requests.jsonl")
        self.err = open(os.path.join(workdir, "sandbox.err"), "w")
        self.proc = subprocess.Popen(
            ["node", "server.js", "--port", "0", "--interval", "1", "--test-endpoints", "--log", self.log_file],
            cwd=os.path.join(ROOT, "tests", "sandbox"), stdout=subprocess.PIPE, stderr=self.err, text=True)
        line = self.proc.stdout.readline()
        ready = json.loads(line)
        self.issuer = ready["issuer"]
        self.port = ready["port"]
        log(f"sandbox ready at {self.issuer} (pid {self.proc.pid})")

    def post(self, path, body):
        req = urllib.request.Request(self.issuer + path, data=json.dumps(body).encode(),
                                     headers={"content-type": "application/json"}, method="POST")
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status

    def log_lines(self):
        try:
            with open(self.log_file) as f:
                return [json.loads(l) for l in f if l.strip()]
        except FileNotFoundError:
            return []

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def write_config(workdir, sb):
    with open(os.path.join(ROOT, "resources", "config", "sandbox.json")) as f:
        cfg = json.load(f)
    cfg["issuer"] = sb.issuer
    cfg["payment"]["base_url"] = sb.issuer + "/payments/cleeng"
    path = os.path.join(workdir, "config.json")
    with open(path, "w") as f:
        json.dump(cfg, f)
    return path


# ---------------------------------------------------------------- helpers ------------------
def headless_env(cache_dir):
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = cache_dir
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def curl_floor(sb):
    """Sum of curl's time_total for discovery GET + device authorization POST (curl start-up excluded)."""
    fmt = "%{time_total}"
    a = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", fmt, sb.issuer + "/.well-known/openid-configuration"],
                       capture_output=True, text=True, check=True).stdout
    b = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", fmt, "-X", "POST",
                        "-d", f"client_id={CLIENT}", "--data-urlencode", f"scope={SCOPE}", sb.issuer + "/device/auth"],
                       capture_output=True, text=True, check=True).stdout
    return float(a) + float(b)


def curl_one_process(sb):
    """Wall clock from spawning ONE curl process that does discovery GET + device authorization POST
    (`--next`) to its exit: the two round trips plus a minimal process start-up (a C program with
    libcurl), i.e. the floor for any program that starts, asks twice and ends."""
    t0 = time.monotonic()
    subprocess.run(["curl", "-s", "-o", "/dev/null", sb.issuer + "/.well-known/openid-configuration",
                    "--next", "-s", "-o", "/dev/null", "-X", "POST", "-d", f"client_id={CLIENT}",
                    "--data-urlencode", f"scope={SCOPE}", sb.issuer + "/device/auth"], check=True)
    return time.monotonic() - t0


def proc_cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14, 15)


def proc_ctx_switches(pid):
    """Voluntary + involuntary context switches summed over all threads (each voluntary one = a wake-up)."""
    vol = invol = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for l in f:
                    if l.startswith("voluntary_ctxt_switches:"):
                        vol += int(l.split()[1])
                    elif l.startswith("nonvoluntary_ctxt_switches:"):
                        invol += int(l.split()[1])
        except FileNotFoundError:
            pass
    return vol, invol


# ---------------------------------------------------------------- benchmarks ---------------
def bench_headless(a, sb, cfg, tmp):
    tvpair = os.path.join(a.build, "app", "tvpair")
    node_script = os.path.join(BENCH, "node", "device-code.mjs")
    res = {"cold": [], "warm": [], "warm_store": [], "floor": [], "floor1": [], "oidc": [], "startup": []}
    warm_cache = os.path.join(tmp, "warm-cache")
    # A store that has been opened before (its salt exists, no session in it): every start of a
    # device after its very first one. A fresh --store makes its directory (the salt waits for a write).
    warm_store = tempfile.mkdtemp(dir=tmp)
    # prime the warm cache once
    time_to_line([tvpair, "--headless", "--config", cfg, "--store", warm_store],
                 headless_env(warm_cache), '"user_code"')
    for i in range(a.runs):
        cold_cache = tempfile.mkdtemp(dir=tmp)
        dt, line, _ = time_to_line([tvpair, "--headless", "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)],
                                   headless_env(cold_cache), '"user_code"')
        res["cold"].append(dt)
        dt, _, _ = time_to_line([tvpair, "--headless", "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)],
                                headless_env(warm_cache), '"user_code"')
        res["warm"].append(dt)
        dt, _, _ = time_to_line([tvpair, "--headless", "--config", cfg, "--store", warm_store],
                                headless_env(warm_cache), '"user_code"')
        res["warm_store"].append(dt)
        dt, _, _ = time_to_line(["node", node_script, sb.issuer, CLIENT, SCOPE], dict(os.environ), '"user_code"')
        res["oidc"].append(dt)
        res["floor"].append(curl_floor(sb))
        res["floor1"].append(curl_one_process(sb))
        t0 = time.monotonic()
        subprocess.run([tvpair, "--version"], env=headless_env(cold_cache), stdout=subprocess.DEVNULL, check=True)
        res["startup"].append(time.monotonic() - t0)
    return {k: stats(v) for k, v in res.items()}


def ui_env():
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_QUICK_BACKEND"] = "software"
    return env


def run_ui(a, args, timeout=180):
    exe = os.path.join(a.build, "tests", "bench", "tvpair_bench_ui")
    t0 = time.monotonic_ns()
    p = subprocess.run([exe] + args, env=ui_env(), capture_output=True, text=True, timeout=timeout)
    out = None
    for l in p.stdout.splitlines():
        if l.startswith("{"):
            out = json.loads(l)
    if out is None:
        log(f"bench_ui {args} failed: rc={p.returncode} {p.stderr[-2000:]}")
        return None
    if "first_frame_ns" in out:
        out["first_frame_s"] = (int(out["first_frame_ns"]) - t0) / 1e9
    return out


def bench_ui(a):
    res = {"signin": [], "bare": []}
    for i in range(a.runs):
        for m in ("signin", "bare"):
            res[m].append(run_ui(a, [m, "--hold", str(a.hold)]))
    pick = lambda m, k: stats([r[k] for r in res[m] if r and k in r])
    return {
        "first_frame": {"tvpair": pick("signin", "first_frame_s"), "bare": pick("bare", "first_frame_s")},
        "peak_rss": {"tvpair": pick("signin", "hwm_kb"), "bare": pick("bare", "hwm_kb")},
        "steady_rss": {"tvpair": pick("signin", "rss_kb"), "bare": pick("bare", "rss_kb")},
        "frames_per_s": {"tvpair": pick("signin", "frames_per_s"), "bare": pick("bare", "frames_per_s")},
    }


def bench_idle(a, sb, cfg, tmp):
    """The real app (UI offscreen, and headless) waiting for approval that never comes, beside the bare window."""
    tvpair = os.path.join(a.build, "app", "tvpair")
    env_ui = headless_env(tempfile.mkdtemp(dir=tmp))
    env_ui["QT_QPA_PLATFORM"] = "offscreen"
    env_ui["QT_QUICK_BACKEND"] = "software"
    procs = {
        "ui": subprocess.Popen([tvpair, "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)], env=env_ui,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        "headless": subprocess.Popen([tvpair, "--headless", "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)],
                                     env=headless_env(tempfile.mkdtemp(dir=tmp)),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        "bare": subprocess.Popen([os.path.join(a.build, "tests", "bench", "tvpair_bench_ui"), "bare", "--hold",
                                  str(a.idle + 30)], env=ui_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
    }
    time.sleep(a.settle)  # start-up, discovery, code on screen, first polls
    hz = os.sysconf("SC_CLK_TCK")
    windows = max(1, a.idle // 10)
    step = a.idle / windows
    per = {k: {"cpu": [], "wake": []} for k in procs}
    start = {k: (proc_cpu_ticks(p.pid), proc_ctx_switches(p.pid)) for k, p in procs.items()}
    perf = None
    if shutil.which("perf") and not a.no_perf:
        # Wake-ups of the UI process's threads as the scheduler sees them (sched_switch away from it =
        # it went to sleep; each sleep ends in one wake-up).
        perf = subprocess.Popen(["perf", "stat", "-x", ",", "-e", "sched:sched_switch,cs,task-clock",
                                 "-p", str(procs["ui"].pid), "--", "sleep", str(a.idle)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    prev = dict(start)
    t_prev = time.monotonic()
    t_start = t_prev
    for w in range(windows):
        time.sleep(step)
        now = time.monotonic()
        for k, p in procs.items():
            c, (v, i) = proc_cpu_ticks(p.pid), proc_ctx_switches(p.pid)
            pc, (pv, pi) = prev[k]
            per[k]["cpu"].append(100.0 * (c - pc) / hz / (now - t_prev))
            per[k]["wake"].append((v - pv) / (now - t_prev))
            prev[k] = (c, (v, i))
        t_prev = now
    total = time.monotonic() - t_start
    out = {}
    for k, p in procs.items():
        c, (v, i) = prev[k]
        c0, (v0, i0) = start[k]
        out[k] = {"cpu_pct_total": 100.0 * (c - c0) / hz / total, "wake_per_s_total": (v - v0) / total,
                  "cpu_pct": stats(per[k]["cpu"]), "wake_per_s": stats(per[k]["wake"]), "seconds": total}
    if perf:
        _, err = perf.communicate()
        out["perf_ui"] = err.strip()
    for p in procs.values():
        p.kill()
        p.wait()
    return out


def bench_home(a):
    runs = [run_ui(a, ["home", "--items", str(a.items), "--keys", str(a.keys)]) for _ in range(a.runs)]
    runs = [r for r in runs if r]
    return {k: stats([r[k] for r in runs]) for k in
            ("build_ms", "home_first_frame_ms", "frame_p50_ms", "frame_p99_ms", "frame_max_ms", "key_p50_ms",
             "key_p99_ms", "frames")} if runs else None


def classify(rec):
    p = rec.get("path", "")
    if p.startswith("/.well-known/"):
        return "discovery"
    if p.startswith("/device/auth"):
        return "device_authorization"
    if p == "/token":
        if rec.get("grant_type", "").endswith("device_code"):
            return "token_success" if rec.get("status") == 200 else "token_pending"
        return "token_other"
    if p.startswith("/jwks"):
        return "jwks"
    if p.startswith("/me"):
        return "userinfo"
    if p.startswith("/payments/"):
        return "payments"
    if p.startswith("/test/"):
        return None
    return "other:" + p


def bench_requests(a, sb, cfg, tmp):
    tvpair = os.path.join(a.build, "app", "tvpair")
    results = []
    for i in range(a.runs):
        before = len(sb.log_lines())
        dt, line, p = time_to_line([tvpair, "--headless", "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)],
                                   headless_env(tempfile.mkdtemp(dir=tmp)), '"user_code"', keep=True)
        code = json.loads(line)["user_code"]
        time.sleep(a.approve_after)
        sb.post("/test/approve", {"user_code": code, "account": "alice"})
        try:
            rc = p.wait(60)
        except subprocess.TimeoutExpired:
            p.kill()
            rc = "timeout"
        p.stdout.read()
        recs = sb.log_lines()[before:]
        counts = {}
        for r in recs:
            c = classify(r)
            if c:
                counts[c] = counts.get(c, 0) + 1
        detail = {}
        for r in recs:
            if r.get("path", "").startswith("/payments/"):
                detail[r["path"]] = detail.get(r["path"], 0) + 1
        # Polls the protocol needs: one per interval (1 s) between the device authorization and the approval.
        t_auth = next((r["t_ms"] for r in recs if r.get("path") == "/device/auth"), None)
        t_appr = next((r["t_ms"] for r in recs if r.get("path") == "/test/approve"), None)
        need_polls = int((t_appr - t_auth) // 1000) if t_auth is not None and t_appr is not None else 0
        results.append({"rc": rc, "counts": counts, "total": sum(counts.values()), "payments": detail,
                        "minimum": MIN_FIXED + need_polls, "pending_polls_needed": need_polls})
    return results


def sizes(a, tmp):
    exe = os.path.join(a.build, "app", "tvpair")
    copy = os.path.join(tmp, "tvpair.stripped")
    shutil.copy(exe, copy)
    subprocess.run(["strip", copy], check=True)
    out = {"unstripped": os.path.getsize(exe), "stripped": os.path.getsize(copy)}
    # The UI is a module the executable loads only for a window (app/UiEntry.cpp): its size
    # counts too, when this executable is one that loads it (it looks up the module's entry point
    # by this name; a module left in the build dir by another build does not count).
    module = os.path.join(a.build, "app", "libtvpair_ui.so")
    with open(exe, "rb") as f:
        loads_module = b"tvpair_ui_create_app" in f.read()
    if loads_module and os.path.exists(module):
        mcopy = os.path.join(tmp, "libtvpair_ui.stripped")
        shutil.copy(module, mcopy)
        subprocess.run(["strip", mcopy], check=True)
        out["module_unstripped"] = os.path.getsize(module)
        out["module_stripped"] = os.path.getsize(mcopy)
    deb = None
    if a.deb:
        r = subprocess.run(["bash", os.path.join(ROOT, "packaging", "build-deb.sh")], capture_output=True, text=True)
        if r.returncode == 0:
            deb = r.stdout.strip().splitlines()[-1]
        else:
            out["deb_error"] = r.stderr[-500:]
    else:
        for d in ("build-deb",):
            cand = sorted(os.path.join(ROOT, d, f) for f in os.listdir(os.path.join(ROOT, d))
                          if f.endswith(".deb")) if os.path.isdir(os.path.join(ROOT, d)) else []
            if cand:
                deb = cand[-1]
    if deb:
        out["deb"] = os.path.getsize(deb)
        out["deb_path"] = deb
    return out


# ---------------------------------------------------------------- table --------------------
def fmt(s, unit, scale=1.0, prec=0):
    if not s:
        return "n/a"
    f = lambda x: f"{x * scale:.{prec}f}"
    return f"{f(s['median'])} ({f(s['min'])}–{f(s['max'])}) {unit}"


def ratio(a, b):
    if not a or not b or not b["median"]:
        return None
    return a["median"] / b["median"]


def build_table(R, a):
    rows = []  # metric, tvpair, baseline, ratio, target, verdict

    def add(metric, t, b, r, target, ok):
        rows.append((metric, t, b, "n/a" if r is None else f"{r:.2f}×", target,
                     "—" if ok is None else ("met" if ok else "MISSED")))

    H = R.get("headless")
    if H:
        for key, label in (("cold", "cold cache"), ("warm", "warm cache")):
            r1 = ratio(H[key], H["oidc"])
            add(f"1. start→user_code, {label} vs openid-client", fmt(H[key], "ms", 1000), fmt(H["oidc"], "ms", 1000),
                r1, "≤ 0.5×", r1 is not None and r1 <= 0.5)
            r2 = ratio(H[key], H["floor"])
            add(f"1. start→user_code, {label} vs 2 round trips (curl)", fmt(H[key], "ms", 1000),
                fmt(H["floor"], "ms", 1000, 1), r2, "≤ 1.5×", r2 is not None and r2 <= 1.5)
            if H.get("floor1"):
                r3 = ratio(H[key], H["floor1"])
                add(f"1. start→user_code, {label} vs ONE curl process, both requests, spawn→exit",
                    fmt(H[key], "ms", 1000), fmt(H["floor1"], "ms", 1000, 1), r3, "≤ 1.5×", r3 is not None and r3 <= 1.5)
    if H and H.get("warm_store") and H.get("floor1"):
        r = ratio(H["warm_store"], H["floor1"])
        add("1. start→user_code, warm cache, store opened before, vs ONE curl process", fmt(H["warm_store"], "ms", 1000),
            fmt(H["floor1"], "ms", 1000, 1), r, "(info)", None)
    if H:
        add("1. process start-up alone (tvpair --version, exits)", fmt(H["startup"], "ms", 1000, 1),
            fmt(H["floor"], "ms", 1000, 1), ratio(H["startup"], H["floor"]), "(info)", None)
        fl = {"median": H["floor"]["median"] + H["startup"]["median"]}
        r = ratio(H["warm"], fl)
        add("1. start→user_code, warm, vs round trips + start-up", fmt(H["warm"], "ms", 1000), f"{fl['median']*1000:.1f} ms",
            r, "(info)", None)
    U = R.get("ui")
    if U:
        r = ratio(U["first_frame"]["tvpair"], U["first_frame"]["bare"])
        add("2. start→first frame with code+QR (offscreen, software)", fmt(U["first_frame"]["tvpair"], "ms", 1000),
            fmt(U["first_frame"]["bare"], "ms", 1000), r, "≤ 1.3×", r is not None and r <= 1.3)
        for key, label in (("peak_rss", "peak RSS"), ("steady_rss", f"steady RSS after {a.hold} s")):
            r = ratio(U[key]["tvpair"], U[key]["bare"])
            add(f"3. {label}, sign-in screen counting down", fmt(U[key]["tvpair"], "MiB", 1 / 1024, 1),
                fmt(U[key]["bare"], "MiB", 1 / 1024, 1), r, "≤ 1.3×", r is not None and r <= 1.3)
    if U:
        add(f"3. frames rendered per s on the still sign-in screen", fmt(U["frames_per_s"]["tvpair"], "fps", 1, 1),
            fmt(U["frames_per_s"]["bare"], "fps", 1, 1), None, "(info)", None)
    I = R.get("idle")
    if I:
        for k, label in (("ui", "UI offscreen"), ("headless", "headless")):
            add(f"4. CPU waiting {a.idle} s ({label}; total {I[k]['cpu_pct_total']:.2f}%)",
                fmt(I[k]["cpu_pct"], "%", 1, 2), fmt(I["bare"]["cpu_pct"], "% (bare)", 1, 2), None, "< 1% core",
                I[k]["cpu_pct_total"] < 1.0)
            add(f"4. wake-ups/s waiting ({label}; total {I[k]['wake_per_s_total']:.1f}/s)",
                fmt(I[k]["wake_per_s"], "/s", 1, 1), fmt(I["bare"]["wake_per_s"], "/s (bare)", 1, 1), None,
                "(info)", None)
    M = R.get("home")
    if M:
        add(f"5. home model build, {a.items} products + {a.items} entitlements", fmt(M["build_ms"], "ms", 1, 1), "—",
            None, "(info)", None)
        add("5. home first frame after phase=signedIn", fmt(M["home_first_frame_ms"], "ms", 1, 1), "—", None,
            "(info)", None)
        add("5. frame time scrolling, p50", fmt(M["frame_p50_ms"], "ms", 1, 2), "—", None, "(info)", None)
        add("5. frame time scrolling, p99", fmt(M["frame_p99_ms"], "ms", 1, 2), "16.7 ms budget",
            M["frame_p99_ms"]["median"] / 16.7, "p99 < 16.7 ms", M["frame_p99_ms"]["max"] < 16.7)
        add("5. key event handling, p99", fmt(M["key_p99_ms"], "ms", 1, 2), "—", None, "(info)", None)
    Q = R.get("requests")
    if Q:
        tot = stats([q["total"] for q in Q])
        mins = stats([q["minimum"] for q in Q])
        add(f"6. requests per headless sign-in (cold cache, approved after {a.approve_after} s)", fmt(tot, "req"),
            fmt(mins, "req (protocol minimum)"), ratio(tot, mins), "≤ minimum + 1",
            all(q["total"] <= q["minimum"] + 1 for q in Q))
    if "display" in R:
        display_rows(R["display"], a, add, fmt, ratio)
    if "emulated" in R:
        emulated_rows(R["emulated"], a, add, fmt, ratio)
    if "display_vm" in R:
        display_vm_rows(R["display_vm"], a, add, fmt, ratio)
    S = R.get("sizes")
    if S:
        add("7. stripped binary", f"{S['stripped'] / 1048576:.2f} MiB", f"{S['unstripped'] / 1048576:.2f} MiB unstripped",
            None, "(info)", None)
        if "module_stripped" in S:
            add("7. stripped UI module (libtvpair_ui.so) / binary + module",
                f"{S['module_stripped'] / 1048576:.2f} / {(S['stripped'] + S['module_stripped']) / 1048576:.2f} MiB",
                f"{S['module_unstripped'] / 1048576:.2f} MiB unstripped", None, "(info)", None)
        if "deb" in S:
            add("7. .deb", f"{S['deb'] / 1048576:.2f} MiB", os.path.basename(S["deb_path"]), None, "(info)", None)
    head = ("metric", "tvpair", "baseline", "ratio", "target", "")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(6)]
    line = lambda r: "| " + " | ".join(str(r[i]).ljust(widths[i]) for i in range(6)) + " |"
    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows]
    return "\n".join(out)


def parse_variants(specs):
    """NAME=EXE[,VAR=VALUE...] -> {name: (exe, env additions)}; none given = the build's tvpair."""
    out = {}
    for spec in specs:
        name, rest = spec.split("=", 1)
        exe, *pairs = rest.split(",")
        out[name] = (exe, dict(p.split("=", 1) for p in pairs))
    return out or None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 5)))
    ap.add_argument("--hold", type=int, default=10, help="seconds on the sign-in screen before steady RSS")
    ap.add_argument("--idle", type=int, default=60, help="seconds of waiting for approval (CPU, wake-ups)")
    ap.add_argument("--settle", type=int, default=8)
    ap.add_argument("--items", type=int, default=10000)
    ap.add_argument("--keys", type=int, default=150)
    ap.add_argument("--approve-after", type=float, default=2.5)
    ap.add_argument("--only", default="headless,ui,idle,home,requests,display,sizes")
    ap.add_argument("--deb", action="store_true", help="also run packaging/build-deb.sh (a second full build)")
    ap.add_argument("--no-perf", action="store_true")
    ap.add_argument("--display-hold", type=int, default=20, help="seconds each real-display run lasts")
    ap.add_argument("--display-tail", type=int, default=10, help="last seconds of it whose CPU is counted")
    ap.add_argument("--display-variant", action="append", default=[], metavar="NAME=EXE[,VAR=VALUE...]",
                    help="real display: measure this tvpair (its env additions) instead of / beside the build's; repeatable")
    ap.add_argument("--vm-platforms", default="linuxfb,eglfs", help="display-vm: platforms in the VM (linuxfb, eglfs, eglfs-swsg, auto = the kiosk unit's)")
    ap.add_argument("--vm-hold", type=int, default=60, help="display-vm: seconds each run in the VM lasts")
    ap.add_argument("--vm-tail", type=int, default=10, help="display-vm: last seconds of it whose CPU is counted")
    ap.add_argument("--vm-boot-timeout", type=int, default=900)
    ap.add_argument("--emulator", default="qemu-aarch64-static -L /srv/tvpair-sysroot-arm64",
                    help="display-aarch64: argv prefix that runs the ARM binaries (run-benchmarks.sh sets it from the build)")
    ap.add_argument("--target-build", default=os.path.join(ROOT, "build-arm64"),
                    help="display-aarch64: the ARM build tree (packaging/cross-build.sh arm64 --bench)")
    ap.add_argument("--emu-hold", type=int, default=30, help="display-aarch64: seconds each emulated run lasts")
    ap.add_argument("--emu-tail", type=int, default=10, help="display-aarch64: last seconds of it whose CPU is counted")
    a = ap.parse_args()
    only = set(a.only.split(","))
    tmp = tempfile.mkdtemp(prefix="tvpair-bench-")
    R = {"runs": a.runs, "host": {"nproc": os.cpu_count(), "loadavg": os.getloadavg()}}
    sb = Sandbox(tmp)
    try:
        cfg = write_config(tmp, sb)
        time_to_line(["curl", "-s", sb.issuer + "/.well-known/openid-configuration"], None, "issuer")  # warm the sandbox
        if "headless" in only:
            log("1. headless start → user_code")
            R["headless"] = bench_headless(a, sb, cfg, tmp)
        if "ui" in only:
            log("2/3. UI first frame and RSS")
            R["ui"] = bench_ui(a)
        if "idle" in only:
            log(f"4. CPU and wake-ups while waiting {a.idle} s")
            R["idle"] = bench_idle(a, sb, cfg, tmp)
        if "home" in only:
            log("5. home with many items")
            R["home"] = bench_home(a)
        if "requests" in only:
            log("6. requests per sign-in")
            R["requests"] = bench_requests(a, sb, cfg, tmp)
        if "display" in only:
            log("8. real display (Xvfb, xcb): start/map → QR, CPU waiting, peak RSS")
            R["display"] = bench_display(a, sb, cfg, tmp, parse_variants(a.display_variant))
        if "display-aarch64" in only:  # not in the default set: an ARM cross build, ~9 min at 3 runs (README.md)
            R["emulated"] = bench_emulated(a, sb, cfg, tmp, CLIENT, SCOPE, log)
        if "display-vm" in only:  # not in the default set: a VM boot and ~2 min per run (README.md)
            log("9. real display in the VM (QEMU TCG; linuxfb, eglfs): start → QR, CPU waiting, peak RSS")
            R["display_vm"] = bench_display_vm(a, sb, tmp)
        if "sizes" in only:
            R["sizes"] = sizes(a, tmp)
    finally:
        sb.stop()
        R["host"]["loadavg_end"] = os.getloadavg()
    table = build_table(R, a)
    outdir = os.path.join(a.build, "bench")
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "results.json"), "w") as f:
        json.dump(R, f, indent=1)
    with open(os.path.join(outdir, "results.md"), "w") as f:
        f.write(table + "\n")
    print(table)
    if "requests" in R:
        print("\nrequests per sign-in, by kind (each run):")
        for q in R["requests"]:
            print(f"  rc={q['rc']} total={q['total']} {json.dumps(q['counts'], sort_keys=True)} payments={json.dumps(q['payments'])}")
    if "idle" in R and "perf_ui" in R["idle"]:
        print("\nperf stat on the UI process while waiting:\n  " + R["idle"]["perf_ui"].replace("\n", "\n  "))
    print(f"\nN={a.runs} runs each, median (min–max); host {os.cpu_count()} cores, load "
          f"{R['host']['loadavg'][0]:.2f} → {R['host']['loadavg_end'][0]:.2f}. Raw: {outdir}/results.json")
    shutil.rmtree(tmp, ignore_errors=True)


# discovery 1 + device authorization 1 + successful token 1 + jwks 1 (ID token signature) + Cleeng:
# offers 1 (25 offers fit one page of 100) + customer offers 1 (everything the customer holds).
# Plus one pending poll per interval before the approval. See README.md.
MIN_FIXED = 6


if __name__ == "__main__":
    main()
