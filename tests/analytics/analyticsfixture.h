#pragma once

#include "analytics/analysisscope.h"
#include "workspace/workspace.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>
#include <tuple>
#include <utility>

namespace cx::test {

/// One hand-made survey response.
struct SurveyRow
{
    QString month;
    QString city;
    QString product = QStringLiteral("咪咕视频");
    double overall = 8;
    QList<std::pair<QString, double>> stageScores; ///< (stage, score)
    /// (feature, functional answer, dysfunctional answer); an empty answer is not stored.
    QList<std::tuple<QString, QString, QString>> kano;
    QString channel = QStringLiteral("短信链接");
    QString county;
};

/// A fresh workspace in a temporary folder for the analyses' tests, with
/// helpers that insert hand-made rows (the default journey and category map
/// are already in it, as in every new workspace).
class AnalyticsWorkspace
{
public:
    AnalyticsWorkspace();

    /// Empty when the workspace was created, else why not.
    QString error() const { return m_error; }
    QSqlDatabase db() const { return m_workspace->database(); }
    QString path() const { return m_workspace->path(); }

    /// The filter resolved against a freshly loaded cube of the workspace
    /// (null, with a warning, when the cube cannot be loaded).
    AnalysisScope scope(const AnalysisFilter &filter = {}) const;

    /// Runs one statement; a failure is logged and returns false.
    bool exec(const QString &sql, const QVariantList &bindings = {});

    /// Imports every sample export of `dir` with cx::Importer; an error
    /// message naming the file, or empty on success.
    QString importSharedData(const QString &dir);
    /// Imports the files with cx::Importer; an error message naming the first
    /// file that failed or had rejected rows, or empty on success.
    QString importFiles(const QStringList &paths);

    bool addIndicator(const QString &code, const QString &layer, const QString &parent, const QString &department,
                      const QVariant &target = {}, int direction = 1);
    bool addIndicatorValue(const QString &code, const QString &month, const QString &city, double value);
    /// Inserts the response with its answers; false on failure.
    bool addResponse(const SurveyRow &row);
    bool addComplaint(const QString &month, const QString &city, const QString &stage, const QVariant &elementCode,
                      const QString &department);
    bool addProductMonth(const QString &product, const QString &month, double users, double consultations);
    bool addFunnel(const QString &product, const QString &month, const QVariantList &rates);

private:
    qint64 questionId(const QString &text, const QString &kind, const QString &stage, const QString &feature);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_error;
    qint64 m_rows = 0;
};

/// truth.json of the sample exports.
QJsonObject readTruth(const QString &dir);

/// "2024-01" + n months.
QString monthAfter(const QString &first, int n);

} // namespace cx::test
