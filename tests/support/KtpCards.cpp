// SPDX-License-Identifier: GPL-3.0-or-later
#include "KtpCards.h"

#include <QBuffer>
#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace besuk::test {

namespace {

constexpr int CardWidth = 1012;
constexpr int CardHeight = 638;

struct Place {
    const char *province;
    const char *city;
    int provinceCode;
};

const Place Places[] = {
    {"JAWA TIMUR", "KOTA SURABAYA", 35},         {"JAWA BARAT", "KABUPATEN BANDUNG", 32},
    {"DKI JAKARTA", "JAKARTA SELATAN", 31},      {"JAWA TENGAH", "KOTA SEMARANG", 33},
    {"SUMATERA UTARA", "KOTA MEDAN", 12},        {"SULAWESI SELATAN", "KOTA MAKASSAR", 73},
    {"BALI", "KABUPATEN GIANYAR", 51},           {"KALIMANTAN TIMUR", "KOTA SAMARINDA", 64},
    {"NUSA TENGGARA BARAT", "KOTA MATARAM", 52}, {"ACEH", "KOTA BANDA ACEH", 11},
};

const QStringList FirstNames{
    u"SITI"_s,  u"MUHAMMAD"_s, u"AHMAD"_s,  u"DEWI"_s,  u"BUDI"_s,   u"PUTRI"_s,   u"RIZKI"_s, u"NUR"_s,
    u"AGUS"_s,  u"SRI"_s,      u"EKO"_s,    u"WAHYU"_s, u"INDAH"_s,  u"YUSUF"_s,   u"FITRI"_s, u"ANDI"_s,
    u"KADEK"_s, u"NI PUTU"_s,  u"I MADE"_s, u"RATNA"_s, u"HENDRA"_s, u"LESTARI"_s, u"FAJAR"_s, u"MA'RUF"_s,
};
const QStringList LastNames{
    u"PRATAMA"_s,   u"SARI"_s,      u"WIJAYA"_s,     u"HIDAYAT"_s,   u"SANTOSO"_s, u"NURHALIZA"_s,   u"SETIAWAN"_s,
    u"KURNIAWAN"_s, u"RAHMAWATI"_s, u"SUSANTO"_s,    u"LUBIS"_s,     u"SIREGAR"_s, u"HASIBUAN"_s,    u"SAPUTRA"_s,
    u"WULANDARI"_s, u"HARAHAP"_s,   u"ARDIANSYAH"_s, u"PANJAITAN"_s, u"MAULANA"_s, u"PERMATASARI"_s,
};
const QStringList Jobs{u"WIRASWASTA"_s, u"PELAJAR/MAHASISWA"_s, u"KARYAWAN SWASTA"_s, u"MENGURUS RUMAH TANGGA"_s,
                       u"PETANI/PEKEBUN"_s};

QFont cardFont(int pixelSize, bool bold = false) {
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// The rows under the NIK: label, value.
QList<std::pair<QString, QString>> cardRows(const KtpCard &card, QRandomGenerator &random) {
    const QString born = u"%1, %2"_s.arg(card.birthPlace, card.birthDate.toString(u"dd-MM-yyyy"_s));
    return {
        {u"Nama"_s, card.name},
        {u"Tempat/Tgl Lahir"_s, born},
        {u"Jenis Kelamin"_s, card.female ? u"PEREMPUAN"_s : u"LAKI-LAKI"_s},
        {u"Alamat"_s, u"JL. MELATI NO. %1"_s.arg(random.bounded(1, 200))},
        {u"RT/RW"_s, u"00%1/00%2"_s.arg(random.bounded(1, 10)).arg(random.bounded(1, 10))},
        {u"Kel/Desa"_s, u"SUKAMAJU"_s},
        {u"Kecamatan"_s, u"KEBONSARI"_s},
        {u"Agama"_s, u"ISLAM"_s},
        {u"Status Perkawinan"_s, u"KAWIN"_s},
        {u"Pekerjaan"_s, Jobs.at(random.bounded(int(Jobs.size())))},
        {u"Kewarganegaraan"_s, u"WNI"_s},
        {u"Berlaku Hingga"_s, u"SEUMUR HIDUP"_s},
    };
}

QImage jpegRoundTrip(const QImage &image, int quality) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", quality);
    return QImage::fromData(bytes, "JPG").convertToFormat(QImage::Format_RGB32);
}

QImage boxBlur(const QImage &image, int radius) {
    if (radius <= 0)
        return image;
    // Down and up again: a cheap, even blur.
    const QSize size = image.size();
    const double factor = 1.0 / (1.0 + radius * 0.6);
    const QImage small = image.scaled(size * factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return small.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

void addNoise(QImage &image, int amplitude, QRandomGenerator &random) {
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = random.bounded(-amplitude, amplitude + 1);
            const QRgb p = line[x];
            line[x] = qRgb(std::clamp(qRed(p) + n, 0, 255), std::clamp(qGreen(p) + n, 0, 255),
                           std::clamp(qBlue(p) + n, 0, 255));
        }
    }
}

} // namespace

