// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace besuk::ktp {

// Turning what the OCR saw on a card's rows into a NIK and a name, or nothing.
class KtpText {
public:
    // The NIK in an OCR'd "NIK : 3578014505900002" row (the label and the colon may be missing). Digits misread as
    // letters (O→0, I/l→1, B→8, S→5, Z→2, G→6) are fixed only when the fixed text is a NIK that Nik::parse accepts
    // on `today`; nothing that fails that check is ever returned.
    static std::optional<QString> nik(const QString &row, const QDate &today);
    // The name in an OCR'd "Nama : SITI RAHMAWATI" row, upper-cased as printed: letters, spaces, apostrophe, dot
    // and hyphen only, at least two letters; nothing otherwise. Specks read as lone dots or quotes at either end and
    // a first word mostly in small letters (what is left of a misread label) are dropped first.
    static std::optional<QString> name(const QString &row);
};

} // namespace besuk::ktp
