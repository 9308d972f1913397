#include "pipeline/importer.h"

#include "analytics/aggregates.h"
#include "analytics/complaintimportfold.h"
#include "analytics/foldtables.h"
#include "io/tablereader.h"
#include "pipeline/complaintrowwriter.h"
#include "pipeline/filefingerprint.h"
#include "pipeline/rowproducer.h"
#include "pipeline/rowwriter.h"
#include "service/complaintbrowser.h"
#include "workspace/categorymapchange.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// In WAL mode every page of a bulk load is written twice (to the WAL, then
// back by the checkpoint). When the importer holds the only connection it
// loads under a rollback journal instead, just as atomic: a killed import
// leaves a hot journal that SQLite rolls back on the next open. With other
// connections open (the desktop app) the switch is refused and WAL stays.
class BulkJournal
{
public:
    explicit BulkJournal(sqlite::Database &db)
        : m_db(db)
    {
        sqlite::Statement mode = m_db.prepare(u"PRAGMA journal_mode = DELETE"_s);
        m_switched = mode.next() && mode.columnText(0) == "delete"_L1;
    }
    ~BulkJournal()
    {
        if (m_switched)
            m_db.exec(u"PRAGMA journal_mode = WAL"_s);
    }
    BulkJournal(const BulkJournal &) = delete;
    BulkJournal &operator=(const BulkJournal &) = delete;

private:
    sqlite::Database &m_db;
    bool m_switched = false;
};

// Every row an import writes refers to rows the same import wrote or looked
// up just before (its own batch, a survey's questions and responses), and
// nothing it deletes has rows referring to it: checking each reference of a
// million rows is work the import's own order already did. The pragma has no
// effect inside a transaction, so the checks go off before BEGIN and come
// back once it ended, whichever way.
class UncheckedReferences
{
public:
    explicit UncheckedReferences(sqlite::Database &db)
        : m_db(db)
    {
        m_db.exec(u"PRAGMA foreign_keys = OFF"_s);
    }
    ~UncheckedReferences() { m_db.exec(u"PRAGMA foreign_keys = ON"_s); }
    UncheckedReferences(const UncheckedReferences &) = delete;
    UncheckedReferences &operator=(const UncheckedReferences &) = delete;

private:
    sqlite::Database &m_db;
};

// "7 (G)": a column as a spreadsheet user finds it.
QString columnLabel(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return u"%1 (%2)"_s.arg(column + 1).arg(letters);
}

// "reader." and the kind, for scripts; the reader's message lists the lines itself.
QString readerNoteCode(ReadIssue::Kind kind)
{
    switch (kind) {
    case ReadIssue::Kind::Other:
        break;
    case ReadIssue::Kind::ReplacedBytes:
        return u"reader.replaced_bytes"_s;
    case ReadIssue::Kind::NulBytesStripped:
        return u"reader.nul_bytes_stripped"_s;
    case ReadIssue::Kind::StrayQuoteJoined:
        return u"reader.stray_quote_joined"_s;
    case ReadIssue::Kind::UnclosedQuote:
        return u"reader.unclosed_quote"_s;
    case ReadIssue::Kind::MissingSharedString:
        return u"reader.missing_shared_string"_s;
    case ReadIssue::Kind::UnknownCellType:
        return u"reader.unknown_cell_type"_s;
    case ReadIssue::Kind::CellOutOfOrder:
        return u"reader.cell_out_of_order"_s;
    case ReadIssue::Kind::UnreadableReference:
        return u"reader.unreadable_reference"_s;
    case ReadIssue::Kind::DeclaredEncodingIgnored:
        return u"reader.declared_encoding_ignored"_s;
    case ReadIssue::Kind::SpanClipped:
        return u"reader.span_clipped"_s;
    }
    return u"reader.other"_s;
}

QJsonArray notesJson(const QList<ImportNote> &notes)
{
    QJsonArray list;
    for (const ImportNote &note : notes)
        list.append(note.toJson());
    return list;
}

} // namespace

