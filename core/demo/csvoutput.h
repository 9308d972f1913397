#pragma once

#include <QSaveFile>
#include <QString>

#include <string>
#include <string_view>

namespace cx::demo {

/// Buffered writer of one CSV file: fields are appended as already encoded
/// bytes, quoted when they hold a comma, a quote or a line break. The file is
/// written through QSaveFile, so it appears only when commit() succeeds.
class CsvOutput
{
public:
    struct Dialect
    {
        bool byteOrderMark = false;
        bool crlf = false;
    };

    CsvOutput() = default;
    CsvOutput(const CsvOutput &) = delete;
    CsvOutput &operator=(const CsvOutput &) = delete;

    /// Opens the file; false with errorString() on failure.
    bool open(const QString &path, Dialect dialect);

    /// Appends a field, quoting it if needed.
    void field(std::string_view bytes);
    /// Appends a field known to hold no comma, quote or line break (GBK and
    /// UTF-8 multi-byte sequences never contain those bytes).
    void plainField(std::string_view bytes);
    /// Appends a UTF-8 field given as text (small files only).
    void field(QStringView text);
    /// Appends an integer field.
    void number(long long value);
    /// Appends a fixed-point field with the given number of decimals.
    void fixed(double value, int decimals);
    /// Appends an empty field.
    void empty();
    /// Ends the row; writes the buffer out when it is large. False on a write error.
    bool endRow();

    /// Writes what is buffered and commits the file. False with errorString() on failure.
    bool commit();
    /// Drops the file (nothing is left on disk).
    void cancel();

    QString errorString() const;
    QString fileName() const { return m_file.fileName(); }

private:
    bool flush();
    void separator();

    QSaveFile m_file;
    QString m_error;
    std::string m_buffer;
    std::string_view m_eol = "\n";
    bool m_rowStarted = false;
    bool m_failed = false;
};

/// Appends a decimal integer to a byte buffer.
void appendNumber(std::string &out, long long value);
/// Appends a non-negative integer padded with zeros to the given width.
void appendPadded(std::string &out, long long value, int width);
/// Appends a fixed-point number (rounded half away from zero) with the given decimals.
void appendFixed(std::string &out, double value, int decimals);

} // namespace cx::demo
