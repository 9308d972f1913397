#pragma once

#include "import/valueparser.h"
#include "pipeline/fileinspection.h"
#include "pipeline/importpreviewmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace cx {

/// The import wizard's view of one file: the kind, encoding and sheet it is
/// read with (each can be overridden), how its columns map (each can be
/// corrected), and a preview of its first rows as they would be imported.
/// It shows; the wizard re-inspects the file when the user changes something.
class ImportFilePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportFilePanel(QWidget *parent = nullptr);

    /// Options of the workspace that change how values convert (phone masking, time zone).
    void setConvertOptions(const ConvertOptions &options) { m_convert = options; }

    /// Shows a file (for a workbook the sheet plan.inspection read, and which
    /// sheets will be imported); `busy` while it is being (re-)inspected.
    void showFile(const ImportPlan &plan, const ImportOptions &options, const PreviewRows &preview, bool busy);
    /// Shows nothing (no file selected).
    void clear();

    /// The first widget in tab order, for the dialog's tab chain.
    QWidget *firstFocusWidget() const;
    QWidget *lastFocusWidget() const;

Q_SIGNALS:
    /// Empty: detect. Each of these asks the wizard to re-inspect the file.
    void kindChosen(const QString &kind);
    void encodingChosen(const QString &encoding);
    void sheetChosen(const QString &sheet);
    /// `field`: a canonical field, MappingEditor::notImportedField(), or
    /// empty for a survey question.
    void columnAssigned(int column, const QString &field);
    void saveProfileRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillKinds(const FileInspection &inspection, const ImportOptions &options);
    void fillEncodings(const FileInspection &inspection, const ImportOptions &options);
    void fillSheets(const ImportPlan &plan, const ImportOptions &options);
    void fillColumns(const FileInspection &inspection, const PreviewRows &preview);
    void showStatus(const ImportPlan &plan, const PreviewRows &preview, bool busy);

    ConvertOptions m_convert;
    ImportPlan m_plan;
    ImportOptions m_options;
    PreviewRows m_preview;
    bool m_busy = false;

    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    ImportPreviewModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QTableWidget *m_columns = nullptr;
};

} // namespace cx
