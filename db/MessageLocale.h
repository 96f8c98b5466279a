// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace besuk {

// The locale for dates and numbers inside a translated message: the one its translation names, so a message
// follows the language it is written in (the web's per-request language included), not the process default.
QLocale messageLocale();
// `date` as a message shows it: "Sunday, 6 December 2026", "Minggu, 6 Desember 2026".
QString messageDate(const QDate &date);

} // namespace besuk
