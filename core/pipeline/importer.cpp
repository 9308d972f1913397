#include "pipeline/importer.h"

#include "import/rowfilter.h"
#include "io/tablereader.h"
#include "pipeline/rowproducer.h"
#include "pipeline/rowwriter.h"
#include "workspace/categorymapchange.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QtEndian>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// Identifies a file cheaply (size, first and last MiB): enough to recognise
// a re-import, while row keys are what actually prevents double counting.
QString fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 sample = 1024 * 1024;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 size = file.size();
    char sizeBytes[8];
    qToLittleEndian<qint64>(size, sizeBytes);
    hash.addData(QByteArrayView(sizeBytes, 8));
    hash.addData(file.read(sample));
    if (size > 2 * sample && file.seek(size - sample))
        hash.addData(file.read(sample));
    return QString::fromLatin1(hash.result().toHex());
}

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

} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonArray errorList;
    for (const RowRejection &rejection : errors)
        errorList.append(QJsonObject{{u"line"_s, rejection.line}, {u"reason"_s, rejection.reason}});
    const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject{
        {u"file"_s, file},
        {u"kind"_s, textOrNull(kind)},
        {u"encoding"_s, textOrNull(encoding)},
        {u"sheet"_s, textOrNull(sheet)},
        {u"header_row"_s, headerRow},
        {u"rows_read"_s, rowsRead},
        {u"inserted"_s, inserted},
        {u"duplicates"_s, duplicates},
        {u"replaced"_s, replaced},
        {u"skipped"_s, skipped},
        {u"rejected"_s, rejected},
        {u"errors"_s, errorList},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
        {u"failed"_s, failed()},
        {u"error"_s, textOrNull(error)},
        {u"cancelled"_s, cancelled},
    };
}

Importer::Importer(const QString &workspacePath)
    : m_path(workspacePath)
{
}

