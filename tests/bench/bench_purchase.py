#!/usr/bin/env python3
"""Buy on the phone: how long from the purchase settling at the provider to the TV showing it.

Each run: `tvpair --headless --watch-purchase OFFER` against a private sandbox (signed in once,
then silently from the store), the viewer "buys on the phone" (the sandbox's checkout form,
POSTed) after a delay drawn at random (a person reading the offer and paying), the sandbox
settles the purchase `--checkout-delay` ms later and notes the wall-clock moment
(GET /test/checkout-settlements); the run's `entitlement_granted` line is the moment the TV
knows (the UI shows "It's yours" in the same turn of the event loop). The figure is
shown-at minus settled-at, next to the watch interval in force when the purchase settled (from
the sandbox's request log: the gap between the question before the settlement and the one that
saw it). Prints one table; measures only, never fails on a number.

    python3 tests/bench/bench_purchase.py --tvpair build/app/tvpair            # defaults: 3 s .. 30 s
    python3 tests/bench/bench_purchase.py --tvpair build/app/tvpair --runs 12 --buy-after 5:90
    python3 tests/bench/bench_purchase.py --tvpair build/app/tvpair --first-ms 500   # a fast schedule

Needs node (tests/sandbox with its node_modules). Python stdlib only.
"""
import argparse
import json
import os
import random
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Cleeng offers alice does not hold (tests/sandbox/data.js): one purchase per run.
OFFERS = ["S100000002_NL", "S100000004_NL", "S100000005_NL", "S100000006_NL", "S100000007_NL",
          "S100000008_NL", "S100000009_NL", "R200000002_NL", "R200000003_NL", "R200000004_NL",
          "R200000005_NL", "R200000006_NL", "P300000002_NL", "P300000004_NL", "P300000005_NL",
          "A400000001_NL", "A400000002_NL", "A400000003_NL", "A400000004_NL"]


def log(msg):
    print(f"[bench-purchase] {msg}", file=sys.stderr, flush=True)


def get_json(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read().decode())


