#!/usr/bin/env python3
"""Suite-wide secrets scan (no secret or payment token in any output).

Reads the secret ledger(s) that the sandbox (tests/sandbox/ledger.js) and the fake servers
(tests/support/FaultServer.h) append to while the suite runs, one "<kind>\\t<value>" per line,
and looks for every value in everything the suite printed or left behind: the ctest log
(Testing/Temporary/LastTest.log holds every test's whole output), the captured output of every
tvpair run ($TVPAIR_TEST_CAPTURE_DIR), the e2e artefacts, sandbox logs, *.jsonl, ... and the
names of all files (screenshots included).

Usage: scan-suite.py --ledger FILE [--ledger FILE ...] [--require FILE ...]
                     [--allow-empty-ledger] [--exclude PATH ...] PATH [PATH ...]

PATH: files or directories (walked recursively). Binary files (images, objects, anything with
a NUL byte in its first 8 KiB) are not read, but their names are checked. Build products that
tests do not write (CMakeFiles/, *_autogen/, .rcc/, sources, ninja files) are skipped.

A client secret inside a tenant config file (*config*.json) is where it belongs, not a finding.

Each value is also looked for base64/base64url-encoded (at any byte alignment: a Basic-auth header
holds "client_id:secret") and percent-encoded; such a finding names the kind "<kind> (encoded)".

Output: one line per finding, "FILE:LINE: <kind>" (or "FILE: file name contains <kind>"), never
the value itself; then a summary. Exit 0: clean; 1: a value was found; 2: the scan would be
vacuous or could not run (no ledger, an empty ledger, a --require'd file missing, nothing read).
"""
import argparse
import base64
import os
import re
import sys
import urllib.parse
from collections import Counter, defaultdict

ANCHOR = 12          # characters of a value used to find candidate positions
MIN_VALUE_LEN = 8    # shorter ledger values would match by chance; they are counted, not scanned
BINARY_EXT = {
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".pdf", ".ppm", ".pgm",
    ".gz", ".xz", ".zst", ".zip", ".tar", ".deb", ".o", ".a", ".so", ".qmlc", ".jsc", ".pyc",
}
BUILD_EXT = {".cpp", ".cxx", ".c", ".h", ".hpp", ".cmake", ".ninja", ".qrc", ".qmltypes", ".rsp", ".d"}
BUILD_FILES = {"build.ninja", ".ninja_log", ".ninja_deps", "CMakeCache.txt", "compile_commands.json",
               "CTestTestfile.cmake", "cmake_install.cmake", "install_manifest.txt"}
BUILD_DIRS = {"CMakeFiles", ".rcc", ".qt", "meta_types", "qmltypes", "node_modules", "__pycache__"}
# Characters a token value is made of (base64/base64url, JWT dots, hex, "~"). A value made only
# of these lies wholly inside one maximal run of them wherever it appears.
RUN_CHARS = "A-Za-z0-9._~+/=-"
RUN_SET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+/=-")
RUN = re.compile("[%s]{%d,}" % (RUN_CHARS, ANCHOR))
CONFIG_NAME = re.compile(r"config[^/]*\.json$")  # tenant configs the tests write: client secrets allowed there


def die(msg):
    print(f"scan-suite: {msg}", file=sys.stderr)
    sys.exit(2)


class Matcher:
    def __init__(self, values):
        self.anchors = defaultdict(list)   # value[:ANCHOR] -> [(value, kind)]
        self.plain = []                    # values with other characters: plain substring search
        for value, kind in values.items():
            if set(value) <= RUN_SET and len(value) >= ANCHOR:
                self.anchors[value[:ANCHOR]].append((value, kind))
            else:
                self.plain.append((value, kind))

    def hits(self, line):
        """(start, value, kind) of every ledger value that occurs in line (a str)."""
        found = []
        anchors = self.anchors
        for m in RUN.finditer(line):
            run = m.group()
            for i in range(len(run) - ANCHOR + 1):
                cands = anchors.get(run[i:i + ANCHOR])
                if cands:
                    for value, kind in cands:
                        if run.startswith(value, i):
                            found.append((m.start() + i, value, kind))
        for value, kind in self.plain:
            at = line.find(value)
            while at >= 0:
                found.append((at, value, kind))
                at = line.find(value, at + 1)
        return found

    def kinds_in(self, line):
        return [kind for _, _, kind in self.hits(line)]

    def mask(self, text):
        """text with every ledger value replaced by <kind>: what may be printed."""
        for start, value, kind in sorted(self.hits(text), reverse=True):
            text = text[:start] + f"<{kind}>" + text[start + len(value):]
        return text


