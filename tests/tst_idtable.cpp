#include "base/idtable.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

enum class Colour
{
    Red,
    Green,
    Blue, // deliberately without an id
};

constexpr gd::IdName<Colour> kColourIds[] = {
    {Colour::Red, "red"_L1},
    {Colour::Green, "green"_L1},
};

} // namespace

class TestIdTable final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idOf_everyRow_roundTripsThroughValueOf();
    void idOf_valueWithoutARow_isEmpty();
    void valueOf_unknownOrDifferentlyCasedId_isNothing();
};

void TestIdTable::idOf_everyRow_roundTripsThroughValueOf()
{
    for (const auto &row : kColourIds) {
        QCOMPARE(gd::idOf(kColourIds, row.value), QString(row.id));
        QCOMPARE(gd::valueOf(kColourIds, gd::idOf(kColourIds, row.value)), row.value);
    }
    QCOMPARE(gd::idOf(kColourIds, Colour::Green), u"green"_s);
}

void TestIdTable::idOf_valueWithoutARow_isEmpty()
{
    QVERIFY(gd::idOf(kColourIds, Colour::Blue).isEmpty());
}

void TestIdTable::valueOf_unknownOrDifferentlyCasedId_isNothing()
{
    QVERIFY(!gd::valueOf(kColourIds, u"blue").has_value());
    QVERIFY(!gd::valueOf(kColourIds, u"Red").has_value()); // ids are exact, like the JSON's
    QVERIFY(!gd::valueOf(kColourIds, u"").has_value());
}

QTEST_GUILESS_MAIN(TestIdTable)
#include "tst_idtable.moc"
