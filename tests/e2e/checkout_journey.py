#!/usr/bin/env python3
"""Buy on the phone, seen on the TV at once (ctest: e2e_checkout).

The real tvpair window under a private Xvfb, signed in against a private sandbox by the scripted
phone. The viewer opens an available product's details with remote keys (xdotool); the TV shows
the checkout QR, which zbarimg decodes to exactly the tenant's checkout URL for this viewer, at
1920x1080. The scripted phone (urllib with cookies) buys from that URL; the TV then shows
"It's yours" under "You have" with no key press. From the sandbox's request log: how often the
provider was asked about the product while the QR was shown (bounded), and not after access
showed. Back on Home, the renewing plan's details show the manage QR; the phone cancels there.
Then the app starts again on a 1280x720 screen (signed in) and another product is bought the
same way. Screenshots at both sizes.

Usage: checkout_journey.py --tvpair BIN --source SRC_DIR --artifacts DIR
Screenshots: <artifacts>/checkout_<step>.png. Exit 0 when every check passes, else 1 with one
line "FAIL checkout: <reason>" on stderr. Never prints a token, cookie or password.
"""
import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("journey", os.path.join(HERE, "journey.py"))
journey = importlib.util.module_from_spec(spec)
spec.loader.exec_module(journey)
check, log, has, CheckFailed = journey.check, journey.log, journey.has, journey.CheckFailed

WATCH_FIRST_MS = 500  # the watch's first wait here (TVPAIR_PURCHASE_WATCH_INTERVAL_MS); longest 5 s
OFFER = "S100000002_NL"  # Premium Yearly: the second card under Available, which alice does not hold
OFFER_TITLE = "Premium Yearly"
OFFER_720 = "S100000004_NL"  # Sports Yearly: the fourth card (the third, Sports Monthly, is held)
OFFER_720_TITLE = "Sports Yearly"
RENEWING = "S100000001_NL"  # Premium Monthly: alice's renewing plan, first under "You have"
CUSTOMER = "700000001"  # alice's Cleeng customer id
LOCALE = "en-US"  # the UI's language tag under LANG=en_US.UTF-8


def new_screen(world, size):
    """A second private X screen of `size` for the next start of the app (Xvfb cannot change
    its own size: it offers no other RandR mode); the first one stays until the journey ends."""
    rfd, wfd = os.pipe()
    xv = world.procs.start("xvfb-" + size, ["Xvfb", "-displayfd", str(wfd), "-screen", "0", f"{size}x24",
                                             "-nolisten", "tcp", "-noreset"],
                           pass_fds=(wfd,), stdout=subprocess.DEVNULL,
                           stderr=open(os.path.join(world.work, f"xvfb-{size}.err"), "w"))
    os.close(wfd)
    display = journey.read_line(xv, rfd, 30 * journey.SLOW, "Xvfb").strip()
    os.close(rfd)
    world.env["DISPLAY"] = f":{display}"
    world.screen.env = world.env


def buy_on_the_phone(w, offer, title, size):
    """The details of `offer` are open: its QR is exactly the checkout URL, the phone buys from
    it, and the TV shows the purchase without a key press. Returns the checkout URL."""
    issuer = w.issuer
    expected = f"{issuer}/checkout/cleeng?offer={offer}&customer={CUSTOMER}&lang={LOCALE}"
    # The QR first (zbarimg is cheap), the words only once it is there (tesseract is not).
    shot = w.screen.wait_for(f"details_{size}", lambda s: s.qr == [expected] and has(s.text, "Buy on your phone"),
                             20, "the checkout QR (exactly the checkout URL) and 'Buy on your phone'")
    check(has(shot.text, title), f"the details are not those of {title}")
    check(image_size(shot.path) == tuple(int(v) for v in size.split("x")), f"the capture is not {size}")
    log(f"checkout: {size} details of {title} show 'Buy on your phone', QR decodes to exactly the checkout URL")

    # The phone scans and buys; the purchase settles at the provider a second later.
    phone = journey.Browser()
    url, status, page = phone.fetch(expected)
    check(status == 200 and title in page, f"phone: the checkout page answered HTTP {status}")
    check('id="bought"' in submit(phone, url, page, "buy", "checkout"), "phone: no 'Thank you' after Buy")

    # No key press from here: the TV shows the purchase by itself.
    # The QR goes when the purchase shows: read the words only on a screenshot without it.
    w.screen.wait_for(f"bought_{size}", lambda s: s.qr == [] and has(s.text, "It's yours") and has(s.text, "You have"),
                      40, "'It's yours' under 'You have', and no checkout QR, without a key press")
    settled = [x["offer"] for x in journey.get_json(f"{issuer}/test/checkout-settlements")]
    check(settled.count(offer) == 1, f"the sandbox settled {settled.count(offer)} purchases of {offer}, not one")
    log(f"checkout: {size}: the phone bought from the QR's URL; the TV shows 'It's yours' under 'You have' "
        f"with no key press")
    return expected


def image_size(path):
    r = subprocess.run(["identify", "-format", "%w %h", path], capture_output=True, text=True, timeout=30)
    w, h = r.stdout.split()
    return int(w), int(h)


def lists_fetched(world):
    """How many times the TV fetched the viewer's Cleeng lists (the sandbox's request log)."""
    with open(os.path.join(world.work, "sandbox-requests.jsonl")) as f:
        return sum(1 for r in (json.loads(l) for l in f if l.strip())
                   if r.get("path") == f"/payments/cleeng/customers/{CUSTOMER}/offers" and r.get("status") == 200)


def wait_home(world, step, fetched_before):
    """Home after the lists were fetched (again): no QR on screen and a new fetch in the log; a
    moment for focus to land on the first card."""
    world.screen.wait_for(step, lambda s: s.qr == [] and lists_fetched(world) > fetched_before, 30,
                          "home with the lists fetched")
    time.sleep(1.0)


