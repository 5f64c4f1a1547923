#include "report/categorytable.h"

#include "diagnosis/category.h"
#include "diagnosis/remediationcatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The category ids docs/contract.md section 3 defines, in its order: each definition starts a
// line or follows ": ", ", " or ". ", and is followed by " (", " [", ",", "." or the line's end.
// Other backticked words there (`parts`, `check`, `API_KEY_INVALID`) are not definitions.
QStringList contractCategories()
{
    QFile file(QStringLiteral(GD_SOURCE_DIR "/docs/contract.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype from = text.indexOf(u"\n## 3. Categories"_s);
    const qsizetype to = text.indexOf(u"\n## 4. "_s, from);
    if (from < 0 || to < 0)
        return {};
    static const QRegularExpression definition(
        uR"re((?:^|[:,.] )`([a-z]+(?:_[a-z]+)*)`(?= \(| \[|,|\.|$))re"_s,
        QRegularExpression::MultilineOption);
    QStringList ids;
    for (auto it = definition.globalMatch(text.mid(from, to - from)); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id)) // `model_retired` also when ...: named again, defined once
            ids.append(id);
    }
    return ids;
}

struct Row
{
    QString id;
    QString title;
    QString meaning;
    QString retry;
};

// The table's rows as cells; a row whose cells are not four is kept with what it has, so the
// comparison below shows it.
QList<Row> tableRows(const QString &table)
{
    QList<Row> rows;
    const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        QStringList cells = lines.at(i).split(u" | "_s);
        if (cells.size() != 4 || !lines.at(i).startsWith(u"| `"_s) ||
            !lines.at(i).endsWith(u" |"_s)) {
            rows.append({lines.at(i), {}, {}, {}});
            continue;
        }
        cells.first().remove(0, 2);
        cells.last().chop(2);
        rows.append(
            {cells.at(0).mid(1, cells.at(0).size() - 2), cells.at(1), cells.at(2), cells.at(3)});
    }
    return rows;
}

} // namespace

// `explain --categories` and the README's table: every category of the contract once, in the
// contract's order, each with what the remediation catalog says of it. A category added in the
// code and not in the contract (or the other way round) fails here.
class TestCategoryTable final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void table_header_isTheFourColumns();
    void table_everyContractCategory_onceInContractOrder();
    void table_row_saysWhatTheCatalogSays_data();
    void table_row_saysWhatTheCatalogSays();
    void table_retryColumn_agreesWithTheContract_data();
    void table_retryColumn_agreesWithTheContract();

private:
    QString m_table;
    QList<Row> m_rows;
};

void TestCategoryTable::initTestCase()
{
    m_table = gd::categoryTableMarkdown();
    m_rows = tableRows(m_table);
}

void TestCategoryTable::table_header_isTheFourColumns()
{
    QVERIFY(m_table.startsWith(
        u"| category | title | what it means | retry helps |\n|---|---|---|---|\n"_s));
    QVERIFY(m_table.endsWith(u" |\n"_s));
}

void TestCategoryTable::table_everyContractCategory_onceInContractOrder()
{
    const QStringList contract = contractCategories();
    // The parse itself found the section: far more than a handful of ids, the first and the last.
    QVERIFY2(contract.size() > 50, qPrintable(contract.join(u", "_s)));
    QCOMPARE(contract.constFirst(), u"dns_failure"_s);
    QCOMPARE(contract.constLast(), u"ok"_s);

    QStringList table;
    for (const Row &row : std::as_const(m_rows))
        table.append(row.id);
    QCOMPARE(table, contract);
    // And the code's own list is the same: no category the contract does not name.
    QStringList code;
    for (const gd::Category category : gd::allCategories())
        code.append(gd::categoryId(category));
    QCOMPARE(code, contract);
}

void TestCategoryTable::table_row_saysWhatTheCatalogSays_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < gd::allCategories().size(); ++i)
        QTest::newRow(qPrintable(gd::categoryId(gd::allCategories().at(i)))) << int(i);
}

void TestCategoryTable::table_row_saysWhatTheCatalogSays()
{
    QFETCH(int, index);
    const gd::Category category = gd::allCategories().at(index);
    const gd::RemediationCatalog &catalog = gd::RemediationCatalog::builtIn();
    QVERIFY(index < m_rows.size());
    const Row &row = m_rows.at(index);
    QCOMPARE(row.id, gd::categoryId(category));
    QVERIFY(!row.title.isEmpty() && !row.meaning.isEmpty());
    QCOMPARE(row.title, catalog.title(category));
    QCOMPARE(row.meaning, catalog.explanation(category, {}));
    QCOMPARE(row.retry, catalog.retryable(category) ? u"yes"_s : u"no"_s);
}

void TestCategoryTable::table_retryColumn_agreesWithTheContract_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("retry");
    // What contract section 3 says in words.
    QTest::newRow("rate_limited: retryable after the delay") << u"rate_limited"_s << u"yes"_s;
    QTest::newRow("spend_cap_reached: never retryable") << u"spend_cap_reached"_s << u"no"_s;
    QTest::newRow("prepay_credits_depleted: retrying does not help")
        << u"prepay_credits_depleted"_s << u"no"_s;
    QTest::newRow("daily_quota_exhausted: resets at midnight")
        << u"daily_quota_exhausted"_s << u"no"_s;
    for (const QString &id : {u"history_invalid"_s, u"schema_unsupported"_s,
                              u"feature_unsupported"_s, u"media_invalid"_s, u"batch_invalid"_s})
        QTest::newRow(qPrintable(id + u": issue 17, never retryable"_s)) << id << u"no"_s;
}

void TestCategoryTable::table_retryColumn_agreesWithTheContract()
{
    QFETCH(QString, id);
    QFETCH(QString, retry);
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                  [&id](const Row &candidate) { return candidate.id == id; });
    QVERIFY(row != m_rows.cend());
    QCOMPARE(row->retry, retry);
}

QTEST_GUILESS_MAIN(TestCategoryTable)
#include "tst_categorytable.moc"
