#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace cx::test {

/// Entries of a ZIP archive in order: name → content.
using ZipEntries = QList<QPair<QString, QByteArray>>;

/// Writes a ZIP archive with minizip's zip API; @p stored keeps the entries
/// uncompressed (handy for fuzzing seeds and for patching bytes in tests).
bool writeZip(const QString &path, const ZipEntries &entries, bool stored = false);

/// One worksheet of a hand-made workbook: its name and the XML inside <sheetData>.
struct SheetXml
{
    QString name;
    QByteArray sheetData;
};

/// The parts of a minimal workbook around @p sheets. @p sharedStrings and
/// @p styles are whole part documents, left out when empty.
ZipEntries workbookEntries(const QList<SheetXml> &sheets, const QByteArray &sharedStrings = {},
                           const QByteArray &styles = {}, bool date1904 = false);

} // namespace cx::test
