#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a visitor sees when the site says no, in Indonesian (the default) and in English (the language toggle): an
unknown inmate (the same answer for an unknown number and for a wrong name), a banned visitor (refused without the
reason) and a slot that filled up while the visitor was on the review page. Each message must be in the page's
language alone. Run by CTest (tests/browser/CMakeLists.txt); exit 77 = skipped."""

import sys

from harness import Site, expect, main
from journey import INMATE, LEAD, OTHER_INMATE, SECOND, THIRD, book, choose_day, find_inmate, slot_id, to_review
from phone import Phone, expect_language

# How each refusal begins (resources/translations), by language.
UNKNOWN_INMATE = {"id": "Warga binaan dengan nomor dan nama ini tidak ditemukan", "en": "No inmate with this number"}
FULL = {"id": "Penuh", "en": "Full"}
SLOT_FULL = {"id": "Slot 13:00\u201314:00 pada ", "en": "The slot 13:00\u201314:00 on "}
BAN_REASON = "Kasus R-7731: penyelundupan"
BAN_WORDS = ("ban", "banned", "larang", "larangan", "dilarang", "R-7731")


def start(args, out, language, **site_options):
    site = Site(args.web, args.cli, **site_options)
    phone = Phone(site, out)
    phone.open("/", "home-id")
    if language == "en":
        phone.tap("#lang-toggle", "home-en")
    expect_page_language(phone, language, "the home page")
    return site, phone


def expect_page_language(phone, language, what):
    expect(phone.language() == language, "%s is marked %r, not %r" % (what, phone.language(), language))
    expect_language(phone.text("main"), language, what)


def unknown_inmate(phone, language):
    """The same refusal for an unknown number and for a known number with another name; the fields start empty."""
    phone.open("/", "home")
    choose_day(phone)
    phone.tap("#day-form-submit", "inmate")
    messages = []
    for number, name in ((INMATE[0].replace("001", "999"), INMATE[1]), (INMATE[0], "Budi Wijaya")):
        find_inmate(phone, (number, name))
        expect(phone.has("#problem") and not phone.has("#slot-form"), "the inmate %s / %s was accepted" % (number,
                                                                                                          name))
        messages.append(phone.text("#problem"))
        expect(phone.find("#inmate_number").get_attribute("value") == "", "the refused number is shown again")
        expect_page_language(phone, language, "the unknown-inmate page")
    expect(messages[0] == messages[1], "an unknown number and a wrong name are told apart: %s" % messages)
    expect(messages[0].startswith(UNKNOWN_INMATE[language]), "the refusal reads %r" % messages[0])


def banned_visitor(site, phone, language):
    """A banned NIK gets the booking refused, and the page says nothing of the ban or its reason."""
    site.cli.run("ban", "add", "--nik", THIRD[0], "--reason", BAN_REASON)
    to_review(phone, inmate=OTHER_INMATE, adults=(THIRD,))
    phone.tap("#review-form-submit", "banned")
    expect(not phone.has("#booking-code"), "a banned visitor got a booking")
    message = phone.text("main")
    expect(BAN_REASON not in phone.driver.page_source, "the page shows the ban's reason")
    shown = [word for word in BAN_WORDS if word.lower() in message.lower().split()]
    expect(not shown, "the refusal mentions the ban (%s): %r" % (shown, message))
    expect_page_language(phone, language, "the banned-visitor page")


def refusals(language):
    def scenario(args, out):
        site, phone = start(args, out, language)
        try:
            unknown_inmate(phone, language)
            banned_visitor(site, phone, language)
            phone.save_weights()
        finally:
            phone.close()
            site.stop()
    return scenario


def full_slot(language):
    """The 13:00 slot holds one person. The visitor reaches the review page for it; meanwhile someone else books it
    (another tab, another inmate); the slot page now shows it full, and "Book now" is refused with a message that
    names the slot and the day in the page's language."""
    def scenario(args, out):
        site, phone = start(args, out, language, small_slot_capacity=1)
        try:
            to_review(phone, adults=(LEAD,), slot="13:00")
            first = phone.driver.current_window_handle
            phone.driver.switch_to.new_window("tab")
            book(phone, inmate=OTHER_INMATE, adults=(SECOND,), slot="13:00")
            phone.open("/", "home-again")
            choose_day(phone)
            phone.tap("#day-form-submit", "inmate-again")
            find_inmate(phone, INMATE)
            label = phone.text('label[for="%s"]' % slot_id("13:00"))
            expect(FULL[language] in label and not phone.find("#" + slot_id("13:00")).is_enabled(),
                   "the filled slot is still offered: %r" % label)
            phone.driver.close()
            phone.driver.switch_to.window(first)
            phone.tap("#review-form-submit", "slot-full")
            expect(not phone.has("#booking-code"), "a full slot was booked")
            message = phone.text("#problem") if phone.has("#problem") else phone.text("main")
            expect(message.startswith(SLOT_FULL[language]), "the refusal reads %r" % message)
            expect_page_language(phone, language, "the full-slot page")
            phone.save_weights()
        finally:
            phone.close()
            site.stop()
    return scenario


if __name__ == "__main__":
    sys.exit(main({"refusals-id": refusals("id"), "refusals-en": refusals("en"), "full-slot-id": full_slot("id"),
                   "full-slot-en": full_slot("en")}))
