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
    return diagnosis;
}

} // namespace gd
