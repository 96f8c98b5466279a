// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Facility.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace besuk {

// `besuk --demo`: a fresh facility "Rutan Demo" (Asia/Makassar) in a temporary folder, with the demo roster,
// admin PIN 1234, a guard "penjaga" and an admin "admin" (PIN 1234)
// visiting hours round the clock, so a newcomer sees a working kiosk at any hour, and the demo booking slots.
// The database is removed when the program ends; the ticket PDFs stay in ticketFolder(), for people to look at.
class DemoFacility {
    Q_DECLARE_TR_FUNCTIONS(DemoFacility)
public:
    static constexpr const char *Pin = "1234";
    static constexpr const char *GuardLogin = "penjaga";
    // The kiosk's NIK region key (kiosk/nikRegionPrefix): Kota Balikpapan, where the demo's visitors live.
    static constexpr const char *NikRegionPrefix = "6471";
    static constexpr const char *AdminLogin = "admin";

    // `ticketFolder` empty: defaultTicketFolder().
    explicit DemoFacility(const Clock &clock, const QString &ticketFolder = {});

    // Documents/Besuk-demo/tickets-YYYYMMDD-HHMMSS (the start, local time): one folder per run, so that a new demo's
    // A-001 never replaces an earlier one's.
    static QString defaultTicketFolder(const Clock &clock);

    // With `withVisitors`, today already has a few registered groups (two of them inside), so a gate or display
    // demo has something to show.
    Result<Facility *> create(bool withVisitors = false);
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    [[nodiscard]] QString ticketFolder() const { return m_ticketFolder; }

private:
    Result<void> addVisitors();

    const Clock &m_clock;
    QTemporaryDir m_dir;
    QString m_ticketFolder;
    std::unique_ptr<Facility> m_facility;
};

} // namespace besuk
