#include "matrixflow.h"

#include "modelmatrixdialog.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gd::ui {

MatrixFlow::MatrixFlow(Session &session, OptionsSource options, QWidget *window)
    : QObject(window), m_session(session), m_options(std::move(options)), m_window(window)
{
    connect(&session, &Session::modelMatrixStarted, this, [this](const QStringList &models) {
        ModelMatrixDialog *matrix = dialog();
        matrix->reset(models);
        matrix->show();
        matrix->raise();
    });
    connect(&session, &Session::modelTestStarted, this,
            [this](const QString &model) { dialog()->setRunning(model); });
    connect(&session, &Session::modelTested, this,
            [this](const ModelRow &row) { dialog()->setRow(row); });
    connect(&session, &Session::modelMatrixFinished, this,
            [this](const QList<ModelRow> &rows) { dialog()->setFinished(rows); });
    connect(&session, &Session::runFinished, this, [this] {
        if (std::exchange(m_askAfterRun, false) && !m_session.visibleModels().isEmpty())
            confirm();
    });
}

ModelMatrixDialog *MatrixFlow::dialog()
{
    if (!m_dialog) {
        m_dialog = new ModelMatrixDialog(m_window);
        connect(m_dialog, &ModelMatrixDialog::cancelRequested, &m_session, &Session::cancel);
        connect(m_dialog, &ModelMatrixDialog::useModelRequested, this,
                [this](const QString &model) {
                    m_dialog->accept();
                    Q_EMIT useModelRequested(model);
                });
    }
    return m_dialog;
}

void MatrixFlow::start()
{
    if (m_session.isTestingModels()) { // closed while it runs: show it again
        dialog()->show();
        dialog()->raise();
        return;
    }
    if (m_session.isRunning())
        return;
    if (!m_session.hasKey()) {
        Q_EMIT keyNeeded();
        return;
    }
    if (m_session.visibleModels().isEmpty()) {
        // The list comes from the key check's GET models: run the test, then ask.
        m_askAfterRun = true;
        Q_EMIT runNeeded();
        return;
    }
    confirm();
}

void MatrixFlow::confirm()
{
    const int count = int(m_session.visibleModels().size());
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Test every model"),
        tr("This sends one request to each of the %n models your key lists.", nullptr, count),
        QMessageBox::Cancel, m_window);
    box->setObjectName(u"modelMatrixConfirm"_s);
    box->setInformativeText(
        tr("Each is a short prompt that counts against that model's quota like any other "
           "request; three go at a time, and none is retried. Models that are not in your tier, "
           "rate limited or retired show as such."));
    QPushButton *go =
        box->addButton(tr("&Test %n models", nullptr, count), QMessageBox::AcceptRole);
    go->setObjectName(u"modelMatrixConfirmButton"_s);
    box->setDefaultButton(go);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, go](QAbstractButton *button) {
        if (button == go)
            m_session.testEveryModel(m_options());
    });
    box->open();
}

} // namespace gd::ui
