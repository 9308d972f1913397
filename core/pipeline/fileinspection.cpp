#include "pipeline/fileinspection.h"

#include "import/journeystages.h"
#include "import/textnormalize.h"
#include "io/biffreader.h"
#include "io/csvreader.h"
#include "io/htmltablereader.h"

#include <QFileInfo>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// The non-empty cells of a row, shortened, for a message.
QString rowText(const QStringList &cells)
{
    constexpr int maxCells = 10;
    constexpr int maxChars = 24;
    QStringList shown;
    int nonEmpty = 0;
    for (const QString &cell : cells) {
        const QStringView text = trimmedView(cell);
        if (text.isEmpty())
            continue;
        if (++nonEmpty > maxCells) {
            shown << u"…"_s;
            break;
        }
        shown << (text.size() > maxChars ? text.first(maxChars - 1).toString() + u'…' : text.toString());
    }
    return shown.isEmpty() ? FileInspector::tr("(nothing)") : shown.join(u", "_s);
}

// "受理时间 (Accepted at), 工单流水号 (Order number)": what the user looks
// for in the file and what the product calls it.
QString requiredColumnsText(const QString &kind, const QStringList &missingRequired)
{
    const MappingProfile profile = MappingProfile::builtIn(kind);
    QStringList missing;
    for (const QString &entry : missingRequired) {
        QStringList alternatives;
        for (const QString &field : entry.split(u" | "_s)) {
            const FieldSpec *spec = profile.field(field);
            const QString label = MappingProfile::fieldLabel(field);
            alternatives << (spec && !spec->synonyms.isEmpty() && spec->synonyms.constFirst() != label
                                 ? u"%1 (%2)"_s.arg(spec->synonyms.constFirst(), label)
                                 : label);
        }
        missing << alternatives.join(u" / "_s);
    }
    return missing.join(u", "_s);
}

// Column names are words: a row with dates, or mostly numbers, is data (a
// file whose export left the header out).
bool looksLikeData(const QStringList &cells)
{
    int filled = 0;
    int numbers = 0;
    for (const QString &cell : cells) {
        const QStringView text = trimmedView(cell);
        if (text.isEmpty())
            continue;
        ++filled;
        if (ValueParser::parseDateTime(text).isValid())
            return true;
        if (ValueParser::parseNumber(text) || text.contains(u"****"))
            ++numbers;
    }
    return filled > 0 && numbers * 10 >= filled * 3;
}

// The row to quote when no header fits: the first one of two or more cells.
int firstWideRow(const QList<QStringList> &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        const auto cells = std::count_if(rows.at(i).cbegin(), rows.at(i).cend(),
                                         [](const QString &cell) { return !trimmedView(cell).isEmpty(); });
        if (cells >= 2)
            return i;
    }
    return rows.isEmpty() ? -1 : 0;
}

} // namespace

int FileInspection::headerWidth() const
{
    int width = int(detection.headers.size());
    while (width > 0 && trimmedView(detection.headers.at(width - 1)).isEmpty())
        --width;
    return width;
}

ConvertOptions FileInspection::convertOptions(ConvertOptions workspace) const
{
    workspace.excelSerials = excelSerials;
    workspace.date1904 = date1904;
    return workspace;
}

QString FileInspection::fileName() const
{
    return TableReader::fileDisplayName(path);
}

QString FileInspection::description() const
{
    switch (format) {
    case Format::Xlsx:
        return FileInspector::tr("Excel workbook, sheet “%1”").arg(sheetName());
    case Format::Biff:
        return FileInspector::tr("Excel 97-2003 workbook, sheet “%1”").arg(sheetName());
    case Format::Html:
        return FileInspector::tr("HTML table “%1” in %2").arg(sheetName(), encoding);
    case Format::Text:
        break;
    }
    return encoding.isEmpty() ? FileInspector::tr("text file") : FileInspector::tr("CSV text in %1").arg(encoding);
}

QList<FileInspection> ImportPlan::parts() const
{
    if (!inspection.isImportable())
        return {};
    QList<FileInspection> all = moreSheets;
    all.prepend(inspection);
    std::stable_sort(all.begin(), all.end(),
                     [](const FileInspection &a, const FileInspection &b) { return a.sheetIndex < b.sheetIndex; });
    return all;
}

QStringList ImportPlan::sheetNames() const
{
    QStringList names;
    for (const FileInspection &part : parts())
        if (part.isWorkbook)
            names << part.sheetName();
    return names;
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
    return inspectWith(path, options, nullptr);
}

ImportPlan FileInspector::plan(const QString &path, const ImportOptions &options) const
{
    ImportPlan plan;
    plan.inspection = inspectWith(path, options, &plan);
    return plan;
}

