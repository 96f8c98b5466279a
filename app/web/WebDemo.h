// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Facility.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace besuk {

// `besuk-web --demo`: a throw-away facility "Rutan Demo" (Asia/Makassar) with the demo roster, visiting hours round
// the clock and the demo booking slots on every visiting day. Removed when the program ends.
class WebDemo {
    Q_DECLARE_TR_FUNCTIONS(WebDemo)
public:
    WebDemo();
    Result<void> create(const Clock &clock);
    [[nodiscard]] QString databasePath() const { return m_dir.filePath(QStringLiteral("besuk.db")); }
    [[nodiscard]] QString keyPath() const { return m_dir.filePath(QStringLiteral("facility.key")); }
    [[nodiscard]] QString secretPath() const { return m_dir.filePath(QStringLiteral("web.secret")); }

private:
    QTemporaryDir m_dir;
};

} // namespace besuk
