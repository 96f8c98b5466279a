# SPDX-License-Identifier: GPL-3.0-or-later
"""A visitor's phone on the booking site: pages opened, fields typed, buttons tapped, and after every page a
screenshot, the page's HTML, its weight and a check that nothing is wider than the screen."""

import json
import os
import re

from harness import PHONE, expect, start_browser, wait_until

MAX_PAGE_BYTES = 60 * 1024

# What the performance API knows about the page just shown: the document and everything it loaded.
WEIGHT_SCRIPT = """
const nav = performance.getEntriesByType('navigation')[0];
const parts = performance.getEntriesByType('resource').map(r => [r.name, r.transferSize, r.encodedBodySize]);
return {document: [nav.transferSize, nav.encodedBodySize], resources: parts};
"""


class Phone:
    def __init__(self, site, out, javascript=True):
        from selenium.webdriver.common.by import By
        self.by = By
        self.site = site
        self.out = out
        self.javascript = javascript
        self.downloads = os.path.join(out, "downloads")
        os.makedirs(self.downloads, exist_ok=True)
        self.driver = start_browser(self.downloads, javascript)
        self.pages = []  # one dict per page shown: name, url, weights

    def close(self):
        self.driver.quit()

    # Finding and doing.
    def all(self, css):
        return self.driver.find_elements(self.by.CSS_SELECTOR, css)

    def find(self, css):
        found = self.all(css)
        expect(found, "the page %s has no %s" % (self.driver.current_url, css))
        return found[0]

    def has(self, css):
        return bool(self.all(css))

    def text(self, css="main"):
        return self.find(css).text

    def language(self):
        return self.find("html").get_attribute("lang")

    def open(self, path, name):
        self.driver.get(self.site.base + path)
        self.shown(name)

    def press(self, css):
        """Taps an element; with JavaScript off, uses the keyboard instead (Space on a radio button, Enter on a
        button or link): chromium-driver's click (and its pointer actions) never returns on a page whose
        JavaScript is switched off."""
        element = self.find(css)
        if self.javascript:
            element.click()
        else:
            from selenium.webdriver.common.keys import Keys
            element.send_keys(Keys.SPACE if element.get_attribute("type") == "radio" else Keys.ENTER)

    def choose(self, radio_id):
        """Taps the label of a radio button, as a thumb would (the button itself may be styled away)."""
        self.press('label[for="%s"]' % radio_id if self.javascript else "#" + radio_id)
        expect(self.find("#" + radio_id).is_selected(), "tapping the label did not choose " + radio_id)

    def type(self, field_id, value):
        field = self.find("#" + field_id)
        field.clear()
        field.send_keys(value)

    def tap(self, css, name):
        """Taps a button or link that loads a new page, and waits for that page."""
        old = self.find("html")
        self.press(css)
        wait_until(lambda: self._gone(old), "the page after tapping " + css)
        self.shown(name)

    def _gone(self, element):
        """The old page's root no longer answers. While the new page is being attached, chromium may report the
        stale node as "not belonging to the document" rather than as stale: both mean the old page has gone."""
        from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
        try:
            element.tag_name
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

    # What every page must be.
    def shown(self, name):
        """Waits for the page to finish loading, then saves it and checks its width and weight."""
        wait_until(lambda: self.driver.execute_script("return document.readyState") == "complete",
                   "the page %s to load" % name)
        number = len(self.pages) + 1
        stem = os.path.join(self.out, "%02d-%s" % (number, name))
        self.save_whole_page(stem + ".png")
        with open(stem + ".html", "w", encoding="utf-8") as file:
            file.write(self.driver.page_source)
        width = self.driver.execute_script("return document.documentElement.scrollWidth")
        expect(width <= PHONE["width"],
               "the page %s is %d CSS pixels wide on a %d pixel screen" % (name, width, PHONE["width"]))
        weight = self.driver.execute_script(WEIGHT_SCRIPT)
        # A first-time visitor fetches everything: the document plus each part's body (plus its headers, which the
        # document's transfer size stands for) even where this session had it cached already.
        cold = weight["document"][0] + sum(max(sent, body + weight["document"][0] - weight["document"][1])
                                           for _, sent, body in weight["resources"])
        sent = weight["document"][0] + sum(sent for _, sent, _ in weight["resources"])
        self.pages.append({"name": name, "url": self.driver.current_url.split("?")[0], "transferred": sent,
                           "first_visit": cold, "parts": weight["resources"]})
        expect(cold < MAX_PAGE_BYTES, "the page %s weighs %d bytes for a first visit" % (name, cold))

    def save_whole_page(self, path):
        """A screenshot of the whole page, below the fold too (chromium's DevTools protocol)."""
        import base64
        size = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot",
                                           {"format": "png", "captureBeyondViewport": True, "clip": clip})
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))

    def save_weights(self):
        with open(os.path.join(self.out, "page-weights.json"), "w", encoding="utf-8") as file:
            json.dump(self.pages, file, indent=1)
        for page in self.pages:
            print("page %-12s transferred %6d B, first visit %6d B" % (page["name"], page["transferred"],
                                                                     page["first_visit"]))

    def screenshot_of(self, css, name):
        """Scrolls `css` into the middle of the screen and saves what the screen shows."""
        element = self.find(css)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        path = os.path.join(self.out, name + ".png")
        self.driver.save_screenshot(path)
        return path

    def download(self, css, suffix):
        """Taps a download link and waits for the finished file; returns its path."""
        before = set(os.listdir(self.downloads))
        self.press(css)

        def finished():
            new = [f for f in set(os.listdir(self.downloads)) - before if f.endswith(suffix)]
            return os.path.join(self.downloads, new[0]) if new else None

        return wait_until(finished, "the download of " + css, timeout=30)


# Words of the other language that must not appear on a page in this one (weekdays and months where they differ,
# and a few of the commonest words).
FOREIGN_WORDS = {
    "id": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
           "March", "May", "June", "July", "August", "October", "December", "the", "please", "and", "with",
           "only", "choose", "another", "more", "booking", "visitor"],
    "en": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari", "Maret", "Mei",
           "Juni", "Juli", "Agustus", "Oktober", "Desember", "yang", "dan", "silakan", "dengan", "hanya", "pilih",
           "lain", "tidak", "pengunjung", "pemesanan"],
}


def expect_language(text, language, what):
    """`text` holds no word of the other language."""
    found = [word for word in FOREIGN_WORDS[language] if re.search(r"\b%s\b" % word, text, re.IGNORECASE)]
    expect(not found, "%s is not all in %s: %s in %r" % (what, language, found, text))

