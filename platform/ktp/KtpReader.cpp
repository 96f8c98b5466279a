// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ktp/KtpReader.h"

#include "platform/ktp/KtpImage.h"
#include "platform/ktp/KtpText.h"

#include <QList>
#include <QRect>

#include <algorithm>
#include <omp.h>
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
    QRect longestWord;    // in the coordinates of the image read
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

    // `box` of `gray` cut out, enlarged `factor` times and read as one line (replaces the image set before). The
    // word box is given back in `gray`'s coordinates.
    LineText readEnlarged(const QImage &gray, const QRect &box, const char *whitelist, int factor) {
        const int pad = std::max(4, box.height() / 3);
        const QRect area = box.adjusted(-pad, -pad, pad, pad).intersected(gray.rect());
        if (area.isEmpty())
            return {};
        const QImage crop =
            gray.copy(area).scaled(area.size() * factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        setImage(crop);
        LineText line =
            readLine(crop.rect().adjusted(pad * factor, pad * factor, -pad * factor, -pad * factor), whitelist);
        const QRect word = line.longestWord;
        line.longestWord = QRect(area.left() + word.left() / factor, area.top() + word.top() / factor,
                                 word.width() / factor, word.height() / factor);
        return line;
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
            if (it->IsAtBeginningOf(tesseract::RIL_WORD)) {
                if (!line.text.isEmpty())
                    line.text += u' ';
                noteWord(*it, line);
            }
            line.text += QString::fromUtf8(symbol.get());
        } while (it->Next(tesseract::RIL_SYMBOL));
        return line;
    }

    static void noteWord(const tesseract::ResultIterator &it, LineText &line) {
        int left = 0, top = 0, right = 0, bottom = 0;
        if (it.BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom) &&
            right - left > line.longestWord.width())
            line.longestWord = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
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

// `row` one row height longer at either end: layout analysis may leave out a first or last digit set apart.
QRect widenedRow(const QRect &row) {
    return row.adjusted(-row.height(), 0, row.height(), 0);
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

// The name row as layout analysis found it may miss its ends (a first or last word taken for something else): from
// the NIK row's left edge (the label column) to the end of the NIK (the holder's photo begins past it).
QRect widened(const QRect &nameRow, const QRect &nikRow, const QRect &image) {
    const int left = std::min(nameRow.left(), nikRow.left());
    const int right = std::max(nameRow.right() + nameRow.height() / 2, nikRow.right());
    return QRect(QPoint(left, nameRow.top()), QPoint(right, nameRow.bottom())).intersected(image);
}

QString nameIn(const LineText &line) {
    if (line.confidence < MinNameConfidence)
        return {};
    return KtpText::name(line.text).value_or(QString());
}

// Where the name's value lies, from the box of the NIK's digits: on the row under them (its middle 1.7 digit
// heights lower, its capitals about half as tall), from just left of the NIK's first digit to its last.
QRect nameValueBand(const QRect &digits, const QRect &image) {
    const int h = digits.height();
    const int middle = digits.center().y() + h * 17 / 10;
    return QRect(QPoint(digits.left() - h * 3 / 10, middle - h / 2), QPoint(digits.right(), middle + h / 2))
        .intersected(image);
}

} // namespace

// Where the NIK was read: its row (from layout analysis) and the box of its digits.
struct KtpReader::NikRead {
    QRect row;
    QRect digits;
    QString nik;

    bool take(const QRect &r, const LineText &line, const QDate &today) {
        const auto read = KtpText::nik(line.text, today);
        if (!read)
            return false;
        row = r;
        digits = line.longestWord;
        nik = *read;
        return true;
    }
};

// Finds the NIK among `candidates`: the whole image read as it is, then, only when no row held a NIK the domain
// accepts, the rows cut out (a little longer: layout analysis may leave out an end digit) and enlarged. (Tried and
// dropped, docs/benchmarks.md: more ways under Sauvola's threshold found one NIK more, a wrong one; asking a second way
// to agree agreed on the same misread digits.)
QString KtpReader::readNik(const QImage &gray, const QList<QRect> &candidates, const QDate &today, NikRead &found) {
    Engine &engine = *m_engine;
    for (const bool enlarged : {false, true}) {
        for (const QRect &candidate : candidates) {
            const LineText line = enlarged ? engine.readEnlarged(gray, widenedRow(candidate), NikWhitelist, 2)
                                           : engine.readLine(candidate, NikWhitelist);
            if (found.take(candidate, line, today))
                return found.nik;
        }
    }
    return {};
}

QString KtpReader::readName(const QImage &gray, const QList<QRect> &rows, const NikRead &found) {
    Engine &engine = *m_engine;
    engine.setImage(gray);
    if (const QRect nameRow = rowBelow(rows, found.row); !nameRow.isEmpty()) {
        if (QString name = nameIn(engine.readLine(widened(nameRow, found.row, gray.rect()), NameWhitelist));
            !name.isEmpty())
            return name;
    }
    // Layout analysis missed the row or it read badly: the band where the name must be, cut out. (Dropped once the
    // light was evened out, docs/benchmarks.md: reading it again under Sauvola's threshold, and the band with the
    // label column; they no longer found a name the row had not.)
    const QRect band = nameValueBand(found.digits, gray.rect());
    if (found.digits.isEmpty() || band.isEmpty())
        return {};
    return nameIn(engine.readEnlarged(gray, band, NameWhitelist, 2));
}

Result<KtpReading> KtpReader::read(const QImage &photo, const QDate &today) {
    if (!m_engine)
        return makeError(ErrorCode::Storage, m_setupProblem);
    if (photo.isNull())
        return problem(tr("The picture cannot be read."));
    const std::lock_guard lock(m_mutex);
    // Tesseract's parallel loops would spin on every core: one reading thread leaves the others to the kiosk.
    omp_set_max_active_levels(0);
    QImage gray = KtpImage::evenLight(KtpImage::prepare(photo));
    gray = KtpImage::straighten(gray, KtpImage::textAngle(gray));
    m_engine->setImage(gray);
    const QList<QRect> rows = m_engine->rows();
    const QList<QRect> candidates = nikCandidates(rows);
    if (candidates.isEmpty()) {
        m_engine->api.Clear();
        return problem(tr("No card text was found. Hold the ID card inside the frame, flat and well lit."));
    }
    NikRead nikRead;
    KtpReading reading;
    reading.nik = readNik(gray, candidates, today, nikRead);
    if (!reading.nik.isEmpty())
        reading.name = readName(gray, rows, nikRead);
    m_engine->api.Clear();
    if (reading.nik.isEmpty())
        return problem(tr("The NIK on the card could not be read. Hold the card still, without glare."));
    return reading;
}

} // namespace besuk::ktp
