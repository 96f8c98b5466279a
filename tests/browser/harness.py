# SPDX-License-Identifier: GPL-3.0-or-later
"""The browser tests' machinery: a fresh facility made with besuk-cli, besuk-web serving it on a free loopback port,
and Debian's chromium driven headless through chromium-driver at a phone's viewport (360x740 CSS pixels)."""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

SKIPPED = 77  # CTest's SKIP_RETURN_CODE for these tests
PHONE = {"width": 360, "height": 740, "pixelRatio": 2}
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/120.0 Mobile Safari/537.36")
ROSTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "demo", "roster.csv")


class Failure(Exception):
    """A test expectation that did not hold."""


def expect(condition, message):
    if not condition:
        raise Failure(message)


def skip(reason):
    print("SKIPPED: " + reason)
    sys.exit(SKIPPED)


def wait_until(condition, what, timeout=20.0, every=0.05):
    """Polls `condition` until it returns something true; that value is returned. Fails after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failure("timed out waiting for " + what)
        time.sleep(every)


class Cli:
    """besuk-cli on the test's database."""

    def __init__(self, program, database):
        self.program = program
        self.database = database
        self.key = database + ".key"

    def run(self, *arguments, now=None, check=True):
        command = [self.program, "--db", self.database, "--key", self.key]
        if now:
            command += ["--now", now]
        done = subprocess.run(command + list(arguments), capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            raise Failure("besuk-cli %s exited with %d: %s%s" % (" ".join(arguments), done.returncode, done.stdout,
                                                                  done.stderr))
        return done

    def json(self, *arguments, now=None):
        return json.loads(self.run(*arguments, now=now).stdout)


def demo_rules(small_slot_capacity):
    """The demo facility's rules (besuk-web --demo): visits round the clock, four booking slots on every day; the
    13:00 slot holds `small_slot_capacity` people so that a test can fill it with one booking."""
    slots = [{"start": "08:00", "end": "09:00", "capacity": 40}, {"start": "09:00", "end": "10:00", "capacity": 40},
             {"start": "10:00", "end": "11:00", "capacity": 40},
             {"start": "13:00", "end": "14:00", "capacity": small_slot_capacity}]
    return {"opens": "00:00", "closes": "23:59", "booking_slots": {str(day): slots for day in range(1, 8)}}


class Site:
    """A facility "Rutan Demo" made with besuk-cli in a fresh folder and besuk-web serving it."""

    def __init__(self, web, cli, small_slot_capacity=40):
        self.folder = tempfile.mkdtemp(prefix="besuk-browser-")
        self.cli = Cli(cli, os.path.join(self.folder, "besuk.db"))
        self.cli.run("init", "--facility", "Rutan Demo")
        self.cli.run("inmate", "import", ROSTER)
        rules = os.path.join(self.folder, "rules.json")
        with open(rules, "w", encoding="utf-8") as file:
            json.dump(demo_rules(small_slot_capacity), file)
        self.cli.run("rules", "set", rules)
        self.log = []
        self.process = subprocess.Popen(
            [web, "--db", self.cli.database, "--key", self.cli.key, "--listen", "127.0.0.1:0",
             "--bookings-per-hour", "1000"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        threading.Thread(target=self._read_log, daemon=True).start()
        line = wait_until(lambda: next((l for l in self.log if "serving http://" in l), None) or self._exited(),
                          "besuk-web to listen")
        expect("serving http://" in line, "besuk-web did not start:\n" + "\n".join(self.log))
        self.base = line[line.index("http://"):].strip().rstrip("/")
        wait_until(self._answers, "besuk-web to answer on " + self.base)

    def _read_log(self):
        for line in self.process.stderr:
            self.log.append(line.rstrip("\n"))

    def _exited(self):
        return "exited" if self.process.poll() is not None else None

    def _answers(self):
        try:
            with urllib.request.urlopen(self.base + "/", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def stop(self):
        """Stops besuk-web with SIGTERM as a service manager would; it must exit cleanly (under the sanitizers: no
        leak report)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                raise Failure("besuk-web did not stop on SIGTERM")
        code = self.process.returncode
        shutil.rmtree(self.folder, ignore_errors=True)
        expect(code == 0, "besuk-web exited with %d:\n%s" % (code, "\n".join(self.log[-60:])))


def chromium_paths():
    import importlib.util
    if importlib.util.find_spec("selenium") is None:
        skip("python3-selenium is not installed (Debian: python3-selenium; run with /usr/bin/python3)")
    browser = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        skip("chromium and chromium-driver are not installed")
    return browser, driver


def start_browser(downloads, javascript=True):
    """Headless chromium as a phone: 360x740 viewport, a phone's user agent, downloads into `downloads`."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    browser, driver = chromium_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    options.add_argument("--headless=new")
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # chromium refuses to run as root otherwise
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--lang=id-ID")
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE, "userAgent": PHONE_AGENT})
    prefs = {"download.default_directory": downloads, "download.prompt_for_download": False,
             "intl.accept_languages": "id-ID,id"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    service = Service(executable_path=driver, log_path=os.path.join(downloads, "chromedriver.log"))
    try:
        session = webdriver.Chrome(service=service, options=options)
    except Exception as problem:  # a chromium that cannot start here is not a failure of the site
        skip("chromium could not start: %s" % str(problem).splitlines()[0])
    session.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    session.set_page_load_timeout(30)
    return session


WATCHDOG_SECONDS = 240  # below the CTest TIMEOUT (tests/browser/CMakeLists.txt)


def _overtime(signum, frame):
    raise Failure("the test took longer than %d s" % WATCHDOG_SECONDS)


def main(scenarios):
    """Runs the scenario named on the command line: SCENARIO --web PATH --cli PATH --probe PATH --out DIR."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=sorted(scenarios))
    parser.add_argument("--web", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--probe", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    chromium_paths()
    signal.signal(signal.SIGALRM, _overtime)
    signal.alarm(WATCHDOG_SECONDS)  # ends a hung step as a failure, so the browser and besuk-web are stopped
    out = os.path.join(args.out, args.scenario)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    try:
        scenarios[args.scenario](args, out)
    except Failure as failure:
        print("FAILED: %s\n(screenshots and pages in %s)" % (failure, out))
        return 1
    print("passed (screenshots in %s)" % out)
    return 0
