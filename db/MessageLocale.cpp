// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/MessageLocale.h"

#include <QCoreApplication>

namespace besuk {

QLocale messageLocale() {
    // The translation of this entry names the locale of its language (besuk_id.ts: "id_ID").
    const QString name = QCoreApplication::translate("MessageLocale", "en_GB", "locale for dates in messages");
    const QLocale locale(name);
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : locale;
}

QString messageDate(const QDate &date) {
    return messageLocale().toString(date, QStringLiteral("dddd, d MMMM yyyy")); // the booking site's form
}

} // namespace besuk
