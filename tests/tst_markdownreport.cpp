#include "report/markdownreport.h"

#include "diagnosis/remediationcatalog.h"
#include "i18n/translations.h"
#include "privacy/keysource.h"
#include "privacy/redactor.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What a hostile or broken server can put in a message: a terminal escape that clears the screen,
// one that retitles the window and rings, an OSC 8 link hiding another host, a bidirectional
// override, C1 controls and DEL, and Markdown of its own (a table row, a heading, a fence).
const QString kHostile = u"Quota exceeded.\x1b[2J\x1b]0;pwned\x07 \x1b]8;;https://evil.example/"
                         u"\x1b\\click\x1b]8;;\x1b\\ \u202egnp.exe \u009b2J\u007f"
                         u" | injected | cells |\n## ok: all checks passed\n```\n"_s;

gd::Diagnosis rateLimited(const QString &key)
{
    const gd::RemediationCatalog &catalog = gd::RemediationCatalog::builtIn();
    gd::Diagnosis diagnosis;
    diagnosis.category = gd::Category::RateLimited;
    diagnosis.title = catalog.title(diagnosis.category);
    diagnosis.explanation = catalog.explanation(diagnosis.category, {});
    diagnosis.httpStatus = 429;
    diagnosis.status = u"RESOURCE_EXHAUSTED"_s;
    diagnosis.message = kHostile + u" Your key "_s + key + u" was used."_s;
    // Facts are read from the error: a server's field description may hold a line break.
    diagnosis.facts = {{u"Status"_s, u"RESOURCE_EXHAUSTED"_s},
                       {u"Field"_s, u"contents[0]: bad\n## stream: forged section"_s},
                       {u"Key"_s, key}};
    diagnosis.steps = {u"Wait a minute."_s, u"Ask for a higher limit."_s};
    diagnosis.links = {
        {u"Rate limits"_s, QUrl(u"https://ai.google.dev/gemini-api/docs/rate-limits"_s)}};
    return diagnosis;
}

gd::CheckResult check(const QString &id, gd::CheckState state, int ms, const QString &detail)
{
    gd::CheckResult result;
    result.id = id;
    result.state = state;
    result.ms = ms;
    result.detail = detail;
    return result;
}

// A run with a passing, a failing (diagnosed) and a skipped check, and a model matrix.
gd::RunReport sampleRun(const QString &key)
{
    gd::RunReport report;
    report.baseUrl = QUrl(u"https://generativelanguage.googleapis.com"_s);
    report.apiVersion = u"v1beta"_s;
    report.model = u"gemini-3.5-flash-lite"_s;
    report.modelReason = gd::ModelChoice::Reason::Listed;
    report.keySource = gd::KeySource::Kind::Stdin;
    report.keyHint = gd::Redactor::hint(key);
    report.startedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    report.totalMs = 812;
    report.warnings = {u"GEMINI_API_KEY=%1 and GOOGLE_API_KEY differ"_s.arg(key)};
    // A detail holds outside text (addresses, a certificate's issuer, the model's answer).
    report.checks.append(check(u"dns"_s, gd::CheckState::Pass, 12, u"142.250.0.95 | a\nb"_s));
    gd::CheckResult generate = check(u"generate"_s, gd::CheckState::Fail, 301, {});
    generate.httpStatus = 429;
    generate.diagnosis = rateLimited(key);
    report.checks.append(generate);
    gd::CheckResult stream =
        check(u"stream"_s, gd::CheckState::Skipped, 0, u"skipped: the generate check failed"_s);
    stream.skipReason = gd::SkipReason::PrerequisiteFailed;
    stream.skippedBecause = u"generate"_s;
    report.checks.append(stream);
    gd::ModelRow works;
    works.name = u"gemini-3.5-flash-lite"_s;
    works.state = gd::CheckState::Pass;
    works.ms = 90;
    gd::ModelRow odd; // a name from the server's list
    odd.name = u"gemini-odd|name\x1b[31m"_s;
    odd.state = gd::CheckState::Fail;
    odd.category = gd::Category::ModelNotFound;
    odd.ms = 40;
    odd.httpStatus = 404;
    report.models = QList<gd::ModelRow>{works, odd};
    return report;
}

