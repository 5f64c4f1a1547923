#include "inspectpanel.h"

#include "diagnosis/modelknowledge.h"
#include "inspect/inspector.h"
#include "inspect/requestreader.h"
#include "inspect/requesttext.h"
#include "privacy/redactor.h"
#include "remediationpanel.h"
#include "stateicons.h"
#include "ui_inspectpanel.h"

#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTextBlock>

#include <numeric>

using namespace Qt::StringLiterals;

namespace gd::ui {
namespace {

QString localFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

InspectPanel::InspectPanel(Session &session, std::function<Session::RunOptions()> runOptions,
                           QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectPanel>())
    , m_session(session)
    , m_runOptions(std::move(runOptions))
    , m_answer(new RemediationPanel)
{
    m_ui->setupUi(this);
    setObjectName(u"inspectPanel"_s);
    m_ui->inspectInput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->inspectButton->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    // An example from the model data, never a name written here that Google may retire.
    m_ui->inspectModel->setPlaceholderText(
        ModelKnowledge::builtIn().testPreference().value(0, u"gemini-…"_s));
    m_ui->inspectFindings->header()->setStretchLastSection(true);
    m_ui->inspectFindings->setColumnWidth(0, 170);
    // A header and a few rows, however little room there is.
    m_ui->inspectFindings->setMinimumHeight(fontMetrics().height() * 6);
    m_ui->inspectSplitter->setStretchFactor(0, 1);
    m_ui->inspectSplitter->setStretchFactor(1, 1);
    m_ui->findingsSplitter->setStretchFactor(0, 3);
    m_ui->findingsSplitter->setStretchFactor(1, 2);
    // Until something is sent there is no answer to show.
    m_answer->setObjectName(u"inspectAnswer"_s);
    m_ui->answerLayout->addWidget(m_answer);
    m_ui->answerArea->setVisible(false);

    // A dropped file is read as the request; dropped text is pasted as usual.
    m_ui->inspectInput->viewport()->installEventFilter(this);

    connect(m_ui->inspectButton, &QPushButton::clicked, this, &InspectPanel::inspect);
    connect(m_ui->inspectPasteButton, &QPushButton::clicked, this,
            [this] { setRequestText(QGuiApplication::clipboard()->text()); });
    connect(m_ui->inspectOpenButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a request"), {},
                                         tr("Requests (*.json *.jsonl *.sh *.txt);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_ui->applyFixesButton, &QPushButton::clicked, this, &InspectPanel::applySafeFixes);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &InspectPanel::send);
    connect(m_ui->inspectFindings, &QTreeWidget::currentItemChanged, this,
            &InspectPanel::showFinding);
    connect(m_ui->inspectInput, &QPlainTextEdit::textChanged, this, [this] {
        if (m_last && m_ui->inspectInput->toPlainText() != m_inspectedText)
            markStale();
    });
    connect(&m_session, &Session::requestSent, this, &InspectPanel::onSent);
    connect(&m_session, &Session::keyChanged, this, &InspectPanel::updateButtons);
    // "Run again when ready" on a rate-limited answer sends the same request again.
    connect(m_answer, &RemediationPanel::runAgainRequested, this, [this] {
        if (m_lastSent)
            reallySend(*m_lastSent);
    });
    updateButtons();
}

InspectPanel::~InspectPanel() = default;

void InspectPanel::setRequestText(const QString &text)
{
    m_ui->inspectInput->setPlainText(text);
    inspect();
}

void InspectPanel::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxRequestBytes) {
        showProblem(tr("%1 is larger than 16 MiB: that is not one request.").arg(path));
        return;
    }
    setRequestText(QString::fromUtf8(file.readAll()));
}

void InspectPanel::inspect()
{
    m_inspectedText = m_ui->inspectInput->toPlainText();
    m_last.reset();
    m_ui->inspectFindings->clear();
    m_ui->inspectDetails->clear();
    m_ui->inspectInput->setExtraSelections({});
    if (m_inspectedText.trimmed().isEmpty()) {
        showProblem(tr("Paste a request first."));
        return;
    }
    QString whyNot;
    const auto request = readRequest(m_inspectedText.toUtf8(), &whyNot);
    if (!request) {
        showProblem(whyNot);
        return;
    }
    InspectOptions options;
    options.model = m_ui->inspectModel->text().trimmed();
    // The list the last run read, when there was one: the model must be one the key lists.
    options.listedModels = m_session.visibleModels();
    options.fix = true; // for "Apply safe fixes"; the text stays as pasted until then
    m_last = Inspector().inspect(*request, options);

    QStringList summary{m_last->readText()};
    if (m_last->request.keyFound)
        summary.append(tr("A key is in the paste: it is left out of everything Gemini Doctor "
                          "shows, keeps or sends. Remove it from the text before you share it."));
    if (!m_last->modelRulesApplied && !m_last->modelRulesNote.isEmpty())
        summary.append(m_last->modelRulesNote);
    summary.append(m_last->countText());
    m_ui->inspectSummary->setText(summary.join(u'\n'));

    for (const Finding &finding : std::as_const(m_last->findings)) {
        const QString where = finding.path.isEmpty() ? u"/"_s : finding.path;
        const QString severity = finding.error ? tr("Error") : tr("Warning");
        auto *item =
            new QTreeWidgetItem(m_ui->inspectFindings, {where, Redactor::redact(finding.message)});
        item->setIcon(0, stateIcon(finding.error ? CheckState::Fail : CheckState::Warn, palette()));
        item->setToolTip(1, Redactor::redact(finding.message));
        // A screen reader hears the severity the icon shows.
        const QString spoken =
            tr("%1 at %2: %3").arg(severity, where, Redactor::redact(finding.message));
        item->setData(0, Qt::AccessibleTextRole, spoken);
        item->setData(1, Qt::AccessibleTextRole, spoken);
    }
    if (m_ui->inspectFindings->topLevelItemCount() > 0)
        m_ui->inspectFindings->setCurrentItem(m_ui->inspectFindings->topLevelItem(0));
    m_ui->inspectFindings->setEnabled(true);
    updateButtons();
}

void InspectPanel::applySafeFixes()
{
    if (!m_last || !m_last->fixed || m_last->changes.isEmpty())
        return;
    const qsizetype applied = m_last->changes.size();
    const QString text = requestText(m_last->request, *m_last->fixed);
    setRequestText(text);
    m_ui->inspectSummary->setText(tr("Applied %n safe fix(es).", nullptr, int(applied)) + u'\n' +
                                  m_ui->inspectSummary->text());
}

void InspectPanel::send()
{
    if (!m_last)
        return;
    const Session::RunOptions options = m_runOptions();
    const QString where = m_session.isRehearsal()
                              ? tr("the rehearsal (nothing leaves this computer)")
                              : options.baseUrl.host();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send the request"),
                                tr("Send this request to %1 with your API key?").arg(where),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"sendRequestQuestion"_s);
    QString details =
        m_session.isRehearsal()
            ? tr("The simulator answers as the API would: nothing leaves this computer and no "
                 "quota is used.")
            : tr("It is one request, and counts against your quota like any other. Your own key "
                 "goes with it, never a key in the pasted text.");
    if (m_last->hasError())
        details +=
            u' ' + tr("The API will most likely refuse it as it is: %1").arg(m_last->countText());
    box->setInformativeText(details);
    QPushButton *fixed = nullptr;
    if (m_last->fixed && !m_last->changes.isEmpty()) {
        fixed = box->addButton(tr("Send with the safe &fixes"), QMessageBox::AcceptRole);
        fixed->setObjectName(u"sendFixedButton"_s);
    }
    QPushButton *asPasted = box->addButton(tr("Send &as pasted"), QMessageBox::AcceptRole);
    asPasted->setObjectName(u"sendAsPastedButton"_s);
    box->setDefaultButton(fixed ? fixed : asPasted);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, fixed, asPasted](QAbstractButton *b) {
        if (!m_last || (b != fixed && b != asPasted))
            return;
        PastedRequest request = m_last->request;
        if (request.model.isEmpty())
            request.model = m_ui->inspectModel->text().trimmed();
        const QJsonValue body = b == fixed ? *m_last->fixed : m_last->request.body;
        reallySend({request, body, b == fixed});
    });
    box->open();
}

