// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/reports/DayReport.h"

#include "db/ExportService.h"
#include "db/Facility.h"
#include "db/offline/QueueBlocks.h"
#include "platform/fonts/DocumentFonts.h"
#include "platform/reports/HourChart.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace besuk::reports {

namespace {

constexpr double PageWidth = 595.276; // A4, points
constexpr double Left = 50;
constexpr double Right = PageWidth - 50;
constexpr double ContentBottom = 790; // below: the footer
constexpr double BodySize = 10;
constexpr double BesideX = Left + 285; // the right half of the page, beside a block on the left

const QColor Accent(22, 92, 74);
const QColor Ink = QColor::fromRgbF(0.1f, 0.1f, 0.1f);
const QColor Muted = QColor::fromRgbF(0.4f, 0.4f, 0.4f);
const QColor Rule = QColor::fromRgbF(0.75f, 0.75f, 0.75f);
const QColor HeaderFill(226, 237, 233);
const QColor StripeFill = QColor::fromRgbF(0.96f, 0.96f, 0.96f);

void addTo(Counts &sum, const Counts &counts) {
    sum.groups += counts.groups;
    sum.men += counts.men;
    sum.women += counts.women;
    sum.children += counts.children;
}

// The range's days added up (byHour merged by hour; dates and sessions left out).
DayTally sumOf(const QList<DayTally> &days) {
    DayTally sum;
    QMap<int, HourTally> hours;
    for (const DayTally &day : days) {
        addTo(sum.registered, day.registered);
        addTo(sum.admitted, day.admitted);
        addTo(sum.refused, day.refused);
        addTo(sum.inside, day.inside);
        addTo(sum.checkedOut, day.checkedOut);
        addTo(sum.cancelled, day.cancelled);
        sum.walkIns += day.walkIns;
        sum.bookings += day.bookings;
        for (ServiceTally *service : {&sum.visit, &sum.deposit}) {
            const ServiceTally &from = service == &sum.visit ? day.visit : day.deposit;
            addTo(service->registered, from.registered);
            addTo(service->admitted, from.admitted);
            addTo(service->refused, from.refused);
            addTo(service->inside, from.inside);
        }
        for (const HourTally &hour : day.byHour) {
            HourTally &entry = hours[hour.hour];
            entry.hour = hour.hour;
            addTo(entry.registered, hour.registered);
            addTo(entry.admitted, hour.admitted);
            addTo(entry.refused, hour.refused);
        }
    }
    if (!hours.isEmpty())
        for (int hour = hours.firstKey(); hour <= hours.lastKey(); ++hour) {
            HourTally &entry = hours[hour];
            entry.hour = hour;
            sum.byHour.append(entry);
        }
    return sum;
}

QString hourText(int hour) {
    return u"%1.00"_s.arg(hour, 2, 10, QLatin1Char('0'));
}

// "A", "A dan B", "A, B, dan C".
QString listText(const QStringList &parts) {
    if (parts.size() <= 1)
        return parts.value(0);
    if (parts.size() == 2)
        return parts.at(0) + u" dan "_s + parts.at(1);
    return QStringList(parts.mid(0, parts.size() - 1)).join(u", "_s) + u", dan "_s + parts.last();
}

// Equal texts counted, most frequent first, then in order of first appearance.
QList<QPair<QString, int>> countedTexts(const QStringList &texts) {
    QList<QPair<QString, int>> counted;
    for (const QString &text : texts) {
        const QString shown = text.simplified().isEmpty() ? u"(tanpa alasan)"_s : text.simplified();
        auto it = std::find_if(counted.begin(), counted.end(),
                               [&](const auto &entry) { return entry.first.compare(shown, Qt::CaseInsensitive) == 0; });
        if (it == counted.end())
            counted.append({shown, 1});
        else
            it->second += 1;
    }
    std::stable_sort(counted.begin(), counted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return counted;
}

QString countedList(const QList<QPair<QString, int>> &counted, int limit) {
    QStringList parts;
    for (qsizetype i = 0; i < counted.size() && i < limit; ++i)
        parts.append(u"%1 (%2)"_s.arg(counted.at(i).first, DayReport::number(counted.at(i).second)));
    if (counted.size() > limit)
        parts.append(u"dan %1 lainnya"_s.arg(DayReport::number(int(counted.size() - limit))));
    return parts.join(u", "_s);
}

enum class Align { Start, Center, End };
enum class Weight { Regular, Bold };

// Lays the report out page by page, top to bottom, in points from the page's top-left corner. Run once without a
// painter to count the pages, then again to draw them with "page N of M" footers.
class Layout {
public:
    Layout(QPagedPaintDevice &device, const ReportData &data, int pages = 0)
        : m_device(device), m_data(data), m_sum(sumOf(data.days)), m_pages(pages) {}

    int render(QPainter *painter) {
        m_painter = painter;
        m_page = 1;
        header();
        paragraph(u"Ringkasan"_s, DayReport::summary(m_data));
        tallyTable();
        chart();
        inspections();
        if (const QString note = DayReport::offlineNote(m_data); !note.isEmpty())
            paragraph(u"Pendaftaran saat server terputus"_s, note);
        if (m_data.days.size() > 1)
            dayTable();
        footer();
        return m_page;
    }

private:
    [[nodiscard]] QFont font(Weight weight, double size) const {
        QFont f = DocumentFonts::font(weight == Weight::Bold);
        // The painter is scaled to points; the device's own resolution must not enlarge the text once more.
        f.setPointSizeF(size * 72.0 / m_device.logicalDpiY());
        return f;
    }

    [[nodiscard]] double width(const QString &text, Weight weight, double size) const {
        return QFontMetricsF(font(weight, size), &m_device).horizontalAdvance(text);
    }

    // Breaks `text` at spaces into lines no wider than `limit` (a longer single word stays whole).
    [[nodiscard]] QStringList wrap(const QString &text, Weight weight, double size, double limit) const {
        QStringList lines;
        QString line;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && width(candidate, weight, size) > limit) {
                lines.append(line);
                line = word;
            } else
                line = candidate;
        }
        if (!line.isEmpty())
            lines.append(line);
        return lines;
    }

