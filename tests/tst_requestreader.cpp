#include "inspect/jsonpointer.h"
#include "inspect/requestreader.h"
#include "inspect/requesttext.h"
#include "inspect/shellwords.h"
#include "privacy/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An obviously fake key in the shape of a real one, built at run time.
QString fakeKey()
{
    return u"AIza"_s + u"FAKE"_s.repeated(8) + u"111"_s;
}

} // namespace

class TestRequestReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readRequest_asPeoplePasteIt_findsItsForm_data();
    void readRequest_asPeoplePasteIt_findsItsForm();
    void readRequest_curlWithKey_leavesTheKeyOut_data();
    void readRequest_curlWithKey_leavesTheKeyOut();
    void readRequest_curlWithKeyVariable_findsNoKey_data();
    void readRequest_curlWithKeyVariable_findsNoKey();
    void readRequest_notARequest_saysWhatWasRead_data();
    void readRequest_notARequest_saysWhatWasRead();
    void shellWords_quotesEscapesAndContinuations_data();
    void shellWords_quotesEscapesAndContinuations();
    void jsonPointer_escapesGetsSetsAndRemoves();
    void locate_pointer_findsItsPlaceInThePastedText_data();
    void locate_pointer_findsItsPlaceInThePastedText();
    void requestText_curl_staysACurlCommandWithoutTheKey();
    void jsonPointer_setAll_isTheSameAsOneByOne();
};

void TestRequestReader::readRequest_asPeoplePasteIt_findsItsForm_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("inputKind");
    QTest::addColumn<QString>("bodyKind");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("model");
    QTest::newRow("generateContent body")
        << QByteArray(R"({"contents": [{"role": "user", "parts": [{"text": "Hi"}]}]})")
        << u"generate_content"_s << u"generate_content"_s << u"generateContent"_s << QString();
    QTest::newRow("snake_case, as the Python SDK logs it")
        << QByteArray(
               R"({"contents": [{"parts": [{"text": "Hi"}]}], "system_instruction": {"parts": [{"text": "Be brief"}]}, "generation_config": {"temperature": 0.2}})")
        << u"generate_content"_s << u"generate_content"_s << u"generateContent"_s << QString();
    QTest::newRow("countTokens with a wrapped request")
        << QByteArray(
               R"({"generateContentRequest": {"model": "models/gemini-3.6-flash", "contents": [{"parts": [{"text": "Hi"}]}]}})")
        << u"generate_content"_s << u"generate_content"_s << u"countTokens"_s << QString();
    QTest::newRow("OpenAI chat.completions")
        << QByteArray(
               R"({"model": "gemini-3.6-flash", "messages": [{"role": "user", "content": "Hi"}], "store": true})")
        << u"openai_chat"_s << u"openai_chat"_s << u"chat.completions"_s << u"gemini-3.6-flash"_s;
    QTest::newRow("one Live setup message")
        << QByteArray(
               R"({"setup": {"model": "models/gemini-3.8-live", "generationConfig": {"responseModalities": ["AUDIO"]}}})")
        << u"live"_s << u"live"_s << u"BidiGenerateContent"_s << u"gemini-3.8-live"_s;
    QTest::newRow("Live messages, one per line")
        << QByteArray("{\"setup\": {\"model\": \"models/gemini-3.8-live\"}}\n"
                      "{\"clientContent\": {\"turns\": [{\"role\": \"user\", \"parts\": "
                      "[{\"text\": \"Hi\"}]}], \"turnComplete\": true}}\n")
        << u"live"_s << u"live"_s << u"BidiGenerateContent"_s << u"gemini-3.8-live"_s;
    QTest::newRow("batchEmbedContents")
        << QByteArray(
               R"({"requests": [{"model": "models/gemini-embedding-001", "content": {"parts": [{"text": "a"}]}}]})")
        << u"batch"_s << u"batch"_s << u"batchEmbedContents"_s << u"gemini-embedding-001"_s;
    QTest::newRow("a Batch API job")
        << QByteArray(
               R"({"batch": {"display_name": "b", "input_config": {"requests": {"requests": [{"request": {"contents": [{"parts": [{"text": "Hi"}]}]}, "metadata": {"key": "r1"}}]}}}})")
        << u"batch"_s << u"batch"_s << u"batchGenerateContent"_s << QString();
    QTest::newRow("a Batch API input file")
        << QByteArray("{\"key\": \"r1\", \"request\": {\"contents\": [{\"parts\": [{\"text\": "
                      "\"Hi\"}]}]}}\n"
                      "{\"key\": \"r2\", \"request\": {\"contents\": [{\"parts\": [{\"text\": "
                      "\"Ho\"}]}]}}\n")
        << u"batch"_s << u"batch"_s << u"batchGenerateContent"_s << QString();
    QTest::newRow("embedContent")
        << QByteArray(
               R"({"model": "models/gemini-embedding-2", "content": {"parts": [{"text": "a"}]}, "taskType": "RETRIEVAL_QUERY"})")
        << u"embed"_s << u"embed"_s << u"embedContent"_s << u"gemini-embedding-2"_s;
    QTest::newRow("curl, as Google's docs write it")
        << QByteArray("curl "
                      "\"https://generativelanguage.googleapis.com/v1beta/models/"
                      "gemini-3.6-flash:generateContent\" \\\n"
                      "  -H 'Content-Type: application/json' \\\n"
                      "  -H \"x-goog-api-key: $GEMINI_API_KEY\" \\\n"
                      "  -X POST \\\n"
                      "  -d '{\n    \"contents\": [{\"parts\": [{\"text\": \"Explain\"}]}]\n  }'\n")
        << u"curl"_s << u"generate_content"_s << u"generateContent"_s << u"gemini-3.6-flash"_s;
    QTest::newRow("curl with --json and a stream")
        << QByteArray("$ curl -s --json '{\"contents\":[{\"parts\":[{\"text\":\"Hi\"}]}]}' "
                      "'http://127.0.0.1:8089/v1/models/"
                      "gemini-3.5-flash-lite:streamGenerateContent?alt=sse' | jq .")
        << u"curl"_s << u"generate_content"_s << u"streamGenerateContent"_s
        << u"gemini-3.5-flash-lite"_s;
    QTest::newRow("curl to the OpenAI-compatible endpoint")
        << QByteArray(
               "curl https://generativelanguage.googleapis.com/v1beta/openai/chat/completions "
               "-H \"Authorization: Bearer $GEMINI_API_KEY\" "
               "-d '{\"model\": \"gemini-3.6-flash\", \"messages\": [{\"role\": \"user\", "
               "\"content\": \"Hi\"}]}'")
        << u"curl"_s << u"openai_chat"_s << u"chat.completions"_s << u"gemini-3.6-flash"_s;
}

