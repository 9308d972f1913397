#include "command.h"
#include "commands.h"

#include "settings/preferences.h"
#include "settings/workspacesettings.h"
#include "workorders/workorderevaluation.h"
#include "workorders/workorderexport.h"
#include "workorders/workorderimport.h"
#include "workorders/workorderstore.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace cx::cli {

namespace {

const QString command = u"workorder"_s;

QString helpText()
{
    return tr("Improvement work orders (改进工单) of a workspace.\n\n"
              "Verbs:\n"
              "  create --title T --department D [--product P] [--stage S] [--city C [--county X [--grid G]]]\n"
              "         [--metric M [--baseline-month YYYY-MM]] [--target V] [--due YYYY-MM-DD] [--owner O]\n"
              "         [--symptom TEXT]\n"
              "                     a new draft (草稿); prints its number\n"
              "  update NUMBER [--status S] [--owner O] [--department D] [--note N] [--due D] [--reason R]\n"
              "         [--title T] [--target V]\n"
              "                     one edit of the order (status changes follow the transition table)\n"
              "  list [--status S] [--json]\n"
              "  show NUMBER [--json]   the order with its history\n"
              "  export -o FILE.xlsx|FILE.csv|FILE.pdf [--status S] [NUMBER...]\n"
              "  import FILE.xlsx   status, owner, progress and due dates a department edited\n"
              "  delete NUMBER      a draft (kept with its number and history)\n\n"
              "Statuses: 草稿 (draft), 已派发 (dispatched), 处理中 (in_progress), 待验证 (pending_verification),\n"
              "已关闭 (closed), 退回 (returned, needs --reason), 重开 (reopened, needs --reason).\n"
              "Allowed: 草稿→已派发; 已派发→处理中|退回; 处理中→待验证|退回; 待验证→已关闭|处理中 (failed\n"
              "verification, needs --reason); 退回→已派发|已关闭 (withdrawn, needs --reason); 已关闭→重开; 重开→处理中.\n\n"
              "Metrics (--metric KIND:SUBJECT), read in the order's product and region:\n"
              "  satisfaction:使用     mean score of a stage's question (satisfaction: for the overall question)\n"
              "  satisfied_rate:使用   满意率 of the same scores\n"
              "  complaints:播放卡顿   complaints of a category (or of a stage)\n"
              "  per10k:播放卡顿       万投比 of the same complaints\n"
              "  indicator:KEI03       an indicator's monthly actual (its target when --target is not given)\n"
              "The baseline is the metric in the month the finding is about (--baseline-month; default: the latest\n"
              "month with data); later months decide the effect: achieved (达成), not achieved (未达成) or awaiting\n"
              "data (待数据).\n\n"
              "Edits are recorded in the history under the analyst name of the preferences (else the system user)\n"
              "with source \"command line\". Exit codes: 0 done, 2 when an edit or rows were refused (each reason on\n"
              "stderr), 1 when the workspace could not be used, 64 for wrong arguments.");
}

int fail(const QString &message, int code = ExitFailure)
{
    err() << "cxwb-cli workorder: " << message << '\n';
    return code;
}

QString none(const QString &text)
{
    return text.isEmpty() ? u"–"_s : text;
}

QString metricValue(const WorkOrder &order, double value)
{
    const std::optional<MetricSpec> spec = order.metricSpec();
    return spec && std::isfinite(value) ? formatMetricValue(spec->kind, value) : u"–"_s;
}

// Recomputes every order's effect from the workspace's data (the cube).
bool evaluate(const Workspace &workspace, QHash<qint64, WorkOrderEvaluation> *evaluations = nullptr)
{
    const EvaluationRun run = evaluateWorkOrders(workspace);
    if (!run.error.isEmpty()) {
        err() << "cxwb-cli workorder: " << run.error << '\n';
        return false;
    }
    if (evaluations)
        *evaluations = run.orders;
    return true;
}

std::optional<WorkOrderStatus> statusOption(const QString &text, QString *error)
{
    const std::optional<WorkOrderStatus> status = parseWorkOrderStatus(text);
    if (!status)
        *error = tr("Unknown status \"%1\"; use one of: %2.").arg(text, workOrderStatusChoices());
    return status;
}

void printOrder(const WorkOrder &order, const QList<WorkOrderHistoryEntry> &history)
{
    const auto line = [](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out() << "  " << label << ": " << value << '\n';
    };
    out() << order.number << "  " << order.title << '\n';
    line(fieldLabel(WorkOrderField::Status), u"%1 (%2)"_s.arg(statusChineseName(order.status), statusCode(order.status)));
    QStringList scene;
    for (const QString &part : {order.product, order.stage, order.touchpoint, order.regionText()})
        if (!part.isEmpty())
            scene << part;
    line(tr("Scene"), scene.join(u" · "_s));
    line(fieldLabel(WorkOrderField::Symptom), order.symptom);
    line(fieldLabel(WorkOrderField::Severity), order.severity);
    line(fieldLabel(WorkOrderField::Evidence), evidenceSummary(order.evidence));
    line(fieldLabel(WorkOrderField::RootCause), order.rootCause);
    line(fieldLabel(WorkOrderField::Strategy), order.strategy);
    line(fieldLabel(WorkOrderField::OwnerDepartment), order.ownerDepartment);
    line(fieldLabel(WorkOrderField::Owner), order.owner);
    line(fieldLabel(WorkOrderField::CoDepartments), order.coDepartments.join(u"、"_s));
    line(fieldLabel(WorkOrderField::DueDate),
         order.dueDate.isValid() ? order.dueDate.toString(Qt::ISODate) + u' ' + overdueText(order.overdueDays(QDate::currentDate()))
                                 : QString());
    line(fieldLabel(WorkOrderField::Progress), order.progress);
    line(fieldLabel(WorkOrderField::Metric), displayFieldValue(WorkOrderField::Metric, order.metric));
    if (!order.metric.isEmpty())
        line(tr("Baseline / current / target"),
             tr("%1 (%2, n = %3) / %4 (%5) / %6")
                 .arg(metricValue(order, order.baseline.value), none(order.baseline.month))
                 .arg(order.baseline.n)
                 .arg(metricValue(order, order.current.value), none(order.current.month),
                      metricValue(order, order.targetValue)));
    if (order.effect)
        line(tr("Effect"), effectLabel(*order.effect));
    line(tr("Created"), u"%1 %2"_s.arg(order.createdBy, order.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    if (history.isEmpty())
        return;
    out() << "  " << tr("History:") << '\n';
    for (const WorkOrderHistoryEntry &entry : history) {
        if (entry.action == HistoryAction::Create && entry.field != "number"_L1)
            continue;
        out() << "    " << entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << entry.who << "  "
              << historySourceLabel(entry.source) << "  "
              << (entry.action == HistoryAction::Create ? tr("created") : entry.describe());
        if (!entry.reason.isEmpty())
            out() << "  (" << entry.reason << ')';
        out() << '\n';
    }
}

struct Context
{
    QCommandLineParser &parser;
    Workspace &workspace;
    WorkOrderStore &store;
    WorkOrderActor actor;
    QStringList positional; ///< after the verb
};

// The live order a number names; says why not on stderr.
std::optional<WorkOrder> liveOrder(const Context &c, const QString &number)
{
    std::optional<WorkOrder> order = c.store.loadByNumber(number);
    if (order && !order->deletedAt.isValid())
        return order;
    err() << "cxwb-cli workorder: " << tr("%1 is not a work order of %2.").arg(number, c.workspace.displayName()) << '\n';
    return std::nullopt;
}

// The one live order a verb names in `order`; else the exit code of why not.
int singleOrder(const Context &c, const QString &verb, std::optional<WorkOrder> *order)
{
    if (c.positional.size() != 1)
        return usageError(command, tr("%1 needs exactly one work-order number.").arg(verb));
    *order = liveOrder(c, c.positional.constFirst());
    return *order ? ExitOk : ExitPartial;
}

// Saves an edit and turns its outcome into the exit code.
int save(const Context &c, const WorkOrderEdit &edit, const QString &number, const QString &saved)
{
    const EditOutcome outcome = c.store.apply(edit, c.actor);
    switch (outcome.result) {
    case EditOutcome::Result::Saved:
        out() << saved << '\n';
        return ExitOk;
    case EditOutcome::Result::Unchanged:
        out() << tr("%1 unchanged.").arg(number) << '\n';
        return ExitOk;
    case EditOutcome::Result::Conflict:
    case EditOutcome::Result::Refused:
        return fail(outcome.message, ExitPartial);
    case EditOutcome::Result::Failed:
        break;
    }
    return fail(outcome.message);
}

int create(Context &c)
{
    const QString title = c.parser.value(u"title"_s).trimmed();
    if (title.isEmpty())
        return usageError(command, tr("create needs --title."));
    if (!c.parser.isSet(u"department"_s))
        return usageError(command, tr("create needs --department (the owning department)."));
    WorkOrder draft;
    draft.title = title;
    draft.ownerDepartment = c.parser.value(u"department"_s).trimmed();
    draft.product = c.parser.value(u"product"_s).trimmed();
    draft.stage = c.parser.value(u"stage"_s).trimmed();
    draft.city = c.parser.value(u"city"_s).trimmed();
    draft.county = c.parser.value(u"county"_s).trimmed();
    draft.grid = c.parser.value(u"grid"_s).trimmed();
    draft.owner = c.parser.value(u"owner"_s).trimmed();
    draft.symptom = c.parser.value(u"symptom"_s).trimmed();
    draft.dueDate = QDate::currentDate().addDays(defaultDueDays());
    if (c.parser.isSet(u"due"_s) && !draft.setValue(WorkOrderField::DueDate, c.parser.value(u"due"_s)))
        return usageError(command, tr("--due needs a date as YYYY-MM-DD, not \"%1\".").arg(c.parser.value(u"due"_s)));
    if (c.parser.isSet(u"target"_s) && !draft.setValue(WorkOrderField::TargetValue, c.parser.value(u"target"_s)))
        return usageError(command, tr("--target needs a number, not \"%1\".").arg(c.parser.value(u"target"_s)));
    if (c.parser.isSet(u"metric"_s)) {
        QString error;
        const std::optional<MetricSpec> metric = MetricSpec::parse(c.parser.value(u"metric"_s), &error);
        if (!metric)
            return usageError(command, error);
        draft.metric = metric->toString();
        if (c.parser.isSet(u"baseline-month"_s)
            && !draft.setValue(WorkOrderField::BaselineMonth, c.parser.value(u"baseline-month"_s)))
            return usageError(command, tr("--baseline-month needs a month as YYYY-MM, not \"%1\".")
                                           .arg(c.parser.value(u"baseline-month"_s)));
        QString cubeError;
        const std::shared_ptr<const AnalyticsCube> cube = AnalyticsCube::load(c.workspace.database(), &cubeError);
        if (!cube)
            return fail(cubeError);
        const AnalysisSettings settings = AnalysisSettings::fromWorkspace(WorkspaceSettings(c.workspace.database()));
        if (!completeBaseline(draft, *cube, c.workspace.database(), settings))
            err() << "cxwb-cli workorder: "
                  << tr("%1 has no data in the order's scope yet; the baseline is recorded when it has.")
                         .arg(metric->label())
                  << '\n';
    }
    const CreatedWorkOrder created = c.store.create(draft, c.actor);
    if (!created.ok())
        return fail(created.error);
    out() << created.number << '\n';
    return ExitOk;
}

int update(Context &c)
{
    std::optional<WorkOrder> order;
    if (const int code = singleOrder(c, u"update"_s, &order))
        return code;
    WorkOrderEdit edit = WorkOrderEdit::of(*order, {}, c.parser.value(u"reason"_s).trimmed());
    const QList<std::pair<QString, WorkOrderField>> options{
        {u"owner"_s, WorkOrderField::Owner},     {u"department"_s, WorkOrderField::OwnerDepartment},
        {u"note"_s, WorkOrderField::Progress},   {u"due"_s, WorkOrderField::DueDate},
        {u"title"_s, WorkOrderField::Title},     {u"target"_s, WorkOrderField::TargetValue},
    };
    if (c.parser.isSet(u"status"_s)) {
        QString error;
        const std::optional<WorkOrderStatus> status = statusOption(c.parser.value(u"status"_s), &error);
        if (!status)
            return usageError(command, error);
        edit.changes << FieldChange{WorkOrderField::Status, {}, statusCode(*status)};
    }
    for (const auto &[option, field] : options)
        if (c.parser.isSet(option))
            edit.changes << FieldChange{field, {}, c.parser.value(option).trimmed()};
    if (edit.changes.isEmpty())
        return usageError(command, tr("update needs at least one of --status, --owner, --department, --note, --due, "
                                      "--title, --target."));
    return save(c, edit, order->number, tr("%1 saved (version %2).").arg(order->number).arg(order->version + 1));
}

int list(Context &c)
{
    std::optional<WorkOrderStatus> status;
    if (c.parser.isSet(u"status"_s)) {
        QString error;
        status = statusOption(c.parser.value(u"status"_s), &error);
        if (!status)
            return usageError(command, error);
    }
    if (!evaluate(c.workspace))
        return ExitFailure;
    QJsonArray array;
    for (const WorkOrder &order : c.store.list()) {
        if (status && order.status != *status)
            continue;
        if (c.parser.isSet(u"json"_s)) {
            array.append(workOrderToJson(order));
            continue;
        }
        out() << order.number << "  " << statusChineseName(order.status) << "  " << none(order.ownerDepartment) << "  "
              << (order.dueDate.isValid() ? order.dueDate.toString(Qt::ISODate) : u"–"_s) << "  "
              << overdueText(order.overdueDays(QDate::currentDate())) << (order.overdueDays(QDate::currentDate()) > 0 ? "  " : "")
              << order.title;
        if (order.effect)
            out() << "  [" << effectLabel(*order.effect) << ' ' << metricValue(order, order.baseline.value) << " → "
                  << metricValue(order, order.current.value) << ", " << tr("target %1").arg(metricValue(order, order.targetValue))
                  << ']';
        out() << '\n';
    }
    if (c.parser.isSet(u"json"_s))
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int show(Context &c)
{
    if (!evaluate(c.workspace))
        return ExitFailure;
    std::optional<WorkOrder> order;
    if (const int code = singleOrder(c, u"show"_s, &order))
        return code;
    const QList<WorkOrderHistoryEntry> history = c.store.history(order->id);
    if (c.parser.isSet(u"json"_s))
        out() << QJsonDocument(workOrderToJson(*order, &history)).toJson(QJsonDocument::Indented);
    else
        printOrder(*order, history);
    return ExitOk;
}

int exportOrders(Context &c)
{
    const QString file = c.parser.value(u"o"_s);
    if (file.isEmpty())
        return usageError(command, tr("export needs -o FILE.xlsx, FILE.csv or FILE.pdf."));
    std::optional<WorkOrderStatus> status;
    if (c.parser.isSet(u"status"_s)) {
        QString error;
        status = statusOption(c.parser.value(u"status"_s), &error);
        if (!status)
            return usageError(command, error);
    }
    QHash<qint64, WorkOrderEvaluation> evaluations;
    if (!evaluate(c.workspace, &evaluations))
        return ExitFailure;
    QList<qint64> ids;
    for (const QString &number : std::as_const(c.positional)) {
        const std::optional<WorkOrder> order = liveOrder(c, number);
        if (!order)
            return ExitPartial;
        ids << order->id;
    }
    WorkOrderExport data = WorkOrderExport::read(c.store, ids);
    if (status)
        data.orders.removeIf([&](const WorkOrder &order) { return order.status != *status; });
    data.evaluations = evaluations;
    QString error;
    if (!writeWorkOrderExport(file, data, &error))
        return fail(error);
    out() << QCoreApplication::translate("cx::cli", "%n work order(s) written to %1.", nullptr, int(data.orders.size())).arg(QDir::toNativeSeparators(file))
          << '\n';
    return ExitOk;
}

int importUpdates(Context &c)
{
    if (c.positional.size() != 1)
        return usageError(command, tr("import needs exactly one file (the workbook a department sent back)."));
    const QString file = c.positional.constFirst();
    const WorkOrderUpdatePlan plan = WorkOrderUpdateImport::plan(file, c.store);
    if (plan.failed())
        return fail(plan.error);
    const WorkOrderUpdateResult result = WorkOrderUpdateImport::apply(plan, c.store, c.actor.name);
    if (!result.error.isEmpty())
        return fail(result.error);
    const QString name = QFileInfo(file).fileName();
    for (const UpdateRowIssue &issue : result.refused)
        err() << "cxwb-cli workorder: " << issue.message(name) << '\n';
    out() << tr("%1: rows read %2, orders updated %3, unchanged %4, refused %5, blank %6.")
                 .arg(name)
                 .arg(plan.rowsRead)
                 .arg(result.applied)
                 .arg(plan.unchanged)
                 .arg(result.refused.size())
                 .arg(plan.skipped)
          << '\n';
    return result.refused.isEmpty() ? ExitOk : ExitPartial;
}

int deleteDraft(Context &c)
{
    std::optional<WorkOrder> order;
    if (const int code = singleOrder(c, u"delete"_s, &order))
        return code;
    const WorkOrderEdit edit = WorkOrderEdit::of(
        *order, {FieldChange{WorkOrderField::Deleted, {}, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    return save(c, edit, order->number,
                tr("%1 deleted; its number stays taken and its history is kept.").arg(order->number));
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {{u"w"_s, u"workspace"_s}, tr("Workspace file (.cxw)."), tr("file")},
        {u"title"_s, tr("Title of the order."), tr("text")},
        {u"department"_s, tr("Owner department."), tr("name")},
        {u"product"_s, tr("Product of the scene."), tr("name")},
        {u"stage"_s, tr("Journey stage of the scene."), tr("name")},
        {u"city"_s, tr("City of the scene."), tr("name")},
        {u"county"_s, tr("County of the scene (with --city)."), tr("name")},
        {u"grid"_s, tr("Grid of the scene (with --county)."), tr("name")},
        {u"symptom"_s, tr("What customers experience (表现)."), tr("text")},
        {u"metric"_s, tr("The metric the effect is measured on, KIND:SUBJECT (see above)."), tr("metric")},
        {u"baseline-month"_s, tr("Month of the finding: the metric's baseline (default: the latest month with data)."),
         tr("YYYY-MM")},
        {u"target"_s, tr("Target value of the metric."), tr("number")},
        {u"due"_s, tr("Due date."), tr("YYYY-MM-DD")},
        {u"status"_s, tr("Status (Chinese name, English name or code)."), tr("status")},
        {u"owner"_s, tr("Owner (a person of the department)."), tr("name")},
        {u"note"_s, tr("Progress note."), tr("text")},
        {u"reason"_s, tr("Reason of a status change (required for 退回, 重开 and a failed verification)."), tr("text")},
        {u"o"_s, tr("Output file of export: .xlsx, .csv or .pdf."), tr("file")},
        {u"json"_s, tr("Print JSON.")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(u"verb"_s, tr("create, update, list, show, export, import or delete."));
    parser.addPositionalArgument(u"arguments"_s, tr("The number(s) or file the verb works on."), tr("[ARG...]"));
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(command, tr("Name a verb: create, update, list, show, export, import or delete."));
    const QString verb = positional.takeFirst();
    const QHash<QString, int (*)(Context &)> verbs{
        {u"create"_s, create}, {u"update"_s, update},       {u"list"_s, list},          {u"show"_s, show},
        {u"export"_s, exportOrders}, {u"import"_s, importUpdates}, {u"delete"_s, deleteDraft},
    };
    if (!verbs.contains(verb))
        return usageError(command, tr("Unknown verb \"%1\"; use create, update, list, show, export, import or delete.")
                                       .arg(verb));
    if (!parser.isSet(u"w"_s))
        return usageError(command, tr("Name the workspace with -w FILE."));

    WorkspaceError error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(parser.value(u"w"_s), &error);
    if (!workspace)
        return fail(error.message);
    WorkOrderStore store(workspace->database());
    Context context{parser, *workspace, store, WorkOrderActor::commandLine(Preferences().analystName()), positional};
    return verbs.value(verb)(context);
}

} // namespace

Command makeWorkOrderCommand()
{
    return {command, tr("Improvement work orders: create, update, list, show, export, import."), run};
}

} // namespace cx::cli