def encoded_forms(value):
    """What a value looks like when a log holds it encoded rather than as it is: inside base64 or
    base64url (a Basic-auth header is base64 of "client_id:client_secret", so the value may start
    at any byte offset: every one of the three alignments, without the edge characters that also
    depend on the neighbouring bytes) and percent-encoded. Each form keeps the value's kind."""
    raw = value.encode("utf-8")
    forms = set()
    for shift in range(3):
        enc = base64.b64encode(b"\0" * shift + raw).decode("ascii").rstrip("=")
        first = -(-8 * shift // 6)            # first character made of value bits only
        last = (8 * (shift + len(raw))) // 6  # characters before this hold no bits from after the value
        inner = enc[first:last]
        if len(inner) >= MIN_VALUE_LEN + 2:
            forms.add(inner)
            forms.add(inner.replace("+", "-").replace("/", "_"))
    quoted = urllib.parse.quote(value, safe="")
    if quoted != value:
        forms.add(quoted)
    forms.discard(value)
    return forms


def read_ledgers(paths):
    values = {}
    lines = 0
    short = 0
    for p in paths:
        try:
            with open(p, "rb") as f:
                raw = f.read()
        except OSError as e:
            die(f"cannot read the ledger {p}: {e.strerror}")
        for line in raw.decode("latin-1").splitlines():
            if not line.strip():
                continue
            lines += 1
            kind, sep, value = line.partition("\t")
            if not sep:
                kind, value = "secret", line
            value = value.strip()
            if len(value) < MIN_VALUE_LEN:
                short += 1
                continue
            values.setdefault(value, kind.strip() or "secret")
    return values, lines, short


def with_encoded_forms(values):
    """values plus the encoded forms of each, as "<kind> (encoded)"; a value itself wins."""
    out = dict(values)
    for value, kind in values.items():
        for form in encoded_forms(value):
            out.setdefault(form, f"{kind} (encoded)")
    return out


def is_build_product(name):
    if name in BUILD_FILES:
        return True
    return os.path.splitext(name)[1].lower() in BUILD_EXT


def walk(paths, excluded):
    """Every file given or below the directories given, without build products and exclusions."""
    for root in paths:
        if os.path.isfile(root):
            yield root
            continue
        if not os.path.isdir(root):
            die(f"no such file or directory: {root}")
        for d, dirs, files in os.walk(root):
            dirs[:] = sorted(x for x in dirs
                             if x not in BUILD_DIRS and not x.endswith("_autogen")
                             and os.path.realpath(os.path.join(d, x)) not in excluded)
            for name in sorted(files):
                p = os.path.join(d, name)
                if os.path.realpath(p) in excluded or is_build_product(name):
                    continue
                yield p


def main():
    ap = argparse.ArgumentParser(description="Look for every secret the sandbox issued in the suite's output.")
    ap.add_argument("--ledger", action="append", default=[], help="secret ledger file (repeatable)")
    ap.add_argument("--require", action="append", default=[], help="a file that must exist and be scanned")
    ap.add_argument("--exclude", action="append", default=[], help="a file or directory not to scan")
    ap.add_argument("--allow-empty-ledger", action="store_true",
                    help="a partial run that started no sandbox: an empty ledger is not an error")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    if not args.ledger:
        die("no --ledger given")

    values, ledger_lines, short = read_ledgers(args.ledger)
    kinds = Counter(values.values())
    if not values and not args.allow_empty_ledger:
        die("the secret ledger is empty: nothing issued a secret, so the scan would prove nothing "
            "(was TVPAIR_SECRET_LEDGER passed to the sandbox?)")
    searched = with_encoded_forms(values)
    matcher = Matcher(searched)

    excluded = {os.path.realpath(p) for p in args.ledger + args.exclude}
    files = list(walk(args.paths, excluded))
    seen = {os.path.realpath(p) for p in files}
    for r in args.require:
        if not os.path.isfile(r):
            die(f"required file missing: {matcher.mask(r)}")
        if os.path.realpath(r) not in seen:
            files.append(r)

    findings = []
    read_files = read_bytes = skipped_binary = 0
    for p in files:
        shown = matcher.mask(p)  # a path that holds a value is printed with <kind> in its place
        for kind in matcher.kinds_in(p):
            findings.append(f"{shown}: file name contains {kind}")
        if os.path.splitext(p)[1].lower() in BINARY_EXT:
            skipped_binary += 1
            continue
        try:
            with open(p, "rb") as f:
                data = f.read()
        except OSError:
            continue  # vanished or unreadable (a socket, a private store file): nothing printed there
        if b"\0" in data[:8192]:
            skipped_binary += 1
            continue
        read_files += 1
        read_bytes += len(data)
        if not values:
            continue
        tenant_config = CONFIG_NAME.search(os.path.basename(p)) is not None
        for n, line in enumerate(data.decode("latin-1").splitlines(), 1):
            for kind in matcher.kinds_in(line):
                if kind == "client_secret" and tenant_config:
                    continue  # a tenant config file is where a client secret belongs
                findings.append(f"{shown}:{n}: {kind}")

    for r in args.require:
        if os.path.getsize(r) == 0:
            die(f"required file is empty: {matcher.mask(r)}")
    if read_files == 0:
        die("no text file was read: the scan would prove nothing")

    for line in findings:
        print(f"scan-suite: LEAK {line}")
    by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"
    print(f"scan-suite: {len(values)} secret values from {ledger_lines} ledger lines ({by_kind}), "
          f"searched with {len(searched) - len(values)} encoded forms (base64, percent); "
          f"{short} too short to scan; {read_files} text files ({read_bytes} bytes) read, "
          f"{skipped_binary} binary files checked by name only; {len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
