"""Spawn-to-output timing shared by bench.py and emulated.py."""
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
