#include "settings/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cx {

using namespace Qt::StringLiterals;

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageManager::available()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString LanguageManager::nativeName(const QString &language)
{
    return QLocale(language).nativeLanguageName();
}

void LanguageManager::apply(const QString &language)
{
    for (QTranslator *translator : {m_own, m_qt}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    m_locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(m_locale);

    m_own = new QTranslator(this);
    // A locale without a catalogue of its own (C, fr, ...) gets English,
    // whose catalogue holds the plural forms of the source texts.
    if (m_own->load(m_locale, u"cxwb"_s, u"_"_s, u":/i18n"_s) || m_own->load(u"cxwb_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(m_own);

    m_qt = new QTranslator(this);
    if (m_qt->load(m_locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
}

} // namespace cx
