// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoFacility.h"

#include "db/AdminPin.h"
#include "db/GateService.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "db/UserStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace besuk {

DemoFacility::DemoFacility(const Clock &clock, const QString &ticketFolder)
    : m_clock(clock), m_dir(QDir::tempPath() + u"/besuk-demo-XXXXXX"_s),
      m_ticketFolder(ticketFolder.isEmpty() ? defaultTicketFolder(clock) : ticketFolder) {}

QString DemoFacility::defaultTicketFolder(const Clock &clock) {
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    const QString started = clock.now().toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    return QDir(documents).filePath(u"Besuk-demo/tickets-"_s + started);
}

Result<Facility *> DemoFacility::create(bool withVisitors) {
    if (!m_dir.isValid())
        return makeError(ErrorCode::Storage, tr("Could not make a temporary folder for the demo."));
    if (!QDir().mkpath(m_ticketFolder) || !QFileInfo(m_ticketFolder).isWritable())
        return makeError(
            ErrorCode::Storage,
            tr("Could not make the folder %1 for the demo's tickets.").arg(QDir::toNativeSeparators(m_ticketFolder)));
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
    rules.bookingSlots = Rules::demoBookingSlots(rules.anyVisitingDays());
    if (auto saved = m_facility->saveRules(rules, u"demo"_s); !saved)
        return saved.error();
    UserStore users(*m_facility);
    const QString pin = QString::fromLatin1(Pin);
    if (auto admin = users.create(QString::fromLatin1(AdminLogin), u"Admin Demo"_s, Role::Admin, pin, u"demo"_s);
        !admin)
        return admin.error();
    if (auto guard = users.create(QString::fromLatin1(GuardLogin), u"Petugas Demo"_s, Role::Guard, pin, u"demo"_s);
        !guard)
        return guard.error();
    if (withVisitors) {
        if (auto added = addVisitors(); !added)
            return added.error();
    }
    return m_facility.get();
}

Result<void> DemoFacility::addVisitors() {
    // Made-up NIKs of Balikpapan (64 71) residents; women's birth days are counted from 41.
    const QList<RegistrationRequest> groups{
        {u"B.I-001/2025"_s, {{u"6471015403880001"_s, u"Sri Wahyuni"_s}}, 2, Service::Visit, u"demo"_s},
        {u"B.I-002/2025"_s,
         {{u"6471021108790002"_s, u"Bambang Susilo"_s}, {u"6471024512820003"_s, u"Dewi Lestari"_s}},
         1,
         Service::Visit,
         u"demo"_s},
        {u"B.I-003/2025"_s, {{u"6471036207950004"_s, u"Maria Goreti"_s}}, 0, Service::Visit, u"demo"_s},
        {u"B.I-004/2025"_s, {{u"6471040302900005"_s, u"Ahmad Fauzi"_s}}, 0, Service::Deposit, u"demo"_s},
        {u"B.II-006/2025"_s, {{u"6471055009930006"_s, u"Rina Marlina"_s}}, 1, Service::Visit, u"demo"_s},
    };
    RegistrationService registration(*m_facility);
    GateService gate(*m_facility);
    for (qsizetype index = 0; index < groups.size(); ++index) {
        auto ticket = registration.registerGroup(groups[index]);
        if (!ticket)
            return ticket.error();
        if (index >= 2)
            continue;
        const InspectionRequest cleared{
            InspectionPhase::Entry, u"Petugas Demo"_s, {}, InspectionOutcome::Cleared, {}, {}};
        if (auto inspected = gate.inspect(ticket->payload, cleared); !inspected)
            return inspected.error();
        if (auto admitted = gate.admit(ticket->payload, u"Petugas Demo"_s); !admitted)
            return admitted.error();
    }
    return {};
}

} // namespace besuk
