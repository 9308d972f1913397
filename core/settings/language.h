#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace cx {

/// Installs the application's own catalogue (`:/i18n/cxwb_<lang>.qm`) and
/// Qt's (`qtbase_<lang>.qm`) for a language, replacing whatever was
/// installed before; QEvent::LanguageChange then reaches every widget.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    /// `language` is "zh_CN", "en", or empty for the system locale.
    void apply(const QString &language);

    /// The languages the application ships, as locale names.
    static QStringList available();
    /// The language's own name ("简体中文", "English").
    static QString nativeName(const QString &language);

    QLocale locale() const { return m_locale; }

private:
    QLocale m_locale;
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace cx
