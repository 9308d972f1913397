#pragma once

#include "import/headerdetector.h"
#include "import/mappingprofile.h"
#include "import/valueparser.h"
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
    QString sheet;          ///< workbooks only: import this sheet alone (default: every sheet of the kind)
    MappingProfile profile; ///< a corrected mapping; invalid: the built-in profile of the kind
};

/// Everything learned about a file (or one sheet of a workbook) before
/// importing it: how to read it, where its header is, what kind it is and
/// how its columns map.
struct FileInspection
{
    /// What the reader found the file to be (by content, not name).
    enum class Format { Text, Xlsx, Biff, Html };

    QString path;
    QString error;            ///< translated; non-empty when the file cannot be imported
    Format format = Format::Text;
    bool isWorkbook = false;  ///< a file of sheets (XLSX, BIFF .xls, the tables of an HTML page)
    bool excelSerials = false; ///< numbers in date columns may be Excel serial dates (XLSX and BIFF only)
    QString encoding;         ///< CSV, HTML: the encoding used
    QString encodingHow;      ///< CSV, HTML: how it was chosen (translated)
    QStringList sheets;       ///< workbooks: all sheet names
    int sheetIndex = -1;      ///< workbooks: the sheet read
    bool date1904 = false;    ///< workbooks: serial dates count from 1904
    QList<QStringList> previewRows; ///< the first rows of the file or sheet
    QList<qint64> previewLines;     ///< the file line (sheet row) of each preview row
    HeaderDetection detection;      ///< header row (index into previewRows), kind, column mapping
    MappingProfile profile;         ///< the profile the columns were mapped with

    QString sheetName() const { return sheets.value(sheetIndex); }
    /// The file's name (no folder), as every message names it.
    QString fileName() const;
    /// What the file is, for messages: "CSV text in GB18030", "Excel workbook, sheet “1月”",
    /// "HTML table “Table 1” in GBK".
    QString description() const;
    /// The file line (sheet row) of the header, 1-based; 0 when there is none.
    qint64 headerLine() const { return previewLines.value(detection.headerRow, 0); }
    bool isImportable() const { return error.isEmpty(); }
    /// The header's width without the empty columns some exports leave at its end.
    int headerWidth() const;
    /// The workspace's conversion options (phone masking, time zone) with
    /// what this file says about dates (Excel serials, 1904 system).
    ConvertOptions convertOptions(ConvertOptions workspace) const;
};

/// A sheet of a workbook left out of an import, and why.
struct SkippedSheet
{
    QString name;
    QString reason; ///< translated
};

/// What will be imported from one file: for a text file the file; for a
/// workbook every sheet whose header matches the kind (or the one sheet the
/// user chose), each imported and reported on its own, and the sheets left
/// out with why.
struct ImportPlan
{
    FileInspection inspection;         ///< the file, or the sheet chosen or matching best (shown and mapped)
    QList<FileInspection> moreSheets;  ///< further sheets of the same kind
    QList<SkippedSheet> skippedSheets; ///< in workbook order

    QString path() const { return inspection.path; }
    bool isImportable() const { return inspection.isImportable(); }
    /// The file or sheets to import, in workbook order (later sheets win
    /// where rows share a key).
    QList<FileInspection> parts() const;
    /// The names of the sheets parts() imports.
    QStringList sheetNames() const;
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

    /// The file, or the workbook's sheet that options.sheet names or whose
    /// header fits best (hidden sheets only when named).
    FileInspection inspect(const QString &path, const ImportOptions &options = {}) const;
    /// inspect(), and for a workbook without options.sheet every other sheet:
    /// those whose header is complete for the same kind are imported too.
    ImportPlan plan(const QString &path, const ImportOptions &options = {}) const;

    const QStringList &stages() const { return m_stages; }

    /// A reader positioned at the first row of the inspected file or sheet
    /// (the header is among the rows it returns; compare line numbers).
    /// Null with `error` set when the file cannot be opened again. `cancel`
    /// stops a reader that waits for a reader process (BIFF .xls).
    static std::unique_ptr<TableReader> openReader(const FileInspection &inspection, QString *error,
                                                   const std::atomic_bool *cancel = nullptr);

private:
    FileInspection inspectWith(const QString &path, const ImportOptions &options, ImportPlan *plan) const;
    HeaderDetection detect(const QList<QStringList> &rows, const ImportOptions &options, MappingProfile *used) const;
    void readPreview(TableReader &reader, FileInspection &result) const;
    void explainHeader(FileInspection &result, const ImportOptions &options) const;
    void addSheets(TableReader &reader, const ImportOptions &options, const FileInspection &chosen,
                   const QList<bool> &hidden, ImportPlan &plan) const;

    QStringList m_stages;
    QList<MappingProfile> m_savedProfiles;
};

} // namespace cx
