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
// Everything is removed when the program ends.
class DemoFacility {
    Q_DECLARE_TR_FUNCTIONS(DemoFacility)
public:
    static constexpr const char *Pin = "1234";
    static constexpr const char *GuardLogin = "penjaga";
    static constexpr const char *AdminLogin = "admin";

    explicit DemoFacility(const Clock &clock);

    // With `withVisitors`, today already has a few registered groups (two of them inside), so a gate or display
    // demo has something to show.
    Result<Facility *> create(bool withVisitors = false);
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    [[nodiscard]] QString ticketFolder() const { return m_dir.filePath(QStringLiteral("tickets")); }

private:
    Result<void> addVisitors();

    const Clock &m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Facility> m_facility;
};

} // namespace besuk
