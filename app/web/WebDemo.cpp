// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/web/WebDemo.h"

#include "db/InmateStore.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace besuk {

WebDemo::WebDemo() : m_dir(QDir::tempPath() + u"/besuk-web-demo-XXXXXX"_s) {}

Result<void> WebDemo::create(const Clock &clock) {
    if (!m_dir.isValid())
        return makeError(ErrorCode::Storage, tr("Could not make a temporary folder for the demo."));
    auto database = Database::open(databasePath(), Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    auto facility =
        Facility::initialise(std::move(database).value(), clock, u"Rutan Demo"_s, u"Asia/Makassar"_s, keyPath());
    if (!facility)
        return facility.error();
    QFile roster(u":/demo/roster.csv"_s);
    if (!roster.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("The demo roster is missing from the program."));
    if (auto imported = InmateStore(**facility).importCsv(roster.readAll(), u"demo"_s); !imported)
        return imported.error();
    Rules rules = (*facility)->rules();
    rules.opens = QTime(0, 0);
    rules.closes = QTime(23, 59, 59);
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    return (*facility)->saveRules(rules, u"demo"_s);
}

} // namespace besuk
