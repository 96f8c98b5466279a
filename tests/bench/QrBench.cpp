// SPDX-License-Identifier: GPL-3.0-or-later
// besuk_bench_qr: the gate's QR reading on generated camera frames, against ZXing's defaults and zbar.
//
//   besuk_bench_qr [--frames N] [--seed S] [--rounds R] [--write DIR] [--explore]
//
// Every frame goes through (a) the product's FrameDecoder::decodeFrame, exactly as the camera path calls it on
// the worker thread, (b) ZXing-C++ with its default ReadBarcode settings, (c) zbar with QR only, on the same grey
// pixels, frame after frame, in the same run. Each frame is timed R times per reader (its median counts), the
// readers taking turns, so machine noise falls on all three alike. --explore also times single ZXing passes, for
// tuning the decoder. Markdown on standard output; --write DIR saves the frames as PNG for people to look at.

// zbar's header first: ZXing's headers define macros (UnsupportedError, ...) that break it.
// clang-format off
#include <zbar.h>
// clang-format on

#include "BenchStats.h"
#include "FrameGenerator.h"
#include "platform/devices/FrameDecoder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;
using namespace besuk;
using namespace besuk::bench;

namespace {

using Reader = std::function<std::optional<QString>(const QImage &)>;

ZXing::ImageView viewOf(const QImage &gray) {
    return {gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine())};
}

std::optional<QString> zxingWith(const QImage &gray, const ZXing::DecodeHints &hints) {
    try {
        const ZXing::Result result = ZXing::ReadBarcode(viewOf(gray), hints);
        if (result.isValid())
            return QString::fromStdString(result.text());
    } catch (const std::exception &) {
    }
    return std::nullopt;
}

class ZbarReader {
public:
    ZbarReader() {
        m_scanner.set_config(zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
        m_scanner.set_config(zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    }
    std::optional<QString> operator()(const QImage &gray) {
        // Y800 wants width × height bytes without padding: 1280 and 1920 wide grey rows have none.
        zbar::Image image(unsigned(gray.width()), unsigned(gray.height()), "Y800", gray.constBits(),
                          unsigned(gray.sizeInBytes()));
        m_scanner.scan(image);
        std::optional<QString> first;
        for (auto symbol = image.symbol_begin(); symbol != image.symbol_end(); ++symbol) {
            if (symbol->get_type() == zbar::ZBAR_QRCODE && !first)
                first = QString::fromStdString(symbol->get_data());
        }
        image.set_data(nullptr, 0);
        return first;
    }

private:
    zbar::ImageScanner m_scanner;
};

// Tuning helpers (--explore): a 2 × 2 mean, a contrast stretch between the 1st and 99th percentile, a 3 × 3 mean.
QImage halfMean(const QImage &gray) {
    QImage half(gray.width() / 2, gray.height() / 2, QImage::Format_Grayscale8);
    for (int y = 0; y < half.height(); ++y) {
        const uchar *top = gray.constScanLine(2 * y);
        const uchar *bottom = gray.constScanLine(2 * y + 1);
        uchar *out = half.scanLine(y);
        for (int x = 0; x < half.width(); ++x)
            out[x] = uchar((top[2 * x] + top[2 * x + 1] + bottom[2 * x] + bottom[2 * x + 1] + 2) / 4);
    }
    return half;
}
QImage stretched(const QImage &gray) {
    int histogram[256] = {};
    for (int y = 0; y < gray.height(); y += 2) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); x += 2)
            ++histogram[row[x]];
    }
    const int total = ((gray.height() + 1) / 2) * ((gray.width() + 1) / 2);
    int low = 0, high = 255, seen = 0;
    while (low < 255 && (seen += histogram[low]) < total / 100)
        ++low;
    seen = 0;
    while (high > 0 && (seen += histogram[high]) < total / 100)
        --high;
    if (high - low < 8)
        return gray;
    uchar table[256];
    for (int v = 0; v < 256; ++v)
        table[v] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
    QImage out(gray.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        uchar *o = out.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            o[x] = table[in[x]];
    }
    return out;
}
QImage box3(const QImage &gray) {
    QImage out = gray.copy();
    const int w = gray.width();
    for (int y = 1; y + 1 < gray.height(); ++y) {
        const uchar *a = gray.constScanLine(y - 1), *b = gray.constScanLine(y), *c = gray.constScanLine(y + 1);
        uchar *o = out.scanLine(y);
        for (int x = 1; x + 1 < w; ++x)
            o[x] = uchar((a[x - 1] + a[x] + a[x + 1] + b[x - 1] + b[x] + b[x + 1] + c[x - 1] + c[x] + c[x + 1]) / 9);
    }
    return out;
}
std::optional<QString> detected(const QImage &gray, ZXing::DecodeHints hints) {
    hints.setReturnErrors(true);
    try {
        const ZXing::Result result = ZXing::ReadBarcode(viewOf(gray), hints);
        if (result.isValid())
            return QString::fromStdString(result.text());
        if (result.format() != ZXing::BarcodeFormat::None)
            return u"DETECTED"_s;
    } catch (const std::exception &) {
    }
    return std::nullopt;
}