QJsonObject SheetReport::toJson() const
{
    QJsonArray errorList;
    for (const RowRejection &rejection : errors)
        errorList.append(QJsonObject{{u"line"_s, rejection.line}, {u"reason"_s, rejection.reason}});
    return QJsonObject{
        {u"sheet"_s, sheet.isEmpty() ? QJsonValue() : QJsonValue(sheet)},
        {u"header_row"_s, headerRow},
        {u"rows_read"_s, rowsRead},
        {u"inserted"_s, inserted},
        {u"updated"_s, updated},
        {u"duplicates"_s, duplicates},
        {u"skipped"_s, skipped},
        {u"rejected"_s, rejected},
        {u"errors"_s, errorList},
        {u"notes"_s, notesJson(notes)},
        {u"batch_id"_s, batchId == 0 ? QJsonValue() : QJsonValue(batchId)},
    };
}

SheetReport ImportReport::totals() const
{
    SheetReport sum;
    for (const SheetReport &sheet : sheets) {
        sum.rowsRead += sheet.rowsRead;
        sum.inserted += sheet.inserted;
        sum.updated += sheet.updated;
        sum.duplicates += sheet.duplicates;
        sum.skipped += sheet.skipped;
        sum.rejected += sheet.rejected;
    }
    return sum;
}

QList<ImportNote> ImportReport::notes() const
{
    QList<ImportNote> all;
    for (const SheetReport &sheet : sheets)
        all << sheet.notes;
    return all;
}

