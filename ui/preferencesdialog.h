#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cx {

class LanguageManager;
class Preferences;

/// The user's preferences, applied at once: the interface language and the
/// analyst name work-order history records edits under.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Preferences &preferences, LanguageManager &languages, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyLanguage();

    Preferences &m_preferences;
    LanguageManager &m_languages;
    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_analyst = nullptr;
    QLabel *m_analystLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cx