void InspectPanel::reallySend(const Outgoing &outgoing)
{
    const QString whyNot = m_session.sendRequest(outgoing.request, outgoing.body, m_runOptions());
    showAnswerArea();
    if (!whyNot.isEmpty()) {
        m_answer->showMessage(tr("Not sent"), whyNot);
        return;
    }
    m_lastSent = outgoing;
    m_answer->showMessage(tr("Sending…"), outgoing.fixed
                                              ? tr("The request goes with the safe fixes.")
                                              : tr("The request goes as pasted."));
    updateButtons();
}

void InspectPanel::onSent(const SentRequest &result)
{
    const QString where = result.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const QString context = m_lastSent && m_lastSent->fixed
                                ? tr("Sent with the safe fixes to %1").arg(where)
                                : tr("Sent as pasted to %1").arg(where);
    m_answer->showDiagnosis(result.diagnosis, context);
    showAnswerArea();
    updateButtons();
}

void InspectPanel::showAnswerArea()
{
    if (m_ui->answerArea->isVisibleTo(this))
        return;
    m_ui->answerArea->setVisible(true);
    // The answer is what the person waits for; the findings keep what their words need at this
    // width (a splitter does not ask wrapped labels), the tree at its smallest, and at most 3/5.
    const QList<int> sizes = m_ui->findingsSplitter->sizes();
    const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
    QTreeWidget *tree = m_ui->inspectFindings;
    const int needed =
        m_ui->findingsSide->layout()->totalHeightForWidth(m_ui->findingsSide->width()) -
        tree->sizeHint().height() + tree->minimumHeight();
    const int findings = std::min(std::max(needed, total * 2 / 5), total * 3 / 5);
    m_ui->findingsSplitter->setSizes({findings, total - findings});
}

