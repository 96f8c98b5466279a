// SPDX-License-Identifier: GPL-3.0-or-later
// The staff console on a 1366x768 screen (the office laptops' size) in both languages: on every page an admin
// opens, no label is cut off, i.e. each label has at least the room its size hint asks for. Screenshots are saved
// as staff-layout-<page>-<language>.png.
#include "LayoutChecks.h"
#include "StaffTestSupport.h"

using namespace besuk;
using namespace besuk::test;
using namespace Qt::StringLiterals;

TEST_CASE("At 1366x768 no label on any staff page is cut off, in either language", "[gui][staff][layout]") {
    const QString language = GENERATE(u"en"_s, u"id"_s);
    StaffFixture f;
    f.open(language);
    f.window->resize(1366, 768);
    f.signIn(AdminLogin);
    for (StaffPage *page : f.window->pages()) {
        if (!f.window->openPage(page))
            continue;                      // not for this role
        QCoreApplication::processEvents(); // pending layouts
        INFO(language << ", page " << page->title());
        CHECK(clippedLabels(page) == QStringList());
        CHECK(clippedHeaders(page) == QStringList());
        f.shoot(u"layout-%1"_s.arg(QString::fromLatin1(page->metaObject()->className()).remove(u"besuk::"_s)));
    }
}
