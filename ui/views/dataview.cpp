#include "views/dataview.h"

#include "workspace/importbatchmodel.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cx {

DataView::DataView(QWidget *parent)
    : WorkspaceView(parent)
    , m_model(new ImportBatchModel(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImportBatchModel::File, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_table);
    retranslate();
}

QString DataView::title() const
{
    return tr("Data");
}

void DataView::retranslate()
{
    m_heading->setText(tr("Imported files"));
}

void DataView::refresh()
{
    m_model->setDatabase(workspace() ? workspace()->database() : QSqlDatabase());
}

} // namespace cx