void TestRequestReader::readRequest_asPeoplePasteIt_findsItsForm()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, inputKind);
    QFETCH(QString, bodyKind);
    QFETCH(QString, method);
    QFETCH(QString, model);
    QString whyNot;
    const auto request = gd::readRequest(input, &whyNot);
    QVERIFY2(request, qPrintable(whyNot));
    QCOMPARE(request->inputKind, inputKind);
    QCOMPARE(request->bodyKind, bodyKind);
    QCOMPARE(request->method, method);
    QCOMPARE(request->model, model);
    QVERIFY(request->body.isObject() || request->body.isArray());
}

void TestRequestReader::readRequest_curlWithKey_leavesTheKeyOut_data()
{
    QTest::addColumn<QString>("command");
    const QString body = u" -d '{\"contents\": [{\"parts\": [{\"text\": \"Hi\"}]}]}'"_s;
    const QString url =
        u"https://generativelanguage.googleapis.com/v1beta/models/m:generateContent"_s;
    QTest::newRow("?key=") << u"curl '"_s + url + u"?key="_s + fakeKey() + u"'"_s + body;
    QTest::newRow("x-goog-api-key")
        << u"curl "_s + url + u" -H 'x-goog-api-key: "_s + fakeKey() + u"'"_s + body;
    QTest::newRow("Authorization: Bearer")
        << u"curl "_s + url + u" -H \"Authorization: Bearer "_s + fakeKey() + u"\""_s + body;
}

