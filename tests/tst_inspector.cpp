#include "inspect/inspector.h"
#include "inspect/jsonpointer.h"
#include "inspect/requestreader.h"
#include "inspect/rulebook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    QString rule;
    bool error = true;
};

gd::Inspection inspected(const QByteArray &input, const QString &model = {},
                         const QStringList &listed = {}, bool fix = false)
{
    QString whyNot;
    const auto request = gd::readRequest(input, &whyNot);
    if (!request)
        qFatal("not a request: %s", qPrintable(whyNot));
    gd::InspectOptions options;
    options.model = model;
    options.listedModels = listed;
    options.today = QDate(2026, 12, 2);
    options.fix = fix;
    return gd::Inspector().inspect(*request, options);
}

// The rules each row of the table below proves, gathered to check every rule has one.
QSet<QString> &provenRules()
{
    static QSet<QString> rules;
    return rules;
}

QByteArray json(const char *text)
{
    return QByteArray(text);
}

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestInspector final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inspect_requestAsPeopleWriteIt_findsWhatTheApiRefuses_data();
    void inspect_requestAsPeopleWriteIt_findsWhatTheApiRefuses();
    void inspect_cleanRequest_hasNoErrorFinding_data();
    void inspect_cleanRequest_hasNoErrorFinding();
    void builtIn_everyRule_isProvenByARow();
    void builtIn_everyRule_namesACheckASourceAndGermanWords();
    void inspect_noModel_skipsTheModelRulesAndSaysSo();
    void fix_safeFixes_applyAndTheRestStaysASuggestion();
    void fix_aKeyPastedIntoTheBody_staysOutOfTheOutput();
};

