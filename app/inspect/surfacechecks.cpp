// The other doors: batches, the OpenAI-compatible endpoint, the Live API's messages.
#include "checks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gd::inspect {
namespace {

// "batch_size": more requests in one batchEmbedContents call than "limit".
void batchSize(const CheckRun &run)
{
    if (run.request.method != u"batchEmbedContents"_s)
        return;
    const qsizetype count = run.request.body[u"requests"_s].toArray().size();
    const int limit = run.rule.params.value(u"limit"_s).toInt();
    if (limit > 0 && count > limit)
        run.add({u"requests"_s},
                {{u"count"_s, QString::number(count)}, {u"limit"_s, QString::number(limit)}});
}

// "batch_fields" with "case": sdk_config (the SDK's "config" where the REST request has
// generationConfig), cached_in_config (cachedContent inside generationConfig), thinking_outside
// (thinkingConfig beside generationConfig instead of inside it: a safe fix moves it).
void batchFields(const CheckRun &run)
{
    if (run.request.method != u"batchGenerateContent"_s)
        return;
    const QString rule = run.param(u"case"_s);
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const Field config = request.field(u"generationConfig"_s);
        if (rule == u"sdk_config"_s && request.object.contains(u"config"_s)) {
            run.add(request.at + QStringList{u"config"_s}, {});
        } else if (rule == u"cached_in_config"_s) {
            const Field cached = fieldOf(config.value.toObject(), u"cachedContent"_s);
            if (cached.present())
                run.add(request.at + QStringList{config.name, cached.name},
                        {{u"field"_s, cached.name}});
        } else if (rule == u"thinking_outside"_s) {
            const Field thinking = request.field(u"thinkingConfig"_s);
            if (!thinking.present())
                continue;
            QJsonObject moved = request.object;
            QJsonObject generation = config.value.toObject();
            generation.insert(thinking.name, moved.take(thinking.name));
            moved.insert(config.name, generation);
            run.add(request.at + QStringList{thinking.name},
                    {{u"field"_s, thinking.name}, {u"config"_s, config.name}},
                    SafeFix{SafeFix::Kind::Set, pointer(request.at), moved, {}});
        }
    }
}

// "openai_fields": OpenAI-only fields ("refused") sent to Gemini's OpenAI-compatible endpoint.
void openAiFields(const CheckRun &run)
{
    const QStringList refused = run.params(u"refused"_s);
    const QJsonObject body = run.request.body.toObject();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (refused.contains(it.key()))
            run.add({it.key()}, {{u"field"_s, it.key()}});
    }
}

QJsonArray liveMessages(const PastedRequest &request)
{
    return request.body.isArray() ? request.body.toArray() : QJsonArray{request.body};
}

QStringList messageAt(const PastedRequest &request, qsizetype i)
{
    return request.body.isArray() ? QStringList{QString::number(i)} : QStringList();
}

// "live_first_setup": a Live session begins with its setup message.
void liveFirstSetup(const CheckRun &run)
{
    const QJsonArray messages = liveMessages(run.request);
    if (!messages.isEmpty() && !messages.first().toObject().contains(u"setup"_s))
        run.add(messageAt(run.request, 0), {});
}

// "live_field": a field of a Live message ("message", "field") Google has deprecated or renamed
// ("instead").
void liveField(const CheckRun &run)
{
    const QJsonArray messages = liveMessages(run.request);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Field message = fieldOf(messages.at(i).toObject(), run.param(u"message"_s));
        const QJsonObject object = message.value.toObject();
        const QString path = run.param(u"field"_s);
        // "generationConfig.speechConfig": a field below another.
        QStringList at = messageAt(run.request, i) + QStringList{message.name};
        QJsonObject current = object;
        bool found = !object.isEmpty();
        const QStringList names = path.split(u'.');
        for (qsizetype n = 0; found && n < names.size(); ++n) {
            const Field field = fieldOf(current, names.at(n));
            found = field.present();
            at.append(field.name);
            current = field.value.toObject();
        }
        if (found)
            run.add(at, {{u"field"_s, path}, {u"instead"_s, run.param(u"instead"_s)}});
    }
}

// "live_modality": a native-audio Live model asked to answer in text.
void liveModality(const CheckRun &run)
{
    const auto model = run.model();
    if (!model || !model->nativeAudio)
        return;
    for (const GenerationRequest &request : generationRequests(run.request)) {
        if (!request.live)
            continue;
        const Field config = request.field(u"generationConfig"_s);
        const Field modalities = fieldOf(config.value.toObject(), u"responseModalities"_s);
        for (const QJsonValue &modality : modalities.value.toArray()) {
            if (modality.toString().compare(u"TEXT"_s, Qt::CaseInsensitive) == 0)
                run.add(request.at + QStringList{config.name, modalities.name},
                        {{u"model"_s, model->name}});
        }
    }
}

} // namespace

void addSurfaceChecks(QHash<QString, Check> &checks)
{
    checks.insert(u"batch_size"_s, batchSize);
    checks.insert(u"batch_fields"_s, batchFields);
    checks.insert(u"openai_fields"_s, openAiFields);
    checks.insert(u"live_first_setup"_s, liveFirstSetup);
    checks.insert(u"live_field"_s, liveField);
    checks.insert(u"live_modality"_s, liveModality);
}

} // namespace gd::inspect