// The lines of the table that starts with `header`, up to the first line that is not a row.
QStringList tableRows(const QString &markdown, const QString &header)
{
    const QStringList lines = markdown.split(u'\n');
    const qsizetype start = lines.indexOf(header);
    QStringList rows;
    if (start < 0)
        return rows;
    for (qsizetype i = start + 2; i < lines.size() && lines.at(i).startsWith(u'|'); ++i)
        rows.append(lines.at(i));
    return rows;
}

QStringList headings(const QString &markdown)
{
    QStringList found;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u'#'))
            found.append(line);
    }
    return found;
}

// A character a terminal or a Markdown viewer would obey rather than show.
bool isActive(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\n' || u == u'\t')
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x061C || u == 0x200E || u == 0x200F ||
           (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

// The Markdown report (what a person pastes into a ticket): its sections and rows, the key only
// as its hint, outside text inert, the same text for the same run, and German where the system
// speaks it.
class TestMarkdownReport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void runReport_failingRun_hasEverySectionAndOneRowPerCheck();
    void runReport_key_neverAppearsOnlyItsHint_data();
    void runReport_key_neverAppearsOnlyItsHint();
    void runReport_hostileText_isInertAndBreaksNoTable();
    void runReport_passingRun_saysSoAndHasNoDiagnosisSection();
    void runReport_sameRun_sameText();
    void diagnosisReport_explainedError_hasItsSectionAndNoKey();
    // Last: it installs the German translation for the rest of the process.
    void runReport_german_headingsAndTableAreGerman();
};

void TestMarkdownReport::cleanup()
{
    gd::Redactor::forgetSecrets();
}

void TestMarkdownReport::runReport_failingRun_hasEverySectionAndOneRowPerCheck()
{
    const QString key = u"AIzaSyFAKE-markdown-report-0123456789abcd"_s;
    const QString text = gd::markdownReport(sampleRun(key));

    QVERIFY(text.startsWith(u"# Gemini Doctor report\n\n"_s));
    QVERIFY(text.contains(u"- Endpoint: https://generativelanguage.googleapis.com (API v1beta), "
                          "model gemini-3.5-flash-lite (the first model your key lists"_s));
    QVERIFY(text.contains(u"- Key: standard input …abcd\n"_s));
    QVERIFY(text.contains(u"- Run: 2026-11-27T10:00:00Z, 812 ms, a check failed\n"_s));

    const QStringList checks = tableRows(text, u"| Check | State | Time | HTTP | Detail |"_s);
    QCOMPARE(checks.size(), 3);
    QVERIFY2(checks.at(0).startsWith(u"| dns | pass | 12 ms |  | 142.250.0.95 / a"_s),
             qPrintable(checks.at(0)));
    QCOMPARE(checks.at(1), u"| generate | fail | 301 ms | 429 | "_s +
                               gd::RemediationCatalog::builtIn().title(gd::Category::RateLimited) +
                               u" |"_s);
    QCOMPARE(checks.at(2),
             u"| stream | skipped | 0 ms |  | skipped: the generate check failed |"_s);

    const QStringList models = tableRows(text, u"| Model | Result | Time | Successor |"_s);
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0), u"| gemini-3.5-flash-lite | works (`ok`) | 90 ms |  |"_s);
    QVERIFY2(models.at(1).contains(u"not found (`model_not_found`) | 40 ms |"_s),
             qPrintable(models.at(1)));

    // One diagnosis section, for the failing check only, with the API's words, the facts, the
    // steps in order and the links.
    const QString title = gd::RemediationCatalog::builtIn().title(gd::Category::RateLimited);
    QCOMPARE(headings(text),
             (QStringList{u"# Gemini Doctor report"_s, u"## Every model the key lists"_s,
                          u"## generate: "_s + title + u" (`rate_limited`)"_s}));
    QVERIFY(text.contains(u"The API said:\n\n> Quota exceeded."_s));
    QVERIFY(text.contains(u"- **Status**: RESOURCE_EXHAUSTED\n"_s));
    QVERIFY(text.contains(u"1. Wait a minute.\n2. Ask for a higher limit.\n"_s));
    QVERIFY(
        text.contains(u"- [Rate limits](https://ai.google.dev/gemini-api/docs/rate-limits)\n"_s));
}