def provider_questions(world, offer):
    """t_ms of each request the TV made about one offer's access (the sandbox's request log)."""
    path = f"/payments/cleeng/entitlements/{offer}"
    with open(os.path.join(world.work, "sandbox-requests.jsonl")) as f:
        return [r["t_ms"] for r in (json.loads(l) for l in f if l.strip()) if r.get("path") == path]


def submit(phone, url, body, form_id, what):
    """Send the page's form `form_id` as a browser would; returns the next page's body."""
    forms = journey.FormParser()
    forms.feed(body)
    form = next((f for f in forms.forms if f["id"] == form_id), None)
    check(form is not None, f"phone: the {what} page has no form {form_id}")
    values = {i["name"]: i["value"] for i in form["inputs"] if i["name"]}
    _, status, after = phone.fetch(urllib.parse.urljoin(url, form["action"]), values)
    check(status == 200, f"phone: {what} answered HTTP {status}")
    return after


def checkout(args):
    with journey.World(args, "checkout", ["--checkout-delay", "1000"]) as w:
        issuer = w.issuer
        with open(w.config) as f:
            config = json.load(f)
        config["payment"]["checkout_url"] = issuer + "/checkout/cleeng?offer={offer_id}&customer={customer_id}&lang={locale}"
        config["payment"]["manage_url"] = issuer + "/checkout/cleeng/manage?customer={customer_id}&lang={locale}"
        with open(w.config, "w") as f:
            json.dump(config, f, indent=2)
        w.env.update({"TVPAIR_PURCHASE_WATCH_INTERVAL_MS": str(WATCH_FIRST_MS), "LANG": "en_US.UTF-8",
                      "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en"})
        w.start_app(1)
        # Sign-in by the QR alone (the sign-in journeys read the code with OCR; not needed here).
        device = issuer + "/device?user_code="
        shot = w.screen.wait_for("signin", lambda s: len(s.qr) == 1 and s.qr[0].startswith(device), 30,
                                 "the sign-in QR")
        _, body, steps = journey.Browser().follow(shot.qr[0], "alice", "alice", "Allow")
        check('id="success"' in body, f"phone: did not reach the 'Signed in' page (pages: {' > '.join(steps)})")
        wait_home(w, "home", 0)

        # Up to the Account button (wherever focus landed), Down twice to Available, Right to its
        # second card, Ok: the details with the checkout QR.
        w.screen.key("Up", "Up", "Down", "Down", "Right", "Return")
        buy_on_the_phone(w, OFFER, OFFER_TITLE, "1920x1080")

        # Politeness: bounded while watching, nothing once access showed.
        at = provider_questions(w, OFFER)
        span_s = max(1e-3, (at[-1] - at[0]) / 1000.0)
        per_min = 60.0 * (len(at) - 1) / span_s if len(at) > 1 else 0.0
        log(f"checkout: the provider was asked {len(at)} times about the product over {span_s:.1f} s "
            f"({per_min:.1f}/min; first wait {WATCH_FIRST_MS} ms, longest {10 * WATCH_FIRST_MS} ms)")
        check(per_min <= 60.0 / (0.8 * WATCH_FIRST_MS / 1000.0), f"{per_min:.1f} questions a minute is faster than the schedule")

        # Home: the plan is under "You have" now (a screenshot to look at).
        w.screen.key("Escape")
        time.sleep(1.0)
        w.screen.shot("home_after")

        # Manage on your phone: the renewing plan's details, the phone cancels it there.
        w.screen.key("Up", "Up", "Down")  # to the Account button and back: the first card of "You have"
        w.screen.key("Left", "Left", "Left", "Return")
        manage = f"{issuer}/checkout/cleeng/manage?customer={CUSTOMER}&lang={LOCALE}"
        w.screen.wait_for("manage_1920x1080", lambda s: s.qr == [manage], 20, "the manage QR (exactly the manage URL)")
        phone = journey.Browser()
        url, status, page = phone.fetch(manage)
        check(status == 200, f"phone: the manage page answered HTTP {status}")
        check('id="cancelled"' in submit(phone, url, page, f"cancel-{RENEWING}", "manage"),
              "phone: the manage page did not cancel")
        log("checkout: the renewing plan's details show the manage QR; the phone cancelled there")
        check(len(provider_questions(w, OFFER)) == len(at), "the TV asked about the product after access showed")
        log("checkout: no question about the bought product after access showed")

        # 1280x720: the app starts again on a smaller screen, signed in; another product.
        w.stop_app()
        new_screen(w, "1280x720")
        fetched = lists_fetched(w)
        w.start_app(2)
        wait_home(w, "home_1280x720", fetched)
        w.screen.key("Up", "Up", "Down", "Down", "Right", "Right", "Right", "Return")
        buy_on_the_phone(w, OFFER_720, OFFER_720_TITLE, "1280x720")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tvpair", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--artifacts", required=True)
    args = ap.parse_args()
    args.artifacts = os.path.abspath(args.artifacts)
    os.makedirs(args.artifacts, exist_ok=True)
    for tool in ("Xvfb", "xdotool", "import", "identify", "convert", "zbarimg", "tesseract", "node"):
        if not shutil.which(tool):
            print(f"FAIL setup: {tool} not found (install xvfb xdotool imagemagick "
                  f"zbar-tools tesseract-ocr tesseract-ocr-eng nodejs)", file=sys.stderr)
            return 1
    t0 = time.time()
    try:
        checkout(args)
    except CheckFailed as e:
        print(f"FAIL checkout: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # a tool or the sandbox broke: still one line
        print(f"FAIL checkout: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    log(f"PASS checkout ({time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
