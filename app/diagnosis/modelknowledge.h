#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

enum class ModelState
{
    Unknown,
    Stable,
    Preview,
    Experimental,
    Deprecated, // announced, still served
    Retired,    // no longer offered to new projects
    ShutDown,
    Alias, // a name that points at another model ("gemini-flash-latest")
};

// One model as Google documents it (resources/models.json), with where that was read.
struct ModelInfo
{
    QString name; // without "models/"
    QString family;
    QString kind; // "text", "image", "video", "tts", "embedding", "live": what it produces
    ModelState state = ModelState::Unknown;
    QDate released;
    QDate deprecated;
    QDate shutdown; // Google's earliest possible date
    QString successor;
    QString routedTo; // Google answers calls for this model with that one (no 404)
    QDate routedSince;
    QString aliasOf; // for an alias: the model it points at, when the data knows
    QStringList methods;
    bool live = false;
    bool nativeAudio = false;
    std::optional<bool> freeTier;
    std::optional<int> minCacheTokens;
    QString thinking; // "none", "optional", "always"; empty when unknown
    // What the model takes (resources/models.json "capabilities"): function_calling,
    // built_in_tools, system_instruction, input_mime_types, ...; empty when unknown.
    QJsonObject capabilities;
    QString source;

    // Retired or shut down by `today`: a 404 for it is a retirement, not a typo.
    bool isGone(const QDate &today) const;
    // Whether the data says the model supports `capability` (a capabilities key, or a built-in
    // tool such as "code_execution"); nothing when the data does not say.
    std::optional<bool> supports(const QString &capability) const;
    QStringList inputMimeTypes() const;
};

// Why the check suite tests the model it tests (contract section 4: the output says so).
struct ModelChoice
{
    enum class Reason
    {
        Person, // the person named it
        Listed, // the data's first choice the key lists, else its newest stable Flash
        Data,   // the key's list could not be read: the first choice of the model data
    };
    QString model;
    Reason reason = Reason::Data;
};

QString modelChoiceReasonId(ModelChoice::Reason reason);
std::optional<ModelChoice::Reason>
modelChoiceReasonFromId(QStringView id); // "person", "listed", "data"

// What Gemini Doctor knows about Google's models: data with its sources and date, never a guess
// in code. The app's suggestions, the checks' default model, the simulator's model list and the
// classifier's "retired" all read the same data.
class ModelKnowledge final
{
public:
    static const ModelKnowledge &builtIn();
    [[nodiscard]] static std::optional<ModelKnowledge> fromJson(const QByteArray &json,
                                                                QString *error);

    QDate asOf() const { return m_asOf; }
    const QList<ModelInfo> &models() const { return m_models; }
    QStringList testPreference() const { return m_preference; }
    QStringList livePreference() const { return m_livePreference; }

    // By name, with or without "models/"; "gemini-1.5-flash-002" and "-latest" fall back to
    // "gemini-1.5-flash" when the exact name is not known.
    [[nodiscard]] std::optional<ModelInfo> find(QStringView name) const;
    // The nearest successor that is neither gone by `today` nor deprecated (following the chain);
    // a deprecated one when the chain ends there.
    [[nodiscard]] QString currentSuccessor(const QString &name, const QDate &today) const;
    // The model to test with when the person named none: the data's first choice among `listed`
    // (the cheapest stable model with no announced shutdown), else the newest stable Flash among
    // `listed` (names without "models/", generateContent only); the data's first choice when the
    // list is empty because it could not be read.
    [[nodiscard]] ModelChoice chooseTestModel(const QStringList &listed, const QDate &today) const;
    // The Live API model to test: among `listed` (models offering bidiGenerateContent), the
    // data's Live preference first, then a stable one, then any; the data's first Live choice
    // when the list is empty.
    [[nodiscard]] ModelChoice chooseLiveModel(const QStringList &listed, const QDate &today) const;
    // Models that support `capability` by the data, best first: among `listed` when the key's list
    // is known, else among the served, stable models (the test preference first).
    [[nodiscard]] QStringList modelsSupporting(const QString &capability, const QDate &today,
                                               const QStringList &listed = {}) const;
    // Whether `answered` is the model `asked` under another name: the same model, a version of it
    // ("-001"), or what an alias points at. Another answering model is a routing.
    [[nodiscard]] bool isSameModel(const QString &asked, const QString &answered) const;
    // Models Google still answers by `today` (itself, or routed to another), for the simulator's
    // list.
    QList<ModelInfo> servedModels(const QDate &today) const;

private:
    QDate m_asOf;
    QStringList m_preference;
    QStringList m_livePreference;
    QList<ModelInfo> m_models;
    QHash<QString, qsizetype> m_index;
};

} // namespace gd