    void text(double x, double baseline, const QString &text, Weight weight, double size, const QColor &color,
              Align align = Align::Start) {
        if (!m_painter)
            return;
        const double w = align == Align::Start ? 0 : width(text, weight, size);
        m_painter->setFont(font(weight, size));
        m_painter->setPen(color);
        m_painter->drawText(QPointF(align == Align::End      ? x - w
                                    : align == Align::Center ? x - w / 2
                                                             : x,
                                    baseline),
                            text);
    }

    void line(double x1, double y1, double x2, double y2, double lineWidth, const QColor &color) {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(color, lineWidth));
        m_painter->drawLine(QPointF(x1, y1), QPointF(x2, y2));
    }

    void fillRect(double x, double y, double w, double h, const QColor &color) {
        if (m_painter)
            m_painter->fillRect(QRectF(x, y, w, h), color);
    }

    void strokeRect(double x, double y, double w, double h, double lineWidth, const QColor &color) {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(color, lineWidth));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(QRectF(x, y, w, h));
    }

    void newPage() {
        footer();
        if (m_painter)
            m_device.newPage();
        ++m_page;
        m_y = 60;
    }

    void ensure(double height) {
        if (m_y + height > ContentBottom)
            newPage();
    }

    void header() {
        fillRect(0, 0, PageWidth, 10, Accent);
        text(Left, 50, m_data.facility, Weight::Bold, 17, Ink);
        text(Left, 70, DayReport::title(m_data), Weight::Regular, 13, Muted);
        text(Left, 89, DayReport::dateLine(m_data), Weight::Bold, 12, Accent);
        line(Left, 99, Right, 99, 1.2, Accent);
        m_y = 124;
    }

    void heading(const QString &title, double contentHeight) {
        ensure(28 + contentHeight);
        text(Left, m_y, title, Weight::Bold, 12, Accent);
        m_y += 12;
    }

    void paragraph(const QString &title, const QString &body) {
        heading(title, 30);
        m_y += 4;
        const double leading = 14.5;
        for (const QString &wrapped : wrap(body, Weight::Regular, BodySize + 0.5, Right - Left)) {
            ensure(leading);
            text(Left, m_y, wrapped, Weight::Regular, BodySize + 0.5, Ink);
            m_y += leading;
        }
        m_y += 14;
    }

    struct Column {
        double x;
        Align align;
    };

    void row(const QList<Column> &columns, const QStringList &cells, Weight weight, double height, const QColor *fill,
             int boldFrom = -1, double size = 9.5) {
        if (fill)
            fillRect(Left, m_y, Right - Left, height, *fill);
        const double baseline = m_y + height - 5;
        for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i)
            text(columns.at(i).x, baseline, cells.at(i), boldFrom >= 0 && i >= boldFrom ? Weight::Bold : weight, size,
                 Ink, columns.at(i).align);
        m_y += height;
    }

    static QStringList countsCells(const QString &label, const Counts &counts) {
        return {label,
                DayReport::number(counts.groups),
                DayReport::number(counts.men),
                DayReport::number(counts.women),
                DayReport::number(counts.children),
                DayReport::number(counts.total())};
    }

    void tallyTable() {
        const QList<QPair<QString, Counts>> rows{
            {u"Terdaftar"_s, m_sum.registered},
            {u"  - kunjungan tatap muka"_s, m_sum.visit.registered},
            {u"  - penitipan barang"_s, m_sum.deposit.registered},
            {u"Diizinkan masuk"_s, m_sum.admitted},
            {u"Ditolak saat pemeriksaan"_s, m_sum.refused},
            {u"Masih di dalam"_s, m_sum.inside},
            {u"Sudah keluar"_s, m_sum.checkedOut},
            {u"Dibatalkan"_s, m_sum.cancelled},
        };
        heading(u"Rekapitulasi pengunjung"_s, 18 + 16.0 * rows.size());
        m_y += 4;
        QList<Column> columns{{Left + 6, Align::Start}};
        for (int i = 1; i <= 5; ++i)
            columns.append({Right - 6 - 70.0 * (5 - i), Align::End});
        row(columns, {u"Status"_s, u"Rombongan"_s, u"Laki-laki"_s, u"Perempuan"_s, u"Anak-anak"_s, u"Jumlah"_s},
            Weight::Bold, 18, &HeaderFill);
        for (qsizetype i = 0; i < rows.size(); ++i)
            row(columns, countsCells(rows.at(i).first, rows.at(i).second), Weight::Regular, 16,
                i % 2 ? &StripeFill : nullptr, 5);
        line(Left, m_y, Right, m_y, 0.8, Rule);
        m_y += 26;
    }

    void chart() {
        constexpr double PlotHeight = 150;
        heading(m_data.days.size() > 1 ? u"Pengunjung per jam pendaftaran (seluruh periode)"_s
                                       : u"Pengunjung per jam pendaftaran"_s,
                PlotHeight + 50);
        const QRectF plot(Left + 34, m_y + 22, Right - Left - 34, PlotHeight);
        if (m_painter) {
            m_painter->save();
            HourChart::paint(*m_painter, plot, m_sum.byHour, [this](bool bold, double size) {
                return font(bold ? Weight::Bold : Weight::Regular, size);
            });
            m_painter->restore();
        }
        m_y = plot.bottom() + 36;
    }

    void keyValue(const QString &key, int value, const QString &detail = {}, double detailWidth = Right - Left - 30) {
        ensure(15);
        text(Left + 6, m_y, key, Weight::Regular, BodySize, Ink);
        text(Left + 250, m_y, DayReport::number(value), Weight::Bold, BodySize, Ink, Align::End);
        m_y += 14;
        if (detail.isEmpty())
            return;
        for (const QString &wrapped : wrap(detail, Weight::Regular, 9, detailWidth)) {
            ensure(13);
            text(Left + 20, m_y, wrapped, Weight::Regular, 9, Muted);
            m_y += 12.5;
        }
        m_y += 2;
    }

    [[nodiscard]] bool hasBookings() const { return !(m_sum.bookings == BookingTally{}); }

    // The inspections on the left half; beside them, when families booked in the period, the bookings.
    void inspections() {
        const InspectionSummary &s = m_data.inspections;
        const bool beside = hasBookings();
        heading(u"Pemeriksaan barang bawaan"_s, 6 * 14 + 20);
        const double top = m_y;
        if (beside)
            bookings(top);
        m_y += 6;
        const double detailWidth = beside ? BesideX - Left - 40 : Right - Left - 30;
        keyValue(u"Rombongan diperiksa saat masuk"_s, s.inspected);
        keyValue(u"Barang diizinkan masuk"_s, s.itemsAllowed);
        keyValue(u"Barang dititipkan"_s, s.itemsDeposited);
        keyValue(u"Barang disita"_s, s.itemsConfiscated,
                 s.confiscated.isEmpty() ? QString() : u"Terbanyak: "_s + countedList(s.confiscated, 5), detailWidth);
        keyValue(u"Barang titipan dikembalikan saat keluar"_s, s.itemsReturned);
        keyValue(u"Rombongan ditolak masuk"_s, s.refusals,
                 s.refusalReasons.isEmpty() ? QString()
                                            : u"Alasan: "_s + countedList(countedTexts(s.refusalReasons), 8),
                 detailWidth);
        m_y = std::max(m_y, m_bookingsBottom) + 16;
    }

    // Registered = walk-ins + booked groups that arrived; then the bookings not (yet) used. In groups and people
    // (the men / women / children split is in the exports).
    void bookings(double top) {
        const BookingTally &b = m_sum.bookings;
        const QList<QPair<QString, Counts>> rows{{u"Datang langsung"_s, m_sum.walkIns},
                                                 {u"Pesanan: sudah datang"_s, b.arrived},
                                                 {u"Pesanan: belum datang"_s, b.booked},
                                                 {u"Pesanan: tidak datang"_s, b.noShow},
                                                 {u"Pesanan: dibatalkan"_s, b.cancelled}};
        constexpr double GroupsX = Right - 60;
        double y = top - 12;
        text(BesideX, y, u"Pendaftaran dan pemesanan"_s, Weight::Bold, 12, Accent);
        y += 18;
        text(GroupsX, y, u"Rombongan"_s, Weight::Bold, 8.5, Muted, Align::End);
        text(Right, y, u"Orang"_s, Weight::Bold, 8.5, Muted, Align::End);
        y += 14;
        for (const auto &[label, counts] : rows) {
            text(BesideX, y, label, Weight::Regular, BodySize, Ink);
            text(GroupsX, y, DayReport::number(counts.groups), Weight::Bold, BodySize, Ink, Align::End);
            text(Right, y, DayReport::number(counts.total()), Weight::Bold, BodySize, Ink, Align::End);
            y += 14;
        }
        m_bookingsBottom = y;
    }

    void dayTable() {
        constexpr double RowHeight = 14;
        QList<Column> columns{{Left + 6, Align::Start}, {Left + 72, Align::Start}};
        const QStringList headers{u"Tanggal"_s,   u"Hari"_s,   u"Rombongan"_s, u"Laki-laki"_s, u"Perempuan"_s,
                                  u"Anak-anak"_s, u"Jumlah"_s, u"Masuk"_s,     u"Ditolak"_s};
        for (int i = 1; i <= 7; ++i)
            columns.append({Right - 6 - 56.0 * (7 - i), Align::End});
        heading(u"Rincian per hari (terdaftar; masuk dan ditolak dalam orang)"_s, 18 + RowHeight * 3);
        m_y += 4;
        const auto headerRow = [&] { row(columns, headers, Weight::Bold, 18, &HeaderFill, -1, 7.5); };
        headerRow();
        for (qsizetype i = 0; i < m_data.days.size(); ++i) {
            if (m_y + RowHeight > ContentBottom) {
                newPage();
                headerRow();
            }
            const DayTally &day = m_data.days.at(i);
            QStringList cells{day.date.toString(u"dd/MM/yyyy"_s), IndonesianDate::weekday(day.date)};
            cells += countsCells({}, day.registered).mid(1);
            cells += {DayReport::number(day.admitted.total()), DayReport::number(day.refused.total())};
            row(columns, cells, Weight::Regular, RowHeight, i % 2 ? &StripeFill : nullptr, 6);
        }
        ensure(18);
        QStringList total{u"Jumlah"_s, QString()};
        total += countsCells({}, m_sum.registered).mid(1);
        total += {DayReport::number(m_sum.admitted.total()), DayReport::number(m_sum.refused.total())};
        line(Left, m_y, Right, m_y, 0.8, Rule);
        row(columns, total, Weight::Bold, 18, nullptr);
    }

    void footer() {
        QString made = u"Dibuat oleh Besuk"_s;
        if (m_data.generatedAt.isValid())
            made += u" pada %1 pukul %2"_s.arg(IndonesianDate::longDate(m_data.generatedAt.date()),
                                               m_data.generatedAt.time().toString(u"HH.mm"_s));
        line(Left, 806, Right, 806, 0.5, Rule);
        text(Left, 820, made, Weight::Regular, 8, Muted);
        text(Right, 820, u"Halaman %1 dari %2"_s.arg(m_page).arg(m_pages), Weight::Regular, 8, Muted, Align::End);
    }

    QPagedPaintDevice &m_device;
    const ReportData &m_data;
    DayTally m_sum;
    int m_pages;
    QPainter *m_painter = nullptr;
    int m_page = 1;
    double m_y = 0;
    double m_bookingsBottom = 0; // below the bookings beside the inspections, when drawn
};

} // namespace