void TestMarkdownReport::runReport_key_neverAppearsOnlyItsHint_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("inUse"); // given to the Redactor, as a run does with its key
    QTest::newRow("standard key, known by its form")
        << u"AIzaSyFAKE-markdown-report-0123456789abcd"_s << false;
    QTest::newRow("auth key, known by its form")
        << u"AQ.FAKEmarkdownreport0123456789wxyz"_s << false;
    QTest::newRow("a form no pattern knows, the key in use")
        << u"zz9-odd-form-secret-5678"_s << true;
}

void TestMarkdownReport::runReport_key_neverAppearsOnlyItsHint()
{
    QFETCH(QString, key);
    QFETCH(bool, inUse);
    if (inUse)
        gd::Redactor::addSecret(key);
    const gd::RunReport run = sampleRun(key);
    // The key is in the run's message, a fact, a warning: the test is not empty.
    QVERIFY(run.checks.at(1).diagnosis->message.contains(key));
    const QString text = gd::markdownReport(run);
    QVERIFY2(!text.contains(key), qPrintable(text));
    QVERIFY(text.contains(u"- Key: standard input "_s + gd::Redactor::hint(key) + u'\n'));
    QVERIFY(text.contains(gd::Redactor::kMask));
    const QString explained = gd::markdownReport(*run.checks.at(1).diagnosis);
    QVERIFY2(!explained.contains(key), qPrintable(explained));
}

void TestMarkdownReport::runReport_hostileText_isInertAndBreaksNoTable()
{
    const QString text =
        gd::markdownReport(sampleRun(u"AIzaSyFAKE-markdown-report-0123456789abcd"_s));
    for (qsizetype i = 0; i < text.size(); ++i) {
        QVERIFY2(!isActive(text.at(i)),
                 qPrintable(u"U+%1 at %2: …%3…"_s.arg(int(text.at(i).unicode()), 4, 16, QChar(u'0'))
                                .arg(i)
                                .arg(text.mid(std::max<qsizetype>(0, i - 20), 40))));
    }
    // Shown, as escapes a person can read.
    QVERIFY(text.contains(u"Quota exceeded.\\x1b[2J\\x1b]0;pwned\\x07"_s));
    QVERIFY(text.contains(u"\\u202egnp.exe \\x9b2J\\x7f"_s));
    QVERIFY(text.contains(u"gemini-odd"_s));
    QVERIFY(text.contains(u"\\x1b[31m"_s));
    // The API's message is one quoted line: its own Markdown starts nothing (no heading, no
    // fence, no row), and a fact's line break forges no section.
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.count(u"```"_s), 0);
    QCOMPARE(headings(text).size(), 3);
    // Every row of both tables has its header's cells, outside text or not.
    const auto cells = [](const QString &row) { return row.count(u'|') - 1; };
    for (const QString &row : tableRows(text, u"| Check | State | Time | HTTP | Detail |"_s))
        QVERIFY2(cells(row) == 5, qPrintable(row));
    const QStringList models = tableRows(text, u"| Model | Result | Time | Successor |"_s);
    QCOMPARE(models.size(), 2);
    for (const QString &row : models)
        QVERIFY2(cells(row) == 4, qPrintable(row));
}

