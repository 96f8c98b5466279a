// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <memory>
#include <mutex>

namespace besuk::ktp {

// What a photo of a KTP showed: the NIK (checked by Nik::parse) and the name as printed (empty when the NIK was
// read but the name row was not).
struct KtpReading {
    QString nik;
    QString name;
};

// Reads the NIK and the name from a photo of an Indonesian identity card (KTP), offline, with Tesseract.
//
// The photo is turned grey, scaled to a fixed width, contrast-stretched, its light evened out (glare, shade: the
// paper made white and the ink black wherever they are) and straightened (the angle whose ink profile is sharpest,
// within ±14°); Tesseract's layout analysis finds the text rows; the tallest wide rows are read as the NIK row
// (digits only, one line) until one holds a NIK the domain accepts (Nik::parse: region codes, date of birth), then,
// only if none did, cut out a little longer and enlarged. The name is read from the row found below the NIK or,
// failing that, from the band where it must lie under the NIK's digits.
// Tesseract runs on one thread (its OpenMP loops spin on every core otherwise).
// The image is never stored or logged.
//
// Loading the model takes a while: make one reader and keep it. read() may be called from any one thread at a time
// (calls are serialised); it takes a few hundred milliseconds, so never on the UI thread.
class KtpReader {
    Q_DECLARE_TR_FUNCTIONS(KtpReader)
public:
    KtpReader();
    ~KtpReader();
    KtpReader(const KtpReader &) = delete;
    KtpReader &operator=(const KtpReader &) = delete;

    // Why this reader cannot read (the OCR model is not installed), or empty when it can.
    [[nodiscard]] QString setupProblem() const { return m_setupProblem; }
    // The NIK and name on the card in `photo`, or why none was found (a translated message). `today` is for the
    // NIK's birth-date check.
    Result<KtpReading> read(const QImage &photo, const QDate &today);

private:
    struct Engine;
    struct NikRead;
    QString readNik(const QImage &gray, const QList<QRect> &candidates, const QDate &today, NikRead &found);
    QString readName(const QImage &gray, const QList<QRect> &rows, const NikRead &found);

    std::unique_ptr<Engine> m_engine;
    QString m_setupProblem;
    std::mutex m_mutex;
};

} // namespace besuk::ktp
