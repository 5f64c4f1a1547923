// Features and the model: combinations a model refuses, its capabilities, parameters and thinking
// settings, speech models, and whether the model is retired, routed or lacks the method.
#include "checks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gd::inspect {
namespace {

const QStringList &builtInTools()
{
    static const QStringList tools = {u"googleSearch"_s, u"googleSearchRetrieval"_s,
                                      u"urlContext"_s,   u"codeExecution"_s,
                                      u"fileSearch"_s,   u"googleMaps"_s,
                                      u"computerUse"_s};
    return tools;
}

bool anyTool(const GenerationRequest &request, const std::function<bool(const QJsonObject &)> &is)
{
    const QJsonArray tools = request.field(u"tools"_s).value.toArray();
    return std::any_of(tools.cbegin(), tools.cend(),
                       [&is](const QJsonValue &tool) { return is(tool.toObject()); });
}

// Where a feature sits in the request (JSON Pointer tokens below it), or nothing when it is not
// used. The features: function_declarations, builtin_tools, code_execution, json_response,
// cached_content, system_instruction, tools_or_tool_config, thinking_config.
std::optional<QStringList> featureAt(const GenerationRequest &request, const QString &feature)
{
    const Field tools = request.field(u"tools"_s);
    const Field config = request.field(u"generationConfig"_s);
    if (feature == u"function_declarations"_s && anyTool(request, [](const QJsonObject &tool) {
            return !fieldOf(tool, u"functionDeclarations"_s).value.toArray().isEmpty();
        }))
        return request.at + QStringList{tools.name};
    if (feature == u"builtin_tools"_s && anyTool(request, [](const QJsonObject &tool) {
            return std::any_of(builtInTools().cbegin(), builtInTools().cend(),
                               [&tool](const QString &name) { return hasPart(tool, name); });
        }))
        return request.at + QStringList{tools.name};
    if (feature == u"code_execution"_s &&
        anyTool(request, [](const QJsonObject &tool) { return hasPart(tool, u"codeExecution"_s); }))
        return request.at + QStringList{tools.name};
    if (feature == u"json_response"_s) {
        const QJsonObject generation = config.value.toObject();
        const Field mime = fieldOf(generation, u"responseMimeType"_s);
        if (mime.value.toString() == u"application/json"_s)
            return request.at + QStringList{config.name, mime.name};
        for (const QString &schema : {u"responseSchema"_s, u"responseJsonSchema"_s}) {
            const Field field = fieldOf(generation, schema);
            if (field.present())
                return request.at + QStringList{config.name, field.name};
        }
        return std::nullopt;
    }
    if (feature == u"tools_or_tool_config"_s) {
        if (!tools.value.toArray().isEmpty())
            return request.at + QStringList{tools.name};
        const Field toolConfig = request.field(u"toolConfig"_s);
        if (toolConfig.present())
            return request.at + QStringList{toolConfig.name};
        return std::nullopt;
    }
    if (feature == u"thinking_config"_s) {
        const Field thinking = fieldOf(config.value.toObject(), u"thinkingConfig"_s);
        if (thinking.present())
            return request.at + QStringList{config.name, thinking.name};
        return std::nullopt;
    }
    for (const auto &[name, field] : {std::pair{u"cached_content"_s, u"cachedContent"_s},
                                      std::pair{u"system_instruction"_s, u"systemInstruction"_s}}) {
        if (feature == name) {
            const Field found = request.field(field);
            if (found.present())
                return request.at + QStringList{found.name};
        }
    }
    return std::nullopt;
}

// "feature_pair": "a" and "b" in one request. With "capability", the model data decides: refused
// (an error), supported (nothing), not said or no model (a warning).
void featurePair(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const auto a = featureAt(request, run.param(u"a"_s));
        const auto b = featureAt(request, run.param(u"b"_s));
        if (!a || !b)
            continue;
        const QString capability = run.param(u"capability"_s);
        bool sure = true;
        if (!capability.isEmpty()) {
            const auto model = run.model(request.model);
            const std::optional<bool> supported =
                model ? model->supports(capability) : std::nullopt;
            if (supported == true)
                continue;
            sure = supported.has_value();
        }
        run.add(*b, {{u"model"_s, request.model}}, {}, sure);
    }
}

