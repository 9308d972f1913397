#include "workorders/workorderxlsx.h"

#include "workorders/workorderexport.h"
#include "workorders/workordertext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxColumnWidth = 48;

lxw_datetime toLxw(const QDate &date, const QTime &time = QTime(0, 0))
{
    return lxw_datetime{date.year(), date.month(), date.day(), time.hour(), time.minute(), double(time.second())};
}

// The formats of the workbook, made once.
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook)
        : m_workbook(workbook)
    {
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_font_color(header, 0xFFFFFF);
        format_set_bg_color(header, 0x2F5597);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(header);
        editableHeader = workbook_add_format(workbook);
        format_set_bold(editableHeader);
        format_set_bg_color(editableHeader, 0xFFE699);
        format_set_border(editableHeader, LXW_BORDER_THIN);
        format_set_align(editableHeader, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(editableHeader);
    }

    // Cell format by kind, number format and whether the cell is editable.
    lxw_format *cell(ExportValueKind kind, const QString &numberFormat, bool editable)
    {
        QString number = numberFormat;
        if (kind == ExportValueKind::Date)
            number = u"yyyy-mm-dd"_s;
        else if (kind == ExportValueKind::DateTime)
            number = u"yyyy-mm-dd hh:mm"_s;
        const QString key = u"%1|%2"_s.arg(number).arg(editable);
        if (lxw_format *existing = m_cells.value(key))
            return existing;
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        format_set_text_wrap(format);
        format_set_border(format, LXW_BORDER_HAIR);
        if (!number.isEmpty())
            format_set_num_format(format, number.toUtf8().constData());
        if (editable) {
            format_set_unlocked(format);
            format_set_bg_color(format, 0xFFF9E6);
        }
        m_cells.insert(key, format);
        return format;
    }

    lxw_format *header = nullptr;
    lxw_format *editableHeader = nullptr;

private:
    lxw_workbook *m_workbook;
    QHash<QString, lxw_format *> m_cells;
};

// Collects the first error of the many libxlsxwriter calls.
struct Checked
{
    lxw_error error = LXW_NO_ERROR;
    void operator()(lxw_error result)
    {
        if (error == LXW_NO_ERROR)
            error = result;
    }
};

void writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const ExportCell &cell, ExportValueKind kind,
               lxw_format *format, Checked &check)
{
    if (kind == ExportValueKind::Date && cell.date.isValid()) {
        lxw_datetime value = toLxw(cell.date);
        check(worksheet_write_datetime(sheet, row, column, &value, format));
    } else if (kind == ExportValueKind::DateTime && cell.dateTime.isValid()) {
        lxw_datetime value = toLxw(cell.dateTime.date(), cell.dateTime.time());
        check(worksheet_write_datetime(sheet, row, column, &value, format));
    } else if ((kind == ExportValueKind::Number || kind == ExportValueKind::Integer) && std::isfinite(cell.number)) {
        check(worksheet_write_number(sheet, row, column, cell.number, format));
    } else if (!cell.text.isEmpty()) {
        check(worksheet_write_string(sheet, row, column, cell.text.toUtf8().constData(), format));
    } else {
        check(worksheet_write_blank(sheet, row, column, format));
    }
}

void writeListSheet(lxw_workbook *workbook, const QStringList &departments, Checked &check)
{
    lxw_worksheet *lists = workbook_add_worksheet(workbook, "Lists");
    const QList<WorkOrderStatus> &statuses = allWorkOrderStatuses();
    for (int i = 0; i < statuses.size(); ++i)
        check(worksheet_write_string(lists, lxw_row_t(i), 0, statusChineseName(statuses.at(i)).toUtf8().constData(),
                                     nullptr));
    for (int i = 0; i < departments.size(); ++i)
        check(worksheet_write_string(lists, lxw_row_t(i), 1, departments.at(i).toUtf8().constData(), nullptr));
    check(workbook_define_name(workbook, "StatusList", u"=Lists!$A$1:$A$%1"_s.arg(statuses.size()).toUtf8().constData()));
    check(workbook_define_name(workbook, "DepartmentList",
                               u"=Lists!$B$1:$B$%1"_s.arg(std::max<qsizetype>(1, departments.size())).toUtf8().constData()));
    worksheet_hide(lists);
}

