#include "pipeline/importnote.h"

#include <QJsonArray>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString joinLines(const QList<qint64> &lines, QStringView separator)
{
    QStringList parts;
    parts.reserve(lines.size());
    for (qint64 line : lines)
        parts << QString::number(line);
    return parts.join(separator);
}

} // namespace

QString ImportNote::text() const
{
    if (lines.isEmpty() || code.startsWith("reader."_L1))
        return message;
    const QString list = lineList(lines);
    if (count > lines.size())
        return tr("%1 (first lines: %2 …)").arg(message, list);
    return tr("%1 (%n line(s): %2)", nullptr, int(lines.size())).arg(message, list);
}

QJsonObject ImportNote::toJson() const
{
    QJsonArray lineList;
    for (qint64 line : lines)
        lineList.append(line);
    return QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"count"_s, count}, {u"lines"_s, lineList}};
}

QString ImportNote::lineList(const QList<qint64> &lines)
{
    return joinLines(lines, u", ");
}

QString ImportNote::linesText() const
{
    return joinLines(lines, u",");
}

QList<qint64> ImportNote::linesFromText(QStringView text)
{
    QList<qint64> result;
    for (QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 line = part.toLongLong(&ok);
        if (ok)
            result << line;
    }
    return result;
}

void NoteTally::add(qint64 line)
{
    ++m_count;
    if (m_lines.size() < maxLines)
        m_lines << line;
}

ImportNote NoteTally::note(const QString &code, const QString &message) const
{
    return ImportNote{code, message, m_count, m_lines};
}

} // namespace cx
