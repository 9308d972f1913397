#include "analyticsfixture.h"

#include "analytics/analyticscube.h"
#include "pipeline/importer.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cx::test {

using namespace Qt::StringLiterals;

AnalyticsWorkspace::AnalyticsWorkspace()
{
    WorkspaceError error;
    m_workspace = Workspace::create(m_dir.filePath(u"analytics.cxw"_s), &error);
    if (!m_workspace) {
        m_error = error.message;
        return;
    }
    if (!exec(u"INSERT INTO import_batch(id, file_path, file_name, file_sha256, kind, imported_at) "
              "VALUES (1, 'hand-made', 'hand-made', '-', 'test', '2024-01-01T00:00:00')"_s))
        m_error = u"cannot insert the import batch"_s;
}

AnalysisScope AnalyticsWorkspace::scope(const AnalysisFilter &filter) const
{
    QString error;
    const std::shared_ptr<const AnalyticsCube> cube = AnalyticsCube::load(db(), &error);
    if (!cube) {
        qWarning("cannot load the cube: %s", qPrintable(error));
        return {};
    }
    return cube->scope(filter);
}

bool AnalyticsWorkspace::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(db());
    if (!q.prepare(sql)) {
        qWarning("prepare failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning("exec failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QString AnalyticsWorkspace::importSharedData(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({u"*.csv"_s, u"*.xlsx"_s}, QDir::Files, QDir::Name);
    if (files.size() < 7)
        return u"expected the 7 sample exports in %1, found %2"_s.arg(dir).arg(files.size());
    QStringList paths;
    for (const QString &name : files)
        paths << QDir(dir).filePath(name);
    return importFiles(paths);
}

QString AnalyticsWorkspace::importFiles(const QStringList &paths)
{
    Importer importer(path());
    for (const QString &file : paths) {
        const ImportReport report = importer.importFile(file);
        if (report.failed() || report.rejected() > 0)
            return u"%1: %2 (%3 rows rejected)"_s.arg(QFileInfo(file).fileName(), report.error).arg(report.rejected());
    }
    return {};
}

bool AnalyticsWorkspace::addIndicator(const QString &code, const QString &layer, const QString &parent,
                                      const QString &department, const QVariant &target, int direction)
{
    return exec(u"INSERT INTO indicator(code, name, layer, parent_code, department, target, direction) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {code, code + u" name"_s, layer, parent, department, target, direction});
}

bool AnalyticsWorkspace::addIndicatorValue(const QString &code, const QString &month, const QString &city,
                                           double value)
{
    return exec(u"INSERT INTO indicator_value(code, month, city, value) VALUES (?, ?, ?, ?)"_s,
                {code, month, city, value});
}

qint64 AnalyticsWorkspace::questionId(const QString &text, const QString &kind, const QString &stage,
                                      const QString &feature)
{
    exec(u"INSERT OR IGNORE INTO survey_question(text, kind, stage, feature) VALUES (?, ?, ?, ?)"_s,
         {text, kind, stage.isEmpty() ? QVariant() : stage, feature.isEmpty() ? QVariant() : feature});
    QSqlQuery q(db());
    q.prepare(u"SELECT id FROM survey_question WHERE text = ?"_s);
    q.addBindValue(text);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool AnalyticsWorkspace::addResponse(const SurveyRow &row)
{
    const qint64 id = ++m_rows;
    bool ok = exec(u"INSERT INTO survey_response(id, batch_id, response_key, submitted_at, month, channel, province, "
                   "city, county, product, overall) VALUES (?, 1, ?, ?, ?, ?, '', ?, ?, ?, ?)"_s,
                   {id, u"R%1"_s.arg(id), row.month + u"-15T10:00:00"_s, row.month, row.channel, row.city,
                    row.county, row.product, row.overall});
    const auto answer = [&](qint64 question, const QVariant &score, const QVariant &text) {
        ok = ok && question > 0
             && exec(u"INSERT INTO survey_answer(response_id, question_id, score, answer) VALUES (?, ?, ?, ?)"_s,
                     {id, question, score, text});
    };
    for (const auto &[stage, score] : row.stageScores)
        answer(questionId(u"stage %1"_s.arg(stage), u"stage"_s, stage, {}), score, {});
    for (const auto &[feature, functional, dysfunctional] : row.kano) {
        if (!functional.isEmpty())
            answer(questionId(u"with %1"_s.arg(feature), u"kano_functional"_s, {}, feature), {}, functional);
        if (!dysfunctional.isEmpty())
            answer(questionId(u"without %1"_s.arg(feature), u"kano_dysfunctional"_s, {}, feature), {}, dysfunctional);
    }
    return ok;
}

bool AnalyticsWorkspace::addComplaint(const QString &month, const QString &city, const QString &stage,
                                      const QVariant &elementCode, const QString &department)
{
    const qint64 id = ++m_rows;
    return exec(u"INSERT INTO complaint(id, batch_id, order_no, accepted_at, month, city, product, department, "
                "stage, element_code) VALUES (?, 1, ?, ?, ?, ?, '咪咕视频', ?, ?, ?)"_s,
                {id, u"C%1"_s.arg(id), month + u"-10T09:00:00"_s, month, city, department, stage, elementCode});
}

bool AnalyticsWorkspace::addProductMonth(const QString &product, const QString &month, double users,
                                         double consultations)
{
    return exec(u"INSERT INTO product_monthly(product, month, users, consultations) VALUES (?, ?, ?, ?)"_s,
                {product, month, users, consultations});
}

bool AnalyticsWorkspace::addFunnel(const QString &product, const QString &month, const QVariantList &rates)
{
    return exec(u"INSERT INTO funnel_rate(product, month, awareness, cognition, acceptance, approval) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                QVariantList{product, month} + rates);
}

QJsonObject readTruth(const QString &dir)
{
    QFile file(dir + u"/truth.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString monthAfter(const QString &first, int n)
{
    return QDate::fromString(first + u"-01"_s, u"yyyy-MM-dd"_s).addMonths(n).toString(u"yyyy-MM"_s);
}

} // namespace cx::test