QString DayReport::number(int value) {
    QString digits = QString::number(std::abs(value));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return value < 0 ? u"-"_s + digits : digits;
}

QString DayReport::title(const ReportData &data) {
    return data.from == data.to ? u"Laporan Kunjungan Harian"_s : u"Rekapitulasi Kunjungan"_s;
}

QString DayReport::dateLine(const ReportData &data) {
    if (data.from == data.to)
        return IndonesianDate::weekdayDate(data.from);
    return u"%1 (%2 hari)"_s.arg(IndonesianDate::range(data.from, data.to)).arg(data.from.daysTo(data.to) + 1);
}

QString DayReport::summary(const ReportData &data) {
    const DayTally sum = sumOf(data.days);
    const Counts &visitors = sum.visit.admitted;
    const QString when = data.from == data.to ? u"Pada hari %1"_s.arg(IndonesianDate::weekdayDate(data.from))
                                              : u"Selama %1 (%2 hari)"_s.arg(IndonesianDate::range(data.from, data.to))
                                                    .arg(data.from.daysTo(data.to) + 1);
    QStringList sentences;
    if (visitors.total() == 0) {
        sentences.append(u"%1, %2 tidak menerima pengunjung tatap muka."_s.arg(when, data.facility));
    } else {
        QStringList parts;
        if (visitors.men > 0)
            parts.append(u"%1 laki-laki"_s.arg(number(visitors.men)));
        if (visitors.women > 0)
            parts.append(u"%1 perempuan"_s.arg(number(visitors.women)));
        if (visitors.children > 0)
            parts.append(u"%1 anak-anak"_s.arg(number(visitors.children)));
        sentences.append(u"%1, %2 menerima %3 pengunjung tatap muka, terdiri atas %4."_s.arg(
            when, data.facility, number(visitors.total()), listText(parts)));
        sentences.append(u"Mereka datang dalam %1 rombongan."_s.arg(number(visitors.groups)));
    }
    if (sum.deposit.admitted.total() > 0)
        sentences.append(
            u"Layanan penitipan barang melayani %1 pengunjung."_s.arg(number(sum.deposit.admitted.total())));
    const HourTally *busiest = nullptr;
    for (const HourTally &hour : sum.byHour)
        if (!busiest || hour.registered.total() > busiest->registered.total())
            busiest = &hour;
    if (busiest && busiest->registered.total() > 0 && sum.byHour.size() > 1)
        sentences.append(u"Pendaftaran paling ramai pada pukul %1–%2 dengan %3 pengunjung."_s.arg(
            hourText(busiest->hour), hourText(busiest->hour + 1), number(busiest->registered.total())));
    if (sum.refused.groups > 0)
        sentences.append(u"Sebanyak %1 rombongan (%2 orang) ditolak masuk setelah pemeriksaan."_s.arg(
            number(sum.refused.groups), number(sum.refused.total())));
    const InspectionSummary &inspections = data.inspections;
    if (inspections.itemsConfiscated > 0) {
        const auto &items = inspections.confiscated;
        QString which;
        if (items.size() == 1)
            which = u"yaitu "_s + items.first().first.toLower();
        else if (items.at(0).second > items.at(1).second)
            which = u"terbanyak "_s + items.first().first.toLower();
        else {
            QStringList names;
            for (qsizetype i = 0; i < items.size() && i < 3; ++i)
                names.append(items.at(i).first.toLower());
            which = u"antara lain "_s + listText(names);
        }
        sentences.append(
            u"Petugas menyita %1 barang terlarang, %2."_s.arg(number(inspections.itemsConfiscated), which));
    } else if (inspections.inspected > 0)
        sentences.append(
            u"Tidak ada barang yang disita dalam pemeriksaan %1 rombongan."_s.arg(number(inspections.inspected)));
    const int waiting = sum.registered.total() - sum.admitted.total() - sum.refused.total();
    if (waiting > 0)
        sentences.append(u"Sebanyak %1 pengunjung terdaftar belum atau tidak masuk."_s.arg(number(waiting)));
    return sentences.join(u' ');
}

