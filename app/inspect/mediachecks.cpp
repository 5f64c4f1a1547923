// Files in a request: their MIME types, and how many of a kind one request may carry.
#include "checks.h"

#include <QJsonArray>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace gd::inspect {
namespace {

struct MediaPart
{
    QStringList at; // the mimeType field
    QString mimeType;
};

QList<MediaPart> mediaParts(const GenerationRequest &request)
{
    QList<MediaPart> media;
    for (qsizetype i = 0; i < request.turns.size(); ++i) {
        const QJsonArray parts = partsOf(request.turns.at(i).toObject());
        for (qsizetype j = 0; j < parts.size(); ++j) {
            const QJsonObject part = parts.at(j).toObject();
            for (const QString &kind : {u"inlineData"_s, u"fileData"_s}) {
                const Field data = fieldOf(part, kind);
                if (!data.value.isObject())
                    continue;
                const Field mime = fieldOf(data.value.toObject(), u"mimeType"_s);
                if (mime.value.isString())
                    media.append(
                        {request.turnsAt + QStringList{QString::number(i), u"parts"_s,
                                                       QString::number(j), data.name, mime.name},
                         mime.value.toString().trimmed()});
            }
        }
    }
    return media;
}

// "image/*" takes every image type; "application/pdf" only itself.
bool matches(const QString &type, const QStringList &accepted)
{
    const QString lower = type.toLower();
    return std::any_of(accepted.cbegin(), accepted.cend(), [&lower](const QString &pattern) {
        const QString p = pattern.toLower();
        return p.endsWith(u"/*"_s) ? lower.startsWith(p.chopped(1)) : lower == p;
    });
}

// "mime_type" with "case": bare ("png" for image/png: a safe fix writes the whole type) or
// unsupported (not a type the model reads by the model data, an error; else not in the
// documented "types", a warning).
void mimeType(const CheckRun &run)
{
    const QString rule = run.param(u"case"_s);
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const auto model = run.model(request.model);
        const QStringList modelTypes = model ? model->inputMimeTypes() : QStringList();
        for (const MediaPart &part : mediaParts(request)) {
            const bool bare = !part.mimeType.contains(u'/');
            if (rule == u"bare"_s && bare) {
                const QMimeType whole = QMimeDatabase().mimeTypeForFile(
                    u"file."_s + part.mimeType.toLower(), QMimeDatabase::MatchExtension);
                std::optional<SafeFix> fix;
                if (!whole.isDefault())
                    fix = SafeFix{SafeFix::Kind::Set, pointer(part.at), whole.name(), {}};
                run.add(part.at,
                        {{u"mime_type"_s, part.mimeType},
                         {u"whole"_s, whole.isDefault() ? u"type/subtype"_s : whole.name()}},
                        fix);
            } else if (rule == u"unsupported"_s && !bare) {
                if (!modelTypes.isEmpty()) {
                    if (!matches(part.mimeType, modelTypes))
                        run.add(part.at, {{u"mime_type"_s, part.mimeType},
                                          {u"model"_s, request.model},
                                          {u"types"_s, modelTypes.join(u", "_s)}});
                } else if (!matches(part.mimeType, run.params(u"types"_s))) {
                    run.add(part.at,
                            {{u"mime_type"_s, part.mimeType},
                             {u"types"_s, run.params(u"types"_s).join(u", "_s)}},
                            {}, false);
                }
            }
        }
    }
}

// "media_count": more files of "kind" (video, image, audio) than the model takes in one request
// (the model data's "max_<kind>s_per_request", else "limit").
void mediaCount(const CheckRun &run)
{
    const QString kind = run.param(u"kind"_s);
    for (const GenerationRequest &request : generationRequests(run.request)) {
        const QList<MediaPart> media = mediaParts(request);
        const qsizetype count =
            std::count_if(media.cbegin(), media.cend(), [&kind](const MediaPart &p) {
                return p.mimeType.startsWith(kind + u'/', Qt::CaseInsensitive);
            });
        const auto model = run.model(request.model);
        const int fromModel =
            model ? model->capabilities.value(u"max_%1s_per_request"_s.arg(kind)).toInt() : 0;
        const int limit = fromModel > 0 ? fromModel : run.rule.params.value(u"limit"_s).toInt();
        if (limit > 0 && count > limit)
            run.add(request.turnsAt, {{u"count"_s, QString::number(count)},
                                      {u"limit"_s, QString::number(limit)},
                                      {u"kind"_s, kind}});
    }
}

} // namespace

void addMediaChecks(QHash<QString, Check> &checks)
{
    checks.insert(u"mime_type"_s, mimeType);
    checks.insert(u"media_count"_s, mediaCount);
}

} // namespace gd::inspect
