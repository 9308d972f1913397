#include "demo/demogenerator.h"

#include "demo/complaintstream.h"
#include "demo/complaintwriter.h"
#include "demo/demotables.h"
#include "demo/demotruth.h"
#include "demo/demoworld.h"
#include "demo/surveywriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace cx {

namespace {

constexpr qint64 kProgressEvery = 8192;
constexpr qint64 kTableRows = 240 + 120 + 35 + 3888; // the small monthly tables

// One run of the generator: the files written so far (removed again if the
// run fails or is canceled) and the progress reporting.
class DemoRun
{
public:
    DemoRun(const DemoOptions &options, const DemoProgress &progress)
        : m_options(options)
        , m_progress(progress)
        , m_dir(options.outputDir)
    {
        const qint64 overlap = options.format == DemoFormat::Mixed ? DemoGenerator::overlapRows(options.complaints) : 0;
        m_total = kTableRows + options.complaints + overlap + options.surveys;
    }

    DemoResult execute();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool fail(const QString &name, const QString &reason);
    bool added(const QString &name, qint64 rows);
    bool advance(qint64 rows);
    bool writeTables();
    bool writeComplaints();
    bool writeMixedComplaints(demo::ComplaintStream &stream);
    template<typename Sink, typename WriteRow>
    bool pump(Sink &sink, const QString &name, qint64 rows, WriteRow writeRow);
    bool stream(demo::ComplaintStream &stream, demo::ComplaintSink &sink, const QString &name, qint64 rows,
                std::vector<demo::ComplaintRecord> *keepLast = nullptr);
    bool writeSurvey();
    bool writeTruth();
    void removeWritten();

    const DemoOptions &m_options;
    const DemoProgress &m_progress;
    QDir m_dir;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_sinceReport = 0;
    bool m_canceled = false;
    QString m_error;
    QList<DemoFile> m_files;

