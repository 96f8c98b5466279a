#include "platform/reports/PdfDocument.h"

#include <QCryptographicHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace besuk::reports {

namespace {

// Advance widths (1/1000 em) of WinAnsi codes 32-255, from Adobe's Helvetica AFM (unmapped codes 0).
const short HelveticaWidths[224] = {
    278,  278, 355, 556,  556, 889, 667, 191, 333, 333, 389, 584,  278, 333, 278,  278, 556,  556,  556, 556,  556,
    556,  556, 556, 556,  556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,  722, 667,  611,  778, 722,  278,
    500,  667, 556, 833,  722, 778, 667, 778, 722, 667, 611, 722,  667, 944, 667,  667, 611,  278,  278, 278,  333,
    556,  333, 556, 556,  500, 556, 556, 278, 556, 556, 222, 222,  500, 222, 833,  556, 556,  556,  556, 333,  500,
    278,  556, 500, 722,  500, 500, 500, 334, 260, 334, 333, 0,    556, 0,   222,  556, 333,  1000, 556, 556,  333,
    1000, 667, 333, 1000, 0,   611, 0,   0,   222, 222, 333, 333,  350, 556, 1000, 333, 1000, 500,  333, 944,  0,
    500,  667, 278, 333,  556, 556, 556, 556, 260, 556, 333, 737,  370, 556, 584,  333, 737,  333,  400, 584,  333,
    333,  333, 578, 537,  278, 333, 333, 365, 556, 834, 834, 834,  611, 667, 667,  667, 667,  667,  667, 1000, 722,
    667,  667, 667, 667,  278, 278, 278, 278, 722, 722, 778, 778,  778, 778, 778,  584, 778,  722,  722, 722,  722,
    667,  667, 611, 556,  556, 556, 556, 556, 556, 889, 500, 556,  556, 556, 556,  278, 278,  278,  278, 556,  556,
    556,  556, 556, 556,  556, 584, 611, 556, 556, 556, 556, 500,  556, 500,
};
// The same from Adobe's Helvetica-Bold AFM.
const short HelveticaBoldWidths[224] = {
    278,  333, 474, 556,  556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278,  278, 556,  556,  556, 556,  556,
    556,  556, 556, 556,  556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722,  722, 667,  611,  778, 722,  278,
    556,  722, 611, 833,  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,  667, 611,  333,  278, 333,  333,
    556,  333, 556, 611,  556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889,  611, 611,  611,  611, 389,  556,
    333,  611, 556, 778,  556, 556, 500, 389, 280, 389, 333, 0,   556, 0,   278,  556, 500,  1000, 556, 556,  333,
    1000, 667, 333, 1000, 0,   611, 0,   0,   278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556,  333, 944,  0,
    500,  667, 278, 333,  556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584,  333, 737,  333,  400, 584,  333,
    333,  333, 611, 556,  278, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722,  722, 722,  722,  722, 1000, 722,
    667,  667, 667, 667,  278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778,  584, 778,  722,  722, 722,  722,
    667,  667, 611, 556,  556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556,  278, 278,  278,  278, 611,  611,
    611,  611, 611, 611,  611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
};

// Windows-1252's 0x80-0x9F; 0 where the code is unassigned.
const char16_t Cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

char winAnsi(char32_t c) {
    if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF))
        return char(c);
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return ' ';
    for (int i = 0; i < 32; ++i)
        if (Cp1252High[i] != 0 && Cp1252High[i] == c)
            return char(0x80 + i);
    return '?';
}