QString DayReport::offlineNote(const ReportData &data) {
    if (data.offlineNumbersUsed == 0)
        return {};
    QString note = u"Saat server tidak terjangkau, kios memberi %1 nomor antrean dari nomor cadangannya."_s.arg(
        number(data.offlineNumbersUsed));
    if (!data.offlineNumbersUnused.isEmpty())
        note += u" Nomor cadangan yang tidak dipakai (satu-satunya celah dalam nomor antrean): %1."_s.arg(
            data.offlineNumbersUnused.join(u", "_s));
    return note;
}

namespace {

// Consecutive numbers as "A-903–A-920", one number as "A-903".
QString rangeText(Service service, int first, int last) {
    return first == last ? queueLabel(service, first) : queueLabel(service, first) + u"–"_s + queueLabel(service, last);
}

// The days' reserved numbers: how many were used, and the unused ones as ranges per kiosk, on days any was used.
Result<void> collectOfflineNumbers(Facility &facility, ReportData &data) {
    for (QDate day = data.from; day <= data.to; day = day.addDays(1)) {
        auto reserved = QueueBlocks::reserved(facility.database(), day);
        if (!reserved)
            return reserved.error();
        auto unused = QueueBlocks::reserved(facility.database(), day, {}, true);
        if (!unused)
            return unused.error();
        const int used = int(reserved->size() - unused->size());
        if (used == 0)
            continue;
        data.offlineNumbersUsed += used;
        const QString prefix = data.from == data.to ? QString() : day.toString(u"dd/MM"_s) + u" "_s;
        for (qsizetype i = 0; i < unused->size();) {
            const ReservedNumber &first = unused->at(i);
            qsizetype j = i;
            while (j + 1 < unused->size() && unused->at(j + 1).service == first.service &&
                   unused->at(j + 1).station == first.station && unused->at(j + 1).number == unused->at(j).number + 1)
                ++j;
            data.offlineNumbersUnused.append(prefix + rangeText(first.service, first.number, unused->at(j).number) +
                                             u" ("_s + first.station + u")"_s);
            i = j + 1;
        }
    }
    return {};
}

} // namespace

