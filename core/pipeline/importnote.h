#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cx {

/// Something an import had to guess, repair or decide that the user should
/// know: replaced bytes, an unclosed quote, a row that updated an earlier
/// one, a date converted from UTC … Kept with the import batch (table
/// `import_note`) and shown in every summary.
struct ImportNote
{
    Q_DECLARE_TR_FUNCTIONS(cx::ImportNote)

public:
    QString code;        ///< stable identifier for scripts, e.g. "updated", "reader.replaced_bytes"
    QString message;     ///< translated sentence, the count in it
    qint64 count = 0;    ///< rows, cells or occurrences concerned
    QList<qint64> lines; ///< the first lines (sheet rows) concerned, as met

    /// The message followed by the first lines: "… (lines 3, 7, 12 …)".
    /// The readers' notes (codes "reader.…") list their lines in the message.
    QString text() const;
    /// {"code", "message", "count", "lines"}.
    QJsonObject toJson() const;
    /// The lines as stored in the workspace ("3,7,12") and back.
    QString linesText() const;
    /// Lines for a sentence: "3, 7, 12".
    static QString lineList(const QList<qint64> &lines);
    static QList<qint64> linesFromText(QStringView text);
};

/// Counts what one note is about and keeps the first lines.
class NoteTally
{
public:
    /// Lines a note lists.
    static constexpr int maxLines = 10;

    void add(qint64 line);
    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const QList<qint64> &lines() const { return m_lines; }
    /// The note: `message` should already name count().
    ImportNote note(const QString &code, const QString &message) const;

private:
    qint64 m_count = 0;
    QList<qint64> m_lines;
};

} // namespace cx
