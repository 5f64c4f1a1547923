#pragma once

#include "diagnosis/modelknowledge.h"
#include "inspection.h"
#include "pastedrequest.h"
#include "rulebook.h"

#include <QDate>
#include <QStringList>

namespace gd {

struct InspectOptions
{
    QString model;            // --model: the model, when the request names none
    QStringList listedModels; // the models the key lists, when a key is at hand
    QDate today;              // for retirements; today when invalid
    bool fix = false;         // apply the safe fixes (Inspection::fixed)
};

// Finds what the API will refuse in a request before it is sent (contract section 10): the rules
// of resources/request-rules.json, the model data and, when known, the key's list. With `fix`, the
// safe fixes are applied one at a time, reading the request again after each.
class Inspector final
{
public:
    explicit Inspector(const RuleBook &rules = RuleBook::builtIn(),
                       const ModelKnowledge &models = ModelKnowledge::builtIn());

    [[nodiscard]] Inspection inspect(const PastedRequest &request,
                                     const InspectOptions &options = {}) const;

private:
    QList<Finding> find(const PastedRequest &request, const InspectOptions &options,
                        bool modelRules) const;

    const RuleBook &m_rules;
    const ModelKnowledge &m_models;
};

} // namespace gd
