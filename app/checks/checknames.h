#pragma once

#include <QString>

namespace gd {

// A check's name for people ("Network and DNS"), translated, from its id ("dns"): the one table,
// for the desktop's rows and charts and for the words the core writes (a skipped check names the
// check it waited for). Ids stay in JSON and metrics; an unknown id is returned as it is.
QString checkDisplayName(const QString &checkId);

} // namespace gd