void TestRequestReader::readRequest_curlWithKey_leavesTheKeyOut()
{
    QFETCH(QString, command);
    QString whyNot;
    const auto request = gd::readRequest(command.toUtf8(), &whyNot);
    QVERIFY2(request, qPrintable(whyNot));
    QVERIFY(request->keyFound);
    QVERIFY(!request->url.toString().contains(fakeKey()));
    for (const auto &[name, value] : request->headers)
        QVERIFY(!value.contains(fakeKey().toUtf8()));
    // Whatever prints it later, the key is masked verbatim.
    QVERIFY(!gd::Redactor::redact(u"echo "_s + fakeKey()).contains(fakeKey()));
}

void TestRequestReader::readRequest_curlWithKeyVariable_findsNoKey_data()
{
    // Google's own examples name the key by a shell variable: no key is in the paste, so none is
    // said to be found (and the variable's name is not masked as if it were one).
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("header");
    const QString body = u" -d '{\"contents\": [{\"parts\": [{\"text\": \"Hi\"}]}]}'"_s;
    const QString url =
        u"https://generativelanguage.googleapis.com/v1beta/models/m:generateContent"_s;
    QTest::newRow("$GEMINI_API_KEY header")
        << u"curl "_s + url + u" -H \"x-goog-api-key: $GEMINI_API_KEY\""_s + body
        << u"-H \"x-goog-api-key: $GEMINI_API_KEY\""_s;
    QTest::newRow("${GEMINI_API_KEY} in the URL")
        << u"curl \""_s + url + u"?key=${GEMINI_API_KEY}\""_s + body
        << u"-H \"x-goog-api-key: ${GEMINI_API_KEY}\""_s;
    QTest::newRow("$(cat key) bearer")
        << u"curl "_s + url + u" -H \"Authorization: Bearer $(cat ~/.gemini-key)\""_s + body
        << u"-H \"x-goog-api-key: $(cat ~/.gemini-key)\""_s;
    QTest::newRow("<YOUR_API_KEY> placeholder")
        << u"curl "_s + url + u" -H 'x-goog-api-key: <YOUR_API_KEY>'"_s + body
        << u"-H \"x-goog-api-key: <YOUR_API_KEY>\""_s;
}

void TestRequestReader::readRequest_curlWithKeyVariable_findsNoKey()
{
    QFETCH(QString, command);
    QString whyNot;
    const auto request = gd::readRequest(command.toUtf8(), &whyNot);
    QVERIFY2(request, qPrintable(whyNot));
    QVERIFY(!request->keyFound);
    QCOMPARE(gd::Redactor::redact(u"GEMINI_API_KEY"_s), u"GEMINI_API_KEY"_s);
    // The command printed back (--fix, Apply safe fixes) keeps the person's own way of naming it,
    // in double quotes so the shell still reads the variable.
    QFETCH(QString, header);
    const QString again = gd::requestText(*request, request->body);
    QVERIFY2(again.contains(header), qPrintable(again));
}

void TestRequestReader::readRequest_notARequest_saysWhatWasRead_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QByteArray("  \n") << u"empty"_s;
    QTest::newRow("prose") << QByteArray("hello world") << u"neither a JSON request"_s;
    QTest::newRow("JSON of another shape")
        << QByteArray(R"({"name": "x"})") << u"not a Gemini API request"_s;
    QTest::newRow("an error body, for explain")
        << QByteArray(R"({"error": {"code": 400, "message": "x"}})")
        << u"not a Gemini API request"_s;
    QTest::newRow("curl with the body in a file")
        << QByteArray("curl https://x/v1beta/models/m:generateContent -d @request.json")
        << u"request.json"_s;
    QTest::newRow("curl without a body")
        << QByteArray("curl https://generativelanguage.googleapis.com/v1beta/models")
        << u"without a request body"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << u"neither"_s;
}

void TestRequestReader::readRequest_notARequest_saysWhatWasRead()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, words);
    QString whyNot;
    QVERIFY(!gd::readRequest(input, &whyNot));
    QVERIFY2(whyNot.contains(words), qPrintable(whyNot));
    QCOMPARE(whyNot.count(u'\n'), 0); // one sentence
}