void TestInspector::inspect_requestAsPeopleWriteIt_findsWhatTheApiRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QList<Expected>>("expected");
    const QString noModel;
    const QStringList noList;
    auto row = [&](const char *name, const QByteArray &input, const QString &model,
                   QList<Expected> expected, const QStringList &listed = {}) {
        for (const Expected &e : expected)
            provenRules().insert(e.rule);
        QTest::newRow(name) << input << model << listed << expected;
    };

    // History: an OpenAI-style conversation sent to generateContent.
    row("system and assistant turns",
        json(R"({"contents": [{"role": "system", "parts": [{"text": "Be brief."}]},
                 {"role": "user", "parts": [{"text": "Hi"}]},
                 {"role": "assistant", "parts": [{"text": "Hello"}]},
                 {"role": "user", "parts": [{"text": "More"}]}]})"),
        noModel, {{u"history.system_turn"_s}, {u"history.role"_s}});
    row("only a system message", json(R"({"contents": []})"), noModel,
        {{u"history.contents_empty"_s}});
    row("an empty turn and a part without data",
        json(R"({"contents": [{"role": "user", "parts": [{"text": "Hi"}]},
                 {"role": "model", "parts": []},
                 {"role": "user", "parts": [{"thought": true}, {"text": "Go on"}]}]})"),
        noModel, {{u"history.parts_empty"_s}, {u"history.part_no_data"_s}});
    row("function call after a model turn, one response for two calls",
        json(R"({"contents": [{"role": "user", "parts": [{"text": "Weather?"}]},
                 {"role": "model", "parts": [{"text": "Let me look."}]},
                 {"role": "model", "parts": [{"functionCall": {"name": "a", "args": {}}},
                                             {"functionCall": {"name": "b", "args": {}}}]},
                 {"role": "user", "parts": [{"functionResponse": {"name": "a", "response": {}}}]}]})"),
        noModel, {{u"history.function_call_order"_s}, {u"history.function_response_count"_s}});
    // Schemas from an MCP server.
    row("JSON Schema keywords and structure in a tool",
        json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "tools": [{"function_declarations": [{"name": "search", "parameters": {
                   "type": "object", "$schema": "http://json-schema.org/draft-07/schema#",
                   "additionalProperties": false,
                   "properties": {"mode": {"type": "integer", "enum": [1, 2]},
                                  "tags": {"type": "array"},
                                  "opts": {"type": "string", "properties": {"a": {"type": "string"}}},
                                  "kind": {"type": "string", "enum": []}},
                   "required": ["mode", "query"]}}]}]})"),
        noModel,
        {{u"schema.keyword"_s},
         {u"schema.enum_type"_s},
         {u"schema.required_defined"_s},
         {u"schema.enum_empty"_s},
         {u"schema.properties_type"_s, false},
         {u"schema.array_items"_s, false}});
    // Features.
    row("function calling with JSON on a model that refuses it",
        json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "tools": [{"functionDeclarations": [{"name": "f"}]}, {"googleSearch": {}}],
                 "generationConfig": {"responseMimeType": "application/json"}})"),
        u"gemini-2.5-flash-lite"_s,
        {{u"feature.function_calling_with_json"_s},
         {u"feature.tools_with_function_calling"_s},
         {u"feature.tools_with_json"_s, false}});
    row("tool combination without the flag", json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "tools": [{"googleSearch": {}, "functionDeclarations": [{"name": "f"}]}]})"),
        u"gemini-3.6-flash"_s, {{u"feature.tool_combination_flag"_s}});
    row("cached content with tools and a system instruction",
        json(R"({"cachedContent": "cachedContents/abc", "contents": [{"parts": [{"text": "Hi"}]}],
                 "systemInstruction": {"parts": [{"text": "Be brief."}]},
                 "tools": [{"functionDeclarations": [{"name": "f"}]}]})"),
        noModel,
        {{u"feature.cached_content_with_tools"_s},
         {u"feature.cached_content_with_system_instruction"_s}});
    row("a system instruction for Gemma", json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "system_instruction": {"parts": [{"text": "Be brief."}]}})"),
        u"gemma-4-31b-it"_s, {{u"feature.system_instruction"_s, false}});
    row("code execution on a Live model without it",
        json(R"({"setup": {"model": "models/gemini-2.5-flash-native-audio-preview-12-2025",
                 "generationConfig": {"responseModalities": ["TEXT"]},
                 "tools": [{"codeExecution": {}}]}})"),
        noModel,
        {{u"feature.code_execution"_s}, {u"live.modality"_s}, {u"model.deprecated"_s, false}});
    row("a penalty the model refuses",
        json(
            R"({"contents": [{"parts": [{"text": "Hi"}]}], "generationConfig": {"frequencyPenalty": 0.5}})"),
        u"gemini-3.5-flash-lite"_s, {{u"model.parameter"_s}});
    // Thinking.
    row("a budget and a level", json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "generationConfig": {"thinkingConfig": {"thinkingBudget": 1024, "thinkingLevel": "low"}}})"),
        noModel, {{u"thinking.both"_s}});
    row("a level for a budget model", json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "generationConfig": {"thinkingConfig": {"thinkingLevel": "LOW"}}})"),
        u"gemini-2.5-flash-lite"_s, {{u"thinking.level_unsupported"_s}});
    row("a level the model does not know", json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "generationConfig": {"thinking_config": {"thinking_level": "MINIMAL"}}})"),
        u"gemini-3.8-flash"_s, {{u"thinking.level_value"_s}});
    row("budget 0 on a model that always thinks",
        json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "generationConfig": {"thinkingConfig": {"thinkingBudget": 0}}})"),
        u"gemini-3.8-flash"_s, {{u"thinking.budget_zero"_s}});
    row("thinking settings for a model that does not think",
        json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
                 "generationConfig": {"thinkingConfig": {"thinkingBudget": 512}}})"),
        u"gemini-3.1-flash-tts-preview"_s, {{u"thinking.not_thinking"_s}});
    // Speech.
    row("a speech model asked for text, without a voice",
        json(R"({"contents": [{"parts": [{"text": "Say hello"}]}]})"), u"gemini-3.8-flash-tts"_s,
        {{u"speech.modality"_s}, {u"speech.voice"_s, false}});
    // The model.
    row("a model shut down",
        json(R"({"model": "gemini-2.0-flash", "contents": [{"parts": [{"text": "Hi"}]}]})"),
        noModel, {{u"model.retired"_s}});
    row("a model Google routes", json(R"({"contents": [{"parts": [{"text": "Hi"}]}]})"),
        u"gemini-2.5-flash"_s, {{u"model.routed"_s, false}});
    row("an embedding model asked to generate",
        json(R"({"contents": [{"parts": [{"text": "Hi"}]}]})"), u"gemini-embedding-2"_s,
        {{u"model.method"_s}});
    row("a model the key does not list", json(R"({"contents": [{"parts": [{"text": "Hi"}]}]})"),
        u"gemini-3.6-flahs"_s, {{u"model.listed"_s}},
        {u"gemini-3.6-flash"_s, u"gemini-3.5-flash-lite"_s});
    // Media.
    row("a bare MIME type and one nothing reads",
        json(
            R"({"contents": [{"parts": [{"inline_data": {"mime_type": "png", "data": "iVBORw0KGgo="}},
                                          {"file_data": {"mime_type": "application/zip", "file_uri": "files/x"}},
                                          {"text": "What is this?"}]}]})"),
        u"gemini-3.5-flash-lite"_s, {{u"media.mime_bare"_s}, {u"media.mime_unsupported"_s}});
    row("eleven videos",
        [] {
            QJsonArray parts;
            for (int i = 0; i < 11; ++i)
                parts.append(QJsonObject{
                    {u"fileData"_s, QJsonObject{{u"mimeType"_s, u"video/mp4"_s},
                                                {u"fileUri"_s, u"files/v%1"_s.arg(i)}}}});
            return QJsonDocument(
                       QJsonObject{{u"contents"_s, QJsonArray{QJsonObject{{u"parts"_s, parts}}}}})
                .toJson();
        }(),
        noModel, {{u"media.video_count"_s, false}});
    // Batches.
    row("101 embeddings in one call",
        [] {
            QJsonArray requests;
            for (int i = 0; i < 101; ++i)
                requests.append(QJsonObject{
                    {u"model"_s, u"models/gemini-embedding-001"_s},
                    {u"content"_s, QJsonObject{{u"parts"_s, QJsonArray{QJsonObject{
                                                                {u"text"_s, u"t%1"_s.arg(i)}}}}}}});
            return QJsonDocument(QJsonObject{{u"requests"_s, requests}}).toJson();
        }(),
        noModel, {{u"batch.embed_size"_s}});
    row("a batch written with the SDK's names, cached content in the config",
        json(R"({"batch": {"display_name": "b", "input_config": {"requests": {"requests": [
                 {"request": {"contents": [{"parts": [{"text": "Hi"}]}], "config": {"temperature": 0}}},
                 {"request": {"contents": [{"parts": [{"text": "Ho"}]}], "generation_config": {"cached_content": "cachedContents/x"}}},
                 {"request": {"contents": [{"parts": [{"text": "He"}]}], "thinking_config": {"thinking_budget": 0}}}]}}}})"),
        noModel,
        {{u"batch.sdk_config"_s}, {u"batch.cached_in_config"_s}, {u"batch.thinking_outside"_s}});
    // The OpenAI-compatible endpoint.
    row("OpenAI-only fields",
        json(R"({"model": "gemini-3.6-flash", "messages": [{"role": "user", "content": "Hi"}],
                 "store": true, "metadata": {"a": "b"}, "google": {"thinking_config": {}}})"),
        noModel, {{u"openai.field"_s}, {u"openai.google_field"_s}});
    // Live.
    row("a Live session that starts with content, with mediaChunks",
        json("{\"clientContent\": {\"turns\": [{\"role\": \"user\", \"parts\": [{\"text\": "
             "\"Hi\"}]}]}}\n"
             "{\"realtimeInput\": {\"mediaChunks\": [{\"mimeType\": \"audio/pcm\", \"data\": "
             "\"AAAA\"}]}}\n"),
        noModel, {{u"live.first_setup"_s}, {u"live.media_chunks"_s, false}});
    // The same rules through a curl command: paths point into its body.
    row("curl with an assistant turn",
        json("curl "
             "https://generativelanguage.googleapis.com/v1beta/models/"
             "gemini-3.6-flash:generateContent \\\n"
             " -H 'Content-Type: application/json' -d '{\"contents\": [{\"role\": \"user\", "
             "\"parts\": [{\"text\": \"a\"}]}, "
             "{\"role\": \"assistant\", \"parts\": [{\"text\": \"b\"}]}]}'"),
        noModel, {{u"history.role"_s}});
}