void TestMarkdownReport::runReport_passingRun_saysSoAndHasNoDiagnosisSection()
{
    gd::RunReport run = sampleRun(u"AIzaSyFAKE-markdown-report-0123456789abcd"_s);
    run.checks = {check(u"dns"_s, gd::CheckState::Pass, 12, u"142.250.0.95"_s),
                  check(u"generate"_s, gd::CheckState::Pass, 301, u"answered “OK”"_s)};
    run.models.reset();
    run.warnings.clear();
    const QString text = gd::markdownReport(run);
    QVERIFY(text.contains(u", 812 ms, all checks passed\n"_s));
    QCOMPARE(headings(text), QStringList{u"# Gemini Doctor report"_s});
    QCOMPARE(tableRows(text, u"| Check | State | Time | HTTP | Detail |"_s),
             (QStringList{u"| dns | pass | 12 ms |  | 142.250.0.95 |"_s,
                          u"| generate | pass | 301 ms |  | answered “OK” |"_s}));
    QVERIFY(!text.contains(u"The API said:"_s));
}

void TestMarkdownReport::runReport_sameRun_sameText()
{
    const QString key = u"AIzaSyFAKE-markdown-report-0123456789abcd"_s;
    const QString first = gd::markdownReport(sampleRun(key));
    QCOMPARE(gd::markdownReport(sampleRun(key)), first);
    // And it is the run that decides the text: another run time is another report.
    gd::RunReport later = sampleRun(key);
    later.startedAt = later.startedAt.addSecs(60);
    QVERIFY(gd::markdownReport(later) != first);
}

void TestMarkdownReport::diagnosisReport_explainedError_hasItsSectionAndNoKey()
{
    const QString key = u"AIzaSyFAKE-markdown-report-0123456789abcd"_s;
    const QString text = gd::markdownReport(rateLimited(key));
    const QString title = gd::RemediationCatalog::builtIn().title(gd::Category::RateLimited);
    QVERIFY(text.startsWith(u"# Gemini Doctor: explained error\n\n"_s));
    QCOMPARE(headings(text), (QStringList{u"# Gemini Doctor: explained error"_s,
                                          u"## "_s + title + u" (`rate_limited`)"_s}));
    QVERIFY(text.contains(u"The API said:\n\n> Quota exceeded."_s));
    QVERIFY(!text.contains(key));
    for (const QChar c : text)
        QVERIFY2(!isActive(c), qPrintable(QString::number(c.unicode(), 16)));
}

void TestMarkdownReport::runReport_german_headingsAndTableAreGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    gd::installTranslations(QCoreApplication::arguments());
    QCOMPARE(gd::uiLanguage(), u"de"_s);
    const QString text =
        gd::markdownReport(sampleRun(u"AIzaSyFAKE-markdown-report-0123456789abcd"_s));
    QVERIFY2(text.startsWith(u"# Bericht von Gemini Doctor\n\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"- Schlüssel: Standardeingabe …abcd\n"_s));
    QVERIFY(text.contains(u", 812 ms, eine Prüfung ist fehlgeschlagen\n"_s));
    QVERIFY(text.contains(u"Die API sagte:"_s));
    QVERIFY(text.contains(u"## Alle Modelle, die der Schlüssel auflistet"_s));
    // The table's words are German; its ids stay the contract's.
    const QStringList checks = tableRows(text, u"| Prüfung | Status | Dauer | HTTP | Detail |"_s);
    QCOMPARE(checks.size(), 3);
    QVERIFY(checks.at(1).startsWith(u"| generate | fail | 301 ms | 429 |"_s));
    for (const QString &english :
         {u"Gemini Doctor report"_s, u"The API said"_s, u"a check failed"_s, u"Endpoint:"_s,
          u"| Check | State |"_s, u"standard input"_s})
        QVERIFY2(!text.contains(english), qPrintable(english));
}

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
