#pragma once

#include "import/valueparser.h"
#include "pipeline/fileinspection.h"

#include <QAbstractTableModel>

namespace cx {

/// The first data rows of an inspected file, as read from it.
struct PreviewRows
{
    QList<QStringList> rows; ///< cells of each data row below the header
    QList<qint64> lines;     ///< the file line (sheet row) of each row
    QString error;           ///< translated; set when the file could not be read again
};

/// The first rows of a file as they would be imported: one column per mapped
/// canonical field (in file order; for surveys the question columns follow,
/// as read), cells converted with ValueParser::convert like the importer
/// does. A cell that cannot be converted shows its text, with the reason in
/// Role::Error and the tooltip, drawn in red.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Role {
        Error = Qt::UserRole + 1, ///< translated reason; empty when the cell converts
        Field,                    ///< header: the canonical field; empty for a survey question
        SourceColumn,             ///< header: the file column (0-based)
    };

    /// Rows a preview shows.
    static constexpr int maxRows = 100;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Reads up to `maxRows` data rows below the header of an inspection
    /// whose header was found (blank, footer and remark rows left out, as the importer
    /// skips them). Pure apart from reading the file; safe on a worker thread.
    static PreviewRows readRows(const FileInspection &inspection, int limit = maxRows);

    /// Shows `rows` of `inspection`, converted with the workspace's `options`
    /// and what the inspection says about dates.
    void setPreview(const FileInspection &inspection, const PreviewRows &rows, const ConvertOptions &options);
    void clear();

    /// Cells whose text cannot be converted (required fields left empty included).
    int errorCount() const { return m_errorCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        int source = -1;
        QString field;   // empty for a survey question
        QString label;
        QString header;  // the file's header text
    };
    struct Cell
    {
        QString text;
        QString error;
    };

    QList<Column> m_columns;
    QList<QList<Cell>> m_cells;
    QList<qint64> m_lines;
    int m_errorCount = 0;
};

} // namespace cx
