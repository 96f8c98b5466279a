// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/ticket/TicketView.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace besuk {

struct Booking;

// A booked ticket as files to download: the same TicketLayout the kiosk prints, as PNG (for the phone) and PDF
// (A6, to print at home). Safe on any thread once a QGuiApplication exists (the offscreen platform will do).
class TicketFiles {
    Q_DECLARE_TR_FUNCTIONS(TicketFiles)
public:
    // The ticket's texts in `locale`'s language (the calling thread's translator words the fixed texts).
    static TicketView view(const Booking &booking, const QString &payload, const Facility &facility,
                           const QLocale &locale);
    static QByteArray qrPng(const QString &payload);
    static QByteArray png(const TicketView &ticket);
    static QByteArray pdf(const TicketView &ticket);
};

} // namespace besuk
