#!/usr/bin/env python3
"""tvpair-bridge benchmark: the driver behind `tests/bench/run-benchmarks.sh bridge` (README.md).

Starts, side by side in one run: a throw-away PostgreSQL (tests/bridge/postgres-fixture.sh),
the sandbox's oidc-provider (the baseline: its own device endpoints), and two tvpair-bridge
processes (SQLite store, PostgreSQL store) with the production log level. Then the load
generator tvpair_bench_bridge fills each server with pending codes through its device
authorization endpoint and polls them, interleaved, level by level. Prints one table and writes
<build>/bench/bridge-results.json + bridge-results.md. Measures only; never fails on a number.
"""
import argparse
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PG_FIXTURE = os.path.join(ROOT, "tests", "bridge", "postgres-fixture.sh")


def log(msg):
    print(f"[bench-bridge] {msg}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dir_bytes(path):
    total = 0
    for base, _, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(base, f)).st_size
            except OSError:
                pass
    return total


def cluster_pids(data_dir):
    """The PostgreSQL postmaster of data_dir and its children (the bridge's backend among them)."""
    with open(os.path.join(data_dir, "postmaster.pid")) as f:
        master = int(f.readline())
    pids = [master]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == master:
                        pids.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return pids


class Proc:
    """A server child that prints one JSON ready line on stdout."""

    def __init__(self, name, cmd, cwd, err_path, env=None):
        self.name = name
        self.err = open(err_path, "w")
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=self.err, text=True, env=env)
        line = self.proc.stdout.readline()
        try:
            self.ready = json.loads(line)
        except ValueError:
            self.stop()
            raise SystemExit(f"bench-bridge: {name} did not start (see {err_path})")
        self.pid = self.proc.pid
        self.port = self.ready["port"]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.err.close()


def bridge_config(work, name, store, issuer):
    d = os.path.join(work, name)
    os.makedirs(os.path.join(d, "keys"))
    with open(os.path.join(d, "keys", "1.key"), "w") as f:
        f.write(secrets.token_hex(32) + "\n")
    subprocess.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-out", os.path.join(d, "signing.pem")], check=True, stderr=subprocess.DEVNULL)
    port = free_port()
    cfg = {
        "public_url": f"http://127.0.0.1:{port}",
        "listen": f"127.0.0.1:{port}",
        "store": store,
        "sealing_keys": "keys",
        "signing_key": "signing.pem",
        "clients": [{"id": "tv-app", "name": "Benchmark TV"}],
        # The longest code life the config allows, so no code expires during the run; a 1 s
        # interval so that round-robin polls over 10,000 codes are on time (no slow_down).
        "user_code": {"ttl": 3600, "interval": 1},
        # As behind the example nginx site: every connection comes from the proxy.
        "trusted_proxies": ["127.0.0.1"],
        "upstream": {"issuer": issuer, "client_id": "tvpair-bridge", "client_secret": "bridge-sandbox-secret",
                     "scope": "openid offline_access profile", "allow_insecure_loopback": True},
    }
    path = os.path.join(d, "bridge.json")
    with open(path, "w") as f:
        json.dump(cfg, f)
    return d, path


