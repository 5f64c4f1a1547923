#pragma once

#include "checksettings.h"
#include "diagnosis/diagnoser.h"

#include <QNetworkAccessManager>
#include <QStringList>

namespace gd {

class GeminiClient;

// What the checks of one run share: the settings, the network, the client, and what earlier
// checks learned (the models the key can see, for the model check and for suggestions).
struct CheckContext
{
    CheckSettings settings;
    QNetworkAccessManager *network = nullptr;
    GeminiClient *client = nullptr;
    QStringList visibleModels; // filled by the key check

    DiagnosisContext diagnosisContext(const QUrl &endpoint) const;
};

} // namespace gd
