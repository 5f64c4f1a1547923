#include "modelknowledge.h"

#include "base/idtable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

constexpr IdName<ModelState> kStateIds[] = {
    {ModelState::Stable, "stable"_L1},
    {ModelState::Preview, "preview"_L1},
    {ModelState::Experimental, "experimental"_L1},
    {ModelState::Deprecated, "deprecated"_L1},
    {ModelState::Retired, "retired"_L1},
    {ModelState::ShutDown, "shut_down"_L1},
    {ModelState::Alias, "alias"_L1},
};

constexpr IdName<ModelChoice::Reason> kReasonIds[] = {
    {ModelChoice::Reason::Person, "person"_L1},
    {ModelChoice::Reason::Listed, "listed"_L1},
    {ModelChoice::Reason::Data, "data"_L1},
};

ModelState stateFromId(const QString &id)
{
    return valueOf(kStateIds, id).value_or(ModelState::Unknown);
}

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

ModelInfo modelFromJson(const QJsonObject &object)
{
    ModelInfo model;
    model.name = object.value(u"name"_s).toString();
    model.family = object.value(u"family"_s).toString();
    model.kind = object.value(u"kind"_s).toString();
    model.state = stateFromId(object.value(u"state"_s).toString());
    model.released = dateOf(object.value(u"released"_s));
    model.deprecated = dateOf(object.value(u"deprecated"_s));
    model.shutdown = dateOf(object.value(u"shutdown"_s));
    model.successor = object.value(u"successor"_s).toString();
    model.routedTo = object.value(u"routed_to"_s).toString();
    model.routedSince = dateOf(object.value(u"routed_since"_s));
    model.aliasOf = object.value(u"alias_of"_s).toString();
    model.thinking = object.value(u"thinking"_s).toString();
    model.capabilities = object.value(u"capabilities"_s).toObject();
    for (const QJsonValue &method : object.value(u"methods"_s).toArray())
        model.methods.append(method.toString());
    model.live = object.value(u"live"_s).toBool();
    model.nativeAudio = object.value(u"native_audio"_s).toBool();
    if (object.value(u"free_tier"_s).isBool())
        model.freeTier = object.value(u"free_tier"_s).toBool();
    if (object.value(u"min_cache_tokens"_s).isDouble())
        model.minCacheTokens = object.value(u"min_cache_tokens"_s).toInt();
    model.source = object.value(u"source"_s).toString();
    return model;
}

// "gemini-3.5-flash" → 3.5; only plain stable Flash names (no -lite, -preview, date or alias).
std::optional<QVersionNumber> stableFlashVersion(const QString &name, bool lite)
{
    static const QRegularExpression flash(uR"re(^gemini-(\d+(?:\.\d+)?)-flash$)re"_s);
    static const QRegularExpression flashLite(uR"re(^gemini-(\d+(?:\.\d+)?)-flash-lite$)re"_s);
    const auto match = (lite ? flashLite : flash).match(name);
    if (!match.hasMatch())
        return std::nullopt;
    return QVersionNumber::fromString(match.captured(1));
}

} // namespace

bool ModelInfo::isGone(const QDate &today) const
{
    if (state == ModelState::Retired || state == ModelState::ShutDown)
        return true;
    return shutdown.isValid() && today.isValid() && shutdown <= today;
}

std::optional<bool> ModelInfo::supports(const QString &capability) const
{
    const QJsonValue value = capabilities.value(capability);
    if (value.isBool())
        return value.toBool();
    const QJsonValue tools = capabilities.value(u"built_in_tools"_s);
    if (value.isUndefined() && tools.isArray()) // a built-in tool such as "code_execution"
        return tools.toArray().contains(capability);
    return std::nullopt;
}

QStringList ModelInfo::inputMimeTypes() const
{
    QStringList types;
    for (const QJsonValue &type : capabilities.value(u"input_mime_types"_s).toArray())
        types.append(type.toString());
    return types;
}

QString modelChoiceReasonId(ModelChoice::Reason reason)
{
    return idOf(kReasonIds, reason);
}

std::optional<ModelChoice::Reason> modelChoiceReasonFromId(QStringView id)
{
    return valueOf(kReasonIds, id);
}

const ModelKnowledge &ModelKnowledge::builtIn()
{
    static const ModelKnowledge knowledge = [] {
        QFile file(u":/gemini-doctor/models.json"_s);
        QString error;
        std::optional<ModelKnowledge> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        if (!loaded)
            qWarning("The built-in model knowledge could not be read: %s", qPrintable(error));
        return loaded.value_or(ModelKnowledge());
    }();
    return knowledge;
}

std::optional<ModelKnowledge> ModelKnowledge::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.isEmpty()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    ModelKnowledge knowledge;
    knowledge.m_asOf = dateOf(root.value(u"as_of"_s));
    for (const QJsonValue &name : root.value(u"default_test_preference"_s).toArray())
        knowledge.m_preference.append(name.toString());
    for (const QJsonValue &name : root.value(u"default_live_preference"_s).toArray())
        knowledge.m_livePreference.append(name.toString());
    for (const QJsonValue &value : root.value(u"models"_s).toArray()) {
        ModelInfo model = modelFromJson(value.toObject());
        if (model.name.isEmpty())
            continue;
        knowledge.m_index.insert(model.name, knowledge.m_models.size());
        knowledge.m_models.append(model);
    }
    if (!knowledge.m_asOf.isValid() || knowledge.m_models.isEmpty()) {
        if (error)
            *error = u"as_of or models missing"_s;
        return std::nullopt;
    }
    return knowledge;
}

