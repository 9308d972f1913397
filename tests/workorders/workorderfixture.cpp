#include "workorderfixture.h"

#include "pipeline/importer.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <random>

namespace cx::test {

using namespace Qt::StringLiterals;

WorkOrderWorkspace::WorkOrderWorkspace()
{
    WorkspaceError error;
    m_workspace = Workspace::create(m_dir.filePath(u"workorders.cxw"_s), &error);
    if (!m_workspace) {
        m_error = error.message;
        return;
    }
    // Closed once, as a workspace made earlier is: the file's header then
    // holds the format, and other processes can open it.
    close();
    reopen();
}

void WorkOrderWorkspace::close()
{
    m_workspace.reset();
}

bool WorkOrderWorkspace::reopen()
{
    WorkspaceError error;
    m_workspace = Workspace::open(m_dir.filePath(u"workorders.cxw"_s), &error);
    m_error = error.message;
    return bool(m_workspace);
}

QString WorkOrderWorkspace::writeSurvey(const QString &name, const QList<SurveyMonth> &months, int firstKey)
{
    QString csv = u"序号,提交答卷时间,地市,产品,1、您对本产品的整体满意度打几分？(1-10分),"
                  "6、您对“使用”环节的满意度(1-10分)\n"_s;
    std::mt19937 random(20240901u + std::uint32_t(firstKey));
    std::uniform_int_distribution<int> spread(-2, 2);
    int key = firstKey;
    for (const SurveyMonth &month : months) {
        for (int i = 0; i < month.n; ++i) {
            const auto score = [&] {
                return std::clamp(int(std::lround(month.mean)) + spread(random), 1, 10);
            };
            // Distinct submission times: the importer keys survey responses by them, not by 序号.
            const int thisKey = key++;
            csv += u"%1,%2-%3 %4,%5,%6,%7,%8\n"_s.arg(thisKey)
                       .arg(month.month)
                       .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                       .arg(QTime(8, 0).addSecs(60 * i + thisKey % 60).toString(u"HH:mm:ss"_s))
                       .arg(month.city, month.product)
                       .arg(score())
                       .arg(score());
        }
    }
    const QString path = m_dir.filePath(name);
    return writeFile(path, csv.toUtf8()) ? path : QString();
}

QString WorkOrderWorkspace::writeComplaints(const QString &name, const QList<ComplaintMonth> &months, int firstKey)
{
    QString csv = u"\uFEFF工单流水号,受理时间,归属地市,业务名称,投诉一级分类,投诉二级分类,投诉三级分类,投诉内容\n"_s;
    int key = firstKey;
    for (const ComplaintMonth &month : months)
        for (int i = 0; i < month.count; ++i)
            csv += u"GD%1,%2-%3 09:30:00,%4,%5,业务使用,质量问题,%6,\"看视频一直卡, 缓冲\"\n"_s
                       .arg(key++, 8, 10, QLatin1Char('0'))
                       .arg(month.month)
                       .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                       .arg(month.city, month.product, month.category);
    const QString path = m_dir.filePath(name);
    return writeFile(path, csv.toUtf8()) ? path : QString();
}

QString WorkOrderWorkspace::import(const QString &file)
{
    Importer importer(path());
    const ImportReport report = importer.importFile(file);
    if (report.failed())
        return report.error;
    if (report.rejected() > 0)
        return u"%1 rows of %2 rejected"_s.arg(report.rejected()).arg(QFileInfo(file).fileName());
    return {};
}

bool editElsewhere(const QString &workspacePath, qint64 id, const QList<FieldChange> &changes,
                   const WorkOrderActor &actor)
{
    WorkspaceError error;
    const std::unique_ptr<Workspace> other = Workspace::open(workspacePath, &error);
    if (!other)
        return false;
    WorkOrderStore theirs(other->database());
    const std::optional<WorkOrder> order = theirs.load(id);
    return order && theirs.apply(WorkOrderEdit::of(*order, changes), actor).ok();
}

bool advance(WorkOrderStore &store, qint64 id, const QList<WorkOrderStatus> &statuses, const WorkOrderActor &actor)
{
    for (WorkOrderStatus status : statuses) {
        const std::optional<WorkOrder> order = store.load(id);
        if (!order || !store.apply(WorkOrderEdit::of(*order, {FieldChange{WorkOrderField::Status, {}, statusCode(status)}}), actor).ok())
            return false;
    }
    return true;
}

WorkOrder sampleDraft(const QString &title)
{
    WorkOrder draft;
    draft.title = title;
    draft.product = u"咪咕视频"_s;
    draft.stage = u"使用"_s;
    draft.city = u"深圳"_s;
    draft.symptom = u"晚高峰播放卡顿"_s;
    draft.ownerDepartment = u"产品部"_s;
    draft.dueDate = QDate(2024, 10, 31);
    return draft;
}

} // namespace cx::test
