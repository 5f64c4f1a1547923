#include "explainpanel.h"

#include "diagnosis/diagnoser.h"
#include "remediationpanel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

ExplainPanel::ExplainPanel(QWidget *parent)
    : QWidget(parent)
    , m_input(new QPlainTextEdit)
    , m_status(new QSpinBox)
    , m_panel(new RemediationPanel)
{
    setObjectName(u"explainPanel"_s);
    m_panel->setObjectName(u"explainRemediation"_s);
    m_input->setObjectName(u"explainInput"_s);
    m_input->setAccessibleName(tr("Error to explain"));
    m_input->setPlaceholderText(
        tr("Paste an error here: a JSON body, an SDK exception, a log line, "
           "an HTML page…"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A pasted error needs no typed tab: Tab moves on, for people who use the keyboard only.
    m_input->setTabChangesFocus(true);
    m_status->setObjectName(u"explainHttpStatus"_s);
    m_status->setAccessibleName(tr("HTTP status, if known"));
    m_status->setRange(0, 599);
    m_status->setSpecialValueText(tr("not known"));

    auto *explainButton = new QPushButton(tr("&Explain"));
    explainButton->setObjectName(u"explainButton"_s);
    explainButton->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    explainButton->setToolTip(tr("Explain the pasted error (Ctrl+Return)"));
    auto *paste = new QPushButton(tr("&Paste from clipboard"));
    paste->setObjectName(u"pasteButton"_s);
    connect(explainButton, &QPushButton::clicked, this, &ExplainPanel::explain);
    connect(paste, &QPushButton::clicked, this, [this] {
        m_input->setPlainText(QGuiApplication::clipboard()->text());
        this->explain();
    });

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    auto *intro =
        new QLabel(tr("Paste an error from any app or log. Gemini Doctor reads Google's "
                      "error bodies, SDK messages, Python reprs, streams and even cut-off "
                      "text."));
    intro->setWordWrap(true);
    leftLayout->addWidget(intro);
    leftLayout->addWidget(m_input, 1);
    auto *row = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("HTTP &status:"));
    statusLabel->setBuddy(m_status);
    row->addWidget(statusLabel);
    row->addWidget(m_status);
    row->addStretch();
    row->addWidget(paste);
    row->addWidget(explainButton);
    leftLayout->addLayout(row);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_panel->showMessage(tr("Nothing explained yet"),
                         tr("Paste an error on the left and press Explain."));
}

void ExplainPanel::connectNotify(const QMetaMethod &signal)
{
    if (signal != QMetaMethod::fromSignal(&ExplainPanel::runAgainRequested) || m_forwardingRunAgain)
        return;
    m_forwardingRunAgain = true;
    connect(m_panel, &RemediationPanel::runAgainRequested, this, &ExplainPanel::runAgainRequested);
}

void ExplainPanel::explain()
{
    const QByteArray text = m_input->toPlainText().toUtf8();
    if (text.trimmed().isEmpty()) {
        m_panel->showMessage(tr("Nothing to explain"), tr("Paste an error first."));
        return;
    }
    m_last = diagnoseText(text, m_status->value());
    m_panel->showDiagnosis(*m_last);
}

} // namespace gd::ui
