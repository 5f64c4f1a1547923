#pragma once

#include <QUrl>

namespace gd {

// Links the app may open or print: https on Google's own hosts only. The catalog's links and any
// link an answer carries (a Help detail) pass here before a person sees them.
bool isAllowedLink(const QUrl &url);

} // namespace gd
