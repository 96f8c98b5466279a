// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ktp/KtpReader.h"

#include "platform/ktp/KtpImage.h"
#include "platform/ktp/KtpText.h"

#include <QList>
#include <QRect>

#include <algorithm>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace besuk::ktp {

namespace {

constexpr float MinNameConfidence = 40.0F;
constexpr int NikCandidates = 3;

const char *const NikWhitelist = "0123456789NIK:OBS";
const char *const NameWhitelist = "ABCDEFGHIJKLMNOPQRSTUVWXYZam.'-: ";

struct LineText {
    QString text;
    float confidence = 0; // Tesseract's mean, 0-100
};

Error problem(const QString &message) {
    return makeError(ErrorCode::NotFound, message);
}

} // namespace

struct KtpReader::Engine {
    tesseract::TessBaseAPI api;

    bool start() {
        std::vector<std::string> names{"load_system_dawg", "load_freq_dawg", "debug_file"};
        std::vector<std::string> values{"0", "0", "/dev/null"};
        if (api.Init(nullptr, "ind", tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false) == 0)
            return true;
        return api.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false) == 0;
    }

    void setImage(const QImage &gray) {
        api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
        api.SetSourceResolution(300);
    }

    // `box` of `gray` cut out, enlarged `factor` times and read as one line (replaces the image set before).
    LineText readEnlarged(const QImage &gray, const QRect &box, const char *whitelist, int factor) {
        const int pad = std::max(4, box.height() / 3);
        const QRect area = box.adjusted(-pad, -pad, pad, pad).intersected(gray.rect());
        if (area.isEmpty())
            return {};
        const QImage crop =
            gray.copy(area).scaled(area.size() * factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        setImage(crop);
        return readLine(crop.rect().adjusted(pad * factor, pad * factor, -pad * factor, -pad * factor), whitelist);
    }

    // The text rows Tesseract's layout analysis finds in the image set last.
    QList<QRect> rows() {
        QList<QRect> found;
        api.SetPageSegMode(tesseract::PSM_AUTO);
        std::unique_ptr<tesseract::PageIterator> it(api.AnalyseLayout());
        if (!it)
            return found;
        do {
            int left = 0, top = 0, right = 0, bottom = 0;
            if (it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom))
                found.append(QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)));
        } while (it->Next(tesseract::RIL_TEXTLINE));
        return found;
    }

    LineText readLine(const QRect &box, const char *whitelist) {
        api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        api.SetVariable("tessedit_char_whitelist", whitelist);
        const int pad = std::max(4, box.height() / 4);
        api.SetRectangle(std::max(0, box.left() - pad), std::max(0, box.top() - pad), box.width() + 2 * pad,
                         box.height() + 2 * pad);
        LineText line;
        if (api.Recognize(nullptr) != 0)
            return line;
        line.confidence = float(api.MeanTextConf());
        std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
        if (!it)
            return line;
        do {
            std::unique_ptr<char[]> symbol(it->GetUTF8Text(tesseract::RIL_SYMBOL));
            if (!symbol)
                continue;
            const QString text = QString::fromUtf8(symbol.get());
            if (it->IsAtBeginningOf(tesseract::RIL_WORD) && !line.text.isEmpty())
                line.text += u' ';
            line.text += text;
        } while (it->Next(tesseract::RIL_SYMBOL));
        return line;
    }
};

KtpReader::KtpReader() : m_engine(std::make_unique<Engine>()) {
    if (!m_engine->start()) {
        m_setupProblem = tr("The ID card reader cannot start: its Indonesian text model is not installed "
                            "(package tesseract-ocr-ind).");
        m_engine.reset();
    }
}

KtpReader::~KtpReader() = default;