void addListValidation(lxw_worksheet *sheet, lxw_row_t lastRow, lxw_col_t column, const char *formula, bool strict,
                       const QByteArray &title, const QByteArray &message, Checked &check)
{
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = const_cast<char *>(formula);
    validation.error_type = strict ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_WARNING;
    validation.error_title = const_cast<char *>(title.constData());
    validation.error_message = const_cast<char *>(message.constData());
    check(worksheet_data_validation_range(sheet, 1, column, lastRow, column, &validation));
}

lxw_protection editableOnly()
{
    // Set members allow what they name on the protected sheet.
    lxw_protection protection{};
    protection.format_columns = 1;
    protection.format_rows = 1;
    protection.sort = 1;
    protection.autofilter = 1;
    return protection;
}

void writeOrderSheet(lxw_workbook *workbook, Formats &formats, const WorkOrderExport &data, Checked &check)
{
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, WorkOrderText::tr("Work orders").toUtf8().constData());
    const QList<ExportColumnInfo> &columns = exportColumns();
    std::vector<int> widths(std::size_t(columns.size()), 8);
    for (int c = 0; c < columns.size(); ++c) {
        const ExportColumnInfo &info = columns.at(c);
        const QString header = exportHeader(info.column);
        widths[std::size_t(c)] = std::max(widths[std::size_t(c)], std::min(displayWidth(header) + 2, 16));
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), header.toUtf8().constData(),
                                     info.editable ? formats.editableHeader : formats.header));
    }
    for (int r = 0; r < data.orders.size(); ++r) {
        const WorkOrder &order = data.orders.at(r);
        for (int c = 0; c < columns.size(); ++c) {
            const ExportColumnInfo &info = columns.at(c);
            const ExportCell cell = data.cell(order, info.column);
            writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell, info.kind,
                      formats.cell(info.kind, cell.numberFormat, info.editable), check);
            const int width = info.kind == ExportValueKind::DateTime ? 17
                : info.kind == ExportValueKind::Date               ? 12
                                                                     : displayWidth(cell.text) + 2;
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], std::min(width, maxColumnWidth));
        }
    }
    for (int c = 0; c < columns.size(); ++c)
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[std::size_t(c)], nullptr));
    check(worksheet_set_row(sheet, 0, 30, nullptr));

    const lxw_row_t lastRow = lxw_row_t(std::max<qsizetype>(1, data.orders.size()));
    const lxw_col_t lastColumn = lxw_col_t(columns.size() - 1);
    worksheet_freeze_panes(sheet, 1, 1);
    check(worksheet_autofilter(sheet, 0, 0, lastRow, lastColumn));
    addListValidation(sheet, lastRow, lxw_col_t(int(ExportColumn::Status)), "=StatusList", true,
                      WorkOrderText::tr("Status").toUtf8(),
                      WorkOrderText::tr("Choose one of the statuses of the list (草稿, 已派发, 处理中, 待验证, "
                                        "已关闭, 退回, 重开).")
                          .toUtf8(),
                      check);
    addListValidation(sheet, lastRow, lxw_col_t(int(ExportColumn::OwnerDepartment)), "=DepartmentList", false,
                      WorkOrderText::tr("Owner department").toUtf8(),
                      WorkOrderText::tr("This department is not in the list. Keep it anyway?").toUtf8(), check);
    lxw_protection protection = editableOnly();
    worksheet_protect(sheet, nullptr, &protection);
}

