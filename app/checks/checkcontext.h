#pragma once

#include "diagnosis/diagnoser.h"
#include "diagnosis/modelknowledge.h"
#include "results/checksettings.h"

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
    QStringList visibleModels;   // filled by the key check
    QStringList liveModels;      // the listed models that offer bidiGenerateContent
    ModelChoice modelChoice;     // settings.model, and why it is the one tested
    ModelChoice liveModelChoice; // settings.liveModel, and why
    bool standardKey = false;    // an AIza... key: check knows a 401 then means its type is refused

    // With no model named, the key check chooses from what the key lists (generateContent and
    // bidiGenerateContent models); before the list arrives, the model data's first choices.
    void chooseModels(const QStringList &listed, const QStringList &listedLive);

    DiagnosisContext diagnosisContext(const QUrl &endpoint) const;
};

} // namespace gd
