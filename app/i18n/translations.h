#pragma once

#include <QString>
#include <QStringList>

namespace gd {

// Loads Gemini Doctor's own translation and Qt's (standard dialogs, --help's built-in options)
// for the system locale, which follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG. With `--json`
// among the arguments nothing is loaded: JSON stays English, scripts parse it (contract 9).
void installTranslations(const QStringList &arguments);

// The language the user-visible words are in: "de", or "en" when no translation was loaded.
// The remediation catalog uses it to pick its translated texts.
QString uiLanguage();

} // namespace gd
