#!/usr/bin/env python3
"""Headless start -> `user_code`, two or more builds side by side with ONE curl process doing both
requests (bench.py's figure 1 floor), interleaved in one run, plus load-independent counts.

    python3 tests/bench/headless_ab.py --runs 15 before=/tmp/main/tvpair after=build/app/tvpair

Per run and in turn: each build cold (empty $XDG_CACHE_HOME: discovery GET + device
authorization POST) and warm (metadata from the cache: the POST only), then curl. Wall clock:
spawn to the first stdout line with "user_code" (curl: to its exit), median (min-max).
Then `--count-runs` runs of each under `perf stat` (killed at the user_code line): context
switches, CPU migrations, page faults, system calls, task-clock: counts that move little with the
load of a shared machine, which the wall clock does. Nothing here asserts; about 1 s per run.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import CLIENT, SCOPE, Sandbox, curl_one_process, headless_env, time_to_line, write_config  # noqa: E402

EVENTS = "context-switches,cpu-migrations,page-faults,raw_syscalls:sys_enter,task-clock"


def med(xs):
    xs = [x for x in xs if x is not None]
    return (statistics.median(xs), min(xs), max(xs)) if xs else None


def fmt_ms(m):
    return "–" if m is None else f"{m[0] * 1000:.1f} ({m[1] * 1000:.1f}–{m[2] * 1000:.1f}) ms"


def perf_counts(cmd, env, needle):
    """perf stat counters of cmd from exec until the line with needle (then SIGKILL)."""
    out = tempfile.mktemp(suffix=".perf")
    p = subprocess.Popen(["perf", "stat", "-x,", "-o", out, "-e", EVENTS, "--"] + cmd, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in p.stdout:
        if needle in line:
            break
    try:
        for kid in open(f"/proc/{p.pid}/task/{p.pid}/children").read().split():
            os.kill(int(kid), 9)
    except OSError:
        pass
    p.wait()
    counts = {}
    with open(out) as f:
        for l in f:
            parts = l.strip().split(",")
            if len(parts) > 2 and not l.startswith("#"):
                try:
                    counts[parts[2]] = float(parts[0])
                except ValueError:
                    pass
    os.unlink(out)
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("variants", nargs="+", help="NAME=PATH to a tvpair binary")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--count-runs", type=int, default=5)
    a = ap.parse_args()
    variants = [v.split("=", 1) for v in a.variants]
    tmp = tempfile.mkdtemp(prefix="headless-ab-")
    sb = Sandbox(tmp)
    try:
        cfg = write_config(tmp, sb)
        warm = {}
        for name, exe in variants:  # prime one warm cache per build
            warm[name] = os.path.join(tmp, "warm-" + name)
            time_to_line([exe, "--headless", "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)],
                         headless_env(warm[name]), '"user_code"')
        wall = {(n, m): [] for n, _ in variants for m in ("cold", "warm")}
        curl = []
        for _ in range(a.runs):
            for name, exe in variants:
                for mode in ("cold", "warm"):
                    cache = tempfile.mkdtemp(dir=tmp) if mode == "cold" else warm[name]
                    dt, _, _ = time_to_line([exe, "--headless", "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)],
                                            headless_env(cache), '"user_code"')
                    wall[(name, mode)].append(dt)
            curl.append(curl_one_process(sb))
        counts = {(n, m): [] for n, _ in variants for m in ("cold", "warm")}
        counts_curl = []
        curl_cmd = ["curl", "-s", "-o", "/dev/null", sb.issuer + "/.well-known/openid-configuration", "--next", "-s",
                    "-o", "/dev/null", "-X", "POST", "-d", f"client_id={CLIENT}", "--data-urlencode", f"scope={SCOPE}",
                    "-w", "user_code\\n", sb.issuer + "/device/auth"]
        for _ in range(a.count_runs):
            for name, exe in variants:
                for mode in ("cold", "warm"):
                    cache = tempfile.mkdtemp(dir=tmp) if mode == "cold" else warm[name]
                    counts[(name, mode)].append(perf_counts(
                        [exe, "--headless", "--config", cfg, "--store", tempfile.mkdtemp(dir=tmp)], headless_env(cache),
                        '"user_code"'))
            counts_curl.append(perf_counts(curl_cmd, dict(os.environ), "user_code"))
    finally:
        sb.stop()
    c = med(curl)
    keys = ["context-switches", "cpu-migrations", "page-faults", "raw_syscalls:sys_enter", "task-clock"]
    print(f"| spawn → user_code ({a.runs} interleaved runs; counts: median of {a.count_runs} under perf stat) "
          f"| wall clock | × curl | " + " | ".join(keys) + " |")
    print("|---|---|---|" + "---|" * len(keys))

    def row(label, m, cs):
        ratio = f"{m[0] / c[0]:.2f}×" if m and c else "–"
        vals = [statistics.median([x.get(k, 0) for x in cs]) if cs else None for k in keys]
        print(f"| {label} | {fmt_ms(m)} | {ratio} | " + " | ".join("–" if v is None else f"{v:.0f}" if k != "task-clock"
                                                                     else f"{v:.1f} ms" for k, v in zip(keys, vals)) + " |")
    for name, _ in variants:
        for mode in ("cold", "warm"):
            row(f"{name}, {mode} cache", med(wall[(name, mode)]), counts[(name, mode)])
    row("ONE curl process, both requests (spawn → exit)", c, counts_curl)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
