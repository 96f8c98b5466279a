#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# besuk-web.service sets MemoryDenyWriteExecute=yes: no memory may ever be writable and executable (no JIT). This
# runs `besuk-web --demo` under the same kernel rule (prctl PR_SET_MDWE, Linux 6.3+) and books a visit through
# every page, then fetches the ticket's QR code, PNG and PDF: all must work. Exit 77 (skipped) on older kernels.
# Usage: wx_journey.py PATH/TO/besuk-web
import ctypes
import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN = 65, 1
libc = ctypes.CDLL(None, use_errno=True)


def deny_write_execute():
    if libc.prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) != 0:
        os._exit(77)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    runtime = tempfile.mkdtemp(prefix="besuk-wx-")
    os.chmod(runtime, 0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=runtime, QT_QPA_PLATFORM="offscreen")
    web = subprocess.Popen([sys.argv[1], "--demo", "--listen", "127.0.0.1:0"], stderr=subprocess.PIPE, env=env,
                           preexec_fn=deny_write_execute, text=True)
    try:
        return journey(web)
    finally:
        web.terminate()
        web.wait(30)
        shutil.rmtree(runtime, ignore_errors=True)


def journey(web):
    line = web.stderr.readline()
    while "serving" not in line:
        if not line:
            return 77 if web.wait() == 77 else fail("besuk-web did not start under PR_SET_MDWE")
        line = web.stderr.readline()
    base = "http://127.0.0.1:" + re.search(r":(\d+)/", line).group(1)
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)

    def request(path, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        try:
            with opener.open(base + path, data, timeout=60) as response:
                return response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers

    def value(html, name):
        found = re.search(rb'name="' + name.encode() + rb'"[^>]*?value="([^"]*)"', html)
        return found.group(1).decode() if found else None

    status, html, _ = request("/")
    expect(status == 200, "GET / answered %d" % status)
    fields = {"service": "visit", "date": value(html, "date"), "csrf": value(html, "csrf")}
    steps = [("/book/inmate", {}), ("/book/slot", {"inmate_number": "B.I-001/2025", "inmate_name": "Andi Wijaya"}),
             ("/book/visitors", {"slot": None}), ("/book/review", {"nik1": "6471054501900003",
                                                                   "name1": "Sri Wahyuni", "children": "1"})]
    for path, more in steps:
        for name, given in more.items():
            fields[name] = given if given is not None else value(html, name)
        status, html, _ = request(path, fields)
        expect(status == 200, "POST %s answered %d" % (path, status))
        fields["csrf"] = value(html, "csrf") or fields["csrf"]
    status, _, headers = request("/book/confirm", fields)
    link = headers.get("Location") or ""
    expect(status == 303 and link.startswith("/booking/"), "POST /book/confirm answered %d" % status)
    code, token = link[len("/booking/"):].split("?t=")
    for part, magic in (("qr.png", b"\x89PNG"), ("ticket.png", b"\x89PNG"), ("ticket.pdf", b"%PDF")):
        status, body, _ = request("/booking/%s/%s?t=%s" % (code, part, token))
        expect(status == 200 and body.startswith(magic), "GET %s answered %d" % (part, status))
    print("wx_journey: booked %s and fetched its QR code, PNG and PDF with write-xor-execute memory" % code)
    return 0


def expect(condition, message):
    if not condition:
        fail(message)


def fail(message):
    print("wx_journey: " + message, file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    sys.exit(main())
