// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Facility.h"
#include "db/Visit.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace besuk {

// Everything a printed or on-screen ticket shows, already in the visitor's language. No full NIK, ever.
struct TicketView {
    QString facilityName;
    QString queueLabel;  // "A-042"
    QString bookingCode; // "K7QM-4ZPX": a ticket booked ahead, queue number not drawn yet (shown instead of it)
    QString serviceText; // "Kunjungan tatap muka" / "Face-to-face visit", "Penitipan barang" / "Item drop-off"
    QString dateText;    // "Sabtu, 27 Desember 2025"
    QString sessionText; // "Sesi 1"; empty for item drop-off
    QString inmateName;
    QString inmateNumber;
    QString inmateBlock; // "Blok A" (InmateStore::blockText)
    int men = 0;
    int women = 0;
    int children = 0;
    QString leadName;
    QString leadMaskedNik; // "6471********0003"
    QString issuedAtText;  // "09:12 WITA"
    QString payload;       // the QR's content

    // Built from a stored visit, with texts in the current language (QLocale default + installed translators).
    static TicketView from(const VisitRecord &visit, const QString &payload, const Facility &facility);
};

} // namespace besuk