namespace {

// The progress of one part of a file (or of the fold) goes from 0 to this.
constexpr qint64 progressScale = 1'000'000;

QString cancelledMessage(const QString &fileName)
{
    return Importer::tr("The import of %1 was cancelled; nothing of it was kept.").arg(fileName);
}

// Every sheet's notes, each saying its sheet where the file has sheets.
QJsonArray fileNotesJson(const QList<SheetReport> &sheets)
{
    QJsonArray list;
    for (const SheetReport &sheet : sheets) {
        for (const ImportNote &note : sheet.notes) {
            QJsonObject object = note.toJson();
            if (!sheet.sheet.isEmpty())
                object.insert(u"sheet"_s, sheet.sheet);
            list.append(object);
        }
    }
    return list;
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonArray sheetList;
    for (const SheetReport &sheet : sheets)
        sheetList.append(sheet.toJson());
    QJsonArray notImported;
    for (const SkippedSheet &sheet : skippedSheets)
        notImported.append(QJsonObject{{u"sheet"_s, sheet.name}, {u"reason"_s, sheet.reason}});
    const SheetReport sum = totals();
    return QJsonObject{
        {u"file"_s, file},
        {u"kind"_s, textOrNull(kind)},
        {u"encoding"_s, textOrNull(encoding)},
        {u"rows_read"_s, sum.rowsRead},
        {u"inserted"_s, sum.inserted},
        {u"updated"_s, sum.updated},
        {u"duplicates"_s, sum.duplicates},
        {u"skipped"_s, sum.skipped},
        {u"rejected"_s, sum.rejected},
        {u"notes"_s, fileNotesJson(sheets)},
        {u"sheets"_s, sheetList},
        {u"sheets_not_imported"_s, notImported},
        {u"failed"_s, failed()},
        {u"error"_s, textOrNull(error)},
        {u"cancelled"_s, cancelled},
    };
}

/// One file or sheet being imported within the file's transaction.
struct Importer::Part
{
    const FileInspection *inspection = nullptr;
    int index = 0;  ///< among the file's parts
    int shares = 1; ///< of the progress: one per part, one for the fold when the import folds
    const Progress *progress = nullptr;
    const std::atomic_bool *cancel = nullptr;
    ComplaintImportFold *complaintFold = nullptr; ///< counts the complaints inserted, when the import folds
    SheetReport report;
    QString error;
    bool cancelled = false;
    bool updatedFacts = false;
};

Importer::Importer(const QString &workspacePath)
    : m_path(workspacePath)
{
}

bool Importer::openDatabase(QString *error)
{
    if (m_db.isOpen())
        return true;
    if (!m_db.open(m_path)) {
        *error = tr("Cannot open the workspace %1: %2").arg(QFileInfo(m_path).fileName(), m_db.errorString());
        return false;
    }
    // 8 MiB of page cache: with SQLite's default 2 MiB the indexes of a big
    // import spill dirty pages into the WAL again and again. More buys no
    // speed (64 MiB imported 10,000,000 complaints no faster than 16, and 1M
    // took the same with 4 as with 16) and counts in the import's peak memory.
    m_db.exec(u"PRAGMA cache_size = -8192"_s);
    // Not at commit: the log a big import leaves takes as long to copy back
    // as the import took to write, and the workspace's holder does it
    // (LogCheckpointer) once the user has the rows.
    m_db.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
    return true;
}

FileInspector Importer::inspector() const
{
    if (m_inspector)
        return *m_inspector;
    QStringList stages;
    QList<MappingProfile> profiles;
    sqlite::Database db;
    if (db.open(m_path)) {
        stages = workspaceStages(db);
        sqlite::Statement saved = db.prepare(u"SELECT name, mapping FROM mapping_profile ORDER BY saved_at DESC"_s);
        while (saved.next()) {
            QString ignored;
            MappingProfile profile = MappingProfile::fromJson(saved.columnText(1).toUtf8(), saved.columnText(0), &ignored);
            if (profile.isValid())
                profiles << profile;
        }
    }
    m_inspector.emplace(stages, profiles);
    return *m_inspector;
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options, const Progress &progress,
                                  const std::atomic_bool *cancel)
{
    return importPlan(inspector().plan(path, options), progress, cancel);
}

ImportReport Importer::importPlan(const ImportPlan &plan, const Progress &progress, const std::atomic_bool *cancel)
{
    const FileInspection &first = plan.inspection;
    ImportReport report;
    report.file = first.path;
    report.kind = first.detection.kind;
    report.encoding = first.encoding;
    report.skippedSheets = plan.skippedSheets;
    if (!plan.isImportable()) {
        report.error = first.error;
        return report;
    }
    if (!openDatabase(&report.error))
        return report;

    // Hashed beside the import; needed only once the rows are in.
    FileFingerprint fingerprint(first.path);
    const QString name = first.fileName();
    const BulkJournal journal(m_db);
    const UncheckedReferences references(m_db);
    if (!m_db.exec(u"BEGIN IMMEDIATE"_s)) {
        report.error = tr("Cannot import %1: the workspace is busy or read-only (%2).").arg(name, m_db.errorString());
        return report;
    }
    const auto fail = [&](const QString &message) {
        m_db.exec(u"ROLLBACK"_s);
        report.error = message;
        report.sheets.clear();
        return report;
    };
    // Complaints load without secondary index: the desk's browse index goes
    // (in this transaction) and is built again in the background afterwards.
    if (report.kind == "complaints"_L1 && !ComplaintBrowser::dropBrowseIndex(m_db))
        return fail(tr("Cannot import %1: %2").arg(name, m_db.errorString()));

    // The aggregates follow the rows in this transaction when they are
    // current; otherwise the next analysis catches up or rebuilds them.
    const bool folding = beginImportFold(m_db);
    const QList<FileInspection> parts = plan.parts();
    // Complaints are counted while they are inserted, from their values in
    // memory, on a thread of their own: the fold at the end only writes.
    std::optional<ComplaintImportFold> complaintFold;
    if (folding && std::any_of(parts.begin(), parts.end(), [](const FileInspection &p) {
            return p.detection.kind == "complaints"_L1;
        })) {
        complaintFold.emplace(m_db);
        if (!complaintFold->isValid())
            complaintFold.reset();
    }
    bool updatedFacts = false;
    for (int i = 0; i < parts.size(); ++i) {
        Part part;
        part.inspection = &parts.at(i);
        part.index = i;
        part.shares = int(parts.size()) + (folding ? 1 : 0);
        part.progress = &progress;
        part.cancel = cancel;
        part.complaintFold = complaintFold ? &*complaintFold : nullptr;
        if (!m_db.exec(u"SAVEPOINT cx_sheet"_s))
            return fail(tr("Cannot import %1: %2").arg(name, m_db.errorString()));
        if (!importPart(part)) {
            report.cancelled = part.cancelled;
            return fail(part.error);
        }
        if (!keepPart(part, fingerprint.result()))
            return fail(tr("Cannot import %1: %2").arg(name, m_db.errorString()));
        updatedFacts = updatedFacts || (part.updatedFacts && part.report.batchId != 0);
        report.sheets << part.report;
    }
    // Without the import's fold, an updated complaint or response changes
    // counts the aggregates hold for rows folded long ago (they follow the
    // facts by rowid): they are marked stale and the next analysis rebuilds them.
    if (folding) {
        // The fold is the last share of the progress, by rows folded; it
        // stops on a cancel, and one asked for after its last report still
        // keeps nothing.
        const qint64 readShares = parts.size() * progressScale;
        const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
        const auto foldProgress = [&](qint64 done, qint64 total) {
            if (progress)
                progress(readShares + done * progressScale / std::max<qint64>(total, 1), readShares + progressScale);
            return !cancelled();
        };
        QString error;
        const bool folded =
            finishImportFold(m_db, &error, foldProgress, complaintFold ? &*complaintFold : nullptr);
        if (cancelled()) {
            report.cancelled = true;
            return fail(cancelledMessage(name));
        }
        if (!folded)
            return fail(tr("Cannot import %1: %2").arg(name, error));
    } else if (updatedFacts && !markAggregatesStale(m_db)) {
        return fail(tr("Cannot import %1: %2").arg(name, m_db.errorString()));
    }
    if (!m_db.exec(u"COMMIT"_s))
        return fail(tr("Cannot import %1: %2").arg(name, m_db.errorString()));
    return report;
}

bool Importer::importPart(Part &part)
{
    const FileInspection &inspection = *part.inspection;
    SheetReport &report = part.report;
    report.sheet = inspection.sheetName();
    report.headerRow = inspection.headerLine();
    const QString name = inspection.fileName();
    const auto fail = [&](const QString &message) {
        part.error = message;
        return false;
    };
    const auto cancelled = [&] { return part.cancel && part.cancel->load(std::memory_order_relaxed); };
    const auto failCancelled = [&] {
        part.cancelled = true;
        return fail(cancelledMessage(name));
    };

    sqlite::Statement batch = m_db.prepare(
        u"INSERT INTO import_batch(file_path, file_name, file_sha256, kind, encoding, sheet, header_row, imported_at) "
        "VALUES (?1, ?2, '', ?3, ?4, ?5, ?6, ?7)"_s);
    batch.bindText(1, QFileInfo(inspection.path).absoluteFilePath());
    batch.bindText(2, name);
    batch.bindText(3, inspection.detection.kind);
    batch.bindTextOrNull(4, inspection.encoding);
    batch.bindTextOrNull(5, report.sheet);
    batch.bindInt(6, report.headerRow);
    batch.bindText(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!batch.exec())
        return fail(tr("Cannot import %1: %2").arg(name, m_db.errorString()));
    report.batchId = m_db.lastInsertRowId();

    WriteContext context;
    context.db = &m_db;
    context.batchId = report.batchId;
    context.inspection = &inspection;
    ConvertOptions workspace;
    workspace.keepFullPhone = m_keepFullPhoneNumbers;
    workspace.timeZone = m_timeZone;
    context.convert = inspection.convertOptions(workspace);
    context.stages = inspector().stages();
    std::unique_ptr<RowWriter> writer = RowWriter::create(context);
    QString error;
    if (!writer)
        return fail(tr("Cannot import %1: files of kind \"%2\" are not supported.").arg(name, inspection.detection.kind));
    if (!writer->prepare(&error))
        return fail(tr("Cannot import %1: %2").arg(name, error));
    std::unique_ptr<TableReader> reader = FileInspector::openReader(inspection, &error, part.cancel);
    if (!reader)
        return cancelled() ? failCancelled() : fail(error);

    RowProducer producer(*reader, *writer, inspection.headerLine(), inspection.headerWidth(),
                         !inspection.isWorkbook, m_keepFullPhoneNumbers);
    sqlite::Statement rejectRow =
        m_db.prepare(u"INSERT INTO rejected_row(batch_id, line, reason, raw) VALUES (?1, ?2, ?3, ?4)"_s);
    // A rejected row that could not be kept would be a row lost: the import
    // of the file fails instead.
    const auto reject = [&](qint64 line, const QString &reason, const QString &raw) {
        ++report.rejected;
        if (report.errors.size() < maxReportedErrors)
            report.errors << RowRejection{line, reason};
        rejectRow.bindInt(1, report.batchId);
        rejectRow.bindInt(2, line);
        rejectRow.bindText(3, reason);
        rejectRow.bindText(4, raw);
        if (rejectRow.exec())
            return true;
        producer.stop();
        part.error = tr("Cannot import %1: the rejected row of line %2 could not be kept (%3).")
                         .arg(name)
                         .arg(line)
                         .arg(m_db.errorString());
        return false;
    };

    // The fold thread holds batches of the producer until it has counted
    // their complaints: it stops before the producer goes, whichever way.
    ComplaintImportFold *fold = inspection.detection.kind == "complaints"_L1 ? part.complaintFold : nullptr;
    auto stopFold = qScopeGuard([fold] {
        if (fold)
            fold->stop();
    });
    std::vector<std::pair<int, qint64>> inserted; // of a batch: row index, complaint id

    producer.start();
    QList<RowRejection> pending; // one-cell rows: remarks if nothing follows, broken records otherwise
    QStringList pendingRaw;
    NoteTally skippedRows;       // titles, totals and remarks (blank rows need no note)
    qint64 titleRows = 0;
    QString reason;
    while (RowProducer::Batch *rows = producer.take()) {
        for (int i = 0; i < rows->used; ++i) {
            const EncodedRow &row = rows->rows[size_t(i)];
            ++report.rowsRead;
            RowWriter::Outcome outcome = RowWriter::Outcome::Rejected;
            RowKind kind = RowKind::Data;
            reason = row.reason;
            if (row.rejected)
                kind = row.kind;
            else
                outcome = writer->store(row, &reason);

            if (outcome == RowWriter::Outcome::Rejected) {
                if (kind == RowKind::Blank || kind == RowKind::Footer || kind == RowKind::Title) {
                    ++report.skipped;
                    if (kind != RowKind::Blank)
                        skippedRows.add(row.line);
                    titleRows += kind == RowKind::Title ? 1 : 0;
                    continue;
                }
                if (kind == RowKind::NearEmpty) {
                    pending << RowRejection{row.line, reason};
                    pendingRaw << row.raw;
                    continue;
                }
            }
            for (int p = 0; p < pending.size(); ++p)
                if (!reject(pending.at(p).line, pending.at(p).reason, pendingRaw.at(p)))
                    return false;
            pending.clear();
            pendingRaw.clear();
            switch (outcome) {
            case RowWriter::Outcome::Inserted:
                ++report.inserted;
                if (fold)
                    inserted.emplace_back(i, m_db.lastInsertRowId());
                break;
            case RowWriter::Outcome::Updated:
                ++report.updated;
                break;
            case RowWriter::Outcome::Duplicate:
                ++report.duplicates;
                break;
            case RowWriter::Outcome::Rejected:
                if (!reject(row.line, reason, row.raw))
                    return false;
                break;
            }
        }
        if (inserted.empty()) {
            producer.recycle(rows);
        } else {
            auto count = [rows, ids = std::move(inserted), &producer](const ComplaintImportFold::Count &add) {
                for (const auto &[index, id] : ids)
                    add(id, ComplaintRowWriter::foldFields(rows->rows[size_t(index)]));
                producer.recycle(rows);
            };
            inserted.clear();
            if (!fold->post(report.batchId, std::move(count))) {
                producer.stop();
                return fail(tr("Cannot import %1: %2").arg(name, aggregateFailure(m_db)));
            }
        }
        if (*part.progress) {
            const qint64 total = std::max<qint64>(producer.totalBytes(), 1);
            const qint64 done = std::clamp<qint64>(producer.progressBytes(), 0, total);
            (*part.progress)(part.index * progressScale + done * progressScale / total, part.shares * progressScale);
        }
        if (cancelled()) {
            producer.stop();
            return failCancelled();
        }
    }
    if (!producer.errorString().isEmpty()) // a reader that waits for a process stops on cancel
        return cancelled() ? failCancelled() : fail(producer.errorString());
    if (fold && !fold->drain())
        return fail(tr("Cannot import %1: %2").arg(name, aggregateFailure(m_db)));
    stopFold.dismiss();
    report.skipped += pending.size();
    for (const RowRejection &remark : std::as_const(pending))
        skippedRows.add(remark.line);

    // What the reader had to repair comes first: it concerns every row.
    for (const ReadIssue &issue : reader->issues())
        report.notes << ImportNote{readerNoteCode(issue.kind), issue.message, issue.count, issue.lines};
    for (const auto &[repeated, used] : inspection.detection.duplicateColumns) {
        report.notes << ImportNote{u"duplicate_column"_s,
                                   tr("The header “%1” names columns %2 and %3; column %2 was imported, column %3 "
                                      "was not.")
                                       .arg(inspection.detection.headers.value(used), columnLabel(used),
                                            columnLabel(repeated)),
                                   1,
                                   {}};
    }
    report.notes << writer->notes();
    if (!skippedRows.isEmpty())
        report.notes << skippedRows.note(u"skipped_rows"_s,
                                         tr("%n row(s) are no records and were skipped: titles above the header, "
                                            "totals and remarks below it.",
                                            nullptr, int(skippedRows.count())));
    if (report.inserted + report.updated + report.duplicates + report.rejected == 0) {
        const qint64 below = report.rowsRead - titleRows;
        report.notes << ImportNote{u"no_data_rows"_s,
                                   below == 0 ? tr("No data rows: nothing follows the header on line %1.")
                                                    .arg(report.headerRow)
                                              : tr("No data rows: the %n row(s) below the header on line %1 are "
                                                   "totals or remarks.",
                                                   nullptr, int(below))
                                                    .arg(report.headerRow),
                                   0,
                                   {}};
    }
    part.updatedFacts = writer->updatedFacts();
    return true;
}

bool Importer::keepPart(Part &part, const QString &fingerprint)
{
    SheetReport &report = part.report;
    sqlite::Statement earlier = m_db.prepare(
        u"SELECT imported_at FROM import_batch WHERE file_sha256 = ?1 AND coalesce(sheet, '') = ?2 AND id <> ?3 "
        "ORDER BY id LIMIT 1"_s);
    earlier.bindText(1, fingerprint);
    earlier.bindText(2, report.sheet.isNull() ? u""_s : report.sheet);
    earlier.bindInt(3, report.batchId);
    const bool alreadyImported = !fingerprint.isEmpty() && earlier.next();
    if (alreadyImported && report.inserted == 0 && report.updated == 0) {
        const QDateTime when = QDateTime::fromString(earlier.columnText(0), Qt::ISODate).toLocalTime();
        report.notes << ImportNote{u"already_imported"_s,
                                   tr("This file, with the same content, was already imported on %1; nothing new was "
                                      "added.")
                                       .arg(when.toString(u"yyyy-MM-dd HH:mm"_s)),
                                   0,
                                   {}};
    }
    earlier.reset();

    const bool keep = report.inserted > 0 || report.updated > 0 || (report.rejected > 0 && !alreadyImported);
    if (!keep) {
        report.batchId = 0;
        return m_db.exec(u"ROLLBACK TO cx_sheet; RELEASE cx_sheet"_s);
    }

    sqlite::Statement counts = m_db.prepare(
        u"UPDATE import_batch SET file_sha256 = ?1, rows_read = ?2, inserted = ?3, updated = ?4, duplicates = ?5, "
        "skipped = ?6, rejected = ?7 WHERE id = ?8"_s);
    counts.bindText(1, fingerprint);
    counts.bindInt(2, report.rowsRead);
    counts.bindInt(3, report.inserted);
    counts.bindInt(4, report.updated);
    counts.bindInt(5, report.duplicates);
    counts.bindInt(6, report.skipped);
    counts.bindInt(7, report.rejected);
    counts.bindInt(8, report.batchId);
    if (!counts.exec())
        return false;
    sqlite::Statement note = m_db.prepare(
        u"INSERT INTO import_note(batch_id, position, code, message, count, lines) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s);
    for (int i = 0; i < report.notes.size(); ++i) {
        const ImportNote &n = report.notes.at(i);
        note.bindInt(1, report.batchId);
        note.bindInt(2, i);
        note.bindText(3, n.code);
        note.bindText(4, n.message);
        note.bindInt(5, n.count);
        note.bindTextOrNull(6, n.linesText());
        if (!note.exec())
            return false;
    }
    return m_db.exec(u"RELEASE cx_sheet"_s);
}

} // namespace cx
