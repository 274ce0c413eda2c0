"""Helpers shared by the benchmark drivers (bench.py, display.py, display_vm.py, emulated.py)."""
import statistics
import subprocess
import time


def time_to_line(cmd, env, needle, timeout=60, keep=False):
    """Seconds from just before spawning cmd to the first stdout line containing needle."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    dt, line = None, None
    deadline = t0 + timeout
    while time.monotonic() < deadline:
        line = p.stdout.readline()
        if not line:
            break
        if needle in line:
            dt = time.monotonic() - t0
            break
    if keep:
        return dt, line, p
    p.kill()
    p.wait()
    return dt, line, None


def stats(xs):
    """min / median / max / n / all of the values that are not None; None when there are none."""
    xs = [x for x in xs if x is not None]
    if not xs:
        return None
    return {"min": min(xs), "median": statistics.median(xs), "max": max(xs), "n": len(xs), "all": xs}
