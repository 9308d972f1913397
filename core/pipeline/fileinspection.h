#pragma once

#include "import/headerdetector.h"
#include "import/mappingprofile.h"
#include "io/tablereader.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace cx {

/// What the user (wizard or command line) decided about a file; empty
/// members mean "detect".
struct ImportOptions
{
    QString kind;           ///< complaints, survey, product_monthly, funnel, indicator_tree, indicator_values
    QString encoding;       ///< CSV only, a name QStringDecoder knows
    QString sheet;          ///< XLSX only, the sheet's name
    MappingProfile profile; ///< a corrected mapping; invalid: the built-in profile of the kind
};

/// Everything learned about a file before importing it: how to read it,
/// where its header is, what kind it is and how its columns map.
struct FileInspection
{
    QString path;
    QString error;            ///< translated; non-empty when the file cannot be imported
    bool isWorkbook = false;  ///< XLSX
    QString encoding;         ///< CSV: the encoding used
    QString encodingHow;      ///< CSV: how it was chosen (translated)
    QStringList sheets;       ///< XLSX: all worksheet names
    int sheetIndex = -1;      ///< XLSX: the sheet read
    bool date1904 = false;    ///< XLSX: serial dates count from 1904
    QList<QStringList> previewRows; ///< the first rows of the file or sheet
    QList<qint64> previewLines;     ///< the file line (sheet row) of each preview row
    HeaderDetection detection;      ///< header row (index into previewRows), kind, column mapping
    MappingProfile profile;         ///< the profile the columns were mapped with

    QString sheetName() const { return sheets.value(sheetIndex); }
    /// The file line (sheet row) of the header, 1-based; 0 when there is none.
    qint64 headerLine() const { return previewLines.value(detection.headerRow, 0); }
    bool isImportable() const { return error.isEmpty(); }
    /// The header's width without the empty columns some exports leave at its end.
    int headerWidth() const;
};

/// Opens files and finds out how to import them. Pure apart from reading
/// the file; used by the importer and by the import wizard's preview.
class FileInspector
{
    Q_DECLARE_TR_FUNCTIONS(cx::FileInspector)

public:
    /// `stages`: the workspace's journey stages (survey questions name them);
    /// `savedProfiles`: profiles the user saved, tried before the built-in ones.
    explicit FileInspector(QStringList stages = {}, QList<MappingProfile> savedProfiles = {});

    FileInspection inspect(const QString &path, const ImportOptions &options = {}) const;

    const QStringList &stages() const { return m_stages; }

    /// A reader positioned at the first row of the inspected file or sheet
    /// (the header is among the rows it returns; compare line numbers).
    /// Null with `error` set when the file cannot be opened again. `cancel`
    /// stops a reader that waits for a reader process (BIFF .xls).
    static std::unique_ptr<TableReader> openReader(const FileInspection &inspection, QString *error,
                                                   const std::atomic_bool *cancel = nullptr);

private:
    HeaderDetection detect(const QList<QStringList> &rows, const ImportOptions &options, MappingProfile *used) const;

    QStringList m_stages;
    QList<MappingProfile> m_savedProfiles;
};

} // namespace cx