void FileInspector::readPreview(TableReader &reader, FileInspection &result) const
{
    TableRow row;
    while (result.previewRows.size() < HeaderDetector::maxPreviewRows && reader.readRow(row)) {
        result.previewRows << row.toStringList();
        result.previewLines << row.line();
    }
    if (reader.hasError())
        result.error = reader.errorString();
    else if (result.previewRows.isEmpty())
        result.error = result.isWorkbook ? tr("%1: the sheet “%2” is empty.").arg(result.fileName(), result.sheetName())
                                         : tr("%1 is empty.").arg(result.fileName());
}

void FileInspector::explainHeader(FileInspection &result, const ImportOptions &options) const
{
    const HeaderDetection &detection = result.detection;
    if (detection.isComplete())
        return;
    const QString name = result.fileName();
    const int quoted = detection.isValid() ? detection.headerRow : firstWideRow(result.previewRows);
    const QString quotedText = rowText(result.previewRows.value(quoted));
    const bool chosenKind = !options.kind.isEmpty() || options.profile.isValid();
    if (looksLikeData(result.previewRows.value(quoted))) {
        const QString needed = chosenKind ? tr("%1 need the columns %2. ")
                                                .arg(MappingProfile::kindLabel(detection.kind),
                                                     requiredColumnsText(detection.kind, detection.missingRequired))
                                          : QString();
        result.error = tr("%1 (%2) has no header row: line %3 reads like data, not like column names (%4). %5Add the "
                          "export's header row above the data, or choose the kind of file and map the columns in the "
                          "import wizard.")
                           .arg(name, result.description())
                           .arg(result.previewLines.value(quoted))
                           .arg(quotedText, needed);
    } else if (!detection.isValid()) {
        result.error = tr("%1 (%2): no header row was recognised in its first %3 rows; no row names two or more "
                          "columns of a known export. Line %4 reads: %5. Choose the kind of file and map the "
                          "columns in the import wizard.")
                           .arg(name, result.description())
                           .arg(HeaderDetector::maxPreviewRows)
                           .arg(result.previewLines.value(quoted))
                           .arg(quotedText);
    } else if (detection.confidence <= 0) {
        // The user named the kind, but no row looks like its header.
        result.error = tr("%1 (%2) does not look like %3: no row in its first %4 rows has the required columns "
                          "%5. Line %6 reads: %7. Map the columns in the import wizard or choose another kind.")
                           .arg(name, result.description(), MappingProfile::kindLabel(detection.kind))
                           .arg(HeaderDetector::maxPreviewRows)
                           .arg(requiredColumnsText(detection.kind, detection.missingRequired))
                           .arg(result.headerLine())
                           .arg(quotedText);
    } else {
        result.error = tr("%1 (%2), header on line %3: required column(s) missing for %4: %5. The header's "
                          "columns are: %6. Map the columns in the import wizard or choose another kind.")
                           .arg(name, result.description())
                           .arg(result.headerLine())
                           .arg(MappingProfile::kindLabel(detection.kind),
                                requiredColumnsText(detection.kind, detection.missingRequired), quotedText);
    }
}

