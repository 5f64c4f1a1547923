// Schemas: the keywords and structure a response schema or a tool's parameters may have, in the
// dialect they are written in (responseSchema and parameters take the API's subset of OpenAPI;
// responseJsonSchema and parametersJsonSchema take JSON Schema).
#include "checks.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gd::inspect {
namespace {

class SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(gd::InspectSchema)
};

// One schema to read, and how to name it to a person.
struct SchemaRoot
{
    QStringList at;
    QJsonObject schema;
    bool jsonSchema = false; // the JSON Schema dialect (responseJsonSchema, parametersJsonSchema)
    Facts values;            // where, tool_index, function_index, function_name
};

QList<SchemaRoot> schemaRoots(const PastedRequest &pasted)
{
    QList<SchemaRoot> roots;
    for (const GenerationRequest &request : generationRequests(pasted)) {
        const Field tools = request.field(u"tools"_s);
        const QJsonArray toolList = tools.value.toArray();
        for (qsizetype t = 0; t < toolList.size(); ++t) {
            const Field declarations =
                fieldOf(toolList.at(t).toObject(), u"functionDeclarations"_s);
            const QJsonArray list = declarations.value.toArray();
            for (qsizetype d = 0; d < list.size(); ++d) {
                const QJsonObject declaration = list.at(d).toObject();
                const QString name = declaration.value(u"name"_s).toString();
                const QStringList at =
                    request.at + QStringList{tools.name, QString::number(t), declarations.name,
                                             QString::number(d)};
                const Facts values{
                    {u"where"_s, SchemaText::tr("the parameters of %1 (tools[%2], function "
                                                "declaration %3)")
                                     .arg(name.isEmpty() ? u"?"_s : name)
                                     .arg(t)
                                     .arg(d)},
                    {u"tool_index"_s, QString::number(t)},
                    {u"function_index"_s, QString::number(d)},
                    {u"function_name"_s, name}};
                for (const bool json : {false, true}) {
                    const Field parameters =
                        fieldOf(declaration, json ? u"parametersJsonSchema"_s : u"parameters"_s);
                    if (parameters.value.isObject())
                        roots.append({at + QStringList{parameters.name},
                                      parameters.value.toObject(), json, values});
                }
            }
        }
        const Field config = request.field(u"generationConfig"_s);
        for (const bool json : {false, true}) {
            const Field schema = fieldOf(config.value.toObject(),
                                         json ? u"responseJsonSchema"_s : u"responseSchema"_s);
            if (schema.value.isObject())
                roots.append({request.at + QStringList{config.name, schema.name},
                              schema.value.toObject(),
                              json,
                              {{u"where"_s, SchemaText::tr("the response schema")}}});
        }
    }
    return roots;
}

// Every schema object under a root (itself, properties, items, anyOf), with where it is.
void walk(const QJsonObject &schema, const QStringList &at, int depth,
          const std::function<void(const QJsonObject &, const QStringList &)> &visit)
{
    if (depth > 64)
        return; // a pasted schema is never this deep; a hostile one may be
    visit(schema, at);
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (it.value().isObject())
            walk(it.value().toObject(), at + QStringList{u"properties"_s, it.key()}, depth + 1,
                 visit);
    }
    if (schema.value(u"items"_s).isObject())
        walk(schema.value(u"items"_s).toObject(), at + QStringList{u"items"_s}, depth + 1, visit);
    for (const char16_t *list : {u"anyOf", u"any_of"}) {
        const QJsonArray alternatives = schema.value(QStringView(list)).toArray();
        for (qsizetype i = 0; i < alternatives.size(); ++i) {
            if (alternatives.at(i).isObject())
                walk(alternatives.at(i).toObject(),
                     at + QStringList{QString::fromUtf16(list), QString::number(i)}, depth + 1,
                     visit);
        }
    }
}

