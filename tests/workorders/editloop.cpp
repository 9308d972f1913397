// A process that edits one work order in a loop until it is killed: the
// SIGKILL test of tst_workordercli runs it and kills it at random moments,
// most of which fall inside a save.
#include "workorders/workorderstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: workorder_editloop WORKSPACE NUMBER\n";
        return 64;
    }
    cx::WorkspaceError error;
    const std::unique_ptr<cx::Workspace> workspace = cx::Workspace::open(arguments.at(1), &error);
    if (!workspace) {
        QTextStream(stderr) << error.message << '\n';
        return 1;
    }
    cx::WorkOrderStore store(workspace->database());
    const cx::WorkOrderActor actor = cx::WorkOrderActor::commandLine(u"编辑循环"_s);
    QTextStream(stdout) << "ready" << Qt::endl;
    for (qint64 i = 0;; ++i) {
        const std::optional<cx::WorkOrder> order = store.loadByNumber(arguments.at(2));
        if (!order)
            return 1;
        const cx::WorkOrderEdit edit = cx::WorkOrderEdit::of(*order, {{cx::WorkOrderField::Progress, {}, u"进展 %1"_s.arg(i)},
                        {cx::WorkOrderField::Owner, {}, u"负责人 %1"_s.arg(i % 7)},
                        {cx::WorkOrderField::DueDate, {}, QDate(2024, 11, 1).addDays(i % 60).toString(Qt::ISODate)}});
        if (!store.apply(edit, actor).ok())
            return 1;
    }
}
