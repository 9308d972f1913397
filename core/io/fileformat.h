#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cx {

/// What the first bytes of a file say it is, whatever its name says.
class FileFormat
{
    Q_DECLARE_TR_FUNCTIONS(cx::FileFormat)

public:
    enum class Kind {
        Text,      ///< CSV or other text (also an empty file)
        Zip,       ///< a ZIP archive: an .xlsx workbook, or another OOXML/ZIP file
        Ole,       ///< an OLE compound file: a BIFF .xls workbook, or a .doc, an encrypted workbook ...
        Html,      ///< an HTML page or a bare <table>, as web systems' "export to Excel" write them
        Refused,   ///< something that is no table export (description() says what)
    };

    /// How many leading bytes sniff() wants (fewer if the file is smaller).
    static constexpr qsizetype sampleSize() { return 4096; }

    /// How many trailing bytes classifyZip() wants: where a ZIP archive lists its entries.
    static constexpr qsizetype zipDirectorySize() { return 64 * 1024; }

    /// Classifies @p head, the first bytes of a file: signatures first (ZIP,
    /// OLE, PDF, images, archives, SQLite, executables, SpreadsheetML 2003),
    /// then HTML (after a BOM and blanks, in any encoding the detector
    /// knows, a "<" and, within the first KiB, <html, <table or
    /// <!DOCTYPE html), then binary data (control bytes that no text has),
    /// else text.
    static FileFormat sniff(QByteArrayView head);

    /// For a Zip: whether the archive whose first bytes are @p head and last
    /// bytes @p tail is a workbook (Zip), or a Word, PowerPoint or
    /// OpenDocument file or another archive (Refused).
    static FileFormat classifyZip(QByteArrayView head, QByteArrayView tail);

    Kind kind() const { return m_kind; }
    /// Refused: what the file seems to be, translated ("a PDF document").
    QString description() const { return m_description; }
    /// Refused: the message for @p displayName: what the file seems to be
    /// and what the product reads instead.
    QString refusal(const QString &displayName) const;

private:
    FileFormat(Kind kind, QString description = {});

    Kind m_kind;
    QString m_description;
};

} // namespace cx
