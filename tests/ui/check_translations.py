#!/usr/bin/env python3
"""Every catalogue complete against today's sources.

Runs lupdate over qml/ and core/session into a scratch copy of each resources/translations
.ts file (so a string added without translations is caught, not only what the files hold), then
fails, naming language, context and source, on: a translation that is unfinished, empty,
vanished or obsolete; a plural (numerus) message without exactly the forms the language has
(Arabic 6, the others here 2) or with an empty form; a %1/%2... of the source missing from the
translation; %n missing from the general plural form; "(s)" in any translation; a language in
the build list without a file, or a file whose language attribute is another language.

usage: check_translations.py <lupdate> <source dir> <lang>...
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms as Qt Linguist counts them for each language (numerus rules of QTranslator).
FORMS = {"en": 2, "da": 2, "de": 2, "es": 2, "fi": 2, "fr": 2, "nb": 2, "nl": 2, "sv": 2, "ar": 6}


def check(path, lang):
    problems = []
    root = ET.parse(path).getroot()
    if (root.get("language") or "").split("_")[0] != lang:
        problems.append(f"{lang}: the file says language={root.get('language')!r}")
    count = 0
    for ctx in root.findall("context"):
        cname = ctx.findtext("name")
        for msg in ctx.findall("message"):
            count += 1
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            where = f"{lang}: {cname}: {src!r}"
            kind = tr.get("type") if tr is not None else "missing"
            if kind:
                problems.append(f"{where} is {kind}")
                continue
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.findall("numerusform")]
                if len(forms) != FORMS[lang]:
                    problems.append(f"{where} has {len(forms)} plural forms, {lang} has {FORMS[lang]}")
                if any(not f.strip() for f in forms):
                    problems.append(f"{where} has an empty plural form")
                texts = forms
                if forms and "%n" not in forms[-1] and "%n" not in forms[min(1, len(forms) - 1)]:
                    problems.append(f"{where}: the plural forms for many lack %n")
            else:
                texts = [tr.text or ""]
                if not texts[0].strip():
                    problems.append(f"{where} is empty")
            for text in texts:
                for ph in set(re.findall(r"%\d", src)):
                    if ph not in text:
                        problems.append(f"{where}: {ph} missing in {text!r}")
                if "(s)" in text:
                    problems.append(f"{where}: '(s)' in {text!r}")
    if count == 0:
        problems.append(f"{lang}: no messages at all")
    return count, problems


def main():
    lupdate, source_dir, langs = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = []
        for lang in langs:
            ts = os.path.join(source_dir, "resources", "translations", f"tvpair_{lang}.ts")
            if not os.path.exists(ts):
                problems.append(f"{lang}: {ts} is missing")
                continue
            shutil.copy(ts, os.path.join(tmp, os.path.basename(ts)))
            scratch.append((lang, os.path.join(tmp, os.path.basename(ts))))
        run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none",
                              os.path.join(source_dir, "qml"), os.path.join(source_dir, "core", "session"),
                              "-ts"] + [p for _, p in scratch], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            return 1
        for lang, path in scratch:
            count, found = check(path, lang)
            print(f"{lang}: {count} messages, {len(found)} problems")
            problems += found
    for p in problems:
        print("FAIL", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