FileInspection FileInspector::inspectWith(const QString &path, const ImportOptions &options, ImportPlan *plan) const
{
    FileInspection result;
    result.path = path;
    const QString name = result.fileName();
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

    QList<bool> hidden;
    if (auto *workbook = dynamic_cast<WorkbookReader *>(reader.get())) {
        result.isWorkbook = true;
        result.sheets = workbook->sheetNames();
        result.date1904 = workbook->uses1904Dates();
        for (const WorkbookReader::Sheet &sheet : workbook->sheets())
            hidden << sheet.hidden;
        if (auto *html = dynamic_cast<HtmlTableReader *>(workbook)) { // an encoding chosen here holds for the import
            result.encoding = html->encoding().encoding;
            result.encodingHow = html->encoding().how;
            result.format = FileInspection::Format::Html;
        } else {
            result.format = dynamic_cast<BiffReader *>(workbook) ? FileInspection::Format::Biff
                                                                   : FileInspection::Format::Xlsx;
            result.excelSerials = true;
        }
        if (!options.sheet.isEmpty()) {
            result.sheetIndex = int(result.sheets.indexOf(options.sheet));
            if (result.sheetIndex < 0) {
                result.error = tr("%1 has no sheet named “%2”. Its sheets are: %3.")
                                   .arg(name, options.sheet, result.sheets.join(u", "_s));
                return result;
            }
        } else {
            // What the user does not see in Excel is not imported unasked.
            QList<QList<QStringList>> previews = workbook->previewAll(HeaderDetector::maxPreviewRows);
            for (int i = 0; i < previews.size(); ++i)
                if (hidden.value(i))
                    previews[i].clear();
            const HeaderDetector detector(m_savedProfiles + MappingProfile::builtInProfiles(), m_stages);
            const HeaderDetector::SheetChoice choice =
                options.kind.isEmpty() ? detector.pickSheet(previews) : detector.pickSheet(previews, options.kind);
            const auto firstVisible = std::find(hidden.cbegin(), hidden.cend(), false);
            result.sheetIndex = choice.sheet >= 0 ? choice.sheet
                                                  : int(firstVisible == hidden.cend() ? 0 : firstVisible - hidden.cbegin());
        }
        if (!workbook->selectSheet(result.sheetIndex)) {
            result.error = workbook->errorString();
            return result;
        }
    } else if (auto *csv = dynamic_cast<CsvReader *>(reader.get())) {
        result.encoding = csv->encoding().encoding;
        result.encodingHow = csv->encoding().how;
    }

    readPreview(*reader, result);
    if (result.isImportable()) {
        result.detection = detect(result.previewRows, options, &result.profile);
        explainHeader(result, options);
    }
    if (!plan || !result.isWorkbook)
        return result;
    if (!options.sheet.isEmpty()) {
        for (int i = 0; i < result.sheets.size(); ++i)
            if (i != result.sheetIndex)
                plan->skippedSheets << SkippedSheet{result.sheets.at(i), tr("another sheet was chosen")};
    } else if (result.isImportable()) {
        addSheets(*reader, options, result, hidden, *plan);
    } else {
        for (int i = 0; i < result.sheets.size(); ++i)
            if (hidden.value(i))
                plan->skippedSheets << SkippedSheet{result.sheets.at(i),
                                                    tr("hidden in the workbook (choose it to import it)")};
    }
    return result;
}

void FileInspector::addSheets(TableReader &reader, const ImportOptions &options, const FileInspection &chosen,
                              const QList<bool> &hidden, ImportPlan &plan) const
{
    auto &workbook = static_cast<WorkbookReader &>(reader);
    const QString kind = chosen.detection.kind;
    const QString kindLabel = MappingProfile::kindLabel(kind);
    const bool userKind = !options.kind.isEmpty() || options.profile.isValid();
    ImportOptions anyKind = options;
    anyKind.kind.clear();
    anyKind.profile = {};
    ImportOptions sameKind = options;
    if (!sameKind.profile.isValid())
        sameKind.kind = kind;

    for (int i = 0; i < chosen.sheets.size(); ++i) {
        if (i == chosen.sheetIndex)
            continue;
        const QString sheetName = chosen.sheets.at(i);
        const auto skip = [&](const QString &reason) { plan.skippedSheets << SkippedSheet{sheetName, reason}; };
        if (hidden.value(i)) {
            skip(tr("hidden in the workbook (choose it to import it)"));
            continue;
        }
        // What the file says holds for every sheet; the rest is the sheet's own.
        FileInspection sheet = chosen;
        sheet.sheetIndex = i;
        sheet.previewRows.clear();
        sheet.previewLines.clear();
        sheet.detection = {};
        sheet.profile = {};
        if (reader.hasError() || !workbook.selectSheet(i)) {
            skip(tr("cannot be read: %1").arg(reader.errorString()));
            continue;
        }
        readPreview(reader, sheet);
        if (!sheet.isImportable()) {
            skip(sheet.previewRows.isEmpty() && !reader.hasError() ? tr("empty")
                                                                    : tr("cannot be read: %1").arg(sheet.error));
            continue;
        }

        MappingProfile ownProfile;
        const HeaderDetection own = detect(sheet.previewRows, anyKind, &ownProfile);
        sheet.detection = detect(sheet.previewRows, sameKind, &sheet.profile);
        const HeaderDetection &mine = sheet.detection;
        const bool fits = mine.isComplete() && mine.confidence > 0;
        if (fits && (userKind || !own.isComplete() || own.kind == kind || own.score <= mine.score)) {
            plan.moreSheets << sheet;
        } else if (own.isComplete()) {
            skip(tr("holds %1, not %2").arg(MappingProfile::kindLabel(own.kind), kindLabel));
        } else if (mine.isValid() && mine.confidence > 0) {
            skip(tr("its header (line %1) lacks required column(s) for %2: %3")
                     .arg(sheet.headerLine())
                     .arg(kindLabel, requiredColumnsText(kind, mine.missingRequired)));
        } else {
            skip(tr("no header row of %1 in its first %2 rows").arg(kindLabel).arg(HeaderDetector::maxPreviewRows));
        }
    }
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
