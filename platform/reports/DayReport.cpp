#include "platform/reports/DayReport.h"

#include "db/ExportService.h"
#include "db/Facility.h"
#include "platform/reports/PdfDocument.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace besuk::reports {

namespace {

using Font = PdfDocument::Font;
using Align = PdfDocument::Align;

constexpr double Left = 50;
constexpr double Right = PdfDocument::PageWidth - 50;
constexpr double ContentBottom = 790; // below: the footer
constexpr double BodySize = 10;

const PdfColor Accent = PdfColor::rgb(22, 92, 74);
const PdfColor Ink = PdfColor::gray(0.1);
const PdfColor Muted = PdfColor::gray(0.4);
const PdfColor Rule = PdfColor::gray(0.75);
const PdfColor HeaderFill = PdfColor::rgb(226, 237, 233);
const PdfColor StripeFill = PdfColor::gray(0.96);
const PdfColor MenColor = PdfColor::rgb(47, 107, 178);
const PdfColor WomenColor = PdfColor::rgb(206, 84, 122);
const PdfColor ChildrenColor = PdfColor::rgb(237, 170, 48);

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

// Lays the report out page by page, top to bottom.
class Layout {
public:
    Layout(PdfDocument &pdf, const ReportData &data) : m_pdf(pdf), m_data(data), m_sum(sumOf(data.days)) {}

    void render() {
        m_pdf.newPage();
        header();
        paragraph(DayReport::summary(m_data));
        tallyTable();
        chart();
        inspections();
        if (m_data.days.size() > 1)
            dayTable();
        footers();
    }

private:
    void ensure(double height) {
        if (m_y + height <= ContentBottom)
            return;
        m_pdf.newPage();
        m_y = 60;
    }

    void header() {
        m_pdf.fillRect(0, 0, PdfDocument::PageWidth, 10, Accent);
        m_pdf.text(Left, 50, m_data.facility, Font::Bold, 17, Ink);
        m_pdf.text(Left, 70, DayReport::title(m_data), Font::Regular, 13, Muted);
        m_pdf.text(Left, 89, DayReport::dateLine(m_data), Font::Bold, 12, Accent);
        m_pdf.line(Left, 99, Right, 99, 1.2, Accent);
        m_y = 124;
    }

    void heading(const QString &text, double contentHeight) {
        ensure(28 + contentHeight);
        m_pdf.text(Left, m_y, text, Font::Bold, 12, Accent);
        m_y += 12;
    }

    void paragraph(const QString &text) {
        heading(u"Ringkasan"_s, 30);
        m_y += 4;
        const double leading = 14.5;
        for (const QString &line : PdfDocument::wrap(text, Font::Regular, BodySize + 0.5, Right - Left)) {
            ensure(leading);
            m_pdf.text(Left, m_y, line, Font::Regular, BodySize + 0.5, Ink);
            m_y += leading;
        }
        m_y += 14;
    }

    // A table row: `cells` at the given right edges (the first two left-aligned at their x).
    struct Column {
        double x;
        Align align;
    };

    void row(const QList<Column> &columns, const QStringList &cells, Font font, double height, const PdfColor *fill,
             int boldFrom = -1, double size = 9.5) {
        if (fill)
            m_pdf.fillRect(Left, m_y, Right - Left, height, *fill);
        const double baseline = m_y + height - 5;
        for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i)
            m_pdf.text(columns.at(i).x, baseline, cells.at(i), boldFrom >= 0 && i >= boldFrom ? Font::Bold : font, size,
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
        QList<Column> columns{{Left + 6, Align::Left}};
        for (int i = 1; i <= 5; ++i)
            columns.append({Right - 6 - 62.0 * (5 - i), Align::Right});
        row(columns, {u"Status"_s, u"Rombongan"_s, u"Laki-laki"_s, u"Perempuan"_s, u"Anak-anak"_s, u"Jumlah"_s},
            Font::Bold, 18, &HeaderFill);
        for (qsizetype i = 0; i < rows.size(); ++i)
            row(columns, countsCells(rows.at(i).first, rows.at(i).second), Font::Regular, 16,
                i % 2 ? &StripeFill : nullptr, 5);
        m_pdf.line(Left, m_y, Right, m_y, 0.8, Rule);
        m_y += 26;
    }

