// SPDX-License-Identifier: GPL-3.0-or-later
// 7. Reading the KTP (issue #20): generated card photos (tests/support/KtpCards.cpp, seeded) through the kiosk's
// reader (platform/ktp), by difficulty band. Prints Markdown. Options: --per-band N (default 100), --seed S.
#include "BenchStats.h"
#include "KtpCards.h"
#include "platform/ktp/KtpReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;
using besuk::test::KtpBand;

namespace {

const QDate Today(2026, 12, 5);

struct BandResult {
    int photos = 0;
    int nikRight = 0;
    int nameRight = 0;
    int wrongValidNik = 0;
    int nothing = 0;
    std::vector<double> ms;
    std::vector<double> cpuMs; // the whole process (Tesseract may use more than one thread)
};

double processCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

BandResult runBand(besuk::ktp::KtpReader &reader, KtpBand band, int count, quint32 seed) {
    besuk::test::KtpCardGenerator generator(seed);
    BandResult result;
    for (int i = 0; i < count; ++i) {
        const auto photo = generator.randomPhoto(band);
        const double cpuStart = processCpuMs();
        const auto start = std::chrono::steady_clock::now();
        const auto reading = reader.read(photo.image, Today);
        result.ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        result.cpuMs.push_back(processCpuMs() - cpuStart);
        ++result.photos;
        const bool verbose = qEnvironmentVariableIsSet("BESUK_BENCH_VERBOSE");
        if (!reading) {
            ++result.nothing;
            if (verbose)
                std::fprintf(stderr, "none: %s | %s | %s\n", qPrintable(photo.description), qPrintable(photo.card.nik),
                             qPrintable(reading.error().message));
            continue;
        }
        if (reading->nik == photo.card.nik) {
            ++result.nikRight;
        } else {
            ++result.wrongValidNik;
            if (verbose)
                std::fprintf(stderr, "wrong NIK: %s | %s | %s\n", qPrintable(photo.description),
                             qPrintable(photo.card.nik), qPrintable(reading->nik));
        }
        if (reading->name == photo.card.name)
            ++result.nameRight;
        else if (verbose)
            std::fprintf(stderr, "name: %s | %s | %s\n", qPrintable(photo.description), qPrintable(photo.card.name),
                         qPrintable(reading->name));
    }
    return result;
}

double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
}

void printRow(const char *band, const BandResult &r) {
    const auto times = besuk::bench::summarize(r.ms);
    const auto cpu = besuk::bench::summarize(r.cpuMs);
    std::printf("| %s | %d | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.0f | %.0f | %.0f |\n", band, r.photos,
                percent(r.nikRight, r.photos), percent(r.nameRight, r.photos), percent(r.wrongValidNik, r.photos),
                percent(r.nothing, r.photos), times.median, times.p95, cpu.median);
}

QString loadAverage() {
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readLine()).section(u' ', 0, 2);
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the cards are drawn with fonts
    int perBand = 100;
    quint32 seed = 20261205;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--per-band")
            perBand = args[i + 1].toInt();
        else if (args[i] == u"--seed")
            seed = args[i + 1].toUInt();
    }
    QElapsedTimer loading;
    loading.start();
    besuk::ktp::KtpReader reader;
    if (!reader.setupProblem().isEmpty()) {
        std::printf("not run: %s\n", qPrintable(reader.setupProblem()));
        return 0;
    }
    const qint64 loadMs = loading.elapsed();
    const QString loadBefore = loadAverage();
    const BandResult easy = runBand(reader, KtpBand::Easy, perBand, seed);
    const BandResult medium = runBand(reader, KtpBand::Medium, perBand, seed + 1);
    const BandResult hard = runBand(reader, KtpBand::Hard, perBand, seed + 2);
    BandResult all;
    for (const BandResult *r : {&easy, &medium, &hard}) {
        all.photos += r->photos;
        all.nikRight += r->nikRight;
        all.nameRight += r->nameRight;
        all.wrongValidNik += r->wrongValidNik;
        all.nothing += r->nothing;
        all.ms.insert(all.ms.end(), r->ms.begin(), r->ms.end());
        all.cpuMs.insert(all.cpuMs.end(), r->cpuMs.begin(), r->cpuMs.end());
    }
    std::printf("Reader loaded in %lld ms; load average before / after the run: %s / %s.\n\n", loadMs,
                qPrintable(loadBefore), qPrintable(loadAverage()));
    std::printf("| band | photos | NIK right | name right | wrong NIK offered as valid | nothing offered | median ms "
                "| p95 ms | median CPU ms |\n|---|---|---|---|---|---|---|---|---|\n");
    printRow("easy", easy);
    printRow("medium", medium);
    printRow("hard", hard);
    printRow("**all**", all);
    return 0;
}