QString ktpBandName(KtpBand band) {
    switch (band) {
    case KtpBand::Easy:
        return u"easy"_s;
    case KtpBand::Medium:
        return u"medium"_s;
    case KtpBand::Hard:
        return u"hard"_s;
    }
    return {};
}

KtpCardGenerator::KtpCardGenerator(quint32 seed) : m_random(seed) {}

double KtpCardGenerator::uniform(double low, double high) {
    return low + (high - low) * m_random.generateDouble();
}

QString KtpCardGenerator::randomNik(const QDate &birthDate, bool female) {
    const Place &place = Places[m_random.bounded(int(std::size(Places)))];
    const int day = birthDate.day() + (female ? 40 : 0);
    return u"%1%2%3%4%5%6%7"_s.arg(place.provinceCode, 2, 10, QLatin1Char('0'))
        .arg(m_random.bounded(1, 80), 2, 10, QLatin1Char('0'))
        .arg(m_random.bounded(1, 40), 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(birthDate.month(), 2, 10, QLatin1Char('0'))
        .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(m_random.bounded(1, 10000), 4, 10, QLatin1Char('0'));
}

QString KtpCardGenerator::randomName() {
    QString name = FirstNames.at(m_random.bounded(int(FirstNames.size())));
    const int more = m_random.bounded(1, 3);
    for (int i = 0; i < more; ++i)
        name += u' ' + LastNames.at(m_random.bounded(int(LastNames.size())));
    return name;
}

KtpCard KtpCardGenerator::randomCard() {
    KtpCard card;
    const Place &place = Places[m_random.bounded(int(std::size(Places)))];
    card.province = QString::fromLatin1(place.province);
    card.city = QString::fromLatin1(place.city);
    card.birthPlace = card.city.section(u' ', -1);
    card.birthDate = QDate(1950, 1, 1).addDays(m_random.bounded(365 * 55));
    card.female = m_random.bounded(2) == 1;
    card.nik = randomNik(card.birthDate, card.female);
    card.name = randomName();
    return card;
}

QImage KtpCardGenerator::renderCard(const KtpCard &card) {
    QImage image(CardWidth, CardHeight, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QLinearGradient background(0, 0, CardWidth, CardHeight);
    background.setColorAt(0, QColor(196, 226, 242));
    background.setColorAt(1, QColor(160, 205, 232));
    painter.fillRect(image.rect(), background);
    painter.setPen(QColor(20, 20, 30));
    painter.setFont(cardFont(34, true));
    const QRect header(0, 14, CardWidth, 44);
    painter.drawText(header, Qt::AlignCenter, u"PROVINSI "_s + card.province);
    painter.drawText(header.translated(0, 42), Qt::AlignCenter, card.city);

    constexpr int Left = 30;
    constexpr int Colon = 300;
    painter.setFont(cardFont(44, true));
    painter.drawText(QRect(Left, 112, 260, 56), Qt::AlignVCenter, u"NIK"_s);
    painter.drawText(QRect(Colon - 30, 112, 30, 56), Qt::AlignVCenter, u":"_s);
    painter.drawText(QRect(Colon + 6, 112, 680, 56), Qt::AlignVCenter, card.nik);

    painter.setFont(cardFont(24));
    int y = 178;
    for (const auto &[label, value] : cardRows(card, m_random)) {
        painter.drawText(QRect(Left, y, 260, 32), Qt::AlignVCenter, label);
        painter.drawText(QRect(Colon - 24, y, 20, 32), Qt::AlignVCenter, u":"_s);
        painter.drawText(QRect(Colon, y, 480, 32), Qt::AlignVCenter, value);
        y += 36;
    }
    // The holder's photo and the place and date of issue.
    painter.fillRect(QRect(800, 190, 180, 230), QColor(120, 60, 60));
    painter.setFont(cardFont(20));
    painter.drawText(QRect(780, 440, 220, 28), Qt::AlignCenter, card.birthPlace);
    painter.drawText(QRect(780, 468, 220, 28), Qt::AlignCenter, u"12-08-2019"_s);
    return image;
}

KtpPhoto KtpCardGenerator::photo(const KtpCard &card, KtpBand band) {
    static const QSize Sizes[] = {{640, 480}, {1280, 720}, {1920, 1080}, {1024, 768}};
    const int hard = band == KtpBand::Hard ? 2 : band == KtpBand::Medium ? 1 : 0;
    const QSize size = band == KtpBand::Easy ? QSize(1280, 720) : Sizes[m_random.bounded(4)];
    const double maxTilt = hard == 2 ? 12 : hard == 1 ? 7 : 3;
    const double tilt = uniform(-maxTilt, maxTilt);
    const double fill = hard == 2 ? uniform(0.6, 0.85) : uniform(0.7, 0.88); // card width / photo width
    const int blur = hard == 2 ? m_random.bounded(1, 3) : hard == 1 ? m_random.bounded(2) : 0;
    const bool glare = hard == 2 || (hard == 1 && m_random.bounded(2) == 1);
    const int noise = hard == 2 ? m_random.bounded(6, 14) : hard == 1 ? m_random.bounded(2, 8) : 2;
    const int quality = hard == 2 ? m_random.bounded(50, 70) : hard == 1 ? m_random.bounded(65, 85) : 90;

    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    const int shade = m_random.bounded(40, 140);
    QLinearGradient desk(0, 0, size.width(), size.height());
    desk.setColorAt(0, QColor(shade, shade * 0.8, shade * 0.6));
    desk.setColorAt(1, QColor(shade * 0.7, shade * 0.6, shade * 0.5));
    painter.fillRect(image.rect(), desk);
    const double scale = fill * size.width() / CardWidth;
    const double fitScale = std::min(scale, 0.85 * size.height() / CardHeight / std::cos(tilt * M_PI / 180) /
                                                (1 + std::abs(std::sin(tilt * M_PI / 180)) * 1.6));
    painter.translate(size.width() / 2.0 + uniform(-0.04, 0.04) * size.width(),
                      size.height() / 2.0 + uniform(-0.04, 0.04) * size.height());
    painter.rotate(tilt);
    painter.scale(fitScale, fitScale);
    painter.drawImage(QPointF(-CardWidth / 2.0, -CardHeight / 2.0), renderCard(card));
    painter.resetTransform();
    if (glare) {
        const QPointF centre(uniform(0.2, 0.8) * size.width(), uniform(0.2, 0.8) * size.height());
        const double radius = uniform(0.12, 0.25) * size.width();
        QRadialGradient light(centre, radius);
        light.setColorAt(0, QColor(255, 255, 255, hard == 2 ? 170 : 120));
        light.setColorAt(1, QColor(255, 255, 255, 0));
        painter.setBrush(light);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(centre, radius, radius * 0.6);
    }
    painter.end();
    image = boxBlur(image, blur);
    addNoise(image, noise, m_random);
    KtpPhoto result{jpegRoundTrip(image, quality), card, band, {}};
    result.description = u"%1x%2 tilt %3 blur %4%5 noise %6 q%7"_s.arg(size.width())
                             .arg(size.height())
                             .arg(tilt, 0, 'f', 1)
                             .arg(blur)
                             .arg(glare ? u" glare"_s : QString())
                             .arg(noise)
                             .arg(quality);
    return result;
}

} // namespace besuk::test
