#include "workorders/workorderexport.h"

#include "workorders/workordercsv.h"
#include "workorders/workorderpdf.h"
#include "workorders/workordertext.h"
#include "workorders/workorderxlsx.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString squeezedHeader(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.remove(u' ');
    return key;
}

QString numberFormat(const WorkOrder &order)
{
    const std::optional<MetricSpec> spec = order.metricSpec();
    if (!spec)
        return u"General"_s;
    switch (spec->kind) {
    case MetricKind::Satisfaction: return u"0.00"_s;
    case MetricKind::SatisfiedRate: return u"0.0%"_s;
    case MetricKind::Complaints: return u"#,##0"_s;
    case MetricKind::Per10k: return u"0.000"_s;
    case MetricKind::Indicator: break;
    }
    return u"General"_s;
}

ExportCell numberCell(double value, const QString &format)
{
    ExportCell cell;
    if (std::isfinite(value)) {
        cell.number = value;
        cell.text = QString::number(value, 'g', 12);
        cell.numberFormat = format;
    }
    return cell;
}

ExportCell textCell(const QString &text)
{
    ExportCell cell;
    cell.text = text;
    return cell;
}

ExportCell dateTimeCell(const QDateTime &at)
{
    ExportCell cell;
    if (at.isValid()) {
        cell.dateTime = at.toLocalTime();
        cell.text = cell.dateTime.toString(u"yyyy-MM-dd HH:mm"_s);
    }
    return cell;
}

} // namespace

