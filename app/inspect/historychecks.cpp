// The conversation history: roles, contents, parts, and function calls with their responses.
#include "checks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gd::inspect {
namespace {

QString index(qsizetype i)
{
    return QString::number(i);
}

// "role": params "match" (flag these roles) or "allowed" (flag every other, but "except");
// "map" makes a flagged role a safe fix; "to_system_instruction" moves the turn instead.
void role(const CheckRun &run)
{
    const QStringList match = run.params(u"match"_s);
    const QStringList allowed = run.params(u"allowed"_s);
    const QStringList except = run.params(u"except"_s);
    const QJsonObject map = run.rule.params.value(u"map"_s).toObject();
    const bool toSystem = run.rule.params.value(u"to_system_instruction"_s).toBool();
    for (const GenerationRequest &request : generationRequests(run.request)) {
        for (qsizetype i = 0; i < request.turns.size(); ++i) {
            const QString role = request.turns.at(i)[u"role"_s].toString();
            if (role.isEmpty() || except.contains(role))
                continue;
            const bool flagged =
                match.contains(role) || (!allowed.isEmpty() && !allowed.contains(role));
            if (!flagged)
                continue;
            const QStringList at = request.turnsAt + QStringList{index(i), u"role"_s};
            std::optional<SafeFix> fix;
            const QString to = map.value(role).toString();
            if (!to.isEmpty())
                fix = SafeFix{SafeFix::Kind::Set, pointer(at), to, {}};
            else if (toSystem && !request.live)
                fix = SafeFix{SafeFix::Kind::MoveToSystemInstruction,
                              pointer(request.turnsAt + QStringList{index(i)}),
                              {},
                              pointer(request.at)};
            run.add(at, {{u"index"_s, index(i)}, {u"role"_s, role}, {u"to"_s, to}}, fix);
        }
    }
}

void contentsPresent(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        if (request.live && !request.hasTurns)
            continue; // a Live setup carries no conversation
        if (request.turns.isEmpty())
            run.add(request.turnsAt, {});
    }
}

// A turn without parts: a safe fix drops the turn.
void partsPresent(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        for (qsizetype i = 0; i < request.turns.size(); ++i) {
            const QJsonObject turn = request.turns.at(i).toObject();
            if (!partsOf(turn).isEmpty())
                continue;
            const QStringList turnAt = request.turnsAt + QStringList{index(i)};
            run.add(turn.contains(u"parts"_s) ? turnAt + QStringList{u"parts"_s} : turnAt,
                    {{u"index"_s, index(i)}},
                    SafeFix{SafeFix::Kind::Remove, pointer(turnAt), {}, {}});
        }
    }
}

// A part with none of the data fields ("fields"): a safe fix drops the part.
void partData(const CheckRun &run)
{
    const QStringList fields = run.params(u"fields"_s);
    for (const GenerationRequest &request : generationRequests(run.request)) {
        for (qsizetype i = 0; i < request.turns.size(); ++i) {
            const QJsonArray parts = partsOf(request.turns.at(i).toObject());
            for (qsizetype j = 0; j < parts.size(); ++j) {
                const QJsonObject part = parts.at(j).toObject();
                const bool data =
                    std::any_of(fields.cbegin(), fields.cend(),
                                [&part](const QString &f) { return hasPart(part, f); });
                if (data)
                    continue;
                const QStringList at =
                    request.turnsAt + QStringList{index(i), u"parts"_s, index(j)};
                run.add(at, {{u"index"_s, index(i)}, {u"part"_s, index(j)}},
                        SafeFix{SafeFix::Kind::Remove, pointer(at), {}, {}});
            }
        }
    }
}

qsizetype countParts(const QJsonObject &turn, const QString &kind)
{
    const QJsonArray parts = partsOf(turn);
    return std::count_if(parts.cbegin(), parts.cend(), [&kind](const QJsonValue &part) {
        return hasPart(part.toObject(), kind);
    });
}

// A turn of function calls comes right after a user turn or a turn of function responses.
void functionCallOrder(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        for (qsizetype i = 0; i < request.turns.size(); ++i) {
            const QJsonObject turn = request.turns.at(i).toObject();
            if (countParts(turn, u"functionCall"_s) == 0)
                continue;
            const QString before =
                i == 0 ? QString() : request.turns.at(i - 1)[u"role"_s].toString(u"user"_s);
            if (i > 0 && before != u"model"_s)
                continue;
            run.add(request.turnsAt + QStringList{index(i)}, {{u"index"_s, index(i)}});
        }
    }
}

// The turn after N function calls holds N function responses.
void functionResponseCount(const CheckRun &run)
{
    for (const GenerationRequest &request : generationRequests(run.request)) {
        for (qsizetype i = 0; i + 1 < request.turns.size(); ++i) {
            const qsizetype calls = countParts(request.turns.at(i).toObject(), u"functionCall"_s);
            if (calls == 0)
                continue;
            const qsizetype responses =
                countParts(request.turns.at(i + 1).toObject(), u"functionResponse"_s);
            if (responses == calls)
                continue;
            run.add(request.turnsAt + QStringList{index(i + 1)},
                    {{u"index"_s, index(i + 1)},
                     {u"calls"_s, QString::number(calls)},
                     {u"responses"_s, QString::number(responses)},
                     {u"call_turn"_s, index(i)}});
        }
    }
}

} // namespace

void addHistoryChecks(QHash<QString, Check> &checks)
{
    checks.insert(u"role"_s, role);
    checks.insert(u"contents_present"_s, contentsPresent);
    checks.insert(u"parts_present"_s, partsPresent);
    checks.insert(u"part_data"_s, partData);
    checks.insert(u"function_call_order"_s, functionCallOrder);
    checks.insert(u"function_response_count"_s, functionResponseCount);
}

} // namespace gd::inspect