    void chart() {
        const double plotHeight = 150;
        heading(m_data.days.size() > 1 ? u"Pengunjung per jam pendaftaran (seluruh periode)"_s
                                       : u"Pengunjung per jam pendaftaran"_s,
                plotHeight + 50);
        const double legendY = m_y + 6;
        const double top = m_y + 22;
        const double bottom = top + plotHeight;
        const double plotLeft = Left + 34;
        const double plotRight = Right;

        // Legend.
        double x = plotRight;
        const QList<QPair<QString, PdfColor>> legend{
            {u"Anak-anak"_s, ChildrenColor}, {u"Perempuan"_s, WomenColor}, {u"Laki-laki"_s, MenColor}};
        for (const auto &entry : legend) {
            x -= PdfDocument::textWidth(entry.first, Font::Regular, 8.5);
            m_pdf.text(x, legendY + 7.5, entry.first, Font::Regular, 8.5, Ink);
            x -= 13;
            m_pdf.fillRect(x, legendY, 9, 9, entry.second);
            x -= 14;
        }

        // At least six hours wide, so that a quiet day's few bars do not fill the width.
        QList<HourTally> hours = m_sum.byHour;
        while (!hours.isEmpty() && hours.size() < 6) {
            if (hours.last().hour < 23)
                hours.append(HourTally{hours.last().hour + 1, {}, {}, {}});
            else
                hours.prepend(HourTally{hours.first().hour - 1, {}, {}, {}});
        }
        int maxTotal = 0;
        for (const HourTally &hour : hours)
            maxTotal = std::max(maxTotal, hour.registered.total());
        if (maxTotal == 0) {
            m_pdf.strokeRect(plotLeft, top, plotRight - plotLeft, plotHeight, 0.5, Rule);
            m_pdf.text((plotLeft + plotRight) / 2, top + plotHeight / 2 + 4, u"Tidak ada pendaftaran."_s, Font::Regular,
                       BodySize, Muted, Align::Center);
            m_y = bottom + 30;
            return;
        }

        // Axis: a step of 1, 2 or 5 times a power of ten, about five gridlines.
        const double raw = maxTotal / 5.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
        int step = int(magnitude);
        for (const double m : {1.0, 2.0, 5.0, 10.0})
            if (m * magnitude >= raw) {
                step = std::max(1, int(m * magnitude));
                break;
            }
        const int axisMax = ((maxTotal + step - 1) / step) * step;
        const double scale = plotHeight / axisMax;
        for (int value = 0; value <= axisMax; value += step) {
            const double y = bottom - value * scale;
            m_pdf.line(plotLeft, y, plotRight, y, value == 0 ? 0.9 : 0.4, value == 0 ? Ink : Rule);
            m_pdf.text(plotLeft - 5, y + 3, DayReport::number(value), Font::Regular, 8, Muted, Align::Right);
        }
        m_pdf.line(plotLeft, top, plotLeft, bottom, 0.9, Ink);

        const double slot = (plotRight - plotLeft) / double(hours.size());
        const double barWidth = std::min(slot * 0.62, 42.0);
        for (qsizetype i = 0; i < hours.size(); ++i) {
            const Counts &counts = hours.at(i).registered;
            const double center = plotLeft + slot * (double(i) + 0.5);
            double y = bottom;
            for (const auto &[value, color] :
                 {std::pair{counts.men, MenColor}, {counts.women, WomenColor}, {counts.children, ChildrenColor}}) {
                if (value <= 0)
                    continue;
                const double height = value * scale;
                m_pdf.fillRect(center - barWidth / 2, y - height, barWidth, height, color);
                y -= height;
            }
            if (counts.total() > 0)
                m_pdf.text(center, y - 3, DayReport::number(counts.total()), Font::Bold, 7.5, Ink, Align::Center);
            const QString label =
                slot >= 26 ? hourText(hours.at(i).hour) : u"%1"_s.arg(hours.at(i).hour, 2, 10, QLatin1Char('0'));
            m_pdf.text(center, bottom + 11, label, Font::Regular, 7.5, Ink, Align::Center);
        }
        m_pdf.text(plotLeft - 5, bottom + 11, u"Pukul"_s, Font::Regular, 7.5, Muted, Align::Right);
        m_y = bottom + 36;
    }

    void keyValue(const QString &key, int value, const QString &detail = {}) {
        ensure(15);
        m_pdf.text(Left + 6, m_y, key, Font::Regular, BodySize, Ink);
        m_pdf.text(Left + 250, m_y, DayReport::number(value), Font::Bold, BodySize, Ink, Align::Right);
        m_y += 14;
        if (detail.isEmpty())
            return;
        for (const QString &line : PdfDocument::wrap(detail, Font::Regular, 9, Right - Left - 30)) {
            ensure(13);
            m_pdf.text(Left + 20, m_y, line, Font::Regular, 9, Muted);
            m_y += 12.5;
        }
        m_y += 2;
    }