void TestRequestReader::shellWords_quotesEscapesAndContinuations_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("single and double quotes")
        << u"curl -d '{\"a\": 1}' \"x y\""_s
        << QStringList{u"curl"_s, u"-d"_s, u"{\"a\": 1}"_s, u"x y"_s};
    QTest::newRow("escapes in double quotes")
        << u"echo \"a \\\"b\\\" $K\""_s << QStringList{u"echo"_s, u"a \"b\" $K"_s};
    QTest::newRow("POSIX continuation")
        << u"curl \\\n  -X POST"_s << QStringList{u"curl"_s, u"-X"_s, u"POST"_s};
    QTest::newRow("cmd.exe and PowerShell continuations")
        << u"curl ^\n -v `\n -s"_s << QStringList{u"curl"_s, u"-v"_s, u"-s"_s};
    QTest::newRow("ANSI-C quotes") << u"printf $'a\\nb'"_s << QStringList{u"printf"_s, u"a\nb"_s};
    QTest::newRow("ends at a pipe") << u"curl x | jq ."_s << QStringList{u"curl"_s, u"x"_s};
    QTest::newRow("unterminated quote") << u"curl 'abc"_s << QStringList{u"curl"_s, u"abc"_s};
}

void TestRequestReader::shellWords_quotesEscapesAndContinuations()
{
    QFETCH(QString, command);
    QFETCH(QStringList, words);
    QCOMPARE(gd::shellWords(command), words);
}

void TestRequestReader::jsonPointer_escapesGetsSetsAndRemoves()
{
    namespace jp = gd::jsonpointer;
    QCOMPARE(jp::join({u"a/b"_s, u"c~d"_s, u"0"_s}), u"/a~1b/c~0d/0"_s);
    QCOMPARE(*jp::split(u"/a~1b/c~0d/0"_s), (QStringList{u"a/b"_s, u"c~d"_s, u"0"_s}));
    QVERIFY(!jp::split(u"a"_s));
    QJsonValue document = QJsonObject{{u"a/b"_s, QJsonArray{1, 2, 3}}};
    QCOMPARE(jp::get(document, u"/a~1b/2"_s).toInt(), 3);
    QVERIFY(jp::get(document, u"/a~1b/3"_s).isUndefined());
    QVERIFY(jp::get(document, u"/a~1b/01"_s).isUndefined()); // no leading zeros
    QVERIFY(jp::set(document, u"/a~1b/1"_s, QJsonValue(QJsonValue::Undefined)));
    QCOMPARE(jp::get(document, u"/a~1b"_s).toArray(), (QJsonArray{1, 3}));
    QVERIFY(jp::set(document, u"/c"_s, u"new"_s));
    QCOMPARE(jp::get(document, u"/c"_s).toString(), u"new"_s);
    QVERIFY(!jp::set(document, u"/missing/x"_s, 1));
}

void TestRequestReader::jsonPointer_setAll_isTheSameAsOneByOne()
{
    // The safe fixes of one round go in together: sets and removals in one array, nested places,
    // one place whose parent is missing. The result is that of the one-by-one edits made in an
    // order where no removal moves another's index.
    namespace jp = gd::jsonpointer;
    const QJsonValue start = QJsonDocument::fromJson(R"({"contents": [
        {"role": "user", "parts": [{"text": "a"}, {}]}, {"role": "assistant", "parts": []},
        {"role": "user", "parts": [{"text": "b"}]}, {"role": "bot", "parts": []}],
        "generationConfig": {"topK": 1}})")
                                 .object();
    const QList<std::pair<QString, QJsonValue>> edits = {
        {u"/contents/0/parts/1"_s, QJsonValue(QJsonValue::Undefined)},
        {u"/contents/1"_s, QJsonValue(QJsonValue::Undefined)},
        {u"/contents/2/role"_s, u"model"_s},
        {u"/contents/3"_s, QJsonValue(QJsonValue::Undefined)},
        {u"/generationConfig/topK"_s, QJsonValue(QJsonValue::Undefined)},
        {u"/missing/x"_s, 1},
    };
    QJsonValue together = start;
    QCOMPARE(jp::setAll(together, edits), 5);
    QJsonValue oneByOne = start;
    for (const int i : {0, 2, 4, 3, 1}) // the removals from /contents last, the highest first
        QVERIFY(jp::set(oneByOne, edits.at(i).first, edits.at(i).second));
    QCOMPARE(together, oneByOne);
    QCOMPARE(jp::get(together, u"/contents"_s).toArray().size(), 2);
    QCOMPARE(jp::get(together, u"/contents/1/role"_s).toString(), u"model"_s);
    QCOMPARE(jp::get(together, u"/contents/0/parts"_s).toArray().size(), 1);
    // The start value is untouched: it shared its data, and the edits copied what they changed.
    QCOMPARE(jp::get(start, u"/contents"_s).toArray().size(), 4);
}

