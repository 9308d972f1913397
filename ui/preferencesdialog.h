#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace cx {

class LanguageManager;
class Preferences;

/// The user's preferences: for now the interface language, applied at once.
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
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cx
