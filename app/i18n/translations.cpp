#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

QString &currentLanguage()
{
    static QString language = u"en"_s;
    return language;
}

} // namespace

void installTranslations(const QStringList &arguments)
{
    auto *own = new QTranslator(QCoreApplication::instance());
    // English is the source language; its file holds only plural forms ("1 token").
    const bool english = arguments.contains(u"--json"_s) ||
                         !own->load(QLocale(), u"gemini-doctor"_s, u"_"_s, u":/i18n"_s) ||
                         own->language().startsWith(u"en"_s);
    if (english) {
        if (own->load(u"gemini-doctor_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(own);
        return;
    }
    QCoreApplication::installTranslator(own);
    currentLanguage() = own->language().section(u'_', 0, 0);
    const QLocale locale;
    // Qt's own words (QCommandLineParser's options, standard dialogs), where Debian installed
    // them (qt6-translations-l10n); without them those few words stay English.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QString uiLanguage()
{
    return currentLanguage();
}

} // namespace gd
