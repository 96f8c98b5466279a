#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace besuk::reports {

struct PdfColor {
    double r = 0;
    double g = 0;
    double b = 0;

    static PdfColor rgb(int red, int green, int blue) { return {red / 255.0, green / 255.0, blue / 255.0}; }
    static PdfColor gray(double level) { return {level, level, level}; }
};

// A minimal PDF 1.4 writer without Qt Gui: A4 portrait pages with text in the standard Helvetica and
// Helvetica-Bold fonts (WinAnsiEncoding, so Windows-1252 text; other characters become '?'), lines and rectangles.
// Coordinates are points (1/72 inch) from the page's top-left corner, y growing downwards; text is placed by its
// baseline. Content streams are left uncompressed.
class PdfDocument {
public:
    static constexpr double PageWidth = 595.276; // A4
    static constexpr double PageHeight = 841.89;

    enum class Font { Regular, Bold };
    enum class Align { Left, Center, Right };

    void setTitle(const QString &title) { m_title = title; }
    void setCreator(const QString &creator) { m_creator = creator; }
    void setCreationDate(const QDateTime &moment) { m_created = moment; }

    // Adds a page and draws on it from now on; returns its index (0-based).
    int newPage();
    // Draws on an earlier page again (e.g. footers once the page count is known).
    void setCurrentPage(int index);
    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    [[nodiscard]] int currentPage() const { return m_current; }

    void text(double x, double baseline, const QString &text, Font font, double size, const PdfColor &color = {},
              Align align = Align::Left);
    void line(double x1, double y1, double x2, double y2, double width = 0.5, const PdfColor &color = {});
    void fillRect(double x, double y, double width, double height, const PdfColor &color);
    void strokeRect(double x, double y, double width, double height, double lineWidth = 0.5,
                    const PdfColor &color = {});

    // Width in points of `text` set in `font` at `size` (Adobe's Helvetica metrics, no kerning).
    static double textWidth(const QString &text, Font font, double size);
    // Breaks `text` at spaces into lines no wider than `width` (a longer single word stays whole).
    static QStringList wrap(const QString &text, Font font, double size, double width);
    // Windows-1252 bytes; characters it cannot hold become '?'.
    static QByteArray toWinAnsi(const QString &text);

    // The whole file: header, objects, cross-reference table with exact offsets, trailer. At least one page.
    [[nodiscard]] QByteArray toPdf() const;

private:
    QByteArray &content();

    QList<QByteArray> m_pages; // content streams
    int m_current = -1;
    QString m_title;
    QString m_creator;
    QDateTime m_created;
};

} // namespace besuk::reports
