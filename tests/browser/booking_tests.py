#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Booking on a phone in a real browser (chromium headless through chromium-driver): the ticket, its QR read back from
a screenshot, the PDF and the image, sharing, cancelling, the same without JavaScript, and checking in at the gate
with besuk-cli. Run by CTest (tests/browser/CMakeLists.txt); exit 77 = skipped (no chromium, driver or selenium)."""

import json
import shutil
import subprocess
import sys
import urllib.parse

from harness import Failure, Site, expect, main
from journey import LEAD, SECOND, book, plain_code, wait_for_qr
from phone import Phone


def probe(args, site, image):
    """The QR in `image` as the gate would read it, checked against the facility (tests/browser/TicketProbe.cpp)."""
    done = subprocess.run([args.probe, image, site.cli.database, site.cli.key], capture_output=True, text=True,
                          timeout=60)
    expect(done.returncode == 0, "no QR code could be read in %s: %s%s" % (image, done.stdout, done.stderr))
    return json.loads(done.stdout)


def expect_ticket(found, code, day, what):
    expect(found.get("signature_valid"), "%s: the QR's signature is not the facility's: %s" % (what, found))
    expect(found.get("booked") and found.get("booking_code") == plain_code(code),
           "%s: the QR is not booking %s's: %s" % (what, code, found))
    expect(found.get("date") == day, "%s: the QR is for %s, not %s" % (what, found.get("date"), day))


def check_pdf(path, code):
    with open(path, "rb") as file:
        pdf = file.read()
    expect(pdf.startswith(b"%PDF"), "the ticket download is not a PDF")
    expect(2_000 < len(pdf) < 500_000, "the ticket PDF has %d bytes" % len(pdf))
    expect(shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the ticket PDF")
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, timeout=60).stdout
    expect(code in text or plain_code(code) in text, "the ticket PDF does not show %s: %r" % (code, text))
    print("ticket PDF: %d bytes" % len(pdf))


def journey(args, out):
    """Indonesian (the default): book for two adults and a child, then everything the ticket page offers."""
    site = Site(args.web, args.cli)
    phone = Phone(site, out)
    try:
        code, day = book(phone, adults=(LEAD, SECOND), children=1)
        expect(phone.language() == "id", "the site did not start in Indonesian")
        expect(phone.text("#booking-status") == "Dipesan", "the status is %r" % phone.text("#booking-status"))
        wait_for_qr(phone)
        expect_ticket(probe(args, site, phone.screenshot_of("#ticket-qr", "ticket-qr-screen")), code, day,
                      "the screenshot")
        whatsapp = phone.find("#share-whatsapp").get_attribute("href")
        expect(whatsapp.startswith("https://wa.me/?text="), "the WhatsApp link is %r" % whatsapp)
        expect(code in urllib.parse.unquote(whatsapp), "the WhatsApp message does not carry %s" % code)
        check_pdf(phone.download("#ticket-pdf", ".pdf"), code)
        expect_ticket(probe(args, site, phone.download("#ticket-png", ".png")), code, day, "the ticket image")
        phone.save_weights()
    finally:
        phone.close()
        site.stop()


def gate(cli, day, *arguments):
    """A gate command of besuk-cli (scan, inspect, admit: JSON on standard output) at 09:10 on the booked day."""
    done = cli.run(*arguments, now=day + "T09:10", check=False)
    print("besuk-cli %s -> exit %d\n%s%s" % (arguments[0], done.returncode, done.stdout, done.stderr))
    try:
        return done.returncode, json.loads(done.stdout)
    except ValueError:
        raise Failure("besuk-cli %s gave no JSON (exit %d): %s" % (arguments[0], done.returncode, done.stderr))


def checkin(args, out):
    """A ticket booked on the site, scanned and let in with besuk-cli on its day: the first scan checks the booked
    group in (verdict "valid" with the booking's code, slot and timing), then inspection and admission as for any
    ticket, and a second scan knows the group is in."""
    site = Site(args.web, args.cli)
    phone = Phone(site, out)
    try:
        code, day = book(phone)
        wait_for_qr(phone)
        payload = probe(args, site, phone.screenshot_of("#ticket-qr", "ticket-qr-screen"))["payload"]
    finally:
        phone.close()
    try:
        status, scanned = gate(site.cli, day, "scan", payload)
        expect(status == 0 and scanned.get("verdict") == "valid", "the gate did not accept the ticket")
        booking = scanned.get("booking", {})
        expect(plain_code(booking.get("code", "")) == plain_code(code), "the gate names another booking: %s" % booking)
        expect(booking.get("slot") == "09:00\u201310:00" and booking.get("timing") == "in_slot",
               "the gate's slot and timing are %s" % booking)
        status, _ = gate(site.cli, day, "inspect", payload, "--officer", "Petugas Uji", "--outcome", "cleared")
        expect(status == 0, "the entry inspection was not recorded")
        status, admitted = gate(site.cli, day, "admit", payload, "--officer", "Petugas Uji")
        expect(status == 0, "the group was not admitted: %s" % admitted)
        _, again = gate(site.cli, day, "scan", payload)
        expect(again.get("verdict") == "already_admitted", "a second scan says %s" % again.get("verdict"))
    finally:
        site.stop()


def cancel(args, out):
    """Looked up with code and NIK from "My booking", a wrong NIK refused, then cancelled: no QR is offered."""
    site = Site(args.web, args.cli)
    phone = Phone(site, out)
    try:
        code, _ = book(phone)
        ticket_link = phone.driver.current_url
        phone.tap("#nav-mine", "find")
        phone.type("code", code.lower().replace("-", ""))  # typed loosely, as people do
        phone.type("nik", LEAD[0])
        phone.tap("#find-form-submit", "found")
        expect(phone.text("#booking-code") == code, "the lookup found %r" % phone.text("#booking-code"))
        phone.type("cancel-nik", SECOND[0])
        phone.tap("#cancel-submit", "cancel-wrong-nik")
        expect(phone.has("#cancel-error") and phone.text("#booking-status") == "Dipesan",
               "a wrong NIK was not refused")
        phone.type("cancel-nik", LEAD[0])
        phone.tap("#cancel-submit", "cancelled")
        expect(phone.text("#notice") == "Pesanan telah dibatalkan.", "no notice: %r" % phone.text())
        expect(phone.text("#booking-status") == "Dibatalkan", "the status is %r" % phone.text("#booking-status"))
        phone.driver.get(ticket_link)
        phone.shown("ticket-link-after-cancel")
        expect(not phone.has("#ticket-qr") and not phone.has("#ticket-pdf") and not phone.has("#cancel-form"),
               "the cancelled booking's page still offers its ticket")
        phone.save_weights()
    finally:
        phone.close()
        site.stop()


def no_javascript(args, out):
    """The whole journey with JavaScript switched off in the browser."""
    site = Site(args.web, args.cli)
    phone = Phone(site, out, javascript=False)
    try:
        phone.driver.get("data:text/html,<title>before</title><script>document.title='ran'</script>")
        expect(phone.driver.title == "before", "JavaScript is still on in this browser")
        code, day = book(phone, adults=(LEAD, SECOND), children=2)
        expect(phone.has("#ticket-qr") and phone.has("#ticket-pdf"), "the ticket page lacks the QR or the PDF")
        expect_ticket(probe(args, site, phone.screenshot_of("#ticket-qr", "ticket-qr-screen")), code, day,
                      "the screenshot")
        phone.save_weights()
    finally:
        phone.close()
        site.stop()


if __name__ == "__main__":
    sys.exit(main({"journey": journey, "checkin": checkin, "cancel": cancel, "no-javascript": no_javascript}))
