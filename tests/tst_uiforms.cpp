#include "settingsdialog.h"
#include "welcomedialog.h"

#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The Designer forms: two items in one cell of a grid or form layout are both added, and Qt only
// warns ("Cell (3, 0) already occupied") while the second floats over the first. uic does not
// refuse it, so the forms are read here, every one of them.
class TestUiForms final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyForm_noTwoItemsShareALayoutCell_data();
    void everyForm_noTwoItemsShareALayoutCell();
    void settingsDialog_watchIntervalHasAVisibleLabelAndItsOwnRow();
    void welcomeDialog_openedToRehearse_defaultIsTheRehearseButton();
};

void TestUiForms::initTestCase()
{
    // Dialogs read nothing of the person's settings, but nothing here may write them either.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestUiForms::everyForm_noTwoItemsShareALayoutCell_data()
{
    QTest::addColumn<QString>("path");
    const QDir ui(QStringLiteral(GD_SOURCE_DIR "/ui"));
    const QStringList forms = ui.entryList({u"*.ui"_s}, QDir::Files, QDir::Name);
    QVERIFY(!forms.isEmpty());
    for (const QString &form : forms)
        QTest::newRow(qPrintable(form)) << ui.filePath(form);
}

void TestUiForms::everyForm_noTwoItemsShareALayoutCell()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    // One map of occupied cells per open <layout>, innermost last: an <item row= column=> belongs
    // to the layout it sits directly in.
    struct Layout
    {
        QString name;
        QHash<QPair<int, int>, int> cells; // (row, column) -> line of the item holding it
    };
    QList<Layout> open;
    QStringList clashes;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"layout"_s) {
            open.append({xml.attributes().value(u"name"_s).toString(), {}});
        } else if (xml.isEndElement() && xml.name() == u"layout"_s) {
            open.removeLast();
        } else if (xml.isStartElement() && xml.name() == u"item"_s && !open.isEmpty() &&
                   xml.attributes().hasAttribute(u"row"_s)) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const int row = attributes.value(u"row"_s).toInt();
            const int column = attributes.value(u"column"_s).toInt();
            const int rowSpan = std::max(1, attributes.hasAttribute(u"rowspan"_s)
                                                ? attributes.value(u"rowspan"_s).toInt()
                                                : 1);
            const int columnSpan = std::max(1, attributes.hasAttribute(u"colspan"_s)
                                                   ? attributes.value(u"colspan"_s).toInt()
                                                   : 1);
            const int line = int(xml.lineNumber());
            Layout &layout = open.last();
            for (int r = row; r < row + rowSpan; ++r) {
                for (int c = column; c < column + columnSpan; ++c) {
                    const auto taken = layout.cells.constFind({r, c});
                    if (taken != layout.cells.cend())
                        clashes.append(u"layout %1: cell (%2, %3) at line %4 already holds the "
                                       "item of line %5"_s.arg(layout.name)
                                           .arg(r)
                                           .arg(c)
                                           .arg(line)
                                           .arg(taken.value()));
                    else
                        layout.cells.insert({r, c}, line);
                }
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void TestUiForms::settingsDialog_watchIntervalHasAVisibleLabelAndItsOwnRow()
{
    // What the person saw: Qt's warning, a spin box over another, no label.
    QTest::failOnWarning(QRegularExpression(u"already occupied"_s));
    gd::ui::SettingsDialog dialog{gd::ui::AppSettings{}};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *form = dialog.findChild<QFormLayout *>(u"form"_s);
    auto *watch = dialog.findChild<QSpinBox *>(u"watchIntervalSpin"_s);
    auto *timeout = dialog.findChild<QSpinBox *>(u"timeoutSpin"_s);
    QVERIFY(form && watch && timeout);
    QVERIFY(watch->isVisible());
    auto *label = qobject_cast<QLabel *>(form->labelForField(watch));
    QVERIFY2(label, "the watch interval has no label in the form");
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QCOMPARE(label->buddy(), watch);
    // Its own place: over no other field, and its label over no other label.
    for (QWidget *other : dialog.findChildren<QWidget *>()) {
        if (other == watch || other->parentWidget() != watch->parentWidget() ||
            !other->isVisible() || other->isAncestorOf(watch) || watch->isAncestorOf(other))
            continue;
        if (other == label)
            continue;
        QVERIFY2(!other->geometry().intersects(watch->geometry()),
                 qPrintable(u"%1 overlaps the watch interval"_s.arg(other->objectName())));
        QVERIFY2(!other->geometry().intersects(label->geometry()),
                 qPrintable(u"%1 overlaps the watch interval's label"_s.arg(other->objectName())));
    }
    QVERIFY(!watch->geometry().intersects(timeout->geometry()));
    QVERIFY(watch->geometry().top() >= timeout->geometry().bottom());
}

void TestUiForms::welcomeDialog_openedToRehearse_defaultIsTheRehearseButton()
{
    {
        // First run: a key is the likelier wish.
        gd::ui::WelcomeDialog welcome;
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        auto *paste = welcome.findChild<QPushButton *>(u"pasteKeyButton"_s);
        auto *rehearse = welcome.findChild<QPushButton *>(u"tryWithoutKeyButton"_s);
        QVERIFY(paste && rehearse);
        QVERIFY(paste->isDefault());
        QVERIFY(!rehearse->isDefault());
    }
    gd::ui::WelcomeDialog welcome;
    welcome.setPurpose(gd::ui::WelcomeDialog::Purpose::Rehearse);
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    auto *paste = welcome.findChild<QPushButton *>(u"pasteKeyButton"_s);
    auto *rehearse = welcome.findChild<QPushButton *>(u"tryWithoutKeyButton"_s);
    QVERIFY(rehearse->isDefault());
    QVERIFY(!paste->isDefault());
}

QTEST_MAIN(TestUiForms)
#include "tst_uiforms.moc"
