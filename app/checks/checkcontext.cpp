#include "checkcontext.h"

#include "modelsuggestion.h"

namespace gd {

DiagnosisContext CheckContext::diagnosisContext(const QUrl &endpoint) const
{
    DiagnosisContext diagnosis;
    diagnosis.model = settings.model;
    diagnosis.apiVersion = settings.apiVersion;
    diagnosis.endpoint = endpoint;
    diagnosis.timeoutMs = settings.timeoutMs;
    // A model the key can actually see, for the failures a switch of model can fix.
    diagnosis.suggestedModel = suggestModel(visibleModels, settings.model);
    // Every native check sends the key in x-goog-api-key.
    diagnosis.standardKeyInHeader = standardKey;
    return diagnosis;
}

void CheckContext::chooseModels(const QStringList &listed, const QStringList &listedLive)
{
    const ModelKnowledge &knowledge = ModelKnowledge::builtIn();
    if (modelChoice.reason != ModelChoice::Reason::Person) {
        modelChoice = knowledge.chooseTestModel(listed, QDate::currentDate());
        settings.model = modelChoice.model;
    }
    if (liveModelChoice.reason != ModelChoice::Reason::Person) {
        liveModelChoice = knowledge.chooseLiveModel(listedLive, QDate::currentDate());
        settings.liveModel = liveModelChoice.model;
    }
}

} // namespace gd