void TestInspector::inspect_requestAsPeopleWriteIt_findsWhatTheApiRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, model);
    QFETCH(QStringList, listed);
    QFETCH(QList<Expected>, expected);
    const gd::Inspection inspection = inspected(input, model, listed);
    QStringList found;
    for (const gd::Finding &finding : inspection.findings) {
        found.append(finding.rule + (finding.error ? u" (error)"_s : u" (warning)"_s));
        // Every finding points at something that is in the request, and its words are filled.
        QVERIFY2(finding.path.isEmpty() ||
                     !gd::jsonpointer::get(inspection.request.body, finding.path).isUndefined(),
                 qPrintable(finding.rule + u" at "_s + finding.path));
        QVERIFY2(!finding.message.contains(u'{') || finding.message.contains(u"{\""_s),
                 qPrintable(finding.message));
        QVERIFY2(!finding.fix.contains(u"{}"_s), qPrintable(finding.fix));
    }
    for (const Expected &e : expected) {
        const QString want = e.rule + (e.error ? u" (error)"_s : u" (warning)"_s);
        QVERIFY2(found.contains(want), qPrintable(want + u" not in: "_s + found.join(u", "_s)));
    }
    QCOMPARE(inspection.hasError(), std::any_of(expected.cbegin(), expected.cend(),
                                                [](const Expected &e) { return e.error; }) ||
                                        inspection.hasError());
}

