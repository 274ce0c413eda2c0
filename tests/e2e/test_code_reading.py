#!/usr/bin/env python3
"""How the e2e journeys decide that the screen shows the QR code's user code (journey.py,
code_on_screen), on what tesseract really read (ctest: e2e_code_reading).

The readings are the plain pass's words around the code: from two CI runs that failed on them,
and from codes rendered by Qt in the sign-in font (DejaVu Sans Bold, 120 px, letter spacing 10)
into a real sign-in screenshot; the last two are made up in the shape of misreadings the journeys
met before. Each must be taken as its code, and no code one letter away may be taken instead.
"""
import importlib.util
import os
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("journey", os.path.join(HERE, "journey.py"))
journey = importlib.util.module_from_spec(spec)
spec.loader.exec_module(journey)

ALPHABET = journey.Screen.CODE_LETTERS.replace("-", "")  # the letters the journeys read a code in

# (code on screen, what the plain OCR pass read)
READ = [
    # CI: the Js of JJ read as }}; no code-only pass read both Js either.
    ("WPLV-MGJJ", "® tvpair e2e Sign in Sign in with your phone or scan Go to http://127.0.0.1:38623/device "
                  "on your phone and enter oo L is WPLV-MG}} = . oa Code valid for 9:00 oe"),
    # CI, a run before: a trailing J read as }.
    ("LVTP-QMQJ", "Plas ty = all LVTP-QMQ} of rr"),
    # Rendered and read here: J as ), as } before a J, and } J for JJ.
    ("BZTS-KSZJ", "Plas ty = all BZTS-KSZ) of rr"),
    ("RGWJ-XMWH", "Plas ty = all RGW)-XMWH of rr"),
    ("PFWD-XJJJ", "Plas ty = all PFWD-X)JJ of rr"),
    ("SJVS-LQJJ", "Plas ty = all SJVS-LQ)J of rr"),
    ("RWPZ-XNGJ", "Plas ty = all RWPZ-XNG} of rr"),
    ("WPLV-MGJJ", "Plas ty = all WPLV-MG}}J of rr"),
    # Made up: Q read as O and as 0, and an I seen between J and R.
    ("TKQP-WDQM", "Go to http://127.0.0.1:35357/device on your phone and enter TKOP-WD0M Code valid for 10:00"),
    ("BJRM-HKTC", "enter BJIRM-HKTC Code valid"),
]

# Read wrong in a way that must not pass: a letter dropped, or read as another code letter. The
# journeys then try the code-only passes, and fail when none of them reads the code.
NOT_READ = [
    ("WPLV-MGJJ", "WPLV-MGJ - - - C W PC KN"),   # a code-only pass dropped one J of JJ
    ("NLMB-ZDBJ", "a Pa a a! vy wh = all NLMB-ZDB"),
    ("BTCT-JFJJ", "Plas ty = all BICT-JFJJ of rr"),
    ("NVVJ-TFWC", "Plas ty = all NVVJ-TEWC of rr"),
]


def one_letter_away(code):
    for i, c in enumerate(code):
        if c == "-":
            continue
        for other in ALPHABET:
            if other != c:
                yield code[:i] + other + code[i + 1:]


class CodeReadingTest(unittest.TestCase):
    def test_readings_are_their_code(self):
        for code, text in READ:
            with self.subTest(code=code):
                self.assertTrue(journey.code_on_screen(text, code), f"{text!r} not taken as {code}")

    def test_no_code_one_letter_away_is_taken(self):
        for code, text in READ:
            for other in one_letter_away(code):
                with self.subTest(code=code, other=other):
                    self.assertFalse(journey.code_on_screen(text, other), f"{text!r} taken as {other}")

    def test_misreadings_fail(self):
        for code, text in NOT_READ:
            with self.subTest(code=code):
                self.assertFalse(journey.code_on_screen(text, code), f"{text!r} taken as {code}")

    def test_brackets_stand_only_for_j(self):
        # ) } ] map to J and to nothing else: the same reading with a K there is another code.
        self.assertTrue(journey.code_on_screen("enter LVTP-QMQ]", "LVTP-QMQJ"))
        self.assertFalse(journey.code_on_screen("enter LVTP-QMQ}", "LVTP-QMQK"))
        self.assertFalse(journey.code_on_screen("enter LVTP-QMQ", "LVTP-QMQJ"))


if __name__ == "__main__":
    unittest.main()