Result<ReportData> DayReport::collect(Facility &facility, const QDate &from, const QDate &to) {
    TallyService tallies(facility);
    auto days = tallies.range(from, to);
    if (!days)
        return days.error();
    auto inspections = tallies.inspections(from, to);
    if (!inspections)
        return inspections.error();
    ReportData data;
    data.facility = facility.profile().name;
    data.from = from;
    data.to = to;
    data.days = std::move(days).value();
    data.inspections = std::move(inspections).value();
    data.generatedAt = facility.toLocal(facility.now());
    if (auto offline = collectOfflineNumbers(facility, data); !offline)
        return offline.error();
    return data;
}

Result<QByteArray> DayReport::build(Facility &facility, const QDate &from, const QDate &to) {
    auto data = collect(facility, from, to);
    if (!data)
        return data.error();
    return render(*data);
}

void DayReport::paint(const ReportData &data, QPagedPaintDevice &device) {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    const int pages = Layout(device, data).render(nullptr);
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    Layout(device, data, pages).render(&painter);
}

QByteArray DayReport::render(const ReportData &data) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(u"%1 - %2 - %3"_s.arg(title(data), data.facility, dateLine(data)));
        pdf.setCreator(u"Besuk"_s);
        paint(data, pdf);
    }
    return buffer.data();
}

} // namespace besuk::reports
