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

} // namespace

Result<KtpReading> KtpReader::read(const QImage &photo, const QDate &today) {
    if (!m_engine)
        return makeError(ErrorCode::Storage, m_setupProblem);
    if (photo.isNull())
        return problem(tr("The picture cannot be read."));
    const std::lock_guard lock(m_mutex);
    QImage gray = KtpImage::prepare(photo);
    gray = KtpImage::straighten(gray, KtpImage::textAngle(gray));
    tesseract::TessBaseAPI &api = m_engine->api;
    api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    api.SetSourceResolution(300);
    QList<QRect> rows = m_engine->rows();
    QList<QRect> candidates;
    for (const QRect &r : rows) {
        if (r.width() > r.height() * 5)
            candidates.append(r);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const QRect &a, const QRect &b) { return a.height() > b.height(); });
    if (candidates.isEmpty()) {
        api.Clear();
        return problem(tr("No card text was found. Hold the ID card inside the frame, flat and well lit."));
    }
    KtpReading reading;
    QRect nikRow;
    for (const QRect &candidate : candidates.mid(0, NikCandidates)) {
        const LineText line = m_engine->readLine(candidate, NikWhitelist);
        if (const auto nik = KtpText::nik(line.text, today)) {
            reading.nik = *nik;
            nikRow = candidate;
            break;
        }
    }
    if (reading.nik.isEmpty()) {
        api.Clear();
        return problem(tr("The NIK on the card could not be read. Hold the card still, without glare."));
    }
    const QRect nameRow = rowBelow(rows, nikRow);
    if (!nameRow.isEmpty()) {
        const LineText line = m_engine->readLine(nameRow, NameWhitelist);
        if (const auto name = KtpText::name(line.text); name && line.confidence >= MinNameConfidence)
            reading.name = *name;
    }
    api.Clear();
    return reading;
}

} // namespace besuk::ktp
