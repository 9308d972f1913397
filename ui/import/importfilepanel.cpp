#include "import/importfilepanel.h"

#include "pipeline/mappingeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxColumnWidth = 260;

void selectData(QComboBox *combo, const QString &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

ImportFilePanel::ImportFilePanel(QWidget *parent)
    : QWidget(parent)
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_sheetLabel(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_saveProfile(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_columns(new QTableWidget(this))
{
    m_kind->setObjectName(u"kind"_s);
    m_encoding->setObjectName(u"encoding"_s);
    m_sheet->setObjectName(u"sheet"_s);
    m_saveProfile->setObjectName(u"saveProfile"_s);
    m_status->setObjectName(u"fileStatus"_s);
    m_previewView->setObjectName(u"preview"_s);
    m_columns->setObjectName(u"columns"_s);
    m_tabs->setObjectName(u"fileTabs"_s);

    m_kindLabel->setBuddy(m_kind);
    m_encodingLabel->setBuddy(m_encoding);
    m_sheetLabel->setBuddy(m_sheet);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewView->setModel(m_previewModel);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_previewView->horizontalHeader()->setDefaultSectionSize(120);
    // Survey questions make long headers: left-aligned they are cut at the end,
    // not at both sides (the tooltip has all of it).
    m_previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewView->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_previewView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_columns->setColumnCount(3);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_tabs->addTab(m_previewView, QString());
    m_tabs->addTab(m_columns, QString());

    auto *options = new QHBoxLayout;
    options->addWidget(m_kindLabel);
    options->addWidget(m_kind);
    options->addSpacing(12);
    options->addWidget(m_encodingLabel);
    options->addWidget(m_encoding);
    options->addSpacing(12);
    options->addWidget(m_sheetLabel);
    options->addWidget(m_sheet);
    options->addStretch(1);
    options->addWidget(m_saveProfile);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_kind, m_encoding);
    setTabOrder(m_encoding, m_sheet);
    setTabOrder(m_sheet, m_saveProfile);
    setTabOrder(m_saveProfile, m_tabs);
    setTabOrder(m_tabs, m_previewView);
    setTabOrder(m_previewView, m_columns);

    connect(m_kind, &QComboBox::activated, this, [this] { Q_EMIT kindChosen(m_kind->currentData().toString()); });
    connect(m_encoding, &QComboBox::activated, this,
            [this] { Q_EMIT encodingChosen(m_encoding->currentData().toString()); });
    connect(m_sheet, &QComboBox::activated, this, [this] { Q_EMIT sheetChosen(m_sheet->currentData().toString()); });
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportFilePanel::saveProfileRequested);

    retranslate();
    clear();
}

QWidget *ImportFilePanel::firstFocusWidget() const
{
    return m_kind;
}

QWidget *ImportFilePanel::lastFocusWidget() const
{
    return m_columns;
}

void ImportFilePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_plan.path().isEmpty())
            showFile(m_plan, m_options, m_preview, m_busy);
    }
    QWidget::changeEvent(event);
}

void ImportFilePanel::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_sheetLabel->setText(tr("S&heet:"));
    m_saveProfile->setText(tr("Save &Mapping as Profile…"));
    m_saveProfile->setToolTip(tr("Keep the corrected column mapping in the workspace, so that files laid out "
                                 "like this one are mapped by themselves next time."));
    m_tabs->setTabText(0, tr("&Preview"));
    m_tabs->setTabText(1, tr("&Columns"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("First value")});
}

void ImportFilePanel::clear()
{
    m_plan = {};
    m_options = {};
    m_preview = {};
    m_kind->clear();
    m_encoding->clear();
    m_sheet->clear();
    m_columns->setRowCount(0);
    m_previewModel->clear();
    m_status->clear();
    setEnabled(false);
}

void ImportFilePanel::showFile(const ImportPlan &plan, const ImportOptions &options, const PreviewRows &preview,
                               bool busy)
{
    const FileInspection &inspection = plan.inspection;
    m_plan = plan;
    m_options = options;
    m_preview = preview;
    m_busy = busy;
    setEnabled(true);

    fillKinds(inspection, options);
    fillEncodings(inspection, options);
    fillSheets(plan, options);
    fillColumns(inspection, preview);
    m_previewModel->setPreview(inspection, preview, m_convert);
    m_previewView->resizeColumnsToContents();
    for (int column = 0; column < m_previewModel->columnCount(); ++column)
        m_previewView->setColumnWidth(column, std::min(m_previewView->columnWidth(column), maxColumnWidth));
    m_saveProfile->setEnabled(!busy && inspection.detection.isValid());
    for (QWidget *widget : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_columns)})
        widget->setEnabled(!busy);
    m_encoding->setEnabled(!busy && !inspection.isWorkbook);
    m_sheet->setEnabled(!busy && inspection.sheets.size() > 1);
    showStatus(plan, preview, busy);
}

void ImportFilePanel::fillKinds(const FileInspection &inspection, const ImportOptions &options)
{
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    const QString detected = inspection.detection.kind;
    m_kind->addItem(options.kind.isEmpty() && !detected.isEmpty()
                        ? tr("Detected: %1").arg(MappingProfile::kindLabel(detected))
                        : tr("Detect automatically"),
                    QString());
    for (const QString &kind : MappingProfile::builtInKinds())
        m_kind->addItem(MappingProfile::kindLabel(kind), kind);
    selectData(m_kind, options.kind.isEmpty() && options.profile.isValid() ? options.profile.kind() : options.kind);
}

