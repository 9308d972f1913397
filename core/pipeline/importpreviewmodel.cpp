#include "pipeline/importpreviewmodel.h"

#include "import/rowfilter.h"
#include "import/textnormalize.h"

#include <QColor>
#include <QLocale>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

QString displayText(const QVariant &value, FieldType type)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? ImportPreviewModel::tr("Yes") : ImportPreviewModel::tr("No");
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QLocale().toString(value.toLongLong());
    case QMetaType::Double: {
        const QString number = QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return type == FieldType::Percent ? number + u'%' : number;
    }
    default:
        return value.toString();
    }
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PreviewRows ImportPreviewModel::readRows(const FileInspection &inspection, int limit)
{
    PreviewRows result;
    // A file lacking a required column is still previewed: the user maps it while looking at it.
    if (!inspection.detection.isValid())
        return result;
    std::unique_ptr<TableReader> reader = FileInspector::openReader(inspection, &result.error);
    if (!reader)
        return result;

    const qint64 headerLine = inspection.headerLine();
    const int width = inspection.headerWidth();
    // One-cell rows are broken records between data rows but remarks at the
    // end; like the importer, keep them only when data follows.
    PreviewRows pending;
    TableRow row;
    while (result.rows.size() < limit && reader->readRow(row)) {
        if (row.line() <= headerLine)
            continue;
        QStringList cells = row.toStringList();
        switch (classifyRow(cells, width)) {
        case RowKind::Blank:
        case RowKind::Footer:
        case RowKind::Title:
            continue;
        case RowKind::NearEmpty:
            pending.rows << cells;
            pending.lines << row.line();
            continue;
        case RowKind::Data:
            break;
        }
        result.rows.append(pending.rows);
        result.rows.append(cells);
        result.lines.append(pending.lines);
        result.lines.append(row.line());
        pending = {};
    }
    if (reader->hasError())
        result.error = reader->errorString();
    result.rows = result.rows.mid(0, limit);
    result.lines = result.lines.mid(0, limit);
    return result;
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_cells.clear();
    m_lines.clear();
    m_errorCount = 0;
    endResetModel();
}

void ImportPreviewModel::setPreview(const FileInspection &inspection, const PreviewRows &rows,
                                    const ConvertOptions &options)
{
    beginResetModel();
    m_columns.clear();
    m_cells.clear();
    m_lines = rows.lines;
    m_errorCount = 0;

    const ConvertOptions convert = inspection.convertOptions(options);
    const HeaderDetection &detection = inspection.detection;
    for (int source = 0; source < detection.fieldOfColumn.size(); ++source) {
        const QString &field = detection.fieldOfColumn.at(source);
        const FieldSpec *spec = inspection.profile.field(field);
        if (field.isEmpty() || !spec || !spec->stored)
            continue;
        m_columns << Column{source, field, MappingProfile::fieldLabel(field), detection.headers.value(source)};
    }
    for (int source : detection.questionColumns)
        m_columns << Column{source, QString(), detection.headers.value(source), detection.headers.value(source)};

    for (const QStringList &cells : rows.rows) {
        QList<Cell> converted;
        converted.reserve(m_columns.size());
        for (const Column &column : std::as_const(m_columns)) {
            const QString text = cells.value(column.source);
            const FieldSpec *spec = column.field.isEmpty() ? nullptr : inspection.profile.field(column.field);
            if (!spec) {
                converted << Cell{ValueParser::unwrapFormulaText(trimmedView(text)).toString(), {}};
                continue;
            }
            const ConvertedValue value = ValueParser::convert(*spec, text, convert);
            Cell cell{value.isError() ? text : displayText(value.value, spec->type), value.error};
            if (value.isEmpty() && spec->required)
                cell.error = tr("%1 is required but empty here: the row will be rejected.").arg(column.label);
            if (!cell.error.isEmpty())
                ++m_errorCount;
            converted << cell;
        }
        m_cells << converted;
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cells.size() || index.column() >= m_columns.size())
        return {};
    const Cell &cell = m_cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
    case int(Role::Error):
        return cell.error.isEmpty() ? QVariant() : cell.error;
    case Qt::ForegroundRole:
        return cell.error.isEmpty() ? QVariant() : QVariant(QColor(0xB7, 0x1C, 0x1C));
    case Qt::BackgroundRole:
        return cell.error.isEmpty() ? QVariant() : QVariant(QColor(0xFD, 0xEC, 0xEA));
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_lines.size())
            return QLocale().toString(m_lines.at(section));
        if (role == Qt::ToolTipRole && section >= 0 && section < m_lines.size())
            return tr("Line %1 of the file").arg(m_lines.at(section));
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column &column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.label;
    case Qt::ToolTipRole:
        return column.field.isEmpty() ? tr("Survey question: %1").arg(column.header)
                                      : tr("%1, from the file's column \"%2\"").arg(column.label, column.header);
    case int(Role::Field):
        return column.field;
    case int(Role::SourceColumn):
        return column.source;
    default:
        return {};
    }
}

} // namespace cx
