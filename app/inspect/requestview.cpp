#include "requestview.h"

using namespace Qt::StringLiterals;

namespace gd {
namespace {

QString snakeCase(const QString &camel)
{
    QString snake;
    for (const QChar c : camel) {
        if (c.isUpper()) {
            snake += u'_';
            snake += c.toLower();
        } else {
            snake += c;
        }
    }
    return snake;
}

QString bareModel(QString name)
{
    if (name.startsWith(u"models/"_s))
        name.remove(0, 7);
    return name;
}

GenerationRequest generationRequest(const QJsonObject &object, const QStringList &at,
                                    const QString &fallbackModel)
{
    GenerationRequest request;
    request.at = at;
    request.object = object;
    const Field contents = fieldOf(object, u"contents"_s);
    request.hasTurns = object.contains(contents.name);
    request.turnsAt = at + QStringList{contents.name};
    request.turns = contents.value.toArray();
    const QString model = bareModel(object.value(u"model"_s).toString());
    request.model = model.isEmpty() ? fallbackModel : model;
    return request;
}

// A countTokens body may wrap its request: {"generateContentRequest": {...}}.
GenerationRequest unwrapCountTokens(const QJsonObject &body, const QString &model)
{
    const Field wrapped = fieldOf(body, u"generateContentRequest"_s);
    if (wrapped.value.isObject())
        return generationRequest(wrapped.value.toObject(), {wrapped.name}, model);
    return generationRequest(body, {}, model);
}

} // namespace

Field fieldOf(const QJsonObject &object, const QString &camelName)
{
    if (object.contains(camelName))
        return {camelName, object.value(camelName)};
    const QString snake = snakeCase(camelName);
    if (object.contains(snake))
        return {snake, object.value(snake)};
    return {camelName, QJsonValue(QJsonValue::Undefined)};
}

QString camelCase(const QString &name)
{
    QString camel;
    bool upper = false;
    for (const QChar c : name) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        camel += upper ? c.toUpper() : c;
        upper = false;
    }
    return camel;
}

QList<GenerationRequest> generationRequests(const PastedRequest &request)
{
    QList<GenerationRequest> requests;
    const QJsonObject body = request.body.toObject();
    if (request.bodyKind == u"generate_content"_s) {
        requests.append(unwrapCountTokens(body, request.model));
    } else if (request.bodyKind == u"batch"_s && request.method == u"batchGenerateContent"_s) {
        // The Batch API: {"requests": [{"request": {...}}]}, {"batch": {"input_config":
        // {"requests": {"requests": [...]}}}}, or the input file's lines {"key", "request"}.
        QStringList at;
        QJsonArray list;
        if (request.body.isArray()) {
            list = request.body.toArray();
        } else if (body.value(u"requests"_s).isArray()) {
            at = {u"requests"_s};
            list = body.value(u"requests"_s).toArray();
        } else {
            const QJsonObject batch = body.value(u"batch"_s).toObject();
            const Field input = fieldOf(batch, u"inputConfig"_s);
            const QJsonObject requestsObject = input.value[u"requests"_s].toObject();
            at = {u"batch"_s, input.name, u"requests"_s, u"requests"_s};
            list = requestsObject.value(u"requests"_s).toArray();
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject item = list.at(i).toObject();
            requests.append(generationRequest(item.value(u"request"_s).toObject(),
                                              at + QStringList{QString::number(i), u"request"_s},
                                              request.model));
        }
    } else if (request.isLive()) {
        // A Live session: its setup (model, generationConfig, systemInstruction, tools), and each
        // clientContent's turns as a conversation of its own.
        const QJsonArray messages =
            request.body.isArray() ? request.body.toArray() : QJsonArray{request.body};
        const bool single = !request.body.isArray();
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QJsonObject message = messages.at(i).toObject();
            const QStringList at = single ? QStringList() : QStringList{QString::number(i)};
            if (message.value(u"setup"_s).isObject()) {
                GenerationRequest setup = generationRequest(message.value(u"setup"_s).toObject(),
                                                            at + QStringList{u"setup"_s}, {});
                setup.hasTurns = false;
                setup.live = true;
                requests.append(setup);
            }
            const Field content = fieldOf(message, u"clientContent"_s);
            if (content.value.isObject()) {
                GenerationRequest turns;
                turns.at = at + QStringList{content.name};
                turns.object = content.value.toObject();
                turns.turnsAt = turns.at + QStringList{u"turns"_s};
                turns.turns = turns.object.value(u"turns"_s).toArray();
                turns.hasTurns = turns.object.contains(u"turns"_s);
                turns.model = request.model;
                turns.live = true;
                requests.append(turns);
            }
        }
    }
    return requests;
}

} // namespace gd
