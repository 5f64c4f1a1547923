#pragma once

#include <QString>
#include <QStringList>

namespace gd {

// A model to suggest instead of `current`, chosen from the models the key can see (names without
// the "models/" prefix, generateContent only): the checks' own default choice among them (the
// model data's order, cheapest stable first; then the newest stable Flash), as the official
// advice is to switch from Pro to Flash. Empty when the key sees nothing else.
QString suggestModel(const QStringList &visibleModels, const QString &current);
// The same for the Live API: a Live model the key lists (bidiGenerateContent), in the model
// data's Live order; a generateContent model would not open a session.
QString suggestLiveModel(const QStringList &liveModels, const QString &current);

} // namespace gd