def fmt_rate(xs):
    if not xs:
        return "–"
    med = statistics.median(xs)
    if len(xs) == 1:
        return f"{med:,.0f}"
    return f"{med:,.0f} ({min(xs):,.0f}–{max(xs):,.0f})"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", required=True)
    ap.add_argument("--levels", default="10000,100000")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--poll-seconds", type=float, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", default="sqlite,postgresql,baseline")
    ap.add_argument("--log-level", default="info", help="the bridges' --log-level (info: the unit's)")
    args = ap.parse_args()
    only = set(args.only.split(","))
    args.build = os.path.abspath(args.build)
    bridge_bin = os.path.join(args.build, "bridge", "tvpair-bridge")
    loadgen = os.path.join(args.build, "tests", "bench", "tvpair_bench_bridge")
    out_dir = os.path.join(args.build, "bench")
    os.makedirs(out_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="tvpair-bench-bridge.")
    procs, pg_dir = [], None
    env = dict(os.environ)
    env.pop("TVPAIR_SECRET_LEDGER", None)  # 300,000 device codes have no business in a ledger
    try:
        sandbox = Proc("oidc-provider", ["node", "server.js", "--port", "0", "--interval", "1", "--device-ttl", "3600"],
                       os.path.join(ROOT, "tests", "sandbox"), os.path.join(work, "sandbox.err"), env)
        procs.append(sandbox)
        issuer = sandbox.ready["issuer"]
        targets, disks = [], {}
        if "sqlite" in only:
            d, cfg = bridge_config(work, "sqlite", "sqlite:state/bridge.db", issuer)
            b = Proc("bridge-sqlite", [bridge_bin, "--config", cfg, "--log-level", args.log_level], d,
                     os.path.join(work, "bridge-sqlite.err"), env)
            procs.append(b)
            targets.append(f"bridge-sqlite:{b.port}:{b.pid}:/device_authorization:/token")
            disks["bridge-sqlite"] = os.path.join(d, "state")
        if "postgresql" in only:
            pg_dir = os.path.join(work, "pg")
            subprocess.run(["bash", PG_FIXTURE, "start", pg_dir], check=True, stdout=subprocess.DEVNULL)
            with open(os.path.join(pg_dir, "socket-dir")) as f:
                sock = f.read().strip()
            d, cfg = bridge_config(work, "postgresql", f"postgresql://bridge@/postgres?host={sock}", issuer)
            b = Proc("bridge-postgresql", [bridge_bin, "--config", cfg, "--log-level", args.log_level], d,
                     os.path.join(work, "bridge-postgresql.err"), env)
            procs.append(b)
            pids = "+".join(str(p) for p in [b.pid] + cluster_pids(os.path.join(sock, "data")))
            targets.append(f"bridge-postgresql:{b.port}:{pids}:/device_authorization:/token")
            disks["bridge-postgresql"] = os.path.join(sock, "data", "base")
        if "baseline" in only:
            # oidc-provider's default adapter is an LRU of 1,000 entries (a device code is two:
            # the code and its user code): older codes are gone, so it is filled to 2,000 codes
            # at most and polled on the newest 400 (all still held).
            targets.append(f"oidc-provider:{sandbox.port}:{sandbox.pid}:/device/auth:/token:400:2000")
        cmd = [loadgen, "--levels", args.levels, "--clients", str(args.clients),
               "--poll-seconds", str(args.poll_seconds), "--rounds", str(args.rounds)]
        for t in targets:
            cmd += ["--target", t]
        log(f"{len(targets)} servers, {args.clients} keep-alive clients each, levels {args.levels}")
        disk0 = {k: dir_bytes(v) for k, v in disks.items()}
        results = []
        gen = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        for line in gen.stdout:
            r = json.loads(line)
            if r["phase"] == "authorize" and r["target"] in disks:
                r["disk_bytes"] = dir_bytes(disks[r["target"]]) - disk0[r["target"]]
            results.append(r)
            log(f"{r['phase']:9} {r['target']:17} level {r['level']:>6}: {r['per_second']:8.0f}/s "
                f"cpu {r['server_cpu_us_per_answer']:.0f} us/answer "
                f"p50 {r['p50_ms']:.2f} ms p99 {r['p99_ms']:.2f} ms  pending {r['authorization_pending']} "
                f"slow_down {r['slow_down']} other {r['other']} errors {r['errors']}")
        if gen.wait() != 0:
            raise SystemExit("bench-bridge: the load generator failed")
        for p in procs:
            if p.proc.poll() is not None:
                log(f"{p.name} exited early with {p.proc.returncode}")
    finally:
        for p in reversed(procs):
            p.stop()
        if pg_dir:
            subprocess.run(["bash", PG_FIXTURE, "stop", pg_dir], stdout=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)

    names = [n for n in ("bridge-sqlite", "bridge-postgresql", "oidc-provider")
             if any(r["target"] == n for r in results)]
    levels = sorted({r["level"] for r in results})
    rows = ["| pending codes | server | authorizations/s | auth p50 / p99 ms | server CPU per auth "
            "| polls/s median (min–max) | poll p50 / p99 ms | server CPU per poll "
            "| answers: pending / slow_down / other | RSS per code | store on disk per code |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|"]
    summary = {}
    for level in levels:
        for n in names:
            auth = [r for r in results if r["target"] == n and r["level"] == level and r["phase"] == "authorize"]
            polls = [r for r in results if r["target"] == n and r["level"] == level and r["phase"] == "poll"]
            a = auth[0] if auth else None
            rates = [p["per_second"] for p in polls]
            p50 = statistics.median(p["p50_ms"] for p in polls) if polls else 0
            p99 = statistics.median(p["p99_ms"] for p in polls) if polls else 0
            answers = "/".join(f"{sum(p[k] for p in polls):,}" for k in ("authorization_pending", "slow_down", "other"))
            rss = "–"
            last = polls[-1] if polls else a
            if last and last["rss_kb"] > 0 and last["rss_before_kb"] > 0:
                rss = f"{(last['rss_kb'] - last['rss_before_kb']) * 1024 / max(1, last['codes']):,.0f} B"
            disk = f"{a['disk_bytes'] / max(1, a['codes']):,.0f} B" if a and "disk_bytes" in a else "–"
            cpu = statistics.median(p["server_cpu_us_per_answer"] for p in polls) if polls else 0
            rows.append(f"| {level:,} | {n} | {a['per_second']:,.0f} | {a['p50_ms']:.2f} / {a['p99_ms']:.2f} "
                        f"| {a['server_cpu_us_per_answer']:,.0f} µs |"
                        if a else f"| {level:,} | {n} | – (stays at 2,000 codes) | – | – |")
            rows[-1] += f" {fmt_rate(rates)} | {p50:.2f} / {p99:.2f} | {cpu:,.0f} µs | {answers} | {rss} | {disk} |"
            summary[(level, n)] = (statistics.median(rates) if rates else 0, p99)
    top = max(levels) if levels else 0
    notes = [f"{args.clients} keep-alive connections per server, one epoll thread (tvpair_bench_bridge); "
             f"{args.rounds} poll rounds of {args.poll_seconds:g} s per server and level, interleaved."]
    if (top, "bridge-sqlite") in summary:
        rate, p99 = summary[(top, "bridge-sqlite")]
        met = rate >= 2000 and p99 < 25
        notes.append(f"Goal ≥ 2,000 polls/s at p99 < 25 ms with {top:,} pending codes on SQLite: "
                     f"{rate:,.0f}/s at p99 {p99:.2f} ms, {'met' if met else 'MISSED'}.")
        if (top, "oidc-provider") in summary and summary[(top, "oidc-provider")][0] > 0:
            ratio = rate / summary[(top, "oidc-provider")][0]
            notes.append(f"Goal ≥ 5× the baseline's polls/s: {ratio:.1f}×, {'met' if ratio >= 5 else 'MISSED'}.")
    table = "\n".join(rows) + "\n\n" + "\n".join(f"- {n}" for n in notes) + "\n"
    print(table)
    with open(os.path.join(out_dir, "bridge-results.json"), "w") as f:
        json.dump(results, f, indent=1)
    with open(os.path.join(out_dir, "bridge-results.md"), "w") as f:
        f.write(table)


if __name__ == "__main__":
    main()