// "schema_keywords": in the OpenAPI dialect, any key not in "allowed" (camelCase or snake_case)
// is refused. Those in "removable" go with a safe fix; const becomes a one-value enum.
void schemaKeywords(const CheckRun &run)
{
    const QStringList allowed = run.params(u"allowed"_s);
    const QStringList removable = run.params(u"removable"_s);
    for (const SchemaRoot &root : schemaRoots(run.request)) {
        if (root.jsonSchema)
            continue;
        walk(root.schema, root.at, 0, [&](const QJsonObject &schema, const QStringList &at) {
            for (auto it = schema.begin(); it != schema.end(); ++it) {
                const QString &keyword = it.key();
                if (allowed.contains(keyword) || allowed.contains(camelCase(keyword)))
                    continue;
                std::optional<SafeFix> fix;
                QString how;
                if (removable.contains(keyword)) {
                    how = SchemaText::tr("left out");
                    fix =
                        SafeFix{SafeFix::Kind::Remove, pointer(at + QStringList{keyword}), {}, {}};
                } else if (keyword == u"const"_s && it.value().isString() &&
                           !schema.contains(u"enum"_s)) {
                    QJsonObject replaced = schema;
                    replaced.remove(keyword);
                    replaced.insert(u"enum"_s, QJsonArray{it.value()});
                    fix = SafeFix{SafeFix::Kind::Set, pointer(at), replaced, {}};
                    how = SchemaText::tr("made a one-value enum");
                }
                Facts values = root.values;
                values.insert(u"keyword"_s, keyword);
                values.insert(u"how"_s, how);
                run.add(at + QStringList{keyword}, values, fix);
            }
        });
    }
}

QString typeOf(const QJsonObject &schema)
{
    return schema.value(u"type"_s).toString().toLower();
}

// "schema_structure" with "case": enum_type, properties_type, required_defined, enum_empty,
// array_items. The OpenAPI dialect only: JSON Schema has its own rules.
void schemaStructure(const CheckRun &run)
{
    const QString rule = run.param(u"case"_s);
    for (const SchemaRoot &root : schemaRoots(run.request)) {
        if (root.jsonSchema)
            continue;
        walk(root.schema, root.at, 0, [&](const QJsonObject &schema, const QStringList &at) {
            Facts values = root.values;
            const QString type = typeOf(schema);
            values.insert(u"type"_s, schema.value(u"type"_s).toString());
            if (rule == u"enum_type"_s && schema.contains(u"enum"_s) && !type.isEmpty() &&
                type != u"string"_s) {
                run.add(at + QStringList{u"enum"_s}, values);
            } else if (rule == u"properties_type"_s && schema.contains(u"properties"_s) &&
                       !type.isEmpty() && type != u"object"_s) {
                run.add(at + QStringList{u"properties"_s}, values);
            } else if (rule == u"enum_empty"_s && schema.value(u"enum"_s).isArray() &&
                       schema.value(u"enum"_s).toArray().isEmpty()) {
                run.add(at + QStringList{u"enum"_s}, values);
            } else if (rule == u"array_items"_s && type == u"array"_s &&
                       !schema.contains(u"items"_s)) {
                run.add(at, values);
            } else if (rule == u"required_defined"_s) {
                const QJsonObject properties = schema.value(u"properties"_s).toObject();
                const QJsonArray required = schema.value(u"required"_s).toArray();
                for (qsizetype i = 0; i < required.size(); ++i) {
                    if (properties.contains(required.at(i).toString()))
                        continue;
                    Facts named = values;
                    named.insert(u"property"_s, required.at(i).toString());
                    run.add(at + QStringList{u"required"_s, QString::number(i)}, named);
                }
            }
        });
    }
}

} // namespace

void addSchemaChecks(QHash<QString, Check> &checks)
{
    checks.insert(u"schema_keywords"_s, schemaKeywords);
    checks.insert(u"schema_structure"_s, schemaStructure);
}

} // namespace gd::inspect
