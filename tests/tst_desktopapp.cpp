#include "desktopapp.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QMenuBar>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDesktopApp final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutPluginFolders_build_findsNoImagePluginThenEveryOne();
};

void TestDesktopApp::withoutPluginFolders_build_findsNoImagePluginThenEveryOne()
{
    // The window is built without plugin folders, so QMenuBar's PNG icon is read by Qt's own
    // reader and no image plugin is loaded before the first frame; everything after must find
    // every plugin again. Nothing in this process has read an image before.
    const QStringList folders = QCoreApplication::libraryPaths();
    const QString style = QApplication::style()->name();
    QList<QByteArray> formatsWhileBuilding;
    QStringList foldersWhileBuilding = {u"not run"_s};
    gd::ui::withoutPluginFolders([&] {
        foldersWhileBuilding = QCoreApplication::libraryPaths();
        QMenuBar menus; // reads its overflow button's icon
        formatsWhileBuilding = QImageReader::supportedImageFormats();
    });
    QVERIFY(foldersWhileBuilding.isEmpty());
    QVERIFY(formatsWhileBuilding.contains("png"));   // Qt's own
    QVERIFY(!formatsWhileBuilding.contains("jpeg")); // a plugin's

    QCOMPARE(QCoreApplication::libraryPaths(), folders);
    QCOMPARE(QApplication::style()->name(), style);
    QVERIFY(QImageReader::supportedImageFormats().contains("jpeg"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QBuffer jpeg;
    jpeg.open(QIODevice::WriteOnly);
    QVERIFY(QImageWriter(&jpeg, "jpeg").write(image));
    QVERIFY(QImage::fromData(jpeg.data(), "JPEG").size() == QSize(8, 8));
}

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
