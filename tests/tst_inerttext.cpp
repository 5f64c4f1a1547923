#include "privacy/inerttext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What an error message may carry to a terminal (issue 19): every escape shown, never obeyed.
class TestInertText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inertText_hostileText_isShownEscaped_data();
    void inertText_hostileText_isShownEscaped();
    void inertText_ordinaryText_isUnchanged_data();
    void inertText_ordinaryText_isUnchanged();
};

void TestInertText::inertText_hostileText_isShownEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("OSC 8 link to another host")
        << u"\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"_s
        << u"\\x1b]8;;https://evil.example/\\x1b\\click\\x1b]8;;\\x1b\\"_s;
    QTest::newRow("screen clear") << u"quota\x1b[2J\x1b[H"_s << u"quota\\x1b[2J\\x1b[H"_s;
    QTest::newRow("window title and bell") << u"\x1b]0;pwned\x07"_s << u"\\x1b]0;pwned\\x07"_s;
    QTest::newRow("carriage return over the line") << u"ok\rFAIL"_s << u"ok\\x0dFAIL"_s;
    QTest::newRow("C1 CSI and DEL") << u"a\u009b2Jb\u007f"_s << u"a\\x9b2Jb\\x7f"_s;
    QTest::newRow("bidi override") << u"key \u202egnp.exe"_s << u"key \\u202egnp.exe"_s;
    QTest::newRow("bidi isolate") << u"\u2066x\u2069"_s << u"\\u2066x\\u2069"_s;
}

void TestInertText::inertText_hostileText_isShownEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(gd::inertText(text), shown);
}

void TestInertText::inertText_ordinaryText_isUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lines and tabs") << u"What to do:\n  1.\tWait 7 s\n"_s;
    QTest::newRow("Windows line ends") << u"line one\r\nline two\r\n"_s;
    QTest::newRow("German and typography") << u"„Größe“ — 3 × 4 … ✔"_s;
    QTest::newRow("emoji, a surrogate pair") << u"Fertig 🎉"_s;
    QTest::newRow("empty") << QString();
}

void TestInertText::inertText_ordinaryText_isUnchanged()
{
    QFETCH(QString, text);
    QCOMPARE(gd::inertText(text), text);
}

QTEST_MAIN(TestInertText)
#include "tst_inerttext.moc"