bool Importer::openDatabase(QString *error)
{
    if (m_db.isOpen())
        return true;
    if (!m_db.open(m_path)) {
        *error = tr("Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(m_path), m_db.errorString());
        return false;
    }
    // 64 MiB of page cache: with SQLite's default 2 MiB the indexes of a big
    // import spill dirty pages into the WAL again and again.
    m_db.exec(u"PRAGMA cache_size = -65536"_s);
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
    return importInspected(inspector().inspect(path, options), progress, cancel);
}

ImportReport Importer::importInspected(const FileInspection &inspection, const Progress &progress,
                                       const std::atomic_bool *cancel)
{
    ImportReport report;
    report.file = inspection.path;
    report.kind = inspection.detection.kind;
    report.encoding = inspection.encoding;
    report.sheet = inspection.sheetName();
    report.headerRow = inspection.headerLine();
    if (!inspection.isImportable()) {
        report.error = inspection.error;
        return report;
    }
    if (!openDatabase(&report.error))
        return report;

    const QString name = QDir::toNativeSeparators(inspection.path);
    const auto fail = [&](const QString &message) {
        m_db.exec(u"ROLLBACK"_s);
        report.error = message;
        report.batchId = 0;
        return report;
    };
    const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    const auto failCancelled = [&] {
        report.cancelled = true;
        return fail(tr("The import of %1 was cancelled; nothing of it was kept.").arg(name));
    };
    const BulkJournal journal(m_db);
    if (!m_db.exec(u"BEGIN IMMEDIATE"_s)) {
        report.error = tr("Cannot import %1: the workspace is busy or read-only (%2).").arg(name, m_db.errorString());
        return report;
    }

    const QString fileFingerprint = fingerprint(inspection.path);
    sqlite::Statement batch = m_db.prepare(
        u"INSERT INTO import_batch(file_path, file_name, file_sha256, kind, encoding, sheet, header_row, imported_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s);
    batch.bindText(1, QFileInfo(inspection.path).absoluteFilePath());
    batch.bindText(2, QFileInfo(inspection.path).fileName());
    batch.bindText(3, fileFingerprint);
    batch.bindText(4, report.kind);
    batch.bindTextOrNull(5, report.encoding);
    batch.bindTextOrNull(6, report.sheet);
    batch.bindInt(7, report.headerRow);
    batch.bindText(8, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!batch.exec())
        return fail(tr("Cannot import %1: %2").arg(name, m_db.errorString()));
    report.batchId = m_db.lastInsertRowId();

    WriteContext context;
    context.db = &m_db;
    context.batchId = report.batchId;
    context.inspection = &inspection;
    context.convert.keepFullPhone = m_keepFullPhoneNumbers;
    context.convert.date1904 = inspection.date1904;
    context.stages = inspector().stages();
    std::unique_ptr<RowWriter> writer = RowWriter::create(context);
    QString error;
    if (!writer)
        return fail(tr("Cannot import %1: files of kind \"%2\" are not supported.").arg(name, report.kind));
    if (!writer->prepare(&error))
        return fail(tr("Cannot import %1: %2").arg(name, error));
    std::unique_ptr<TableReader> reader = FileInspector::openReader(inspection, &error, cancel);
    if (!reader)
        return cancelled() ? failCancelled() : fail(error);

    sqlite::Statement rejectRow =
        m_db.prepare(u"INSERT INTO rejected_row(batch_id, line, reason, raw) VALUES (?1, ?2, ?3, ?4)"_s);
    const auto reject = [&](qint64 line, const QString &reason, const QString &raw) {
        ++report.rejected;
        if (report.errors.size() < maxReportedErrors)
            report.errors << RowRejection{line, reason};
        rejectRow.bindInt(1, report.batchId);
        rejectRow.bindInt(2, line);
        rejectRow.bindText(3, reason);
        rejectRow.bindText(4, raw);
        rejectRow.exec();
    };

    RowProducer producer(*reader, *writer, inspection.headerLine(), inspection.headerWidth(),
                         !inspection.isWorkbook, m_keepFullPhoneNumbers);
    producer.start();
    QList<RowRejection> pending; // one-cell rows: remarks if nothing follows, broken records otherwise
    QStringList pendingRaw;
    QString reason;
    while (RowProducer::Batch *batch = producer.take()) {
        for (int i = 0; i < batch->used; ++i) {
            const EncodedRow &row = batch->rows[size_t(i)];
            ++report.rowsRead;
            RowWriter::Outcome outcome = RowWriter::Outcome::Rejected;
            RowKind kind = RowKind::Data;
            reason = row.reason;
            if (row.rejected)
                kind = row.kind;
            else
                outcome = writer->store(row, &reason);

            if (outcome == RowWriter::Outcome::Rejected) {
                if (kind == RowKind::Blank || kind == RowKind::Footer) {
                    ++report.skipped;
                    continue;
                }
                if (kind == RowKind::NearEmpty) {
                    pending << RowRejection{row.line, reason};
                    pendingRaw << row.raw;
                    continue;
                }
            }
            for (int p = 0; p < pending.size(); ++p)
                reject(pending.at(p).line, pending.at(p).reason, pendingRaw.at(p));
            pending.clear();
            pendingRaw.clear();
            switch (outcome) {
            case RowWriter::Outcome::Inserted:
                ++report.inserted;
                break;
            case RowWriter::Outcome::Duplicate:
                ++report.duplicates;
                break;
            case RowWriter::Outcome::Replaced:
                ++report.replaced;
                break;
            case RowWriter::Outcome::Rejected:
                reject(row.line, reason, row.raw);
                break;
            }
        }
        producer.recycle(batch);
        if (progress)
            progress(producer.progressBytes(), producer.totalBytes());
        if (cancelled()) {
            producer.stop();
            return failCancelled();
        }
    }
    if (!producer.errorString().isEmpty()) // a reader that waits for a process stops on cancel
        return cancelled() ? failCancelled() : fail(producer.errorString());
    report.skipped += pending.size();

    report.notes << writer->notes();
    if (report.replaced > 0)
        report.notes << tr("%n row(s) replaced values of an earlier import: the later file wins.", nullptr,
                           int(report.replaced));

    sqlite::Statement earlier = m_db.prepare(
        u"SELECT imported_at FROM import_batch WHERE file_sha256 = ?1 AND id <> ?2 ORDER BY id LIMIT 1"_s);
    earlier.bindText(1, fileFingerprint);
    earlier.bindInt(2, report.batchId);
    const bool alreadyImported = earlier.next();
    if (alreadyImported && report.inserted == 0 && report.replaced == 0) {
        const QDateTime when = QDateTime::fromString(earlier.columnText(0), Qt::ISODate).toLocalTime();
        report.notes << tr("This file was already imported on %1; nothing new was added.")
                            .arg(when.toString(u"yyyy-MM-dd HH:mm"_s));
    }
    earlier.reset();

    const bool keep = report.inserted > 0 || report.replaced > 0 || (report.rejected > 0 && !alreadyImported);
    if (!keep) {
        m_db.exec(u"ROLLBACK"_s);
        report.batchId = 0;
        return report;
    }

    sqlite::Statement counts = m_db.prepare(
        u"UPDATE import_batch SET rows_read = ?1, inserted = ?2, duplicates = ?3, skipped = ?4, rejected = ?5 "
        "WHERE id = ?6"_s);
    counts.bindInt(1, report.rowsRead);
    counts.bindInt(2, report.inserted + report.replaced);
    counts.bindInt(3, report.duplicates);
    counts.bindInt(4, report.skipped);
    counts.bindInt(5, report.rejected);
    counts.bindInt(6, report.batchId);
    if (!counts.exec() || !m_db.exec(u"COMMIT"_s))
        return fail(tr("Cannot import %1: %2").arg(name, m_db.errorString()));
    return report;
}

} // namespace cx