void TestInspector::inspect_cleanRequest_hasNoErrorFinding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("model");
    QTest::newRow("generateContent with history, tools and a schema")
        << json(R"({"systemInstruction": {"parts": [{"text": "Be brief."}]},
                    "contents": [{"role": "user", "parts": [{"text": "Weather in Paris?"}]},
                                 {"role": "model", "parts": [{"functionCall": {"name": "w", "args": {"c": "Paris"}}}]},
                                 {"role": "user", "parts": [{"functionResponse": {"name": "w", "response": {"t": 21}}}]}],
                    "tools": [{"functionDeclarations": [{"name": "w", "parameters": {"type": "OBJECT",
                        "properties": {"c": {"type": "STRING", "enum": ["Paris", "Rome"]}}, "required": ["c"]}}]}],
                    "generationConfig": {"thinkingConfig": {"thinkingLevel": "low"}}})")
        << u"gemini-3.5-flash-lite"_s;
    QTest::newRow("a JSON Schema tool in its own dialect")
        << json(
               R"({"contents": [{"parts": [{"text": "Hi"}]}], "tools": [{"functionDeclarations": [{"name": "f",
                    "parametersJsonSchema": {"type": "object", "additionalProperties": false, "$defs": {}}}]}]})")
        << u"gemini-3.6-flash"_s;
    QTest::newRow("an image")
        << json(
               R"({"contents": [{"parts": [{"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}, {"text": "What?"}]}]})")
        << u"gemini-3.5-flash-lite"_s;
    QTest::newRow("OpenAI chat")
        << json(
               R"({"model": "gemini-3.6-flash", "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}], "reasoning_effort": "low", "extra_body": {"google": {"thinking_config": {"include_thoughts": true}}}})")
        << QString();
    QTest::newRow("a Live session")
        << json("{\"setup\": {\"model\": \"models/gemini-3.8-live\", \"generationConfig\": "
                "{\"responseModalities\": [\"AUDIO\"]}}}\n"
                "{\"realtimeInput\": {\"audio\": {\"mimeType\": \"audio/pcm;rate=16000\", "
                "\"data\": \"AAAA\"}}}\n")
        << QString();
    QTest::newRow("a batch of embeddings")
        << json(
               R"({"requests": [{"model": "models/gemini-embedding-001", "content": {"parts": [{"text": "a"}]}}]})")
        << QString();
    QTest::newRow("a speech request")
        << json(
               R"({"contents": [{"parts": [{"text": "Say hi"}]}], "generationConfig": {"responseModalities": ["AUDIO"],
                    "speechConfig": {"voiceConfig": {"prebuiltVoiceConfig": {"voiceName": "Kore"}}}}})")
        << u"gemini-3.8-flash-tts"_s;
}

