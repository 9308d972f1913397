#pragma once

#include "workorders/workordermetric.h"
#include "workorders/workorderstatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cx {

/// The fields of a work order that edits change, each stored in one column
/// of `work_order` and named in the history by that column.
enum class WorkOrderField {
    Title,
    Product,
    Stage,
    Touchpoint,
    Province,
    City,
    County,
    Grid,
    Symptom,
    Severity,
    Evidence,
    RootCause,
    ExperienceLevel,
    KanoClass,
    Strategy,
    OwnerDepartment,
    Owner,
    CoDepartments,
    DueDate,
    Status,
    Progress,
    Metric,
    TargetValue,
    BaselineMonth,
    BaselineValue,
    BaselineN,
    Deleted,
};

/// Every field, in the order the editor and the exports show them.
const QList<WorkOrderField> &allWorkOrderFields();
/// The column of `work_order` (and the name in `work_order_history.field`).
QString fieldColumn(WorkOrderField field);
std::optional<WorkOrderField> fieldFromColumn(const QString &column);
/// The translated name: "Owner department", "Due date" ...
QString fieldLabel(WorkOrderField field);

/// One improvement work order (改进工单, DESIGN.md). Field values move
/// between the workspace, the history, the editors and the spreadsheets as
/// text (value()/setValue()): dates as ISO "YYYY-MM-DD", numbers in C
/// locale, the status as its code, co-departments joined by "、"; an empty
/// text is NULL.
struct WorkOrder
{
    qint64 id = 0;
    QString number; ///< WO-YYYY-NNNN
    QString title;
    // Scene (场景).
    QString product;
    QString stage;
    QString touchpoint;
    QString province;
    QString city;
    QString county;
    QString grid;
    QString symptom;  ///< 表现
    QString severity; ///< quantified severity: "满意度 8.1 → 6.3 (−1.8, p < 0.001, n = 212/198)"
    QString evidence; ///< JSON object: the finding the order came from and its numbers
    QString rootCause;
    QString experienceLevel; ///< 功能性, 便利性, 情感性
    QString kanoClass;       ///< A, O, M, I, R, Q
    QString strategy;
    QString ownerDepartment;
    QString owner;
    QStringList coDepartments;
    QString createdBy;
    QDateTime createdAt;
    QDate dueDate;
    WorkOrderStatus status = WorkOrderStatus::Draft;
    QString progress; ///< the owning department's latest progress note
    QString metric;   ///< MetricSpec text, empty when none
    double targetValue = kNaN;
    MetricPoint baseline; ///< the metric in the month the finding is about
    // Derived from the data (never edited): the latest month after the baseline.
    MetricPoint current;
    double currentP = kNaN;
    std::optional<EffectStatus> effect;
    QDateTime evaluatedAt;
    QDateTime updatedAt;
    QDateTime closedAt;  ///< when it was last closed; null unless closed
    QDateTime deletedAt; ///< a discarded draft; null for every live order
    int version = 1;     ///< bumped by every edit
    QList<qint64> complaintIds; ///< linked complaints (evidence), read on demand

    /// The field as text (see above).
    QString value(WorkOrderField field) const;
    /// Sets the field from text; false (and unchanged) when the text does not
    /// parse (a date, a number, a status code).
    bool setValue(WorkOrderField field, const QString &text);

    std::optional<MetricSpec> metricSpec() const { return MetricSpec::parse(metric); }
    /// Days past the due date on `today` (> 0 overdue) for an order that is
    /// neither a draft nor closed; 0 otherwise.
    int overdueDays(const QDate &today) const;
    /// "深圳 · 南山区 · 网格01", the most specific levels present; empty for the province.
    QString regionText() const;
};

/// A field's text as shown: the status in the interface language, dates and
/// numbers in the locale, the Kano class with its name.
QString displayFieldValue(WorkOrderField field, const QString &text);

/// One line about an order's evidence (the JSON of the finding it came
/// from): "Alert: 咪咕视频 · 使用 · 2024-08: satisfaction 8.1 → 6.3 (…)", or the
/// finding's kind with its figures; the text itself when it is not JSON.
QString evidenceSummary(const QString &evidence);

/// "逾期 3 天" in the interface language; empty when not overdue.
QString overdueText(int days);

/// Splits co-departments as departments write them (、 , ， ; ；).
QStringList splitDepartments(const QString &text);

/// The Kano class letters and their names: "M 基础".
QString kanoClassLabel(const QString &letter);

/// The experience level of DESIGN.md a Kano class belongs to: M 功能性,
/// O 便利性, A 情感性; empty for the others.
QString experienceLevelForKano(const QString &letter);

} // namespace cx
