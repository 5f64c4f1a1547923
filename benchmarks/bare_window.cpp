// The reference for the startup and memory benchmarks: a bare Qt Widgets window that quits on
// its first paint, built the same way as the app.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPaintEvent>
#include <QTimer>

namespace {

class BareWindow final : public QMainWindow
{
public:
    BareWindow() { setCentralWidget(new QLabel(QStringLiteral("Hello"))); }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1180, 720);
    window.show();
    return app.exec();
}