std::optional<ModelInfo> ModelKnowledge::find(QStringView name) const
{
    QString key = name.trimmed().toString();
    if (key.startsWith(u"models/"_s))
        key.remove(0, 7);
    if (const auto it = m_index.constFind(key); it != m_index.cend())
        return m_models.at(*it);
    // Versioned and alias names of a documented model: "-001", "-002", "-latest".
    static const QRegularExpression suffix(uR"re(-(?:\d{3}|latest)$)re"_s);
    const QString base = QString(key).remove(suffix);
    if (base != key) {
        if (const auto it = m_index.constFind(base); it != m_index.cend())
            return m_models.at(*it);
    }
    return std::nullopt;
}

QString ModelKnowledge::currentSuccessor(const QString &name, const QDate &today) const
{
    // A deprecated successor is passed over for its own successor when there is one.
    QString best;
    std::optional<ModelInfo> model = find(name);
    for (int hop = 0; model && !model->successor.isEmpty() && hop < 10; ++hop) {
        const QString successor = model->successor;
        model = find(successor);
        if (!model)
            return successor;
        if (!model->isGone(today)) {
            best = successor;
            if (model->state != ModelState::Deprecated)
                return best;
        }
    }
    return best;
}

ModelChoice ModelKnowledge::chooseTestModel(const QStringList &listed, const QDate &today) const
{
    // A listed model is served, whatever a date in this data says; a model the data calls gone
    // or deprecated (Google may answer it with another model) is only the last resort.
    for (const bool skipGone : {true, false}) {
        auto usable = [this, &today, skipGone](const QString &name) {
            const auto known = find(name);
            return !skipGone || !known ||
                   (!known->isGone(today) && known->state != ModelState::Deprecated);
        };
        // The data's first choice the key lists: the cheapest stable model with no shutdown.
        for (const QString &name : m_preference) {
            if (listed.contains(name) && usable(name))
                return {name, ModelChoice::Reason::Listed};
        }
        // Then the newest stable Flash the key lists, even one newer than this data; Flash-Lite.
        for (const bool lite : {false, true}) {
            QString best;
            QVersionNumber bestVersion;
            for (const QString &name : listed) {
                const auto version = stableFlashVersion(name, lite);
                if (version && usable(name) && *version > bestVersion) {
                    best = name;
                    bestVersion = *version;
                }
            }
            if (!best.isEmpty())
                return {best, ModelChoice::Reason::Listed};
        }
    }
    if (!listed.isEmpty())
        return {listed.constFirst(), ModelChoice::Reason::Listed};
    for (const QString &name : m_preference) {
        const auto known = find(name);
        if (!known || !known->isGone(today))
            return {name, ModelChoice::Reason::Data};
    }
    return {m_preference.value(0), ModelChoice::Reason::Data};
}

ModelChoice ModelKnowledge::chooseLiveModel(const QStringList &listed, const QDate &today) const
{
    for (const QString &name : m_livePreference) {
        if (listed.contains(name))
            return {name, ModelChoice::Reason::Listed};
    }
    // A Live model newer than this data: a listed stable one, then whatever is listed.
    for (const QString &name : listed) {
        const auto known = find(name);
        if (!known || (known->state == ModelState::Stable && !known->isGone(today)))
            return {name, ModelChoice::Reason::Listed};
    }
    if (!listed.isEmpty())
        return {listed.constFirst(), ModelChoice::Reason::Listed};
    for (const QString &name : m_livePreference) {
        const auto known = find(name);
        if (!known || !known->isGone(today))
            return {name, ModelChoice::Reason::Data};
    }
    return {m_livePreference.value(0), ModelChoice::Reason::Data};
}

QStringList ModelKnowledge::modelsSupporting(const QString &capability, const QDate &today,
                                             const QStringList &listed) const
{
    QStringList candidates = listed;
    if (candidates.isEmpty()) {
        candidates = m_preference;
        for (const ModelInfo &model : m_models) {
            if (model.state == ModelState::Stable && !model.isGone(today) &&
                !candidates.contains(model.name))
                candidates.append(model.name);
        }
    }
    QStringList supporting;
    for (const QString &name : std::as_const(candidates)) {
        const auto model = find(name);
        if (model && model->supports(capability).value_or(false) && !model->isGone(today) &&
            model->state != ModelState::Deprecated)
            supporting.append(name);
    }
    return supporting;
}

bool ModelKnowledge::isSameModel(const QString &asked, const QString &answered) const
{
    auto bare = [](QString name) {
        name = name.trimmed();
        if (name.startsWith(u"models/"_s))
            name.remove(0, 7);
        return name;
    };
    const QString a = bare(asked);
    const QString b = bare(answered);
    if (a.isEmpty() || b.isEmpty() || a == b)
        return true;
    // A version of the model asked: "gemini-3.6-flash-001", "gemini-3.6-flash-preview-09-2026".
    static const QRegularExpression version(
        uR"re(^(?:\d{3}|(?:preview|exp)(?:-\w+)*|\d{2}-\d{2,4})$)re"_s);
    if (b.startsWith(a + u'-') && version.match(QStringView(b).mid(a.size() + 1)).hasMatch())
        return true;
    const auto known = find(a);
    // Both the same documented model under their version names ("-001", "-latest").
    if (const auto other = find(b); known && other && known->name == other->name)
        return true;
    if (known && known->state == ModelState::Alias)
        return known->aliasOf.isEmpty() || known->aliasOf == b || b.startsWith(known->aliasOf);
    return false;
}

QList<ModelInfo> ModelKnowledge::servedModels(const QDate &today) const
{
    QList<ModelInfo> served;
    for (const ModelInfo &model : m_models) {
        const bool answered = !model.isGone(today) || !model.routedTo.isEmpty();
        if (answered && model.state != ModelState::Unknown && model.state != ModelState::Alias)
            served.append(model);
    }
    return served;
}

} // namespace gd
