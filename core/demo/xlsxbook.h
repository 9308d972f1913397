#pragma once

#include <QByteArray>
#include <QString>

#include <xlsxwriter.h>

namespace cx::demo {

/// A libxlsxwriter workbook in constant-memory mode (rows are written in
/// order and flushed to a temporary file, so memory does not grow with the
/// row count). It is written under a temporary name and renamed into place
/// by close(), so a failed or canceled run leaves no partial file.
/// The document date is fixed, so the same data gives the same bytes.
class XlsxBook
{
public:
    XlsxBook() = default;
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;
    ~XlsxBook();

    bool open(const QString &path);
    lxw_worksheet *addSheet(const QString &name);

    lxw_format *dateFormat() const { return m_dateFormat; }
    lxw_format *titleFormat() const { return m_titleFormat; }
    lxw_format *headerFormat() const { return m_headerFormat; }

    /// Writes the workbook and moves it into place; false with errorString().
    bool close();
    /// Drops the workbook without writing it.
    void cancel();

    /// Records the first failed cell write (libxlsxwriter reports per call).
    void check(lxw_error error);
    bool failed() const { return m_error != LXW_NO_ERROR; }

    QString errorString() const { return m_errorString; }

private:
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_titleFormat = nullptr;
    lxw_format *m_headerFormat = nullptr;
    QString m_path;
    QString m_partPath;
    QByteArray m_tmpDir;
    lxw_error m_error = LXW_NO_ERROR;
    QString m_errorString;
};

} // namespace cx::demo
