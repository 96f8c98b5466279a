// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchStats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

namespace besuk::bench {

Summary summarize(std::vector<double> samples) {
    Summary summary;
    if (samples.empty())
        return summary;
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    summary.n = int(n);
    summary.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    const std::size_t rank = std::size_t(std::ceil(0.95 * double(n)));
    summary.p95 = samples[std::min(n, std::max<std::size_t>(rank, 1)) - 1];
    summary.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(n);
    summary.max = samples.back();
    return summary;
}

QString number(double value) {
    if (value == 0)
        return u"0"_s;
    const double magnitude = std::abs(value);
    if (magnitude >= 1000)
        return QString::number(std::lround(value));
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QString::number(value, 'f', decimals);
}

QString verdict(bool met) {
    return met ? u"met"_s : u"**missed**"_s;
}

void printLine(const QString &text) {
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printTable(const QStringList &header, const std::vector<QStringList> &rows) {
    printLine(u"| "_s + header.join(u" | "_s) + u" |"_s);
    QStringList rule;
    for (qsizetype i = 0; i < header.size(); ++i)
        rule.append(i == 0 ? u"---"_s : u"---:"_s);
    printLine(u"|"_s + rule.join(u"|"_s) + u"|"_s);
    for (const QStringList &row : rows)
        printLine(u"| "_s + row.join(u" | "_s) + u" |"_s);
    printLine();
}

} // namespace besuk::bench
