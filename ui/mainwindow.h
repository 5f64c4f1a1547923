#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace gd::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QNetworkAccessManager *network, QWidget *parent = nullptr);

private:
    void runConnectivityTest();

    QNetworkAccessManager *m_network;
    QLineEdit *m_baseUrl;
    QLineEdit *m_key;
    QPushButton *m_run;
    QLabel *m_result;
};

} // namespace gd::ui
