#pragma once

#include "views/workspaceview.h"

class QLabel;
class QTableView;

namespace cx {

class ImportBatchModel;

/// The workspace's imports: one row per imported file with its counts.
class DataView : public WorkspaceView
{
    Q_OBJECT

public:
    explicit DataView(QWidget *parent = nullptr);

    QString title() const override;

protected:
    void refresh() override;
    void retranslate() override;

private:
    ImportBatchModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
};

} // namespace cx