// "tool_combination_flag": built-in tools with function declarations on a model that combines them
// (the model data), without toolConfig.includeServerSideToolInvocations.
void toolCombinationFlag(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const auto functions = featureAt(request, u"function_declarations"_s);
        const auto model = run.model(request.model);
        if (!functions || !featureAt(request, u"builtin_tools"_s) || !model ||
            model->supports(u"tools_with_function_calling"_s) != true)
            continue;
        const Field toolConfig = request.field(u"toolConfig"_s);
        const Field flag =
            fieldOf(toolConfig.value.toObject(), u"includeServerSideToolInvocations"_s);
        if (flag.value.toBool())
            continue;
        run.add(toolConfig.present() ? request.at + QStringList{toolConfig.name} : *functions,
                {{u"model"_s, model->name}});
    }
}

// "feature_capability": feature "a" on a model the data says lacks "capability" (an error), or,
// when the data does not say, of a family in "families" known to lack it (a warning).
void featureCapability(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const auto a = featureAt(request, run.param(u"a"_s));
        const auto model = run.model(request.model);
        if (!a || !model)
            continue;
        const std::optional<bool> supported = model->supports(run.param(u"capability"_s));
        if (supported == true)
            continue;
        if (!supported && !run.params(u"families"_s).contains(model->family))
            continue;
        run.add(*a, {{u"model"_s, model->name}}, {}, supported.has_value());
    }
}

// "model_parameter": generationConfig fields the model data says the model refuses.
void modelParameter(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const auto model = run.model(request.model);
        if (!model)
            continue;
        QStringList refused;
        for (const QJsonValue &name :
             model->capabilities.value(u"unsupported_parameters"_s).toArray())
            refused.append(name.toString());
        const Field config = request.field(u"generationConfig"_s);
        const QJsonObject generation = config.value.toObject();
        for (auto it = generation.begin(); it != generation.end(); ++it) {
            if (refused.contains(camelCase(it.key())))
                run.add(request.at + QStringList{config.name, it.key()},
                        {{u"parameter"_s, it.key()}, {u"model"_s, model->name}});
        }
    }
}

struct Thinking
{
    QStringList at;
    QJsonObject config;
    Field budget;
    Field level;
};

std::optional<Thinking> thinkingOf(const GenerationRequest &request)
{
    const auto at = featureAt(request, u"thinking_config"_s);
    if (!at)
        return std::nullopt;
    const QJsonObject config =
        request.field(u"generationConfig"_s).value.toObject().value(at->constLast()).toObject();
    return Thinking{*at, config, fieldOf(config, u"thinkingBudget"_s),
                    fieldOf(config, u"thinkingLevel"_s)};
}

// "thinking_both": a budget and a level in one thinkingConfig.
void thinkingBoth(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const auto thinking = thinkingOf(request);
        if (thinking && thinking->budget.present() && thinking->level.present())
            run.add(thinking->at, {});
    }
}

// "model_thinking" with "case": level_unsupported (a level for a model that takes a budget),
// level_value (a level the model does not know), budget_zero (0 for a model that always thinks),
// not_thinking (thinking settings for a model that does not think).
void modelThinking(const CheckRun &run)
{
    const QString rule = run.param(u"case"_s);
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const auto thinking = thinkingOf(request);
        const auto model = run.model(request.model);
        if (!thinking || !model)
            continue;
        const QString control = model->capabilities.value(u"thinking_control"_s).toString();
        const QString level = thinking->level.value.toString();
        Facts values{{u"model"_s, model->name}, {u"level"_s, level}};
        if (rule == u"level_unsupported"_s && thinking->level.present() && control == u"budget"_s) {
            run.add(thinking->at + QStringList{thinking->level.name}, values);
        } else if (rule == u"level_value"_s && thinking->level.present() && control == u"level"_s) {
            QStringList levels;
            for (const QJsonValue &known :
                 model->capabilities.value(u"thinking_levels"_s).toArray())
                levels.append(known.toString().toLower());
            if (!levels.isEmpty() && !levels.contains(level.toLower())) {
                values.insert(u"levels"_s, levels.join(u", "_s));
                run.add(thinking->at + QStringList{thinking->level.name}, values);
            }
        } else if (rule == u"budget_zero"_s && thinking->budget.present() &&
                   thinking->budget.value.toInt(-1) == 0 && model->thinking == u"always"_s) {
            run.add(thinking->at + QStringList{thinking->budget.name}, values);
        } else if (rule == u"not_thinking"_s && model->thinking == u"none"_s) {
            run.add(thinking->at, values);
        }
    }
}

