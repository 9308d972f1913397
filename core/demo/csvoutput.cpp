#include "demo/csvoutput.h"

#include <QCoreApplication>

#include <cmath>

namespace cx::demo {

namespace {

constexpr std::size_t kFlushSize = std::size_t(1) << 20;

bool needsQuotes(std::string_view bytes)
{
    // A plain loop: find_first_of runs memchr once per byte here.
    for (char c : bytes)
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

} // namespace

void appendNumber(std::string &out, long long value)
{
    if (value < 0) {
        out.push_back('-');
        value = -value;
    }
    appendPadded(out, value, 1);
}

void appendPadded(std::string &out, long long value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (int i = n; i < width; ++i)
        out.push_back('0');
    while (n > 0)
        out.push_back(digits[--n]);
}

void appendFixed(std::string &out, double value, int decimals)
{
    long long scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // llround is exactly specified, so this is the same on every platform.
    long long scaled = std::llround(value * double(scale));
    if (scaled < 0) {
        out.push_back('-');
        scaled = -scaled;
    }
    appendNumber(out, scaled / scale);
    if (decimals > 0) {
        out.push_back('.');
        appendPadded(out, scaled % scale, decimals);
    }
}

bool CsvOutput::open(const QString &path, Dialect dialect)
{
    m_file.setFileName(path);
    m_eol = dialect.crlf ? std::string_view("\r\n") : std::string_view("\n");
    m_buffer.clear();
    m_buffer.reserve(kFlushSize + 4096);
    m_rowStarted = false;
    m_failed = false;
    m_error.clear();
    if (!m_file.open(QIODevice::WriteOnly))
        return false;
    if (dialect.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    return true;
}

void CsvOutput::separator()
{
    if (m_rowStarted)
        m_buffer.push_back(',');
    m_rowStarted = true;
}

void CsvOutput::field(std::string_view bytes)
{
    separator();
    if (!needsQuotes(bytes)) {
        m_buffer.append(bytes);
        return;
    }
    m_buffer.push_back('"');
    for (char c : bytes) {
        if (c == '"')
            m_buffer.push_back('"');
        m_buffer.push_back(c);
    }
    m_buffer.push_back('"');
}

void CsvOutput::plainField(std::string_view bytes)
{
    separator();
    m_buffer.append(bytes);
}

void CsvOutput::field(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    field(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void CsvOutput::number(long long value)
{
    separator();
    appendNumber(m_buffer, value);
}

void CsvOutput::fixed(double value, int decimals)
{
    separator();
    appendFixed(m_buffer, value, decimals);
}

void CsvOutput::empty()
{
    separator();
}

bool CsvOutput::endRow()
{
    m_buffer.append(m_eol);
    m_rowStarted = false;
    if (m_buffer.size() >= kFlushSize)
        return flush();
    return !m_failed;
}

bool CsvOutput::flush()
{
    if (m_failed)
        return false;
    // A short write (disk full, file size limit) is retried once more, so the
    // device reports the system's reason instead of a bare short count.
    qint64 written = 0;
    while (written < qint64(m_buffer.size())) {
        const qint64 n = m_file.write(m_buffer.data() + written, qint64(m_buffer.size()) - written);
        if (n <= 0) {
            m_error = m_file.errorString();
            m_failed = true;
            return false;
        }
        written += n;
    }
    m_buffer.clear();
    return true;
}

bool CsvOutput::commit()
{
    if (!flush()) {
        m_file.cancelWriting();
        m_file.commit();
        return false;
    }
    if (!m_file.commit()) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

void CsvOutput::cancel()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit();
    }
}

QString CsvOutput::errorString() const
{
    return m_error.isEmpty() ? m_file.errorString() : m_error;
}

} // namespace cx::demo
