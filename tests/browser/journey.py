# SPDX-License-Identifier: GPL-3.0-or-later
"""The booking journey as a visitor taps through it: service and day, inmate, slot, visitors, review, ticket."""

import re

from harness import expect

# From the demo roster (resources/demo/roster.csv) and NIKs that parse (tests/web uses the same).
INMATE = ("B.I-001/2025", "Andi Wijaya")
OTHER_INMATE = ("B.I-003/2025", "Yohanes Kristianto")
LEAD = ("6471054501900003", "Siti Aminah")  # a woman born 5 January 1990
SECOND = ("6471051203880007", "Budi Santoso")  # a man born 12 March 1988
THIRD = ("6471051203880015", "Agus Salim")


def slot_id(slot):
    return "slot-" + slot.replace(":", "")


def plain_code(code):
    return code.replace("-", "").upper()


def choose_day(phone):
    """On the home page: a face-to-face visit on the first day offered. Returns the day (ISO)."""
    days = [radio for radio in phone.all("#date-group input[type=radio]") if radio.is_enabled()]
    expect(days, "the home page offers no day to book")
    day = days[0].get_attribute("value")
    phone.choose("service-visit")
    phone.choose("date-" + day)
    return day


def find_inmate(phone, inmate):
    phone.type("inmate_number", inmate[0])
    phone.type("inmate_name", inmate[1])
    phone.tap("#inmate-form-submit", "slot")


def to_review(phone, inmate=INMATE, adults=(LEAD,), children=0, slot="09:00"):
    """Taps through the journey up to the review page. Returns the day booked (ISO)."""
    phone.open("/", "home")
    day = choose_day(phone)
    phone.tap("#day-form-submit", "inmate")
    find_inmate(phone, inmate)
    expect(phone.has("#slot-form"), "the inmate %s was not found: %s" % (inmate[0], phone.text()))
    seats = phone.text('label[for="%s"] small' % slot_id(slot))
    expect(re.search(r"\d", seats), "the slot %s shows no seats left: %r" % (slot, seats))
    phone.choose(slot_id(slot))
    phone.tap("#slot-form-submit", "visitors")
    for number, (nik, name) in enumerate(adults, start=1):
        phone.type("nik%d" % number, nik)
        phone.type("name%d" % number, name)
    phone.type("children", str(children))
    phone.tap("#visitors-form-submit", "review")
    expect(phone.has("#review-form"), "the visitors were not accepted: %s" % phone.text())
    summary = phone.text("#summary")
    expect(inmate[1] in summary, "the review does not name the inmate: %r" % summary)
    for nik, name in adults:
        expect(name in summary, "the review does not name %s: %r" % (name, summary))
        expect(nik not in phone.text("body"), "the review page shows a whole NIK")
    return day


def confirm(phone):
    """Taps "Book now" on the review page; returns the booking code shown (K7QM-4ZPX)."""
    phone.tap("#review-form-submit", "booking")
    expect(phone.has("#booking-code"), "no booking was made: %s" % phone.text())
    code = phone.text("#booking-code")
    expect(re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code), "the booking code looks wrong: %r" % code)
    return code


def book(phone, **journey):
    """The whole journey; returns (code, day)."""
    day = to_review(phone, **journey)
    return confirm(phone), day


def wait_for_qr(phone):
    from harness import wait_until
    wait_until(lambda: phone.driver.execute_script(
        "const q = document.getElementById('ticket-qr'); return q && q.complete && q.naturalWidth > 0"),
        "the QR image to load")