void InspectPanel::showFinding()
{
    QTreeWidgetItem *item = m_ui->inspectFindings->currentItem();
    const qsizetype index = item ? m_ui->inspectFindings->indexOfTopLevelItem(item) : -1;
    if (!m_last || index < 0 || index >= m_last->findings.size()) {
        m_ui->inspectDetails->clear();
        m_ui->inspectInput->setExtraSelections({});
        return;
    }
    const Finding &finding = m_last->findings.at(index);
    QStringList details{tr("%1 · %2 · rule %3")
                            .arg(finding.error ? tr("Error") : tr("Warning"),
                                 categoryId(finding.category), finding.rule),
                        Redactor::redact(finding.message)};
    if (!finding.fix.isEmpty())
        details.append(tr("Fix: %1").arg(Redactor::redact(finding.fix)));
    if (!finding.fixed.isEmpty())
        details.append(tr("Safe fix: %1").arg(Redactor::redact(finding.fixed)));
    m_ui->inspectDetails->setText(details.join(u'\n'));

    // Where it is, in the text as pasted.
    QList<QTextEdit::ExtraSelection> selections;
    if (const auto range = locate(m_inspectedText, m_last->request, finding.path)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_ui->inspectInput->document());
        selection.cursor.setPosition(int(range->start));
        selection.cursor.setPosition(int(range->end), QTextCursor::KeepAnchor);
        QColor colour = stateColor(finding.error ? CheckState::Fail : CheckState::Warn, palette());
        colour.setAlpha(70);
        selection.format.setBackground(colour);
        selections.append(selection);
        // Scroll there without moving the person's own cursor.
        QTextCursor visible = m_ui->inspectInput->textCursor();
        m_ui->inspectInput->setTextCursor(
            QTextCursor(m_ui->inspectInput->document()->findBlock(int(range->start))));
        m_ui->inspectInput->ensureCursorVisible();
        m_ui->inspectInput->setTextCursor(visible);
    }
    m_ui->inspectInput->setExtraSelections(selections);
}

void InspectPanel::markStale()
{
    m_ui->inspectInput->setExtraSelections({});
    m_ui->inspectFindings->setEnabled(false);
    m_ui->inspectSummary->setText(tr("The request changed: inspect it again."));
    m_last.reset();
    updateButtons();
}

void InspectPanel::showProblem(const QString &text)
{
    m_last.reset();
    m_ui->inspectFindings->clear();
    m_ui->inspectDetails->clear();
    m_ui->inspectSummary->setText(text);
    updateButtons();
}

void InspectPanel::updateButtons()
{
    const bool fixes = m_last && m_last->fixed && !m_last->changes.isEmpty();
    m_ui->applyFixesButton->setEnabled(fixes);
    const bool sendable = m_last && isSendable(m_last->request.method);
    m_ui->sendButton->setEnabled(sendable && !m_session.isSendingRequest());
    if (m_last && !sendable)
        m_ui->sendButton->setToolTip(tr("Only one request can be sent from here: %1 is not one.")
                                         .arg(m_last->request.method.isEmpty()
                                                  ? m_last->request.inputKind
                                                  : m_last->request.method));
    else
        m_ui->sendButton->setToolTip(
            tr("Send the request with your key and diagnose the answer (one request)"));
}

bool InspectPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->inspectInput->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!localFile(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = localFile(drop->mimeData());
            if (!path.isEmpty()) {
                drop->acceptProposedAction();
                openFile(path);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gd::ui