void writeHistorySheet(lxw_workbook *workbook, Formats &formats, const WorkOrderExport &data, Checked &check)
{
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, WorkOrderText::tr("History").toUtf8().constData());
    const QStringList headers{WorkOrderText::tr("Number"), WorkOrderText::tr("When"),   WorkOrderText::tr("Who"),
                              WorkOrderText::tr("Action"), WorkOrderText::tr("Field"),  WorkOrderText::tr("Old value"),
                              WorkOrderText::tr("New value"), WorkOrderText::tr("Reason"), WorkOrderText::tr("Source")};
    std::vector<int> widths(std::size_t(headers.size()), 10);
    for (int c = 0; c < headers.size(); ++c) {
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), formats.header));
        widths[std::size_t(c)] = displayWidth(headers.at(c)) + 2;
    }
    lxw_format *text = formats.cell(ExportValueKind::Text, QString(), false);
    lxw_format *when = formats.cell(ExportValueKind::DateTime, QString(), false);
    lxw_row_t row = 1;
    for (const WorkOrder &order : data.orders) {
        for (const WorkOrderHistoryEntry &entry : data.history.value(order.id)) {
            const std::optional<WorkOrderField> field = fieldFromColumn(entry.field);
            const auto shown = [&](const QString &value) {
                return field ? displayFieldValue(*field, value) : value;
            };
            const QStringList cells{order.number,        QString(),          entry.who,
                                    historyActionLabel(entry.action), entry.fieldName(), shown(entry.oldValue),
                                    shown(entry.newValue), entry.reason,   historySourceLabel(entry.source)};
            for (int c = 0; c < cells.size(); ++c) {
                if (c == 1) {
                    const QDateTime local = entry.at.toLocalTime();
                    lxw_datetime at = toLxw(local.date(), local.time());
                    check(worksheet_write_datetime(sheet, row, 1, &at, when));
                    continue;
                }
                check(worksheet_write_string(sheet, row, lxw_col_t(c), cells.at(c).toUtf8().constData(), text));
                widths[std::size_t(c)] = std::max(widths[std::size_t(c)], std::min(displayWidth(cells.at(c)) + 2, 40));
            }
            ++row;
        }
    }
    widths[1] = 17;
    for (int c = 0; c < headers.size(); ++c)
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[std::size_t(c)], nullptr));
    worksheet_freeze_panes(sheet, 1, 1);
    check(worksheet_autofilter(sheet, 0, 0, std::max<lxw_row_t>(1, row - 1), lxw_col_t(headers.size() - 1)));
    lxw_protection protection = editableOnly();
    worksheet_protect(sheet, nullptr, &protection);
}

} // namespace

int displayWidth(const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n')) {
        int width = 0;
        for (const QChar c : line)
            width += c.unicode() >= 0x2E80 ? 2 : 1; // CJK, full-width forms and the like
        widest = std::max(widest, width);
    }
    return widest;
}

bool writeWorkOrdersXlsx(const QString &path, const WorkOrderExport &data, QString *error)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    const QString partial = target.absolutePath() + u"/."_s + target.fileName() + u".part"_s;
    QTemporaryDir scratch;
    const QByteArray scratchPath = QFile::encodeName(scratch.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(scratchPath.constData());
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!workbook) {
        if (error)
            *error = WorkOrderText::tr("Cannot write %1.").arg(nativePath);
        return false;
    }
    Checked check;
    Formats formats(workbook);
    writeOrderSheet(workbook, formats, data, check);
    writeHistorySheet(workbook, formats, data, check);
    writeListSheet(workbook, data.departments, check);
    const lxw_error closed = workbook_close(workbook);
    if (check.error == LXW_NO_ERROR)
        check(closed);
    if (check.error == LXW_NO_ERROR) {
        QFile::remove(path);
        if (QFile::rename(partial, path))
            return true;
    }
    QFile::remove(partial);
    if (error)
        *error = WorkOrderText::tr("Cannot write %1: %2")
                     .arg(nativePath, check.error == LXW_NO_ERROR ? WorkOrderText::tr("the file could not be replaced")
                                                                  : QString::fromUtf8(lxw_strerror(check.error)));
    return false;
}

} // namespace cx
