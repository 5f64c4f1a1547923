#include "inspector.h"

#include "checks.h"
#include "jsonpointer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gd {
namespace inspect {
namespace {

QString filled(QString text, const Facts &values)
{
    static const QRegularExpression placeholder(u"\\{([a-z][a-z0-9_]*)\\}"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last) +
                  values.value(match.captured(1));
        last = match.capturedEnd();
    }
    return result + QStringView(text).mid(last);
}

bool usesSnakeCase(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().contains(u'_'))
            return true;
    }
    return false;
}

// A system turn becomes the request's system instruction (appended to one already there).
bool moveToSystemInstruction(QJsonValue &body, const SafeFix &fix)
{
    QJsonValue request = jsonpointer::get(body, fix.request);
    const QJsonObject turn = jsonpointer::get(body, fix.path).toObject();
    if (!request.isObject() || turn.isEmpty() || !fix.path.startsWith(fix.request))
        return false;
    // The turn, relative to the request: "/contents/N".
    if (!jsonpointer::set(request, fix.path.mid(fix.request.size()),
                          QJsonValue(QJsonValue::Undefined)))
        return false;
    QJsonObject object = request.toObject();
    const Field existing = fieldOf(object, u"systemInstruction"_s);
    const QString name = existing.present()      ? existing.name
                         : usesSnakeCase(object) ? u"system_instruction"_s
                                                 : u"systemInstruction"_s;
    QJsonObject instruction = existing.value.toObject();
    QJsonArray parts = instruction.value(u"parts"_s).toArray();
    for (const QJsonValue &part : partsOf(turn))
        parts.append(part);
    instruction.insert(u"parts"_s, parts);
    object.insert(name, instruction);
    if (fix.request.isEmpty()) {
        body = object;
        return true;
    }
    return jsonpointer::set(body, fix.request, object);
}

// Document order of two pointers, array indices compared as numbers.
bool before(const QString &left, const QString &right)
{
    const QStringList a = jsonpointer::split(left).value_or(QStringList());
    const QStringList b = jsonpointer::split(right).value_or(QStringList());
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a.at(i) == b.at(i))
            continue;
        bool numbers = false;
        bool other = false;
        const qlonglong x = a.at(i).toLongLong(&numbers);
        const qlonglong y = b.at(i).toLongLong(&other);
        return numbers && other ? x < y : a.at(i) < b.at(i);
    }
    return a.size() < b.size();
}

// Every place above a pointer: "/a/0/b" → "", "/a", "/a/0".
QStringList ancestors(const QString &path)
{
    QStringList places;
    qsizetype slash = path.lastIndexOf(u'/');
    while (slash >= 0) {
        places.append(path.left(slash));
        slash = slash == 0 ? -1 : path.lastIndexOf(u'/', slash - 1);
    }
    return places;
}

// The fixes of one round, none overlapping. The edits are made together, so a long history with
// a fix in every turn is not copied once per turn.
bool applyAll(QJsonValue &body, const QList<const Finding *> &fixes, QList<FixChange> &changes)
{
    QList<std::pair<QString, QJsonValue>> edits;
    int applied = 0;
    for (const Finding *finding : fixes) {
        const SafeFix &fix = *finding->safeFix;
        if (fix.kind == SafeFix::Kind::MoveToSystemInstruction)
            // Alone at its request this round: it edits two places there.
            applied += moveToSystemInstruction(body, fix) ? 1 : 0;
        else
            edits.append({fix.path, fix.kind == SafeFix::Kind::Remove
                                        ? QJsonValue(QJsonValue::Undefined)
                                        : fix.value});
    }
    applied += jsonpointer::setAll(body, edits);
    for (const Finding *finding : fixes)
        changes.append({finding->path, finding->fixed});
    return applied > 0;
}

} // namespace

std::optional<ModelInfo> CheckRun::model(const QString &name) const
{
    return models.find(name.isEmpty() ? request.model : name);
}

void CheckRun::add(const QStringList &at, const Facts &values, std::optional<SafeFix> fix,
                   bool sure) const
{
    Finding finding;
    finding.rule = rule.id;
    finding.category = rule.category;
    finding.error = rule.error && sure;
    finding.path = pointer(at);
    Facts all = values;
    all.insert(u"model"_s, values.value(u"model"_s, request.model));
    // "{where} uses …" begins with a word in lower case; a model name keeps its own case.
    const bool capitalise =
        rule.message.startsWith(u"{where}"_s) || rule.message.startsWith(u"In {where}"_s);
    finding.message = filled(rule.message, all);
    if (capitalise && !finding.message.isEmpty())
        finding.message[0] = finding.message.at(0).toUpper();
    if (!sure)
        finding.message += u' ' + filled(book.note(u"model_data_silent"_s), all);
    finding.fix = filled(rule.fix, all);
    if (fix && !rule.fixed.isEmpty()) {
        finding.fixed = filled(rule.fixed, all);
        if (rule.fixed.startsWith(u"{where}"_s))
            finding.fixed[0] = finding.fixed.at(0).toUpper();
        finding.safeFix = fix;
    }
    findings.append(finding);
}

QStringList CheckRun::params(const QString &name) const
{
    QStringList values;
    for (const QJsonValue &value : rule.params.value(name).toArray())
        values.append(value.toString());
    return values;
}