const QList<ExportColumnInfo> &exportColumns()
{
    using C = ExportColumn;
    using K = ExportValueKind;
    static const QList<ExportColumnInfo> columns{
        {C::Number, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Number"), u"编号"_s, K::Text, false},
        {C::Title, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Title"), u"标题"_s, K::Text, false},
        {C::Status, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Status"), u"状态"_s, K::Text, true},
        {C::OwnerDepartment, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Owner department"), u"责任部门"_s, K::Text, true},
        {C::Owner, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Owner"), u"负责人"_s, K::Text, true},
        {C::Progress, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Progress"), u"进展说明"_s, K::Text, true},
        {C::DueDate, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Due date"), u"计划完成日期"_s, K::Date, true},
        {C::Reason, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Reason for the status change"), u"状态变更原因"_s, K::Text, true},
        {C::Product, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Product"), u"产品"_s, K::Text, false},
        {C::Stage, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Journey stage"), u"旅程环节"_s, K::Text, false},
        {C::Touchpoint, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Touchpoint"), u"触点"_s, K::Text, false},
        {C::Region, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Region"), u"区域"_s, K::Text, false},
        {C::Symptom, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Symptom"), u"问题表现"_s, K::Text, false},
        {C::Severity, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Severity"), u"严重程度"_s, K::Text, false},
        {C::RootCause, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Root cause"), u"根因"_s, K::Text, false},
        {C::Strategy, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Strategy"), u"改进策略"_s, K::Text, false},
        {C::CoDepartments, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Co-departments"), u"协同部门"_s, K::Text, false},
        {C::Metric, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Metric"), u"目标指标"_s, K::Text, false},
        {C::Baseline, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Baseline"), u"基线值"_s, K::Number, false},
        {C::Current, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Current"), u"当前值"_s, K::Number, false},
        {C::Target, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Target"), u"目标值"_s, K::Number, false},
        {C::Effect, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Effect"), u"效果"_s, K::Text, false},
        {C::CreatedBy, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Created by"), u"创建人"_s, K::Text, false},
        {C::CreatedAt, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Created at"), u"创建时间"_s, K::DateTime, false},
        {C::UpdatedAt, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Updated at"), u"更新时间"_s, K::DateTime, false},
        {C::Version, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Version"), u"版本"_s, K::Integer, false},
        {C::LastChanges, QT_TRANSLATE_NOOP("cx::WorkOrderText", "Latest changes"), u"最近变更"_s, K::Text, false},
    };
    return columns;
}

const ExportColumnInfo &exportColumn(ExportColumn column)
{
    return exportColumns().at(int(column));
}

QString exportHeader(ExportColumn column)
{
    return WorkOrderText::tr(exportColumn(column).header);
}

std::optional<ExportColumn> exportColumnForHeader(const QString &header)
{
    const QString key = squeezedHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const ExportColumnInfo &info : exportColumns())
        if (key == squeezedHeader(info.chineseHeader) || key == squeezedHeader(QString::fromLatin1(info.header))
            || key == squeezedHeader(exportHeader(info.column)))
            return info.column;
    return std::nullopt;
}

WorkOrderExport WorkOrderExport::read(const WorkOrderStore &store, const QList<qint64> &ids)
{
    WorkOrderExport data;
    for (const WorkOrder &order : store.list())
        if (ids.isEmpty() || ids.contains(order.id))
            data.orders << order;
    for (const WorkOrder &order : std::as_const(data.orders))
        data.history.insert(order.id, store.history(order.id));
    data.departments = store.departments();
    return data;
}

ExportCell WorkOrderExport::cell(const WorkOrder &order, ExportColumn column) const
{
    using C = ExportColumn;
    switch (column) {
    case C::Number: return textCell(order.number);
    case C::Title: return textCell(order.title);
    case C::Status: return textCell(statusChineseName(order.status));
    case C::OwnerDepartment: return textCell(order.ownerDepartment);
    case C::Owner: return textCell(order.owner);
    case C::Progress: return textCell(order.progress);
    case C::DueDate: {
        ExportCell cell;
        cell.date = order.dueDate;
        cell.text = order.dueDate.isValid() ? order.dueDate.toString(Qt::ISODate) : QString();
        return cell;
    }
    case C::Reason: return {};
    case C::Product: return textCell(order.product);
    case C::Stage: return textCell(order.stage);
    case C::Touchpoint: return textCell(order.touchpoint);
    case C::Region: return textCell(order.regionText());
    case C::Symptom: return textCell(order.symptom);
    case C::Severity: return textCell(order.severity);
    case C::RootCause: return textCell(order.rootCause);
    case C::Strategy: return textCell(order.strategy);
    case C::CoDepartments: return textCell(order.coDepartments.join(u"、"_s));
    case C::Metric: return textCell(displayFieldValue(WorkOrderField::Metric, order.metric));
    case C::Baseline: return numberCell(order.baseline.value, numberFormat(order));
    case C::Current: return numberCell(order.current.value, numberFormat(order));
    case C::Target: return numberCell(order.targetValue, numberFormat(order));
    case C::Effect: return textCell(order.effect ? effectLabel(*order.effect) : QString());
    case C::CreatedBy: return textCell(order.createdBy);
    case C::CreatedAt: return dateTimeCell(order.createdAt);
    case C::UpdatedAt: return dateTimeCell(order.updatedAt);
    case C::Version: return numberCell(order.version, u"0"_s);
    case C::LastChanges: {
        QStringList lines;
        const QList<WorkOrderHistoryEntry> entries = history.value(order.id);
        for (qsizetype i = entries.size() - 1; i >= 0 && lines.size() < 3; --i) {
            const WorkOrderHistoryEntry &entry = entries.at(i);
            if (entry.action != HistoryAction::Create)
                lines << u"%1 %2: %3"_s.arg(entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), entry.who,
                                            entry.describe());
        }
        return textCell(lines.join(u"\n"_s));
    }
    }
    return {};
}

QJsonObject workOrderToJson(const WorkOrder &order, const QList<WorkOrderHistoryEntry> *history)
{
    const auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    const auto number = [](double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(); };
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject object{
        {u"number"_s, order.number},
        {u"title"_s, order.title},
        {u"status"_s, statusCode(order.status)},
        {u"status_name"_s, statusChineseName(order.status)},
        {u"department"_s, text(order.ownerDepartment)},
        {u"owner"_s, text(order.owner)},
        {u"co_departments"_s, QJsonValue::fromVariant(order.coDepartments)},
        {u"due"_s, order.dueDate.isValid() ? QJsonValue(order.dueDate.toString(Qt::ISODate)) : QJsonValue()},
        {u"overdue_days"_s, order.overdueDays(QDate::currentDate())},
        {u"product"_s, text(order.product)},
        {u"stage"_s, text(order.stage)},
        {u"touchpoint"_s, text(order.touchpoint)},
        {u"city"_s, text(order.city)},
        {u"county"_s, text(order.county)},
        {u"grid"_s, text(order.grid)},
        {u"symptom"_s, text(order.symptom)},
        {u"severity"_s, text(order.severity)},
        {u"root_cause"_s, text(order.rootCause)},
        {u"experience_level"_s, text(order.experienceLevel)},
        {u"kano_class"_s, text(order.kanoClass)},
        {u"strategy"_s, text(order.strategy)},
        {u"progress"_s, text(order.progress)},
        {u"metric"_s, text(order.metric)},
        {u"baseline"_s, number(order.baseline.value)},
        {u"baseline_month"_s, text(order.baseline.month)},
        {u"baseline_n"_s, order.baseline.n},
        {u"current"_s, number(order.current.value)},
        {u"current_month"_s, text(order.current.month)},
        {u"current_n"_s, order.current.n},
        {u"target"_s, number(order.targetValue)},
        {u"effect"_s, order.effect ? QJsonValue(effectCode(*order.effect)) : QJsonValue()},
        {u"p"_s, number(order.currentP)},
        {u"created_by"_s, order.createdBy},
        {u"created_at"_s, time(order.createdAt)},
        {u"updated_at"_s, time(order.updatedAt)},
        {u"closed_at"_s, time(order.closedAt)},
        {u"version"_s, order.version},
    };
    if (history) {
        QJsonArray entries;
        for (const WorkOrderHistoryEntry &entry : *history)
            entries.append(QJsonObject{{u"at"_s, time(entry.at)},
                                       {u"who"_s, entry.who},
                                       {u"action"_s, historyActionCode(entry.action)},
                                       {u"field"_s, entry.field},
                                       {u"old"_s, text(entry.oldValue)},
                                       {u"new"_s, text(entry.newValue)},
                                       {u"reason"_s, text(entry.reason)},
                                       {u"source"_s, entry.source},
                                       {u"version"_s, entry.version}});
        object.insert(u"history"_s, entries);
    }
    return object;
}

bool writeWorkOrderExport(const QString &path, const WorkOrderExport &data, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "xlsx"_L1)
        return writeWorkOrdersXlsx(path, data, error);
    if (suffix == "csv"_L1)
        return writeWorkOrdersCsv(path, data, error);
    if (suffix == "pdf"_L1)
        return writeWorkOrdersPdf(path, data, error);
    if (error)
        *error = WorkOrderText::tr("Cannot export to %1: name a .xlsx, .csv or .pdf file.")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace cx
