#pragma once

// The inspector's checks: the code behind each "check" a rule of resources/request-rules.json
// names. Internal to app/inspect.
#include "diagnosis/facts.h"
#include "diagnosis/modelknowledge.h"
#include "inspection.h"
#include "inspector.h"
#include "requestview.h"
#include "rulebook.h"

#include <QHash>

#include <functional>

namespace gd::inspect {

// One rule applied to one request: what it reads, and where its findings go.
struct CheckRun
{
    const PastedRequest &request;
    const Rule &rule;
    const InspectOptions &options;
    const ModelKnowledge &models;
    const RuleBook &book;
    QList<Finding> &findings;

    // The model data's entry for `name` ("" means the pasted request's model).
    std::optional<ModelInfo> model(const QString &name = {}) const;
    // A finding at `at` (JSON Pointer tokens), the rule's words filled with `values`. A warning
    // instead of an error when `sure` is false (the model data does not say), with its note.
    void add(const QStringList &at, const Facts &values, std::optional<SafeFix> fix = {},
             bool sure = true) const;
    QString param(const QString &name) const { return rule.params.value(name).toString(); }
    QStringList params(const QString &name) const;
};

using Check = std::function<void(const CheckRun &)>;

// Every check by name; a rule naming another is refused when the rules are read (a test).
const QHash<QString, Check> &allChecks();
// The checks that need the model (its capabilities, state, limits): skipped without one.
bool needsModel(const QString &check);

// By family, each in its own file.
void addHistoryChecks(QHash<QString, Check> &checks); // roles, contents, parts, function turns
void addSchemaChecks(QHash<QString, Check> &checks);  // schema keywords and structure
void addFeatureChecks(QHash<QString, Check> &checks); // features, the model, thinking, speech
void addMediaChecks(QHash<QString, Check> &checks);   // MIME types and media counts
void addSurfaceChecks(QHash<QString, Check> &checks); // batch, the OpenAI endpoint, Live

// The parts of a turn, and what kind each is.
QJsonArray partsOf(const QJsonObject &turn);
bool hasPart(const QJsonObject &part, const QString &camelName);
QString pointer(const QStringList &at);

} // namespace gd::inspect