def post_json(url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status


class Run:
    """One headless tvpair; its stdout events read line by line."""

    def __init__(self, argv, env):
        self.p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.buf = b""

    def next_event(self, deadline):
        """(event dict, wall-clock seconds when its line arrived), or (None, None) at the deadline/exit."""
        while time.time() < deadline:
            if b"\n" in self.buf:
                line, self.buf = self.buf.split(b"\n", 1)
                try:
                    return json.loads(line), time.time()
                except ValueError:
                    continue
            r, _, _ = select.select([self.p.stdout], [], [], 0.2)
            if r:
                chunk = os.read(self.p.stdout.fileno(), 65536)
                if not chunk:
                    return None, None
                self.buf += chunk
        return None, None

    def stop(self):
        if self.p.poll() is None:
            self.p.terminate()
            try:
                self.p.wait(5)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()


def one_run(a, issuer, cfg, store, env, offer, buy_after, log_file):
    run = Run([a.tvpair, "--headless", "--config", cfg, "--store", store, "--watch-purchase", offer], env)
    try:
        deadline = time.time() + 120
        url = None
        while url is None:
            ev, _ = run.next_event(deadline)
            if ev is None:
                raise RuntimeError(f"{offer}: no checkout_url event")
            if ev.get("event") == "user_code":
                post_json(issuer + "/test/approve", {"user_code": ev["user_code"], "account": "alice"})
            elif ev.get("event") == "checkout_url":
                url = ev["url"]
            elif ev.get("event") == "error":
                raise RuntimeError(f"{offer}: error {ev.get('code')}")
        shown_qr = time.time()
        time.sleep(max(0.0, shown_qr + buy_after - time.time()))
        # The phone: the checkout page's form, sent as a browser would.
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        body = urllib.parse.urlencode({"offer": q["offer"][0], "account": "alice"}).encode()
        with urllib.request.urlopen(urllib.request.Request(issuer + "/checkout/cleeng", data=body), timeout=10) as r:
            page = r.read().decode()
            if 'id="bought"' not in page:
                raise RuntimeError(f"{offer}: the checkout did not sell")
        while True:
            ev, at = run.next_event(time.time() + 300)
            if ev is None:
                raise RuntimeError(f"{offer}: no entitlement_granted event")
            if ev.get("event") == "entitlement_granted":
                shown = at
                break
        settled = [s for s in get_json(issuer + "/test/checkout-settlements") if s["offer"] == offer]
        settled_wall = settled[-1]["wall_ms"] / 1000.0
        # The interval in force: the gap between the question before the settlement and the one
        # that saw it (the sandbox's monotonic t_ms; the settlement as its last "not yet").
        path = f"/payments/cleeng/entitlements/{offer}"
        with open(log_file) as f:
            asks = [r for r in (json.loads(l) for l in f if l.strip()) if r.get("path") == path]
        interval = (asks[-1]["t_ms"] - asks[-2]["t_ms"]) / 1000.0 if len(asks) >= 2 else None
        return {"offer": offer, "buy_after_s": buy_after, "latency_s": shown - settled_wall,
                "interval_s": interval, "questions": len(asks),
                "watched_s": shown - shown_qr}
    finally:
        run.stop()


def pct(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tvpair", required=True)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--buy-after", default="2:60", help="seconds MIN:MAX the viewer takes to buy (uniform)")
    ap.add_argument("--first-ms", type=int, default=0,
                    help="the watch's first wait (TVPAIR_PURCHASE_WATCH_INTERVAL_MS); 0: the default 3 s doubling to 30 s")
    ap.add_argument("--checkout-delay", type=int, default=2000, help="ms a purchase takes to settle at the provider")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    a.runs = max(1, min(a.runs, len(OFFERS)))
    lo, hi = (float(v) for v in a.buy_after.split(":"))
    rng = random.Random(a.seed)
    work = tempfile.mkdtemp(prefix="bench-purchase-")
    log_file = os.path.join(work, "requests.jsonl")
    sb = subprocess.Popen(["node", "server.js", "--port", "0", "--test-endpoints", "--log", log_file,
                           "--checkout-delay", str(a.checkout_delay)],
                          cwd=os.path.join(ROOT, "tests", "sandbox"), stdout=subprocess.PIPE,
                          stderr=open(os.path.join(work, "sandbox.err"), "w"), text=True)
    results = []
    try:
        issuer = json.loads(sb.stdout.readline())["issuer"]
        cfg = os.path.join(work, "config.json")
        with open(cfg, "w") as f:
            json.dump({"issuer": issuer, "client_id": "tv-app", "scope": "openid offline_access profile products",
                       "allow_insecure_loopback": True,
                       "payment": {"provider": "cleeng", "base_url": issuer + "/payments/cleeng",
                                   "publisher_id": "123456789",
                                   "checkout_url": issuer + "/checkout/cleeng?offer={offer_id}&customer={customer_id}"}},
                      f)
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        env.update({"XDG_CACHE_HOME": os.path.join(work, "cache"), "XDG_CONFIG_HOME": os.path.join(work, "config"),
                    "XDG_DATA_HOME": os.path.join(work, "data")})
        if a.first_ms > 0:
            env["TVPAIR_PURCHASE_WATCH_INTERVAL_MS"] = str(a.first_ms)
        store = os.path.join(work, "store")
        for i in range(a.runs):
            buy_after = round(rng.uniform(lo, hi), 1)
            r = one_run(a, issuer, cfg, store, env, OFFERS[i], buy_after, log_file)
            results.append(r)
            log(f"run {i + 1}/{a.runs}: {r['offer']} bought after {buy_after:.1f} s, shown "
                f"{r['latency_s']:.2f} s after it settled (interval in force {r['interval_s'] or 0:.1f} s)")
    finally:
        sb.terminate()
        sb.wait(5)
        shutil.rmtree(work, ignore_errors=True)

    first = a.first_ms or 3000
    lat = [r["latency_s"] for r in results]
    ivs = [r["interval_s"] for r in results if r["interval_s"] is not None]
    print(f"\nBuy on the phone: settled at the provider -> shown on the TV ({len(results)} runs, "
          f"watch {first / 1000:g} s doubling to {first * 10 / 1000:g} s, jitter ±20 %, viewer buys after "
          f"{lo:g}-{hi:g} s, settles after {a.checkout_delay} ms)\n")
    print("| run | offer | bought after | interval in force | questions | settled -> shown |")
    print("|---|---|---|---|---|---|")
    for i, r in enumerate(results, 1):
        iv = f"{r['interval_s']:.1f} s" if r["interval_s"] is not None else "-"
        print(f"| {i} | {r['offer']} | {r['buy_after_s']:.1f} s | {iv} | {r['questions']} | {r['latency_s']:.2f} s |")
    print(f"\n| figure | median | p95 | max |\n|---|---|---|---|")
    print(f"| settled -> shown | {statistics.median(lat):.2f} s | {pct(lat, 95):.2f} s | {max(lat):.2f} s |")
    if ivs:
        print(f"| interval in force | {statistics.median(ivs):.1f} s | {pct(ivs, 95):.1f} s | {max(ivs):.1f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
