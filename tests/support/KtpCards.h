// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QImage>
#include <QRandomGenerator>
#include <QString>

#include <vector>

namespace besuk::test {

// How hard a generated photo of a card is to read.
enum class KtpBand { Easy, Medium, Hard };

QString ktpBandName(KtpBand band);

// What a generated card shows.
struct KtpCard {
    QString nik;  // 16 digits, valid for Nik::parse on any day after 2010
    QString name; // upper case, as printed
    QString province;
    QString city;
    QString birthPlace;
    QDate birthDate;
    bool female = false;
};

// One generated photo: the card on a desk or in a hand, seen by a camera.
struct KtpPhoto {
    QImage image; // RGB32, 640 × 480 to 1920 × 1080, decoded from a JPEG (quality 50-90)
    KtpCard card;
    KtpBand band = KtpBand::Easy;
    QString description; // e.g. "1280x720 tilt -7.5 blur 1 glare noise 6 q72"
};

// Reproducible KTP-like cards and photos of them (the same seed gives the same photos): a card with the usual rows
// (PROVINSI, KOTA, NIK in a large font, Nama, Tempat/Tgl Lahir, ...) in DejaVu Sans, a photo box, a light blue
// background; then the camera: a background around the card, tilt, blur, glare, noise and JPEG loss by band.
// Nothing is written to disk.
class KtpCardGenerator {
public:
    explicit KtpCardGenerator(quint32 seed);

    KtpCard randomCard();
    // The card alone, 1012 × 638 pixels (85.6 × 54 mm at about 300 dpi).
    QImage renderCard(const KtpCard &card);
    // A photo of `card` in `band`.
    KtpPhoto photo(const KtpCard &card, KtpBand band);
    KtpPhoto randomPhoto(KtpBand band) { return photo(randomCard(), band); }

private:
    QString randomNik(const QDate &birthDate, bool female);
    QString randomName();
    double uniform(double low, double high);

    QRandomGenerator m_random;
};

} // namespace besuk::test