void ImportFilePanel::fillEncodings(const FileInspection &inspection, const ImportOptions &options)
{
    const QSignalBlocker blocker(m_encoding);
    m_encoding->clear();
    if (inspection.isWorkbook) {
        m_encoding->addItem(tr("Not needed (Excel workbook)"), QString());
        return;
    }
    m_encoding->addItem(options.encoding.isEmpty() && !inspection.encoding.isEmpty()
                            ? tr("Detected: %1").arg(inspection.encoding)
                            : tr("Detect automatically"),
                        QString());
    for (const QString &encoding : {u"UTF-8"_s, u"GB18030"_s, u"UTF-16"_s})
        m_encoding->addItem(encoding, encoding);
    selectData(m_encoding, options.encoding);
    m_encoding->setToolTip(inspection.encodingHow);
}

void ImportFilePanel::fillSheets(const ImportPlan &plan, const ImportOptions &options)
{
    const FileInspection &inspection = plan.inspection;
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    if (!inspection.isWorkbook) {
        m_sheet->addItem(tr("Not needed (text file)"));
        return;
    }
    // Without a choice every sheet whose header fits the kind is imported.
    if (inspection.sheets.size() > 1)
        m_sheet->addItem(options.sheet.isEmpty() && plan.isImportable()
                             ? tr("All sheets of this kind: %1").arg(plan.sheetNames().join(u", "_s))
                             : tr("All sheets of this kind"),
                         QString());
    for (const QString &sheet : inspection.sheets)
        m_sheet->addItem(sheet, sheet);
    selectData(m_sheet, options.sheet.isEmpty() && inspection.sheets.size() > 1 ? QString() : inspection.sheetName());
}

void ImportFilePanel::fillColumns(const FileInspection &inspection, const PreviewRows &preview)
{
    const HeaderDetection &detection = inspection.detection;
    const MappingProfile &profile = inspection.profile;
    const bool survey = profile.extraColumns() == ExtraColumns::SurveyQuestions;
    const QString notImported = MappingEditor::notImportedField();
    const QStringList fields = MappingEditor::choosableFields(profile);

    m_columns->setRowCount(0);
    if (!detection.isValid())
        return;
    for (int column = 0; column < detection.headers.size(); ++column) {
        const QString header = detection.headers.at(column);
        if (header.isEmpty())
            continue;
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        auto *headerItem = new QTableWidgetItem(header);
        headerItem->setToolTip(header);
        m_columns->setItem(row, 0, headerItem);
        const QString example = preview.rows.isEmpty() ? QString() : preview.rows.constFirst().value(column);
        auto *exampleItem = new QTableWidgetItem(example);
        exampleItem->setToolTip(example);
        m_columns->setItem(row, 2, exampleItem);

        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(u"column%1"_s.arg(column));
        if (survey)
            combo->addItem(tr("Survey question"), QString());
        combo->addItem(tr("Not imported"), notImported);
        for (const QString &field : fields) {
            const FieldSpec *spec = profile.field(field);
            combo->addItem(spec && spec->required ? tr("%1 (required)").arg(MappingProfile::fieldLabel(field))
                                                  : MappingProfile::fieldLabel(field),
                           field);
        }
        const QString mapped = detection.fieldOfColumn.value(column);
        selectData(combo, !mapped.isEmpty() ? mapped : survey && detection.questionColumns.contains(column)
                                                         ? QString()
                                                         : notImported);
        if (mapped.isEmpty() || mapped == notImported)
            headerItem->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        connect(combo, &QComboBox::activated, this,
                [this, combo, column] { Q_EMIT columnAssigned(column, combo->currentData().toString()); });
        m_columns->setCellWidget(row, 1, combo);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(0, std::min(m_columns->columnWidth(0), maxColumnWidth));
}

void ImportFilePanel::showStatus(const ImportPlan &plan, const PreviewRows &preview, bool busy)
{
    const FileInspection &inspection = plan.inspection;
    QString text;
    bool problem = false;
    if (busy) {
        text = tr("Reading %1…").arg(QFileInfo(inspection.path).fileName());
    } else if (!inspection.isImportable()) {
        text = inspection.error;
        problem = true;
    } else if (!preview.error.isEmpty()) {
        text = preview.error;
        problem = true;
    } else {
        const HeaderDetection &detection = inspection.detection;
        int mapped = 0;
        for (const QString &field : detection.fieldOfColumn)
            mapped += field.isEmpty() || field == MappingEditor::notImportedField() ? 0 : 1;
        QString mapping = tr("Header on line %1; %2 of %3 columns mapped").arg(inspection.headerLine()).arg(mapped).arg(
            detection.headers.size() - detection.headers.count(QString()));
        if (!detection.questionColumns.isEmpty())
            mapping += tr(", %n survey question(s)", nullptr, int(detection.questionColumns.size()));
        QString previewState;
        if (m_previewModel->errorCount() > 0) {
            previewState = tr("%n value(s) in the preview cannot be read (in red; point at one to see why).", nullptr,
                              m_previewModel->errorCount());
            problem = true;
        } else {
            previewState = tr("The preview shows the first %n row(s) as they will be imported.", nullptr,
                              int(preview.rows.size()));
        }
        text = tr("%1. %2", "two sentences of the status line").arg(mapping, previewState);
        if (plan.sheetNames().size() > 1)
            text += u' ' + tr("Sheets imported: %1 (the preview shows %2).")
                               .arg(plan.sheetNames().join(u", "_s), inspection.sheetName());
        for (const SkippedSheet &sheet : plan.skippedSheets)
            text += u' ' + tr("Sheet %1 is not imported: %2.").arg(sheet.name, sheet.reason);
    }
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b71c1c;"_s : QString());
}

} // namespace cx