    void inspections() {
        const InspectionSummary &s = m_data.inspections;
        heading(u"Pemeriksaan barang bawaan"_s, 6 * 14 + 20);
        m_y += 6;
        keyValue(u"Rombongan diperiksa saat masuk"_s, s.inspected);
        keyValue(u"Barang diizinkan masuk"_s, s.itemsAllowed);
        keyValue(u"Barang dititipkan"_s, s.itemsDeposited);
        keyValue(u"Barang disita"_s, s.itemsConfiscated,
                 s.confiscated.isEmpty() ? QString() : u"Terbanyak: "_s + countedList(s.confiscated, 5));
        keyValue(u"Barang titipan dikembalikan saat keluar"_s, s.itemsReturned);
        keyValue(u"Rombongan ditolak masuk"_s, s.refusals,
                 s.refusalReasons.isEmpty() ? QString()
                                            : u"Alasan: "_s + countedList(countedTexts(s.refusalReasons), 8));
        m_y += 16;
    }

    void dayTable() {
        constexpr double RowHeight = 14;
        QList<Column> columns{{Left + 6, Align::Left}, {Left + 64, Align::Left}};
        const QStringList headers{u"Tanggal"_s,   u"Hari"_s,   u"Rombongan"_s, u"Laki-laki"_s, u"Perempuan"_s,
                                  u"Anak-anak"_s, u"Jumlah"_s, u"Masuk"_s,     u"Ditolak"_s};
        for (int i = 1; i <= 7; ++i)
            columns.append({Right - 6 - 56.0 * (7 - i), Align::Right});
        heading(u"Rincian per hari (terdaftar; masuk dan ditolak dalam orang)"_s, 18 + RowHeight * 3);
        m_y += 4;
        const auto headerRow = [&] { row(columns, headers, Font::Bold, 18, &HeaderFill, -1, 8.5); };
        headerRow();
        for (qsizetype i = 0; i < m_data.days.size(); ++i) {
            if (m_y + RowHeight > ContentBottom) {
                m_pdf.newPage();
                m_y = 60;
                headerRow();
            }
            const DayTally &day = m_data.days.at(i);
            QStringList cells{day.date.toString(u"dd/MM/yyyy"_s), IndonesianDate::weekday(day.date)};
            cells += countsCells({}, day.registered).mid(1);
            cells += {DayReport::number(day.admitted.total()), DayReport::number(day.refused.total())};
            row(columns, cells, Font::Regular, RowHeight, i % 2 ? &StripeFill : nullptr, 6);
        }
        ensure(18);
        QStringList total{u"Jumlah"_s, QString()};
        total += countsCells({}, m_sum.registered).mid(1);
        total += {DayReport::number(m_sum.admitted.total()), DayReport::number(m_sum.refused.total())};
        m_pdf.line(Left, m_y, Right, m_y, 0.8, Rule);
        row(columns, total, Font::Bold, 18, nullptr);
    }

    void footers() {
        const int pages = m_pdf.pageCount();
        QString made = u"Dibuat oleh Besuk"_s;
        if (m_data.generatedAt.isValid())
            made += u" pada %1 pukul %2"_s.arg(IndonesianDate::longDate(m_data.generatedAt.date()),
                                               m_data.generatedAt.time().toString(u"HH.mm"_s));
        for (int page = 0; page < pages; ++page) {
            m_pdf.setCurrentPage(page);
            m_pdf.line(Left, 806, Right, 806, 0.5, Rule);
            m_pdf.text(Left, 820, made, Font::Regular, 8, Muted);
            m_pdf.text(Right, 820, u"Halaman %1 dari %2"_s.arg(page + 1).arg(pages), Font::Regular, 8, Muted,
                       Align::Right);
        }
    }

    PdfDocument &m_pdf;
    const ReportData &m_data;
    DayTally m_sum;
    double m_y = 0;
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
    return data;
}

Result<QByteArray> DayReport::build(Facility &facility, const QDate &from, const QDate &to) {
    auto data = collect(facility, from, to);
    if (!data)
        return data.error();
    return render(*data);
}

QByteArray DayReport::render(const ReportData &data) {
    PdfDocument pdf;
    pdf.setTitle(u"%1 - %2 - %3"_s.arg(title(data), data.facility, dateLine(data)));
    pdf.setCreator(u"Besuk"_s);
    if (data.generatedAt.isValid())
        pdf.setCreationDate(data.generatedAt);
    Layout(pdf, data).render();
    return pdf.toPdf();
}

} // namespace besuk::reports
