// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the ticket tests: a real facility and registration through the domain, and the poppler tools.

#include "FacilityFixture.h"
#include "db/InmateStore.h"
#include "db/RegistrationService.h"
#include "platform/ticket/TicketView.h"

#include <QDir>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s) {
    return os << s.toStdString();
}

namespace besuk::test {

// The lead visitor, a woman born 5 January 1990, and a man born 12 March 1988.
inline const QString LeadNik = QStringLiteral("6471054501900003");
inline const QString LeadMaskedNik = QStringLiteral("6471********0003");
inline const QString SecondNik = QStringLiteral("6471051203880007");
inline const QString InmateName = QStringLiteral("Andi Wijaya");

// 100 characters, the longest name Validation accepts.
inline QString hundredCharacterName() {
    return QStringLiteral(
        "Muhammad Abdurrahman Wijayakusuma Setiabudi Kartanegara Purbaningrat Hadiningrat Sosrodiningrat Jaya");
}

// A freshly initialised facility in Balikpapan's zone, its clock standing at 09:12 on Saturday 27 December 2025.
class TicketFacility : public FacilityFixture {
public:
    explicit TicketFacility(const QString &timeZoneId = QStringLiteral("Asia/Makassar"))
        : FacilityFixture(Setup{timeZoneId, reportDay(), QTime(9, 12), QStringLiteral("Rutan Kelas IIA Balikpapan")}) {}

    // Registers lead + a man + two children for a new inmate (in `block`) and returns the ticket as the kiosk shows it.
    TicketView issue(const QString &leadName = QStringLiteral("Đặng Thị Hoa"), const QString &inmateName = InmateName,
                     const QString &block = QStringLiteral("C")) {
        ++m_inmates;
        const QString number = QStringLiteral("WB-%1").arg(m_inmates, 3, 10, QLatin1Char('0'));
        auto inmate = InmateStore(*facility).add(number, inmateName, block, QStringLiteral("test"));
        REQUIRE(inmate.ok());
        RegistrationRequest request;
        request.inmateNumber = number;
        request.adults = {{LeadNik, leadName}, {SecondNik, QStringLiteral("Budi Santoso")}};
        request.children = 2;
        request.station = QStringLiteral("kiosk-test");
        auto issued = RegistrationService(*facility).registerGroup(request);
        if (!issued)
            FAIL(issued.error().message.toStdString());
        return TicketView::from(issued->visit, issued->payload, *facility);
    }

    QString path(const QString &name) const { return db.filePath(name); }

private:
    int m_inmates = 0;
};

// Sets the default locale for one test and puts the previous one back.
class LocaleScope {
public:
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

inline QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The first page of `pdf` rasterised by poppler at `dpi`, as a printer driver would.
inline QImage rasterise(const QString &pdf, int dpi = 203) {
    const QString prefix = pdf + QStringLiteral("-raster");
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf, prefix});
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

// The text poppler extracts from `pdf`, composed (NFC) so it compares with what was typed.
inline QString pdfText(const QString &pdf) {
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_C);
}

inline QString withoutSpaces(QString text) {
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

inline QString screenshotPath(const QString &name) {
    QDir().mkpath(QStringLiteral(BESUK_SCREENSHOT_DIR));
    return QStringLiteral(BESUK_SCREENSHOT_DIR "/") + name;
}

} // namespace besuk::test
