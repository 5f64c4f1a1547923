#include "privacy/keysource.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gd::KeySource;

class TestKeySource final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void id_everySource_roundTripsThroughFromId_data();
    void id_everySource_roundTripsThroughFromId();
    void fromId_unknownId_isKeptAndShownAsWritten();
};

void TestKeySource::id_everySource_roundTripsThroughFromId_data()
{
    QTest::addColumn<KeySource>("source");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << KeySource() << QString() << QString();
    QTest::newRow("stdin") << KeySource(KeySource::Kind::Stdin) << u"stdin"_s
                           << u"standard input"_s;
    QTest::newRow("keychain") << KeySource(KeySource::Kind::Keychain) << u"keychain"_s
                              << u"the system keychain"_s;
    QTest::newRow("session") << KeySource(KeySource::Kind::ThisSession) << u"session"_s
                             << u"this session only"_s;
    QTest::newRow("rehearsal") << KeySource(KeySource::Kind::Rehearsal) << u"rehearsal"_s
                               << u"rehearsal, a fake key"_s;
    QTest::newRow("GEMINI_API_KEY")
        << KeySource::environment(u"GEMINI_API_KEY"_s) << u"GEMINI_API_KEY"_s
        << u"the environment variable GEMINI_API_KEY"_s;
    QTest::newRow("GOOGLE_API_KEY")
        << KeySource::environment(u"GOOGLE_API_KEY"_s) << u"GOOGLE_API_KEY"_s
        << u"the environment variable GOOGLE_API_KEY"_s;
}

// The JSON and the history file hold the id; a report read back is the same source.
void TestKeySource::id_everySource_roundTripsThroughFromId()
{
    QFETCH(KeySource, source);
    QFETCH(QString, id);
    QFETCH(QString, text);
    QCOMPARE(source.id(), id);
    QVERIFY(KeySource::fromId(id) == source);
    QCOMPARE(source.text(), text);
    QCOMPARE(source.isNone(), id.isEmpty());
}

// A history file written by a newer version may name a source this one does not know.
void TestKeySource::fromId_unknownId_isKeptAndShownAsWritten()
{
    const KeySource source = KeySource::fromId(u"hardware_token"_s);
    QCOMPARE(source.kind(), KeySource::Kind::None);
    QVERIFY(!source.isNone());
    QCOMPARE(source.id(), u"hardware_token"_s);
    QCOMPARE(source.text(), u"hardware_token"_s);
}

QTEST_GUILESS_MAIN(TestKeySource)
#include "tst_keysource.moc"
