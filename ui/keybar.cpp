#include "keybar.h"

#include "elidedlabel.h"
#include "session/session.h"
#include "welcomedialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gd::ui {

KeyBar::KeyBar(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new ElidedLabel) // a keychain error can be one long line: never the window's width
    , m_scenarios(new QComboBox)
    , m_leave(new QPushButton(tr("&Leave rehearsal")))
    , m_key(new QPushButton(tr("&Key…")))
{
    setObjectName(u"keyBar"_s);
    m_status->setObjectName(u"keyStatusLabel"_s);
    m_key->setObjectName(u"keyButton"_s);
    m_key->setToolTip(tr("Paste, replace or remove the API key"));
    m_scenarios->setObjectName(u"scenarioCombo"_s);
    m_scenarios->setAccessibleName(tr("Rehearsed failure"));
    m_scenarios->setVisible(false); // listed by listScenarios()
    m_leave->setObjectName(u"stopRehearsalButton"_s);
    m_leave->setVisible(false);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(m_scenarios);
    row->addWidget(m_leave);
    row->addWidget(m_key);

    connect(m_key, &QPushButton::clicked, this, &KeyBar::keyDialogRequested);
    connect(m_leave, &QPushButton::clicked, this, &KeyBar::leaveRehearsalRequested);
    connect(m_scenarios, &QComboBox::activated, this,
            [this] { Q_EMIT scenarioChosen(m_scenarios->currentData().toString()); });
    connect(&session, &Session::keyChanged, this, &KeyBar::refresh);
    connect(&session, &Session::keyLoaded, this, &KeyBar::refresh);
    refresh();
}

void KeyBar::listScenarios()
{
    if (m_scenarios->count() > 0)
        return;
    // The longest description would otherwise make the window wider than a 1280-pixel screen.
    // Set here, not when the hidden combo is built: the policy makes Qt build the popup at once.
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarios->setMinimumContentsLength(30);
    fillScenarios(m_scenarios);
}

void KeyBar::refresh()
{
    const bool rehearsal = m_session.isRehearsal();
    m_scenarios->setVisible(rehearsal);
    m_leave->setVisible(rehearsal);
    m_key->setVisible(!rehearsal);
    if (rehearsal) {
        listScenarios();
        m_scenarios->setCurrentIndex(m_scenarios->findData(m_session.rehearsalScenario()));
        m_status->setFullText(
            tr("Rehearsal: the built-in simulator plays the Gemini API, offline."));
        return;
    }
    QString text;
    const QString hint = m_session.keyHint();
    switch (m_session.keySource().kind()) {
    case KeySource::Kind::Keychain:
        text = tr("Key: stored in the system keychain (%1)").arg(hint);
        break;
    case KeySource::Kind::ThisSession:
        text = tr("Key: for this session only, not stored (%1)").arg(hint);
        break;
    case KeySource::Kind::Environment:
        text = tr("Key: from the environment variable %1 (%2)")
                   .arg(m_session.keySource().variable(), hint);
        break;
    case KeySource::Kind::None:
    case KeySource::Kind::Stdin: // not a desktop source
    case KeySource::Kind::Rehearsal:
        text = tr("No API key yet: set one with Key…, or rehearse a failure from the Test menu.");
        break;
    }
    if (!m_session.keychainProblem().isEmpty()) {
        text += u"\n"_s + tr("The keychain could not be read: %1").arg(m_session.keychainProblem());
        if (!m_session.keychainDetail().isEmpty())
            text += u"\n"_s + tr("Details: %1").arg(m_session.keychainDetail());
    }
    m_status->setFullText(text);
}

} // namespace gd::ui
