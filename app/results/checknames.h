#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace gd {

// A check's name for people ("Network and DNS"), translated, from its id ("dns"): the one table,
// for the desktop's rows and charts and for the words the core writes (a skipped check names the
// check it waited for). Ids stay in JSON and metrics; an unknown id is returned as it is.
QString checkDisplayName(const QString &checkId);

// The checks a whole run against this endpoint makes, in order: "tls" for https, "connect" for
// plain HTTP to loopback (contract section 4). The same table, so the desktop can show the rows
// before the engine that runs them is loaded; tst_checkrunner holds the runner to it.
QStringList suiteCheckIds(const QUrl &baseUrl);

} // namespace gd