    std::unique_ptr<demo::DemoWorld> m_world;
    demo::ComplaintPlan m_plan;
    demo::ComplaintTally m_complaintTally;
    demo::SurveyTally m_surveyTally;
};

bool DemoRun::fail(const QString &name, const QString &reason)
{
    m_error = QCoreApplication::translate("cx::DemoGenerator", "Cannot write %1: %2. Free some disk space, check that you may write to the folder, "
                 "or choose another folder.")
                  .arg(QDir::toNativeSeparators(path(name)), reason);
    return false;
}

bool DemoRun::added(const QString &name, qint64 rows)
{
    m_files.append({name, rows});
    return true;
}

bool DemoRun::advance(qint64 rows)
{
    m_done += rows;
    m_sinceReport += rows;
    if (m_sinceReport < kProgressEvery)
        return true;
    m_sinceReport = 0;
    if (m_progress && !m_progress(m_done, m_total))
        m_canceled = true;
    return !m_canceled;
}

bool DemoRun::writeTables()
{
    using TableWriter = std::function<demo::TableResult(const QString &)>;
    const std::pair<QString, TableWriter> tables[]{
        {u"product_monthly.csv"_s, [&](const QString &p) { return demo::writeProductMonthly(p, *m_world, m_plan); }},
        {u"product_funnel.csv"_s, [&](const QString &p) { return demo::writeProductFunnel(p, *m_world); }},
        {u"indicator_tree.csv"_s, [](const QString &p) { return demo::writeIndicatorTree(p); }},
        {u"indicator_values.csv"_s, [&](const QString &p) { return demo::writeIndicatorValues(p, *m_world); }},
    };
    for (const auto &[name, write] : tables) {
        const demo::TableResult result = write(path(name));
        if (!result.ok)
            return fail(name, result.error);
        added(name, result.rows);
        if (!advance(result.rows))
            return false;
    }
    return true;
}

// Writes rows one by one (writeRow(i) -> bool), reporting progress; on a
// write error or a cancel the file is dropped.
template<typename Sink, typename WriteRow>
bool DemoRun::pump(Sink &sink, const QString &name, qint64 rows, WriteRow writeRow)
{
    for (qint64 i = 0; i < rows; ++i) {
        if (!writeRow(i)) {
            const QString reason = sink.errorString();
            sink.cancel();
            return fail(name, reason);
        }
        if (!advance(1)) {
            sink.cancel();
            return false;
        }
    }
    return true;
}

bool DemoRun::stream(demo::ComplaintStream &stream, demo::ComplaintSink &sink, const QString &name, qint64 rows,
                     std::vector<demo::ComplaintRecord> *keepLast)
{
    return pump(sink, name, rows, [&](qint64 i) {
        const demo::ComplaintRecord &record = stream.next();
        // Keep the last rows of the file (a ring of fixed size) for the overlap.
        if (keepLast && !keepLast->empty())
            (*keepLast)[std::size_t(i % qint64(keepLast->size()))] = record;
        return sink.write(record);
    });
}

bool DemoRun::writeMixedComplaints(demo::ComplaintStream &complaints)
{
    const demo::ComplaintVocabulary vocabulary;
    const qint64 total = m_options.complaints;
    const qint64 firstRows = total - total / 2;
    const qint64 overlap = DemoGenerator::overlapRows(total);

    demo::ComplaintCsvDialect first;
    first.encoding = demo::TextEncoding::Gb18030;
    first.crlf = true;
    first.isoDates = false;
    const int lastMonth = m_plan.monthOfRow(firstRows - 1) + 1;
    first.title = lastMonth == 1 ? u"2024年1月投诉工单明细"_s : u"2024年1-%1月投诉工单明细"_s.arg(lastMonth);
    first.footer = true;
    const QString firstName = u"complaints_2024H1_gbk.csv"_s;
    demo::ComplaintCsvWriter firstWriter(vocabulary, first);
    if (!firstWriter.open(path(firstName)))
        return fail(firstName, firstWriter.errorString());
    std::vector<demo::ComplaintRecord> last(static_cast<std::size_t>(overlap));
    if (!stream(complaints, firstWriter, firstName, firstRows, &last))
        return false;
    if (!firstWriter.finish(firstRows))
        return fail(firstName, firstWriter.errorString());
    added(firstName, firstRows);

    demo::ComplaintCsvDialect second;
    second.encoding = demo::TextEncoding::Utf8;
    second.byteOrderMark = true;
    second.synonyms = true;
    second.trailingEmptyColumn = true;
    const QString secondName = u"complaints_2024H2_utf8bom.csv"_s;
    demo::ComplaintCsvWriter secondWriter(vocabulary, second);
    if (!secondWriter.open(path(secondName)))
        return fail(secondName, secondWriter.errorString());
    // The second export starts with the last rows of the first, oldest first.
    const bool repeated = pump(secondWriter, secondName, overlap, [&](qint64 i) {
        return secondWriter.write(last[std::size_t((firstRows + i) % overlap)]);
    });
    if (!repeated)
        return false;
    const qint64 secondRows = total - firstRows;
    if (!stream(complaints, secondWriter, secondName, secondRows))
        return false;
    if (!secondWriter.finish(overlap + secondRows))
        return fail(secondName, secondWriter.errorString());
    return added(secondName, overlap + secondRows);
}

bool DemoRun::writeComplaints()
{
    demo::ComplaintStream complaints(m_plan, m_options.seed);
    bool ok = false;
    if (m_options.format == DemoFormat::Mixed) {
        ok = writeMixedComplaints(complaints);
    } else if (m_options.format == DemoFormat::Xlsx) {
        const demo::ComplaintVocabulary vocabulary;
        const QString name = u"complaints_2024.xlsx"_s;
        demo::ComplaintXlsxWriter writer(vocabulary);
        ok = writer.open(path(name)) || fail(name, writer.errorString());
        ok = ok && stream(complaints, writer, name, m_options.complaints);
        ok = ok && (writer.finish(m_options.complaints) || fail(name, writer.errorString()));
        ok = ok && added(name, m_options.complaints);
    } else {
        const demo::ComplaintVocabulary vocabulary;
        const bool gbk = m_options.format == DemoFormat::Gbk;
        demo::ComplaintCsvDialect dialect;
        dialect.encoding = gbk ? demo::TextEncoding::Gb18030 : demo::TextEncoding::Utf8;
        dialect.crlf = gbk;
        dialect.isoDates = !gbk;
        const QString name = gbk ? u"complaints_2024_gbk.csv"_s : u"complaints_2024_utf8.csv"_s;
        demo::ComplaintCsvWriter writer(vocabulary, dialect);
        ok = writer.open(path(name)) || fail(name, writer.errorString());
        ok = ok && stream(complaints, writer, name, m_options.complaints);
        ok = ok && (writer.finish(m_options.complaints) || fail(name, writer.errorString()));
        ok = ok && added(name, m_options.complaints);
    }
    m_complaintTally = complaints.tally();
    return ok;
}

bool DemoRun::writeSurvey()
{
    const QString name = u"survey_2024.xlsx"_s;
    demo::SurveyWriter survey(*m_world, m_options.surveys, m_options.seed);
    if (!survey.open(path(name)))
        return fail(name, survey.errorString());
    if (!pump(survey, name, m_options.surveys, [&](qint64) { return survey.writeNext(); }))
        return false;
    if (!survey.finish())
        return fail(name, survey.errorString());
    m_surveyTally = survey.tally();
    return added(name, m_options.surveys);
}

bool DemoRun::writeTruth()
{
    const QString name = u"demo_truth.json"_s;
    const QByteArray json = demo::truthJson({m_options, m_plan, m_complaintTally, m_surveyTally, m_files});
    QSaveFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(name, file.errorString());
    return added(name, 0);
}

void DemoRun::removeWritten()
{
    for (const DemoFile &file : std::as_const(m_files))
        QFile::remove(path(file.fileName));
    m_files.clear();
}

DemoResult DemoRun::execute()
{
    DemoResult result;
    if (!QDir().mkpath(m_options.outputDir)) {
        result.errorMessage = QCoreApplication::translate("cx::DemoGenerator", "Cannot create the folder %1. Check the path and that you may write there, "
                                 "or choose another folder.")
                                  .arg(QDir::toNativeSeparators(m_options.outputDir));
        return result;
    }
    m_world = std::make_unique<demo::DemoWorld>(m_options.seed);
    m_plan = demo::planComplaints(*m_world, m_options.complaints);

    const bool ok = writeTables() && writeComplaints() && writeSurvey() && writeTruth();
    if (!ok) {
        removeWritten();
        result.canceled = m_canceled;
        result.errorMessage = m_canceled ? QCoreApplication::translate("cx::DemoGenerator", "Canceled; the files of this run were removed.") : m_error;
        return result;
    }
    if (m_progress)
        m_progress(m_total, m_total);
    result.ok = true;
    result.files = m_files;
    return result;
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{
}

QString DemoGenerator::validate(const DemoOptions &options)
{
    if (options.outputDir.isEmpty())
        return QCoreApplication::translate("cx::DemoGenerator", "No output folder given.");
    if (options.complaints < 1 || options.complaints > kMaxComplaints)
        return QCoreApplication::translate("cx::DemoGenerator", "The number of complaints must be from 1 to %1, not %2.").arg(kMaxComplaints).arg(options.complaints);
    if (options.format == DemoFormat::Xlsx && options.complaints > kMaxXlsxComplaints)
        return QCoreApplication::translate("cx::DemoGenerator", "An XLSX sheet holds at most %1 complaints; use the utf8 or gbk format for %2.")
            .arg(kMaxXlsxComplaints)
            .arg(options.complaints);
    if (options.surveys < 1 || options.surveys > kMaxSurveys)
        return QCoreApplication::translate("cx::DemoGenerator", "The number of survey responses must be from 1 to %1, not %2.").arg(kMaxSurveys).arg(options.surveys);
    return {};
}

DemoResult DemoGenerator::run(const DemoProgress &progress)
{
    if (const QString problem = validate(m_options); !problem.isEmpty()) {
        DemoResult result;
        result.errorMessage = problem;
        return result;
    }
    return DemoRun(m_options, progress).execute();
}

qint64 DemoGenerator::overlapRows(qint64 complaints)
{
    // 500 rows, or about 2% of a small export; never more than the first file.
    const qint64 firstRows = complaints - complaints / 2;
    return std::min({qint64(500), std::max(qint64(1), complaints / 50), firstRows});
}

QString DemoGenerator::formatName(DemoFormat format)
{
    switch (format) {
    case DemoFormat::Mixed: return u"mixed"_s;
    case DemoFormat::Utf8: return u"utf8"_s;
    case DemoFormat::Gbk: return u"gbk"_s;
    case DemoFormat::Xlsx: return u"xlsx"_s;
    }
    return {};
}

std::optional<DemoFormat> DemoGenerator::formatFromName(QStringView name)
{
    for (DemoFormat format : {DemoFormat::Mixed, DemoFormat::Utf8, DemoFormat::Gbk, DemoFormat::Xlsx})
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

} // namespace cx