// "speech" with "case": modality (a speech model asked for no AUDIO), voice (no speechConfig).
void speech(const CheckRun &run)
{
    const QString rule = run.param(u"case"_s);
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const auto model = run.model(request.model);
        if (!model || model->kind != u"tts"_s)
            continue;
        const Field config = request.field(u"generationConfig"_s);
        const QJsonObject generation = config.value.toObject();
        const Field modalities = fieldOf(generation, u"responseModalities"_s);
        // Where the missing setting belongs: the field, else generationConfig, else the request.
        const QStringList configAt =
            config.present() ? request.at + QStringList{config.name} : request.at;
        if (rule == u"modality"_s) {
            bool audio = false;
            for (const QJsonValue &modality : modalities.value.toArray())
                audio = audio || modality.toString().compare(u"AUDIO"_s, Qt::CaseInsensitive) == 0;
            if (!audio)
                run.add(modalities.present() ? configAt + QStringList{modalities.name} : configAt,
                        {{u"model"_s, model->name}});
        } else if (rule == u"voice"_s && !fieldOf(generation, u"speechConfig"_s).present()) {
            run.add(configAt, {{u"model"_s, model->name}});
        }
    }
}

// Where the request names its model: the body's "model" (or a Live setup's), else the URL.
QStringList modelAt(const PastedRequest &request)
{
    if (request.modelSource != u"body"_s)
        return {};
    if (request.isLive()) {
        const QJsonArray messages =
            request.body.isArray() ? request.body.toArray() : QJsonArray{request.body};
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (messages.at(i)[u"setup"_s].isObject())
                return request.body.isArray()
                           ? QStringList{QString::number(i), u"setup"_s, u"model"_s}
                           : QStringList{u"setup"_s, u"model"_s};
        }
    }
    return request.body.toObject().contains(u"model"_s) ? QStringList{u"model"_s} : QStringList();
}

// "model_state" with "case": retired (gone, and nothing answers for it), routed (another model
// answers it), deprecated (announced, still served).
void modelState(const CheckRun &run)
{
    const auto model = run.model();
    if (!model)
        return;
    const QString rule = run.param(u"case"_s);
    const QDate today = run.options.today;
    Facts values{{u"model"_s, model->name},
                 {u"successor"_s, run.models.currentSuccessor(model->name, today)},
                 {u"routed_to"_s, model->routedTo},
                 {u"routed_since"_s, model->routedSince.toString(Qt::ISODate)},
                 {u"shutdown"_s, model->shutdown.toString(Qt::ISODate)},
                 {u"knowledge_date"_s, run.models.asOf().toString(Qt::ISODate)}};
    const bool gone = model->isGone(today);
    if ((rule == u"retired"_s && gone && model->routedTo.isEmpty()) ||
        (rule == u"routed"_s && !model->routedTo.isEmpty()) ||
        (rule == u"deprecated"_s && model->state == ModelState::Deprecated && !gone &&
         model->routedTo.isEmpty()))
        run.add(modelAt(run.request), values);
}

// "model_method": the model data lists the model's methods, and not this one.
void modelMethod(const CheckRun &run)
{
    const auto model = run.model();
    const QString method = run.request.method;
    if (!model || model->methods.isEmpty() || method.isEmpty() || method == u"chat.completions"_s ||
        model->state == ModelState::Alias)
        return;
    QString needed = method;
    if (method == u"streamGenerateContent"_s || method == u"batchGenerateContent"_s)
        needed = u"generateContent"_s;
    if (method == u"BidiGenerateContent"_s)
        needed = u"bidiGenerateContent"_s;
    if (model->methods.contains(needed) || (needed == u"bidiGenerateContent"_s && model->live))
        return;
    run.add(modelAt(run.request), {{u"model"_s, model->name},
                                   {u"method"_s, method},
                                   {u"methods"_s, model->methods.join(u", "_s)}});
}

// "model_listed": the key's list is known and lacks the model.
void modelListed(const CheckRun &run)
{
    const QStringList &listed = run.options.listedModels;
    if (listed.isEmpty() || run.request.model.isEmpty() || listed.contains(run.request.model))
        return;
    run.add(modelAt(run.request),
            {{u"model"_s, run.request.model}, {u"listed"_s, QString::number(listed.size())}});
}

} // namespace

void addFeatureChecks(QHash<QString, Check> &checks)
{
    checks.insert(u"feature_pair"_s, featurePair);
    checks.insert(u"feature_capability"_s, featureCapability);
    checks.insert(u"tool_combination_flag"_s, toolCombinationFlag);
    checks.insert(u"model_parameter"_s, modelParameter);
    checks.insert(u"thinking_both"_s, thinkingBoth);
    checks.insert(u"model_thinking"_s, modelThinking);
    checks.insert(u"speech"_s, speech);
    checks.insert(u"model_state"_s, modelState);
    checks.insert(u"model_method"_s, modelMethod);
    checks.insert(u"model_listed"_s, modelListed);
}

} // namespace gd::inspect