void TestRequestReader::locate_pointer_findsItsPlaceInThePastedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("found");
    const QString body = uR"({
  "contents": [
    {"role": "user", "parts": [{"text": "Hi"}]},
    {"role": "assistant", "parts": [{"text": "Hello, \"you\""}]}
  ],
  "generationConfig": {"temperature": 0.5}
})"_s;
    QTest::newRow("a role") << body << u"/contents/1/role"_s << u"\"role\": \"assistant\""_s;
    QTest::newRow("a part, past an escaped quote")
        << body << u"/contents/1/parts/0"_s << u"{\"text\": \"Hello, \\\"you\\\"\"}"_s;
    QTest::newRow("a turn") << body << u"/contents/0"_s
                            << u"{\"role\": \"user\", \"parts\": [{\"text\": \"Hi\"}]}"_s;
    QTest::newRow("something missing: the nearest around it")
        << body << u"/generationConfig/thinkingConfig"_s
        << u"\"generationConfig\": {\"temperature\": 0.5}"_s;
    QTest::newRow("inside a curl command")
        << u"curl https://x/v1beta/models/m:generateContent -H 'A: {b}' -d '{\"contents\": [{\"role\": \"bot\", \"parts\": []}]}'"_s
        << u"/contents/0/role"_s << u"\"role\": \"bot\""_s;
    QTest::newRow("JSON lines")
        << u"{\"setup\": {\"model\": \"m\"}}\n{\"clientContent\": {\"turns\": []}}\n"_s
        << u"/1/clientContent"_s << u"\"clientContent\": {\"turns\": []}"_s;
}

void TestRequestReader::locate_pointer_findsItsPlaceInThePastedText()
{
    QFETCH(QString, text);
    QFETCH(QString, pointer);
    QFETCH(QString, found);
    QString whyNot;
    const auto request = gd::readRequest(text.toUtf8(), &whyNot);
    QVERIFY2(request, qPrintable(whyNot));
    const auto range = gd::locate(text, *request, pointer);
    QVERIFY(range);
    QCOMPARE(text.mid(range->start, range->end - range->start), found);
}

void TestRequestReader::requestText_curl_staysACurlCommandWithoutTheKey()
{
    const QString pasted =
        u"curl 'https://generativelanguage.googleapis.com/v1beta/models/m:generateContent?key="_s +
        fakeKey() +
        u"&alt=sse' -H 'X-Trace: 1' -d '{\"contents\": [{\"parts\": [{\"text\": \"it's\"}]}]}'"_s;
    QString whyNot;
    const auto request = gd::readRequest(pasted.toUtf8(), &whyNot);
    QVERIFY2(request, qPrintable(whyNot));
    const QString again = gd::requestText(*request, request->body);
    QVERIFY(!again.contains(fakeKey()));
    QVERIFY(again.contains(u"x-goog-api-key: $GEMINI_API_KEY"_s));
    // Read back, it is the same request: the same URL (no key), headers and body.
    const auto reread = gd::readRequest(again.toUtf8(), &whyNot);
    QVERIFY2(reread, qPrintable(whyNot));
    QCOMPARE(reread->url, request->url);
    QCOMPARE(reread->body, request->body);
    auto withoutContentType = [](auto headers) {
        headers.removeIf([](const auto &header) { return header.first == "Content-Type"; });
        return headers;
    };
    QCOMPARE(withoutContentType(reread->headers), request->headers);
}

QTEST_GUILESS_MAIN(TestRequestReader)
#include "tst_requestreader.moc"
