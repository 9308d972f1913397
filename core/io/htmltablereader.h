#pragma once

#include "io/encodingdetector.h"
#include "io/htmltableparser.h"
#include "io/workbookreader.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace cx {

/// Options of HtmlTableReader.
struct HtmlTableOptions
{
    QString encoding;          ///< empty: the page's BOM, its declared charset if the bytes fit, else detected
    int sheetIndex = 0;        ///< table readRow() reads (see selectSheet())
    bool skipBlankRows = true; ///< drop rows whose cells are all empty
    HtmlTableLimits limits;
};

/// Reader of HTML tables, as web systems' "export to Excel" and
/// LibreOffice's HTML export write them, often named .xls.
///
/// Each <table> is a sheet, named by its caption or the heading before it,
/// else "Table N". Cells as HtmlTableParser reads them (text as a browser
/// shows it, <br> as line breaks, spans expanded so columns line up: a
/// title row spanning the columns is one cell followed by empty ones);
/// rows keep their width. TableRow::line() is the row's number in its
/// table.
///
/// Encoding: a byte order mark; else the charset the page declares (<meta
/// charset> or http-equiv), if its bytes decode cleanly in it; else
/// EncodingDetector. (HTML5 lets a BOM win over the declaration too.) A
/// declaration that does not fit the bytes is reported as an issue, never
/// followed into mojibake. The page is parsed in chunks with libxml2's push
/// parser; each table is one pass over the file.
class HtmlTableReader : public WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(cx::HtmlTableReader)

public:
    using Options = HtmlTableOptions;

    /// Reads the file at @p path.
    explicit HtmlTableReader(const QString &path, const Options &options = {});
    /// Reads from @p device (opened or not; not owned). @p displayName is
    /// used in messages.
    HtmlTableReader(QIODevice *device, const QString &displayName, const Options &options = {});
    ~HtmlTableReader() override;

    bool open() override;
    bool readRow(TableRow &row) override;
    /// File bytes parsed so far by readRow()'s pass, and the file's size.
    qint64 progressBytes() const override;
    qint64 totalBytes() const override;

    QList<Sheet> sheets() const override;
    bool uses1904Dates() const override;
    QList<QStringList> previewSheet(int sheetIndex, int maxRows) override;
    bool selectSheet(int sheetIndex) override;
    int selectedSheet() const override;

    /// After open(): the encoding used and how it was chosen.
    EncodingDetector::Result encoding() const;

    /// The charset an HTML page declares in its first bytes (<meta
    /// charset=...> or <meta http-equiv="Content-Type" content="...;
    /// charset=...">), as written; empty if none.
    static QString declaredCharset(QByteArrayView head);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cx