const QHash<QString, Check> &allChecks()
{
    static const QHash<QString, Check> checks = [] {
        QHash<QString, Check> all;
        addHistoryChecks(all);
        addSchemaChecks(all);
        addFeatureChecks(all);
        addMediaChecks(all);
        addSurfaceChecks(all);
        return all;
    }();
    return checks;
}

bool needsModel(const QString &check)
{
    static const QStringList needing = {
        u"feature_capability"_s, u"model_parameter"_s, u"model_thinking"_s, u"speech"_s,
        u"model_state"_s,        u"model_method"_s,    u"live_modality"_s};
    return needing.contains(check);
}

QJsonArray partsOf(const QJsonObject &turn)
{
    return turn.value(u"parts"_s).toArray();
}

bool hasPart(const QJsonObject &part, const QString &camelName)
{
    return fieldOf(part, camelName).present();
}

QString pointer(const QStringList &at)
{
    return jsonpointer::join(at);
}

} // namespace inspect

Inspector::Inspector(const RuleBook &rules, const ModelKnowledge &models)
    : m_rules(rules), m_models(models)
{}

QList<Finding> Inspector::find(const PastedRequest &request, const InspectOptions &options,
                               bool modelRules) const
{
    QList<Finding> findings;
    for (const Rule &rule : m_rules.rules()) {
        if (!rule.appliesTo(request.bodyKind))
            continue;
        if (!modelRules && inspect::needsModel(rule.check))
            continue;
        const auto check = inspect::allChecks().constFind(rule.check);
        if (check == inspect::allChecks().cend())
            continue;
        (*check)({request, rule, options, m_models, m_rules, findings});
    }
    return findings;
}

Inspection Inspector::inspect(const PastedRequest &pasted, const InspectOptions &given) const
{
    InspectOptions options = given;
    if (!options.today.isValid())
        options.today = QDate::currentDate();
    Inspection inspection;
    inspection.request = pasted;
    PastedRequest &request = inspection.request;
    if (request.model.isEmpty() && !options.model.isEmpty()) {
        request.model = options.model.trimmed().remove(u"models/"_s);
        request.modelSource = u"option"_s;
    }
    const auto known = m_models.find(request.model);
    inspection.modelRulesApplied = known.has_value();
    if (request.model.isEmpty())
        inspection.modelRulesNote = Inspection::tr(
            "No model is named (in the request, or as the model to assume): the rules of a "
            "model's own capabilities, limits and state were skipped.");
    else if (!known)
        inspection.modelRulesNote =
            Inspection::tr("%1 is not in Gemini Doctor's model data of %2: the rules of a "
                           "model's own capabilities, limits and state were skipped.")
                .arg(request.model, m_models.asOf().toString(Qt::ISODate));
    inspection.findings = find(request, options, inspection.modelRulesApplied);
    // In the order of the request, so a person reads them from the top.
    std::stable_sort(
        inspection.findings.begin(), inspection.findings.end(),
        [](const Finding &a, const Finding &b) { return inspect::before(a.path, b.path); });

    if (options.fix) {
        // The last fix in the request first: dropping a turn never moves the places of the
        // fixes still to come, so every change names its place in the request as pasted. Fixes
        // that touch separate places go in one round; one that overlaps waits for the next.
        PastedRequest current = request;
        for (int round = 0; round < 100; ++round) {
            QList<Finding> fixable = find(current, options, inspection.modelRulesApplied);
            fixable.removeIf([](const Finding &f) { return !f.safeFix; });
            std::sort(fixable.begin(), fixable.end(), [](const Finding &a, const Finding &b) {
                return inspect::before(b.safeFix->path, a.safeFix->path);
            });
            QSet<QString> removed; // what the Remove fixes take away
            for (const Finding &finding : std::as_const(fixable)) {
                if (finding.safeFix->kind == SafeFix::Kind::Remove)
                    removed.insert(finding.safeFix->path);
            }
            QSet<QString> edited;  // the places changed this round
            QSet<QString> touched; // and every place above them
            QList<const Finding *> accepted;
            for (const Finding &finding : std::as_const(fixable)) {
                const SafeFix &fix = *finding.safeFix;
                const QString place =
                    fix.kind == SafeFix::Kind::MoveToSystemInstruction ? fix.request : fix.path;
                const QStringList above = inspect::ancestors(fix.path);
                const QStringList placeAbove = inspect::ancestors(place);
                // A fix inside something another fix removes is not worth making (nor saying);
                // one that overlaps another this round waits for the next.
                const bool removedAnyway =
                    std::any_of(above.cbegin(), above.cend(),
                                [&removed](const QString &p) { return removed.contains(p); });
                const bool overlaps =
                    touched.contains(place) || edited.contains(place) ||
                    std::any_of(placeAbove.cbegin(), placeAbove.cend(),
                                [&edited](const QString &p) { return edited.contains(p); });
                if (removedAnyway || overlaps)
                    continue;
                edited.insert(place);
                for (const QString &p : placeAbove)
                    touched.insert(p);
                accepted.append(&finding);
            }
            if (!inspect::applyAll(current.body, accepted, inspection.changes))
                break;
        }
        std::stable_sort(
            inspection.changes.begin(), inspection.changes.end(),
            [](const FixChange &a, const FixChange &b) { return inspect::before(a.path, b.path); });
        inspection.fixed = current.body;
    }
    return inspection;
}

} // namespace gd