namespace {

// The row just under the NIK row (the name), as one box: every row whose middle lies within one and a half NIK
// heights under it.
QRect rowBelow(const QList<QRect> &rows, const QRect &nikRow) {
    QRect below;
    const int h = nikRow.height();
    for (const QRect &r : rows) {
        const int middle = r.center().y();
        if (middle > nikRow.bottom() + h / 4 && middle < nikRow.bottom() + h * 7 / 4)
            below = below.united(r);
    }
    return below;
}

// The tallest wide rows first: the NIK is printed larger than anything else on the card.
QList<QRect> nikCandidates(const QList<QRect> &rows) {
    QList<QRect> candidates;
    for (const QRect &r : rows) {
        if (r.width() > r.height() * 5)
            candidates.append(r);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const QRect &a, const QRect &b) { return a.height() > b.height(); });
    return candidates.mid(0, NikCandidates);
}

// Where the name row lies when layout analysis did not find it as a row: just under the NIK row, the label column
// included (the label is dropped after the colon).
QRect nameBand(const QRect &nikRow, const QRect &image) {
    const int h = nikRow.height();
    return QRect(nikRow.left(), nikRow.bottom() + h / 6, nikRow.width(), h * 4 / 3).intersected(image);
}

// The name row as layout analysis found it may miss its ends (a first or last word taken for something else): from
// the NIK row's left edge (the label column) to the end of the NIK (the holder's photo begins past it).
QRect widened(const QRect &nameRow, const QRect &nikRow, const QRect &image) {
    const int left = std::min(nameRow.left(), nikRow.left());
    const int right = std::max(nameRow.right() + nameRow.height() / 2, nikRow.right());
    return QRect(QPoint(left, nameRow.top()), QPoint(right, nameRow.bottom())).intersected(image);
}

QString readName(const LineText &line) {
    if (line.confidence < MinNameConfidence)
        return {};
    return KtpText::name(line.text).value_or(QString());
}

} // namespace

Result<KtpReading> KtpReader::read(const QImage &photo, const QDate &today) {
    if (!m_engine)
        return makeError(ErrorCode::Storage, m_setupProblem);
    if (photo.isNull())
        return problem(tr("The picture cannot be read."));
    const std::lock_guard lock(m_mutex);
    QImage gray = KtpImage::prepare(photo);
    gray = KtpImage::straighten(gray, KtpImage::textAngle(gray));
    Engine &engine = *m_engine;
    engine.setImage(gray);
    const QList<QRect> rows = engine.rows();
    const QList<QRect> candidates = nikCandidates(rows);
    if (candidates.isEmpty()) {
        engine.api.Clear();
        return problem(tr("No card text was found. Hold the ID card inside the frame, flat and well lit."));
    }
    KtpReading reading;
    QRect nikRow;
    const auto tryNik = [&](const QRect &row, const LineText &line) {
        if (const auto nik = KtpText::nik(line.text, today)) {
            reading.nik = *nik;
            nikRow = row;
            return true;
        }
        return false;
    };
    for (const QRect &candidate : candidates) {
        if (tryNik(candidate, engine.readLine(candidate, NikWhitelist)))
            break;
    }
    QString name;
    if (!reading.nik.isEmpty()) {
        if (const QRect nameRow = rowBelow(rows, nikRow); !nameRow.isEmpty()) {
            name = readName(engine.readLine(widened(nameRow, nikRow, gray.rect()), NameWhitelist));
            if (name.isEmpty())
                name = readName(engine.readLine(nameRow, NameWhitelist));
        }
    }
    // Second tries on the rows cut out and enlarged (small or blurred print): the image changes, so these come last.
    if (reading.nik.isEmpty()) {
        for (const QRect &candidate : candidates) {
            if (tryNik(candidate, engine.readEnlarged(gray, candidate, NikWhitelist, 2)))
                break;
        }
    }
    if (!reading.nik.isEmpty() && name.isEmpty())
        name = readName(engine.readEnlarged(gray, nameBand(nikRow, gray.rect()), NameWhitelist, 2));
    engine.api.Clear();
    if (reading.nik.isEmpty())
        return problem(tr("The NIK on the card could not be read. Hold the card still, without glare."));
    reading.name = name;
    return reading;
}

} // namespace besuk::ktp
