#include "pipeline/fileinspection.h"

#include "import/journeystages.h"
#include "import/textnormalize.h"
#include "io/csvreader.h"
#include "io/htmltablereader.h"

#include <QFileInfo>

namespace cx {

using namespace Qt::StringLiterals;

int FileInspection::headerWidth() const
{
    int width = int(detection.headers.size());
    while (width > 0 && trimmedView(detection.headers.at(width - 1)).isEmpty())
        --width;
    return width;
}

FileInspector::FileInspector(QStringList stages, QList<MappingProfile> savedProfiles)
    : m_stages(stages.isEmpty() ? defaultJourneyStages() : std::move(stages))
    , m_savedProfiles(std::move(savedProfiles))
{
}

HeaderDetection FileInspector::detect(const QList<QStringList> &rows, const ImportOptions &options,
                                      MappingProfile *used) const
{
    if (options.profile.isValid()) {
        *used = options.profile;
        return HeaderDetector({options.profile}, m_stages).detect(rows, options.profile);
    }
    const HeaderDetector detector(m_savedProfiles + MappingProfile::builtInProfiles(), m_stages);
    HeaderDetection detection = options.kind.isEmpty() ? detector.detect(rows) : detector.detect(rows, options.kind);
    for (const MappingProfile &profile : detector.profiles()) {
        if (profile.kind() == detection.kind && profile.name() == detection.profileName) {
            *used = profile;
            break;
        }
    }
    return detection;
}

FileInspection FileInspector::inspect(const QString &path, const ImportOptions &options) const
{
    FileInspection result;
    result.path = path;
    const QString name = TableReader::fileDisplayName(path);
    if (!QFileInfo(path).isFile()) {
        result.error = tr("%1 does not exist or is not a file.").arg(name);
        return result;
    }

    TableReaderOptions readerOptions;
    readerOptions.encoding = options.encoding;
    std::unique_ptr<TableReader> reader = createTableReader(path, readerOptions);
    if (!reader->open()) {
        result.error = reader->errorString();
        return result;
    }

    if (auto *workbook = dynamic_cast<WorkbookReader *>(reader.get())) {
        result.isWorkbook = true;
        result.sheets = workbook->sheetNames();
        result.date1904 = workbook->uses1904Dates();
        if (auto *html = dynamic_cast<HtmlTableReader *>(workbook)) { // an encoding chosen here holds for the import
            result.encoding = html->encoding().encoding;
            result.encodingHow = html->encoding().how;
        }
        if (!options.sheet.isEmpty()) {
            result.sheetIndex = int(result.sheets.indexOf(options.sheet));
            if (result.sheetIndex < 0) {
                result.error = tr("%1 has no sheet named \"%2\". Its sheets are: %3.")
                                   .arg(name, options.sheet, result.sheets.join(u", "_s));
                return result;
            }
        } else {
            const QList<QList<QStringList>> previews = workbook->previewAll(HeaderDetector::maxPreviewRows);
            const HeaderDetector detector(m_savedProfiles + MappingProfile::builtInProfiles(), m_stages);
            const HeaderDetector::SheetChoice choice =
                options.kind.isEmpty() ? detector.pickSheet(previews) : detector.pickSheet(previews, options.kind);
            result.sheetIndex = std::max(choice.sheet, 0);
        }
        if (!workbook->selectSheet(result.sheetIndex)) {
            result.error = workbook->errorString();
            return result;
        }
    } else if (auto *csv = dynamic_cast<CsvReader *>(reader.get())) {
        result.encoding = csv->encoding().encoding;
        result.encodingHow = csv->encoding().how;
    }

    TableRow row;
    while (result.previewRows.size() < HeaderDetector::maxPreviewRows && reader->readRow(row)) {
        result.previewRows << row.toStringList();
        result.previewLines << row.line();
    }
    if (reader->hasError()) {
        result.error = reader->errorString();
        return result;
    }
    if (result.previewRows.isEmpty()) {
        result.error = result.isWorkbook ? tr("%1: the sheet \"%2\" is empty.").arg(name, result.sheetName())
                                         : tr("%1 is empty.").arg(name);
        return result;
    }

    result.detection = detect(result.previewRows, options, &result.profile);
    if (!result.detection.isValid()) {
        result.error = tr("%1: no header row was recognised in the first %2 rows. Choose the kind of file, "
                          "or correct the column mapping.")
                           .arg(name)
                           .arg(HeaderDetector::maxPreviewRows);
    } else if (!result.detection.isComplete()) {
        QStringList missing;
        for (const QString &entry : std::as_const(result.detection.missingRequired)) {
            QStringList alternatives;
            for (const QString &field : entry.split(u" | "_s))
                alternatives << MappingProfile::fieldLabel(field);
            missing << alternatives.join(u" / "_s);
        }
        result.error = tr("%1, line %2: required column(s) missing for %3: %4. Map the columns in the import "
                          "wizard or choose another kind.")
                           .arg(name)
                           .arg(result.headerLine())
                           .arg(MappingProfile::kindLabel(result.detection.kind),
                                missing.join(u", "_s));
    }
    return result;
}

std::unique_ptr<TableReader> FileInspector::openReader(const FileInspection &inspection, QString *error,
                                                       const std::atomic_bool *cancel)
{
    TableReaderOptions options;
    options.cancel = cancel;
    options.encoding = inspection.encoding;
    options.sheetIndex = std::max(inspection.sheetIndex, 0);
    std::unique_ptr<TableReader> reader = createTableReader(inspection.path, options);
    if (!reader->open()) {
        *error = reader->errorString();
        return nullptr;
    }
    return reader;
}

} // namespace cx
