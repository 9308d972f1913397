#include "preferencesdialog.h"

#include "settings/language.h"
#include "settings/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace cx {

PreferencesDialog::PreferencesDialog(Preferences &preferences, LanguageManager &languages, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_languages(languages)
    , m_language(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_analyst(new QLineEdit(this))
    , m_analystLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_language->addItem(QString(), QString());
    for (const QString &language : LanguageManager::available())
        m_language->addItem(LanguageManager::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language())));
    m_languageLabel->setBuddy(m_language);
    m_analyst->setText(m_preferences.storedAnalystName());
    m_analyst->setPlaceholderText(Preferences::systemUserName());
    m_analystLabel->setBuddy(m_analyst);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_languageLabel, m_language);
    layout->addRow(m_analystLabel, m_analyst);
    layout->addRow(m_buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::applyLanguage);
    connect(m_analyst, &QLineEdit::textChanged, this,
            [this](const QString &name) { m_preferences.setAnalystName(name); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    retranslate();
}

void PreferencesDialog::applyLanguage()
{
    const QString language = m_language->currentData().toString();
    m_preferences.setLanguage(language);
    m_languages.apply(language);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_analystLabel->setText(tr("&Analyst name:"));
    m_analyst->setToolTip(tr("Work-order history records your edits under this name (empty: your system user name)."));
    const QSignalBlocker blocker(m_language);
    m_language->setItemText(0, tr("System default"));
}

} // namespace cx
