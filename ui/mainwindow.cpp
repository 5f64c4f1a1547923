#include "mainwindow.h"

#include "network/geminiclient.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

MainWindow::MainWindow(QNetworkAccessManager *network, QWidget *parent)
    : QMainWindow(parent)
    , m_network(network)
    , m_baseUrl(new QLineEdit(ClientConfig().baseUrl.toString()))
    , m_key(new QLineEdit(qEnvironmentVariable("GEMINI_API_KEY")))
    , m_run(new QPushButton(tr("&Run connectivity test")))
    , m_result(new QLabel)
{
    setWindowTitle(tr("Gemini Doctor"));
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_key->setObjectName(u"keyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_run->setObjectName(u"runButton"_s);
    m_run->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_result->setObjectName(u"resultLabel"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint"), m_baseUrl);
    form->addRow(tr("API key"), m_key);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(form);
    layout->addWidget(m_run);
    layout->addWidget(m_result);
    layout->addStretch();
    setCentralWidget(central);
    resize(720, 480);

    connect(m_run, &QPushButton::clicked, this, &MainWindow::runConnectivityTest);
}

void MainWindow::runConnectivityTest()
{
    ClientConfig config;
    config.baseUrl = QUrl(m_baseUrl->text().trimmed());
    auto *client = new GeminiClient(m_network, config, m_key->text(), this);
    m_run->setEnabled(false);
    m_result->setText(tr("Running…"));
    ApiCall *call = client->get(u"models"_s);
    connect(call, &ApiCall::finished, this, [this, client](const CallResult &result) {
        if (result.hasHttpAnswer() && result.httpStatus == 200)
            m_result->setText(tr("Pass — HTTP %1").arg(result.httpStatus));
        else if (result.hasHttpAnswer())
            m_result->setText(tr("Fail — HTTP %1").arg(result.httpStatus));
        else
            m_result->setText(tr("Fail — %1").arg(result.transportDetail));
        m_run->setEnabled(true);
        client->deleteLater();
    });
}

} // namespace gd::ui
