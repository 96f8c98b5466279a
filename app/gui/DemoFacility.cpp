#include "DemoFacility.h"

#include "AdminPin.h"
#include "InmateStore.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace besuk {

DemoFacility::DemoFacility(const Clock &clock) : m_clock(clock), m_dir(QDir::tempPath() + u"/besuk-demo-XXXXXX"_s) {}

Result<Facility *> DemoFacility::create() {
    if (!m_dir.isValid())
        return makeError(ErrorCode::Storage, tr("Could not make a temporary folder for the demo."));
    QDir(m_dir.path()).mkpath(u"tickets"_s);
    auto database = Database::open(m_dir.filePath(u"besuk.db"_s), Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    auto facility = Facility::initialise(std::move(database).value(), m_clock, u"Rutan Demo"_s, u"Asia/Makassar"_s,
                                         m_dir.filePath(u"facility.key"_s));
    if (!facility)
        return facility.error();
    m_facility = std::move(facility).value();

    QFile roster(u":/demo/roster.csv"_s);
    if (!roster.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("The demo roster is missing from the program."));
    if (auto imported = InmateStore(*m_facility).importCsv(roster.readAll(), u"demo"_s); !imported)
        return imported.error();
    if (auto pin = AdminPin(*m_facility).set(QString::fromLatin1(Pin), u"demo"_s); !pin)
        return pin.error();
    Rules rules = m_facility->rules();
    rules.opens = QTime(0, 0);
    rules.closes = QTime(23, 59, 59);
    if (auto saved = m_facility->saveRules(rules, u"demo"_s); !saved)
        return saved.error();
    return m_facility.get();
}

} // namespace besuk
