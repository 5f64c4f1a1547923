#include "report/runhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

gd::RunReport run(int totalMs)
{
    gd::RunReport report;
    report.baseUrl = QUrl(u"https://generativelanguage.googleapis.com"_s);
    report.model = u"gemini-3.5-flash-lite"_s;
    report.totalMs = totalMs;
    return report;
}

} // namespace

// The recent-runs file (issue 19): only its owner reads it, a symlink planted in its place is
// not written through, a damaged file is kept aside and said, and it lives where the README says.
class TestRunHistory final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void append_newFile_isReadableByItsOwnerOnly();
    void append_keepsTheNewestFifty();
    void append_symlinkInItsPlace_isReplacedNotWrittenThrough();
    void append_damagedFile_isKeptAsideAndSaid();
    void defaultPath_isWhereTheReadmeSays();
};

void TestRunHistory::append_newFile_isReadableByItsOwnerOnly()
{
    QTemporaryDir dir;
    const gd::RunHistory history(dir.filePath(u"data/recent-runs.json"_s));
    QVERIFY(history.append(run(1)));
    const QFileDevice::Permissions permissions = QFileInfo(history.filePath()).permissions();
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                             QFileDevice::ReadOther | QFileDevice::WriteOther)));
    // And its folder, made for it, is its owner's alone too.
    const QFileDevice::Permissions folder =
        QFileInfo(QFileInfo(history.filePath()).absolutePath()).permissions();
    QVERIFY(!(folder & (QFileDevice::ReadOther | QFileDevice::ExeOther)));
    QCOMPARE(history.load().size(), 1);
}

void TestRunHistory::append_keepsTheNewestFifty()
{
    QTemporaryDir dir;
    const gd::RunHistory history(dir.filePath(u"recent-runs.json"_s));
    for (int i = 1; i <= gd::RunHistory::kMaxRuns + 3; ++i)
        QVERIFY(history.append(run(i)));
    const QList<gd::RunReport> runs = history.load();
    QCOMPARE(runs.size(), gd::RunHistory::kMaxRuns);
    QCOMPARE(runs.constFirst().totalMs, gd::RunHistory::kMaxRuns + 3);
}

void TestRunHistory::append_symlinkInItsPlace_isReplacedNotWrittenThrough()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"someone-elses-file"_s);
    QFile victim(target);
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.write("untouched");
    victim.close();
    const QString path = dir.filePath(u"recent-runs.json"_s);
    QVERIFY(QFile::link(target, path));
    const gd::RunHistory history(path);
    QVERIFY(history.append(run(7)));
    QVERIFY(!QFileInfo(path).isSymLink());
    QCOMPARE(history.load().size(), 1);
    QVERIFY(victim.open(QIODevice::ReadOnly));
    QCOMPARE(victim.readAll(), QByteArray("untouched"));
}

void TestRunHistory::append_damagedFile_isKeptAsideAndSaid()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"recent-runs.json"_s);
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("[{\"started_at\": \"2026-12-01T10:00:00Z\", \"checks\": [");
    damaged.close();
    const gd::RunHistory history(path);
    QString setAside;
    QVERIFY(history.append(run(3), &setAside));
    QVERIFY2(setAside.startsWith(path + u".damaged-"_s), qPrintable(setAside));
    QFile kept(setAside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("[{\"started_at\""));
    QCOMPARE(history.load().size(), 1);
    // A sound file is never set aside.
    QString none;
    QVERIFY(history.append(run(4), &none));
    QVERIFY(none.isEmpty());
}

void TestRunHistory::defaultPath_isWhereTheReadmeSays()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(gd::RunHistory::defaultPath(),
             QDir(data).filePath(u"gemini-doctor/recent-runs.json"_s));
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
