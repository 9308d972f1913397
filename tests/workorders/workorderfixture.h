#pragma once

#include "workorders/workorder.h"
#include "workorders/workorderstore.h"
#include "workspace/workspace.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cx::test {

/// One month of hand-made survey responses: `n` responses in `city` for
/// `product`, overall and 使用 scores spread around `mean` (deterministic).
struct SurveyMonth
{
    QString month;
    int n = 100;
    double mean = 8.0;
    QString city = QStringLiteral("深圳");
    QString product = QStringLiteral("咪咕视频");
};

/// Complaints of one category in one month and city.
struct ComplaintMonth
{
    QString month;
    int count = 10;
    QString category = QStringLiteral("播放卡顿");
    QString city = QStringLiteral("深圳");
    QString product = QStringLiteral("咪咕视频");
};

/// A fresh workspace in a temporary folder for the work-order tests, with
/// helpers that write exports as a department's system would and load them
/// through the importer.
class WorkOrderWorkspace
{
public:
    WorkOrderWorkspace();

    QString error() const { return m_error; }
    Workspace &workspace() { return *m_workspace; }
    QString path() const { return m_dir.filePath(QStringLiteral("workorders.cxw")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Closes the workspace (for tests of other processes); reopen() opens it again.
    void close();
    bool reopen();

    /// A survey CSV (UTF-8) with the given months; its path.
    QString writeSurvey(const QString &name, const QList<SurveyMonth> &months, int firstKey = 1);
    /// A complaint CSV (UTF-8 with BOM) with the given months; its path.
    QString writeComplaints(const QString &name, const QList<ComplaintMonth> &months, int firstKey = 1);
    /// Imports a file with cx::Importer; an error message, or empty on success.
    QString import(const QString &file);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_error;
};

/// Saves `changes` to the order through a second workspace connection, as
/// another analyst's program would; the outcome's ok().
bool editElsewhere(const QString &workspacePath, qint64 id, const QList<FieldChange> &changes,
                   const WorkOrderActor &actor);

/// Moves an order through `statuses`, one edit each; false when one is refused.
bool advance(WorkOrderStore &store, qint64 id, const QList<WorkOrderStatus> &statuses, const WorkOrderActor &actor);

/// A draft with a title and a few scene fields.
WorkOrder sampleDraft(const QString &title = QStringLiteral("播放卡顿投诉上升"));

} // namespace cx::test