// A number as PDF writes it: at most 3 decimals, no trailing zeros, no exponent.
QByteArray num(double value) {
    if (std::abs(value) < 0.0005)
        return "0";
    QByteArray text = QByteArray::number(value, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

QByteArray colorOperands(const PdfColor &color) {
    return num(color.r) + ' ' + num(color.g) + ' ' + num(color.b);
}

// A literal string: ( ) \ escaped, bytes outside printable ASCII as octal escapes.
QByteArray literal(const QByteArray &bytes) {
    QByteArray out("(");
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        if (ch == '(' || ch == ')' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (byte < 0x20 || byte >= 0x7F) {
            out += '\\';
            out += QByteArray::number(byte, 8).rightJustified(3, '0');
        } else {
            out += ch;
        }
    }
    out += ')';
    return out;
}

// A text string for the document information: UTF-16BE with a byte-order mark, in hex.
QByteArray textString(const QString &text) {
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar ch : text) {
        utf16 += char(ch.unicode() >> 8);
        utf16 += char(ch.unicode() & 0xFF);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime &moment) {
    const int offset = moment.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return "(D:" + moment.toString(u"yyyyMMddHHmmss"_s).toLatin1() + (offset < 0 ? '-' : '+') +
           QByteArray::number(minutes / 60).rightJustified(2, '0') + '\'' +
           QByteArray::number(minutes % 60).rightJustified(2, '0') + "')";
}

} // namespace

int PdfDocument::newPage() {
    m_pages.append(QByteArray());
    m_current = int(m_pages.size()) - 1;
    return m_current;
}

void PdfDocument::setCurrentPage(int index) {
    if (index >= 0 && index < m_pages.size())
        m_current = index;
}

QByteArray &PdfDocument::content() {
    if (m_current < 0)
        newPage();
    return m_pages[m_current];
}

void PdfDocument::text(double x, double baseline, const QString &text, Font font, double size, const PdfColor &color,
                       Align align) {
    if (text.isEmpty())
        return;
    const double width = textWidth(text, font, size);
    if (align == Align::Right)
        x -= width;
    else if (align == Align::Center)
        x -= width / 2;
    content() += "BT " + QByteArray(font == Font::Bold ? "/F2 " : "/F1 ") + num(size) + " Tf " + colorOperands(color) +
                 " rg " + num(x) + ' ' + num(PageHeight - baseline) + " Td " + literal(toWinAnsi(text)) + " Tj ET\n";
}

void PdfDocument::line(double x1, double y1, double x2, double y2, double width, const PdfColor &color) {
    content() += colorOperands(color) + " RG " + num(width) + " w " + num(x1) + ' ' + num(PageHeight - y1) + " m " +
                 num(x2) + ' ' + num(PageHeight - y2) + " l S\n";
}

void PdfDocument::fillRect(double x, double y, double width, double height, const PdfColor &color) {
    content() += colorOperands(color) + " rg " + num(x) + ' ' + num(PageHeight - y - height) + ' ' + num(width) + ' ' +
                 num(height) + " re f\n";
}

void PdfDocument::strokeRect(double x, double y, double width, double height, double lineWidth, const PdfColor &color) {
    content() += colorOperands(color) + " RG " + num(lineWidth) + " w " + num(x) + ' ' + num(PageHeight - y - height) +
                 ' ' + num(width) + ' ' + num(height) + " re S\n";
}

double PdfDocument::textWidth(const QString &text, Font font, double size) {
    const short *widths = font == Font::Bold ? HelveticaBoldWidths : HelveticaWidths;
    int units = 0;
    for (const char ch : toWinAnsi(text))
        units += widths[static_cast<unsigned char>(ch) - 32];
    return units * size / 1000.0;
}

QStringList PdfDocument::wrap(const QString &text, Font font, double size, double width) {
    QStringList lines;
    QString line;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && textWidth(candidate, font, size) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QByteArray PdfDocument::toWinAnsi(const QString &text) {
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        bytes += winAnsi(c);
    return bytes;
}

QByteArray PdfDocument::toPdf() const {
    QList<QByteArray> pages = m_pages;
    if (pages.isEmpty())
        pages.append(QByteArray());

    // Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 information, then each page and its content stream.
    const int firstPage = 6;
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i)
        kids += (i ? " " : "") + QByteArray::number(firstPage + 2 * i) + " 0 R";
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    QByteArray info = "<< /Producer " + textString(u"Besuk"_s);
    if (!m_title.isEmpty())
        info += " /Title " + textString(m_title);
    if (!m_creator.isEmpty())
        info += " /Creator " + textString(m_creator);
    if (m_created.isValid())
        info += " /CreationDate " + pdfDate(m_created);
    objects.append(info + " >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(PageWidth) + ' ' + num(PageHeight) +
                       "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> /ProcSet [/PDF /Text] >> /Contents " +
                       QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(pages.at(i).size()) + " >>\nstream\n" + pages.at(i) +
                       "\nendstream");
    }

    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f\r\n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    const QByteArray id = QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex().toUpper();
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R /ID [<" + id +
           "> <" + id + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace besuk::reports