QImage halfSize(const QImage &gray) {
    return gray.scaled(gray.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

struct Outcome {
    int correct = 0, wrong = 0, phantom = 0, missed = 0;
    std::vector<double> all, noCode720, codeTimes; // CPU ms per camera frame
    std::vector<double> walls;                     // wall-clock ms per camera frame
    std::vector<bool> read;                        // per frame: the right text
};

struct Named {
    QString name;
    Reader reader;
};

} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv); // fonts for the generator (offscreen platform)
    QCommandLineParser parser;
    const QCommandLineOption framesOption(u"frames"_s, u"How many frames (default 240)."_s, u"N"_s, u"240"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Generator seed (default 20251227)."_s, u"S"_s, u"20251227"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Timings per frame and reader (default 2)."_s, u"R"_s, u"2"_s);
    const QCommandLineOption writeOption(u"write"_s, u"Save the frames as PNG files in DIR."_s, u"DIR"_s);
    const QCommandLineOption exploreOption(u"explore"_s, u"Also time single ZXing passes (tuning)."_s);
    const QCommandLineOption dumpOption(u"dump"_s, u"Write every frame's result per reader to FILE (TSV)."_s,
                                        u"FILE"_s);
    parser.addOptions({framesOption, seedOption, roundsOption, writeOption, exploreOption, dumpOption});
    parser.addHelpOption();
    parser.process(app);
    const int frameCount = parser.value(framesOption).toInt();
    const quint32 seed = parser.value(seedOption).toUInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const auto made = std::chrono::steady_clock::now();
    const std::vector<Frame> frames = generateFrames(frameCount, seed);
    std::fprintf(stderr, "generated %d frames in %.1f s\n", frameCount, msSince(made) / 1000);
    if (parser.isSet(writeOption)) {
        QDir dir(parser.value(writeOption));
        dir.mkpath(u"."_s);
        QFile index(dir.filePath(u"index.txt"_s));
        index.open(QIODevice::WriteOnly);
        for (std::size_t i = 0; i < frames.size(); ++i) {
            const QString name = u"frame-%1.png"_s.arg(i, 3, 10, QLatin1Char('0'));
            frames[i].gray.save(dir.filePath(name));
            index.write((name + u"  "_s + frames[i].description + u'\n').toUtf8());
        }
    }

    ZbarReader zbar;
    std::vector<Named> readers{
        {u"Besuk FrameDecoder (the gate's camera path)"_s, {}}, // below: frame by frame, as the camera loop calls it
        {u"ZXing-C++ 1.4, default settings"_s, [](const QImage &g) { return zxingWith(g, ZXing::DecodeHints()); }},
        {u"zbar 0.23, QR only"_s, [&zbar](const QImage &g) { return zbar(g); }},
    };
    if (parser.isSet(exploreOption)) {
        const auto qr = [](ZXing::Binarizer binarizer, bool tryHarder) {
            return ZXing::DecodeHints()
                .setFormats(ZXing::BarcodeFormat::QRCode)
                .setMaxNumberOfSymbols(1)
                .setTryDownscale(false)
                .setTryRotate(false)
                .setBinarizer(binarizer)
                .setTryHarder(tryHarder);
        };
        using B = ZXing::Binarizer;
        for (int pass = -1; pass < FrameDecoder::CostlierPassCount; ++pass)
            readers.push_back({u"FrameDecoder::decodeFrame, costlier pass %1"_s.arg(pass),
                               [pass](const QImage &g) { return FrameDecoder::decodeFrame(g, pass); }});
        readers.push_back({u"FrameDecoder::decodeImage Full (every pass)"_s,
                           [](const QImage &g) { return FrameDecoder::decodeImage(g, FrameDecoder::Effort::Full); }});
        readers.push_back({u"FrameDecoder::decodeImage Cheap (cheap pass)"_s,
                           [](const QImage &g) { return FrameDecoder::decodeImage(g, FrameDecoder::Effort::Cheap); }});
        for (const bool half : {true, false})
            for (const auto &[name, binarizer] :
                 std::vector<std::pair<QString, B>>{{u"LA"_s, B::LocalAverage}, {u"GH"_s, B::GlobalHistogram}})
                for (const bool hard : {false, true})
                    readers.push_back(
                        {u"pass %1 %2 %3"_s.arg(half ? u"half"_s : u"full"_s, name, hard ? u"tryHarder"_s : u"fast"_s),
                         [half, hints = qr(binarizer, hard)](const QImage &g) {
                             return zxingWith(half ? halfSize(g) : g, hints);
                         }});
        readers.push_back({u"ZXing QR-only defaults (downscale on)"_s, [](const QImage &g) {
                               return zxingWith(g, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
                           }});
        readers.push_back({u"detect half LA"_s,
                           [h = qr(B::LocalAverage, false)](const QImage &g) { return detected(halfMean(g), h); }});
        readers.push_back(
            {u"detect full LA"_s, [h = qr(B::LocalAverage, false)](const QImage &g) { return detected(g, h); }});
        readers.push_back({u"half stretched LA"_s, [h = qr(B::LocalAverage, false)](const QImage &g) {
                               return zxingWith(stretched(halfMean(g)), h);
                           }});
        readers.push_back({u"half stretched LA hard"_s, [h = qr(B::LocalAverage, true)](const QImage &g) {
                               return zxingWith(stretched(halfMean(g)), h);
                           }});
        readers.push_back({u"half stretched GH"_s, [h = qr(B::GlobalHistogram, false)](const QImage &g) {
                               return zxingWith(stretched(halfMean(g)), h);
                           }});
        readers.push_back({u"quarter stretched LA"_s, [h = qr(B::LocalAverage, false)](const QImage &g) {
                               return zxingWith(stretched(halfMean(halfMean(g))), h);
                           }});
        readers.push_back({u"full box3 stretched LA"_s, [h = qr(B::LocalAverage, false)](const QImage &g) {
                               return zxingWith(stretched(box3(g)), h);
                           }});
        readers.push_back({u"full box3 stretched LA hard"_s, [h = qr(B::LocalAverage, true)](const QImage &g) {
                               return zxingWith(stretched(box3(g)), h);
                           }});
        readers.push_back({u"full stretched LA"_s,
                           [h = qr(B::LocalAverage, false)](const QImage &g) { return zxingWith(stretched(g), h); }});
        readers.push_back({u"half LA (2x2 mean)"_s,
                           [h = qr(B::LocalAverage, false)](const QImage &g) { return zxingWith(halfMean(g), h); }});
    }

    QFile dump(parser.value(dumpOption));
    if (parser.isSet(dumpOption))
        dump.open(QIODevice::WriteOnly);
    std::vector<Outcome> outcomes(readers.size());
    for (auto &outcome : outcomes)
        outcome.read.resize(frames.size());
    int cameraFrames = 0; // the camera loop's decoded frames, for FrameDecoder::costlierPassFor
    for (std::size_t f = 0; f < frames.size(); ++f) {
        const Frame &frame = frames[f];
        for (std::size_t r = 0; r < readers.size(); ++r) {
            std::optional<QString> text;
            double ms = 0;
            // The camera loop (FrameDecoder::processFrame) gives each frame the cheap pass and, when that finds
            // nothing, on one frame in CostlierStride a costlier pass (the passes taking turns). A ticket held up is
            // seen in consecutive frames: here the same frame is offered until read, at most CostlierStride ×
            // CostlierPassCount times (200 ms at 30 frames/s), each decode counted as a camera frame of its own in
            // the timings. The other readers are deterministic: a second look at the same pixels reads nothing more.
            const int looks = r == 0 ? FrameDecoder::CostlierPassCount * FrameDecoder::CostlierStride : 1;
            for (int look = 0; look < looks && !text; ++look) {
                std::vector<double> times, walls;
                const int costlierPass = r == 0 ? FrameDecoder::costlierPassFor(cameraFrames++) : -1;
                for (int round = 0; round < rounds; ++round) {
                    const auto start = std::chrono::steady_clock::now();
                    const double cpu = threadCpuMs();
                    text = r == 0 ? FrameDecoder::decodeFrame(frame.gray, costlierPass) : readers[r].reader(frame.gray);
                    times.push_back(threadCpuMs() - cpu);
                    walls.push_back(msSince(start));
                }
                ms = summarize(times).median;
                outcomes[r].walls.push_back(summarize(walls).median);
                if (look + 1 < looks && !text) { // an extra camera frame: its time counts on its own
                    outcomes[r].all.push_back(ms);
                    if (frame.payload.isEmpty() && frame.gray.width() == 1280)
                        outcomes[r].noCode720.push_back(ms);
                    else if (!frame.payload.isEmpty())
                        outcomes[r].codeTimes.push_back(ms);
                }
            }
            Outcome &outcome = outcomes[r];
            outcome.all.push_back(ms);
            if (frame.payload.isEmpty()) {
                if (frame.gray.width() == 1280)
                    outcome.noCode720.push_back(ms);
                if (text)
                    ++outcome.phantom;
                continue;
            }
            outcome.codeTimes.push_back(ms);
            if (!text)
                ++outcome.missed;
            else if (*text == frame.payload)
                ++outcome.correct, outcome.read[f] = true;
            else
                ++outcome.wrong;
        }
        if (f % 20 == 19)
            std::fprintf(stderr, "%zu frames decoded\n", f + 1);
    }

    int codeFrames = 0;
    for (const Frame &frame : frames)
        codeFrames += frame.payload.isEmpty() ? 0 : 1;
    const double zbarMedian = summarize(outcomes[2].all).median;

    printLine(u"Frames: %1 generated with seed %2 (%3 with a code, %4 without; half 1280×720, half 1920×1080), "
              u"each timed %5 times per reader (its median counts), readers taking turns frame by frame. Besuk is "
              u"called as the camera loop calls it: the cheap pass on every frame, a costlier pass on one frame in "
              u"%6 when the cheap one found nothing (the two costlier passes taking turns), the same frame offered "
              u"again until read, at most %7 times (a ticket held up for %8 ms at 30 frames/s); each of those calls "
              u"counts as a camera frame in the times."_s.arg(frames.size())
                  .arg(seed)
                  .arg(codeFrames)
                  .arg(int(frames.size()) - codeFrames)
                  .arg(rounds)
                  .arg(FrameDecoder::CostlierStride)
                  .arg(FrameDecoder::CostlierStride * FrameDecoder::CostlierPassCount)
                  .arg(FrameDecoder::CostlierStride * FrameDecoder::CostlierPassCount * 1000 / 30));
    printLine();
    std::vector<QStringList> rows;
    for (std::size_t r = 0; r < readers.size(); ++r) {
        const Outcome &o = outcomes[r];
        const Summary all = summarize(o.all);
        const Summary empty = summarize(o.noCode720);
        rows.push_back({readers[r].name,
                        u"%1 / %2 (%3 %)"_s.arg(o.correct)
                            .arg(codeFrames)
                            .arg(100.0 * o.correct / std::max(1, codeFrames), 0, 'f', 1),
                        QString::number(o.wrong), QString::number(o.phantom), number(all.median), number(all.p95),
                        number(all.mean), number(empty.median), number(empty.mean), number(all.median / zbarMedian),
                        number(summarize(o.walls).median)});
    }
    printTable({u"reader"_s, u"read right (frames with a code)"_s, u"wrong reads"_s, u"phantom reads"_s,
                u"median ms/frame"_s, u"p95 ms/frame"_s, u"mean ms/frame"_s, u"no-code 720p: median ms"_s,
                u"no-code 720p: mean ms"_s, u"median ratio to zbar"_s, u"wall-clock median ms/frame"_s},
               rows);
    printLine(u"Times are the decoding thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), which is what a frame costs the "
              u"machine; the last column is the wall clock, which on this shared machine also counts the time other "
              u"processes held the core."_s);
    printLine();

    // Where each reader fails: read rates by kind of frame.
    const auto bucketOf = [](const Frame &frame) {
        QStringList tags;
        const QStringList words = frame.description.split(u' ');
        tags << words.value(0) << words.value(1);
        const int pixels = words.value(2).chopped(2).toInt();
        tags << (pixels < 200 ? u"code < 200 px"_s : pixels < 350 ? u"code 200-349 px"_s : u"code ≥ 350 px"_s);
        if (words.value(8).toInt() > 0)
            tags << u"blurred"_s;
        if (words.value(10).toDouble() < 0.6)
            tags << u"low contrast"_s;
        if (words.value(12).toDouble() >= 6)
            tags << u"noisy"_s;
        if (words.value(6).toDouble() > 0)
            tags << u"slanted"_s;
        return tags;
    };
    std::map<QString, std::vector<std::size_t>> buckets;
    for (std::size_t f = 0; f < frames.size(); ++f)
        if (!frames[f].payload.isEmpty())
            for (const QString &tag : bucketOf(frames[f]))
                buckets[tag].push_back(f);
    rows.clear();
    for (const auto &[tag, members] : buckets) {
        QStringList row{tag, QString::number(members.size())};
        for (std::size_t r = 0; r < std::min<std::size_t>(readers.size(), 3); ++r) {
            int read = 0;
            for (std::size_t f : members)
                read += outcomes[r].read[f] ? 1 : 0;
            row << u"%1 %"_s.arg(100.0 * read / double(members.size()), 0, 'f', 0);
        }
        rows.push_back(row);
    }
    printLine(u"Read rate by kind of frame (frames with a code; a frame has several tags):"_s);
    printLine();
    printTable({u"frames"_s, u"n"_s, u"Besuk"_s, u"ZXing default"_s, u"zbar"_s}, rows);

    QStringList missed;
    for (std::size_t f = 0; f < frames.size(); ++f)
        if (!frames[f].payload.isEmpty() && !outcomes[0].read[f])
            missed << u"frame-%1 (%2)"_s.arg(f, 3, 10, QLatin1Char('0')).arg(frames[f].description);
    printLine(u"Frames with a code that Besuk did not read: "_s +
              (missed.isEmpty() ? u"none"_s : missed.join(u"; "_s)) + u"."_s);
    printLine();

    // The targets, for run.sh's summary: one machine-readable line each on standard error too.
    const Outcome &besuk = outcomes[0];
    const double rate = 100.0 * besuk.correct / std::max(1, codeFrames);
    const double besukMedian = summarize(besuk.all).median;
    const double empty720 = summarize(besuk.noCode720).median;
    rows = {
        {u"code-bearing frames read"_s, u"≥ 96 %"_s, u"%1 %"_s.arg(rate, 0, 'f', 1), verdict(rate >= 96)},
        {u"wrong or phantom reads"_s, u"0"_s, QString::number(besuk.wrong + besuk.phantom),
         verdict(besuk.wrong + besuk.phantom == 0)},
        {u"median time per frame vs zbar"_s, u"≤ 1/10 (≤ "_s + number(zbarMedian / 10) + u" ms)"_s,
         number(besukMedian) + u" ms (1/"_s + number(zbarMedian / besukMedian) + u")"_s,
         verdict(besukMedian <= zbarMedian / 10)},
        {u"no-code 720p frame, median"_s, u"≤ 2 ms"_s, number(empty720) + u" ms"_s, verdict(empty720 <= 2)},
        {u"camera loop at 30 frames/s with no code in view"_s, u"< 10 % of a core"_s,
         u"%1 % (mean %2 ms a frame)"_s.arg(number(summarize(besuk.noCode720).mean * 30 / 10),
                                            number(summarize(besuk.noCode720).mean)),
         verdict(summarize(besuk.noCode720).mean * 30 / 10 < 10)},
    };
    printLine(u"Targets:"_s);
    printLine();
    printTable({u"target"_s, u"wanted"_s, u"measured"_s, u""_s}, rows);
    return 0;
}