void TestInspector::inspect_cleanRequest_hasNoErrorFinding()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, model);
    const gd::Inspection inspection = inspected(input, model);
    QStringList errors;
    for (const gd::Finding &finding : inspection.findings) {
        if (finding.error)
            errors.append(finding.rule + u" at "_s + finding.path);
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
}

void TestInspector::builtIn_everyRule_isProvenByARow()
{
    for (const gd::Rule &rule : gd::RuleBook::builtIn().rules())
        QVERIFY2(provenRules().contains(rule.id), qPrintable(rule.id + u" has no test row"_s));
}

void TestInspector::builtIn_everyRule_namesACheckASourceAndGermanWords()
{
    const gd::RuleBook &book = gd::RuleBook::builtIn();
    QVERIFY(book.rules().size() >= 40);
    QFile file(QStringLiteral(GD_SOURCE_DIR "/resources/request-rules_de.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject german = QJsonDocument::fromJson(file.readAll())[u"rules"_s].toObject();
    static const QRegularExpression placeholder(u"\\{[a-z_]+\\}"_s);
    auto placeholders = [](const QString &text) {
        QStringList names;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            names.append(it.next().captured(0));
        names.sort();
        return names;
    };
    for (const gd::Rule &rule : book.rules()) {
        QVERIFY2(!rule.source.isEmpty() && rule.date.isValid(), qPrintable(rule.id));
        QVERIFY2(!rule.message.isEmpty() && !rule.fix.isEmpty(), qPrintable(rule.id));
        const QJsonObject de = german.value(rule.id).toObject();
        QVERIFY2(!de.value(u"message"_s).toString().isEmpty(), qPrintable(rule.id));
        QCOMPARE(placeholders(de.value(u"message"_s).toString()), placeholders(rule.message));
        QCOMPARE(placeholders(de.value(u"fix"_s).toString()), placeholders(rule.fix));
        QCOMPARE(placeholders(de.value(u"fixed"_s).toString()), placeholders(rule.fixed));
    }
    QString error;
    QVERIFY(!gd::RuleBook::fromJson(
        R"({"as_of": "2026-12-02", "rules": [{"id": "x", "check": "role", "category": "nope", "severity": "error"}]})",
        &error));
    QVERIFY(!error.isEmpty());
}

void TestInspector::inspect_noModel_skipsTheModelRulesAndSaysSo()
{
    const QByteArray body = json(R"({"contents": [{"parts": [{"text": "Hi"}]}],
        "generationConfig": {"thinkingConfig": {"thinkingBudget": 0}}})");
    const gd::Inspection none = inspected(body);
    QVERIFY(!none.modelRulesApplied);
    QVERIFY(none.modelRulesNote.contains(u"No model is named"_s));
    QVERIFY(!none.hasError());
    QCOMPARE(none.toJson().value(u"model_rules"_s).toString(), u"skipped"_s);
    const gd::Inspection unknown = inspected(body, u"gemini-99-ultra"_s);
    QVERIFY(
        unknown.modelRulesNote.contains(u"gemini-99-ultra is not in Gemini Doctor's model data"_s));
    const gd::Inspection known = inspected(body, u"gemini-3.8-flash"_s);
    QVERIFY(known.modelRulesApplied);
    QVERIFY(known.hasError()); // budget 0 on a model that always thinks
}

void TestInspector::fix_safeFixes_applyAndTheRestStaysASuggestion()
{
    const QByteArray body = json(R"({"contents": [
        {"role": "system", "parts": [{"text": "Be brief."}]},
        {"role": "user", "parts": [{"text": "Hi"}, {"thought": true}]},
        {"role": "assistant", "parts": []},
        {"role": "user", "parts": [{"inlineData": {"mimeType": "jpeg", "data": "/9j/"}}]}],
      "tools": [{"functionDeclarations": [{"name": "f", "parameters": {"type": "object",
        "additionalProperties": false, "properties": {"k": {"type": "string", "const": "x"},
        "n": {"type": "integer", "enum": [1]}}}}]}]})");
    const gd::Inspection inspection = inspected(body, {}, {}, true);
    QVERIFY(inspection.fixed);
    const QJsonObject fixed = inspection.fixed->toObject();
    // The system turn is the system instruction; the roles are the API's; empty parts and turns
    // are gone; png is image/png; unsupported keywords are gone or rewritten.
    QCOMPARE(fixed[u"systemInstruction"_s][u"parts"_s][0][u"text"_s].toString(), u"Be brief."_s);
    const QJsonArray contents = fixed[u"contents"_s].toArray();
    QCOMPARE(contents.size(), 2);
    QCOMPARE(contents.at(0)[u"role"_s].toString(), u"user"_s);
    QCOMPARE(contents.at(0)[u"parts"_s].toArray().size(), 1);
    QCOMPARE(contents.at(1)[u"parts"_s][0][u"inlineData"_s][u"mimeType"_s].toString(),
             u"image/jpeg"_s);
    const QJsonObject parameters =
        fixed[u"tools"_s][0][u"functionDeclarations"_s][0][u"parameters"_s].toObject();
    QVERIFY(!parameters.contains(u"additionalProperties"_s));
    QCOMPARE(parameters[u"properties"_s][u"k"_s][u"enum"_s].toArray(), QJsonArray{u"x"_s});
    // Meaning changes stay suggestions: the integer enum is still there, and still found.
    QCOMPARE(parameters[u"properties"_s][u"n"_s][u"enum"_s].toArray(), QJsonArray{1});
    // Every change names its place in the request as pasted.
    QStringList paths;
    for (const gd::FixChange &change : inspection.changes)
        paths.append(change.path);
    QCOMPARE(paths,
             (QStringList{u"/contents/0/role"_s, u"/contents/1/parts/1"_s, u"/contents/2/parts"_s,
                          u"/contents/3/parts/0/inlineData/mimeType"_s,
                          u"/tools/0/functionDeclarations/0/parameters/additionalProperties"_s,
                          u"/tools/0/functionDeclarations/0/parameters/properties/k/const"_s}));
    // Inspected again, the fixed request has nothing left a safe fix could do.
    gd::PastedRequest again = inspection.request;
    again.body = *inspection.fixed;
    for (const gd::Finding &finding : gd::Inspector().inspect(again).findings)
        QVERIFY2(!finding.safeFix, qPrintable(finding.rule));
}

// A key that reached the body itself (a field an SDK should not have filled) never reaches the
// output; the reader has taken the one in the URL out, and the redactor masks it everywhere.
void TestInspector::fix_aKeyPastedIntoTheBody_staysOutOfTheOutput()
{
    const QString key = u"AIza"_s + u"FAKE"_s.repeated(8) + u"222"_s;
    const QString command =
        u"curl 'https://generativelanguage.googleapis.com/v1beta/models/gemini-3.6-flash:"
        u"generateContent?key="_s +
        key + u"' -d '{\"contents\": [{\"role\": \"assistant\", \"parts\": [{\"text\": \""_s + key +
        u"\"}]}]}'"_s;
    const gd::Inspection inspection = inspected(command.toUtf8(), {}, {}, true);
    QVERIFY(inspection.request.keyFound);
    const QByteArray everything =
        QJsonDocument(inspection.toJson()).toJson() + inspection.toText().toUtf8();
    QVERIFY2(!everything.contains(key.toUtf8()), everything.constData());
}

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"
