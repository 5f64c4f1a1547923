#include "remediationpanel.h"

#include "diagnosis/linkpolicy.h"
#include "diagnosis/pacifictime.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::ui {
namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Long identifiers (quota ids, URLs) get invisible break points so the panel can wrap them
// instead of growing wider than the window.
QString breakable(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    int run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        result += c;
        run = c.isSpace() ? 0 : run + 1;
        const bool boundary = c == u'-' || c == u'/' || c == u'_' || c == u'.' || c == u'?' ||
                              c == u'&' ||
                              (i + 1 < text.size() && c.isLower() && text.at(i + 1).isUpper());
        if (run > 12 && boundary)
            result += QChar(0x200B);
    }
    return result;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

RemediationPanel::RemediationPanel(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(u"remediationPanel"_s);
    setAccessibleName(tr("What to do"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(360);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(10);

    m_title = wrappedLabel(u"remediationTitle"_s, content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The name is the title itself (set with it): a screen reader must hear "Rate limit
    // reached", not a fixed word; what the text is goes in the description.
    m_title->setAccessibleDescription(tr("Diagnosis"));
    m_context = wrappedLabel(u"remediationContext"_s, content);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_explanation = wrappedLabel(u"remediationExplanation"_s, content);
    m_facts = new QWidget(content);
    m_facts->setObjectName(u"remediationFacts"_s);
    m_facts->setAccessibleName(tr("What the error says"));
    auto *factsLayout = new QGridLayout(m_facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->setHorizontalSpacing(12);
    factsLayout->setColumnStretch(1, 1);

    m_retryBox = new QWidget(content);
    auto *retryLayout = new QHBoxLayout(m_retryBox);
    retryLayout->setContentsMargins(0, 0, 0, 0);
    m_countdown = wrappedLabel(u"retryCountdown"_s, m_retryBox);
    // Rich text for one reason: the duration is kept on one line ("4 s" never splits into "4"
    // and "s"), which a plain-text label cannot be told.
    m_countdown->setTextFormat(Qt::RichText);
    m_runWhenReady = new QPushButton(tr("Run again when ready"), m_retryBox);
    m_runWhenReady->setObjectName(u"runWhenReadyButton"_s);
    m_runWhenReady->setCheckable(true);
    connect(m_runWhenReady, &QPushButton::clicked, this, &RemediationPanel::runWhenReadyClicked);
    retryLayout->addWidget(m_countdown, 1);
    retryLayout->addWidget(m_runWhenReady);

    m_useModel = new QPushButton(content);
    m_useModel->setObjectName(u"useSuggestedModelButton"_s);
    connect(m_useModel, &QPushButton::clicked, this,
            [this] { Q_EMIT useModelRequested(m_suggestedModel); });

    m_inspect = new QPushButton(tr("Inspect the re&quest…"), content);
    m_inspect->setObjectName(u"inspectRequestButton"_s);
    m_inspect->setToolTip(tr("Paste the request that got this error: Gemini Doctor reads it and "
                             "says what the API refuses in it"));
    m_inspect->setVisible(false);
    connect(m_inspect, &QPushButton::clicked, this, &RemediationPanel::inspectRequested);

    m_stepsBox = new QWidget(content);
    m_stepsBox->setObjectName(u"remediationSteps"_s);
    auto *stepsOuter = new QVBoxLayout(m_stepsBox);
    stepsOuter->setContentsMargins(0, 0, 0, 0);
    stepsOuter->addWidget(heading(tr("What to do"), m_stepsBox));
    m_steps = new QVBoxLayout;
    stepsOuter->addLayout(m_steps);

    m_linksBox = new QWidget(content);
    m_linksBox->setObjectName(u"remediationLinks"_s);
    auto *linksOuter = new QVBoxLayout(m_linksBox);
    linksOuter->setContentsMargins(0, 0, 0, 0);
    linksOuter->addWidget(heading(tr("Links"), m_linksBox));
    m_links = new QVBoxLayout;
    linksOuter->addLayout(m_links);
    m_unlinked = wrappedLabel(u"unlinkedLinks"_s, m_linksBox);
    linksOuter->addWidget(m_unlinked);

    m_detailsToggle = new QToolButton(content);
    m_detailsToggle->setObjectName(u"detailsToggle"_s);
    m_detailsToggle->setText(tr("The API's own words"));
    m_detailsToggle->setToolTip(tr("Show the API's own message and the raw answer"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_details = new QWidget(content);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_apiMessage = wrappedLabel(u"apiMessage"_s, m_details);
    detailsLayout->addWidget(m_apiMessage);
    m_details->setVisible(false);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        if (open)
            ensureRawBody();
        m_details->setVisible(open);
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    for (QWidget *widget :
         {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_context),
          static_cast<QWidget *>(m_explanation), m_retryBox, static_cast<QWidget *>(m_useModel),
          static_cast<QWidget *>(m_inspect), static_cast<QWidget *>(m_facts), m_stepsBox,
          m_linksBox, static_cast<QWidget *>(m_detailsToggle), m_details})
        layout->addWidget(widget);
    layout->addStretch();
    setWidget(content);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RemediationPanel::tick);
    clear();
}

void RemediationPanel::clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void RemediationPanel::clear()
{
    showMessage(tr("Nothing to fix yet"),
                tr("Run the connectivity test, then select a failed or warned check to see what "
                   "happened and what to do."));
}

void RemediationPanel::showMessage(const QString &title, const QString &text)
{
    m_ticker.stop();
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_context->clear();
    m_context->setVisible(false);
    m_explanation->setText(text);
    for (QWidget *widget :
         {m_retryBox, static_cast<QWidget *>(m_useModel), static_cast<QWidget *>(m_inspect),
          static_cast<QWidget *>(m_facts), m_stepsBox, m_linksBox,
          static_cast<QWidget *>(m_detailsToggle), m_details})
        widget->setVisible(false);
}

void RemediationPanel::showDiagnosis(const Diagnosis &diagnosis, const QString &context)
{
    m_title->setText(diagnosis.title);
    m_title->setAccessibleName(diagnosis.title);
    QString where = categoryId(diagnosis.category);
    // A stream can begin with 200 and end in an error of its own: its status belongs to that
    // error, not to the 200 ("HTTP 200 UNAVAILABLE" read as a contradiction).
    const bool errorInsideTheAnswer =
        diagnosis.httpStatus >= 200 && diagnosis.httpStatus < 300 && !diagnosis.status.isEmpty();
    if (errorInsideTheAnswer)
        where += tr(" · HTTP %1, then %2 inside the answer")
                     .arg(diagnosis.httpStatus)
                     .arg(diagnosis.status);
    else if (diagnosis.httpStatus > 0)
        where += tr(" · HTTP %1").arg(diagnosis.httpStatus);
    if (!errorInsideTheAnswer && !diagnosis.status.isEmpty())
        where += u' ' + diagnosis.status;
    m_context->setText(context.isEmpty() ? where : context + u" · "_s + where);
    m_context->setVisible(true);
    m_explanation->setText(diagnosis.explanation);

    showFacts(diagnosis.facts);

    clearLayout(m_steps);
    for (qsizetype i = 0; i < diagnosis.steps.size(); ++i) {
        QLabel *step = wrappedLabel(u"step_%1"_s.arg(i + 1), m_stepsBox);
        step->setText(QString::number(i + 1) + u". "_s + breakable(diagnosis.steps.at(i)));
        step->setAccessibleName(diagnosis.steps.at(i));
        m_steps->addWidget(step);
    }
    m_stepsBox->setVisible(!diagnosis.steps.isEmpty());

    clearLayout(m_links);
    int index = 0;
    for (const DiagnosisLink &link : diagnosis.links) {
        if (!isAllowedLink(link.url))
            continue; // defence in depth: the diagnoser already keeps these out
        auto *button = new QPushButton(link.title, m_linksBox);
        button->setObjectName(u"link_%1"_s.arg(index++));
        button->setProperty("url", link.url);
        button->setToolTip(link.url.toString());
        button->setAccessibleDescription(link.url.toString());
        button->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
        button->setStyleSheet(u"text-align: left"_s);
        const QUrl url = link.url;
        connect(button, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
        m_links->addWidget(button);
    }
    m_unlinked->setVisible(!diagnosis.linksNotAllowed.isEmpty());
    m_unlinked->setText(tr("Also mentioned in the error, not opened by Gemini Doctor because it is "
                           "not one of Google's sites: %1")
                            .arg(breakable(diagnosis.linksNotAllowed.join(u", "_s))));
    m_linksBox->setVisible(index > 0 || !diagnosis.linksNotAllowed.isEmpty());

    m_suggestedModel = diagnosis.suggestedModel;
    m_useModel->setVisible(!m_suggestedModel.isEmpty() &&
                           answered(&RemediationPanel::useModelRequested));
    m_useModel->setText(tr("Use %1").arg(m_suggestedModel));
    m_useModel->setToolTip(
        tr("Switch the model to %1 and run the test again").arg(m_suggestedModel));

    m_inspect->setVisible(diagnosis.inspectHelps && answered(&RemediationPanel::inspectRequested));

    // Text that is not the API's answer (a web page, a pasted traceback) is not "the API said".
    m_apiMessage->setText(diagnosis.category == Category::NotGeminiResponse
                              ? tr("This is not an answer of the Gemini API: it holds no words of "
                                   "the API.")
                          : diagnosis.message.isEmpty()
                              ? tr("The API gave no message.")
                              : tr("The API said: %1").arg(diagnosis.message));
    m_rawText = diagnosis.rawBody;
    if (m_rawBody) {
        m_rawBody->setPlainText(m_rawText);
        // No answer body (a timeout, a refused connection): no empty box under the words.
        m_rawBody->setVisible(!m_rawText.isEmpty());
    }
    m_detailsToggle->setVisible(true);
    m_details->setVisible(m_detailsToggle->isChecked());

    m_ticker.stop();
    m_runWhenReady->setChecked(false);
    m_runWhenReady->setText(tr("Run again when ready"));
    const double delay = diagnosis.retryable ? diagnosis.retryAfterSeconds.value_or(0) : 0;
    m_retryAt = {};
    m_retryDelay = formatDuration(delay);
    if (delay > 0) {
        if (diagnosis.retryAt.isValid()) {
            m_retryAt = diagnosis.retryAt;
            m_retryClock =
                diagnosis.errorTime.isValid() ? RetryClock::ErrorTime : RetryClock::Answer;
        } else {
            m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(qint64(delay * 1000));
            m_retryClock = RetryClock::Shown;
        }
    }
    m_retryBox->setVisible(m_retryAt.isValid());
    m_runWhenReady->setVisible(answered(&RemediationPanel::runAgainRequested));
    if (m_retryAt.isValid()) {
        m_ticker.start();
        tick();
    }
    orderTabs();
}

void RemediationPanel::showFacts(const QList<DiagnosisFact> &facts)
{
    auto *grid = static_cast<QGridLayout *>(m_facts->layout());
    clearLayout(grid);
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const DiagnosisFact &fact = facts.at(i);
        auto *label = new QLabel(fact.label, m_facts);
        label->setObjectName(u"factLabel_%1"_s.arg(i));
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        QLabel *value = wrappedLabel(u"fact_%1"_s.arg(i), m_facts);
        value->setText(breakable(fact.value));
        // Read on its own, a value is a bare "429" or "7 s": its name says what it is, without
        // the invisible break points that let it wrap.
        value->setAccessibleName(tr("%1: %2").arg(fact.label, fact.value));
        label->setBuddy(value);
        grid->addWidget(label, int(i), 0, Qt::AlignTop);
        grid->addWidget(value, int(i), 1);
    }
    m_facts->setVisible(!facts.isEmpty());
}

void RemediationPanel::orderTabs()
{
    QList<QWidget *> chain{m_runWhenReady, m_useModel, m_inspect};
    for (int i = 0; i < m_links->count(); ++i) {
        if (QWidget *link = m_links->itemAt(i)->widget())
            chain.append(link);
    }
    chain.append(m_detailsToggle);
    if (m_rawBody)
        chain.append(m_rawBody);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void RemediationPanel::runWhenReadyClicked(bool checked)
{
    // Once the wait is over there is nothing left to wait for: the click runs now. (Checked, it
    // would wait for a tick that no longer comes.)
    if (checked && secondsLeft() == 0) {
        m_runWhenReady->setChecked(false);
        Q_EMIT runAgainRequested();
    }
}

template<typename Signal>
bool RemediationPanel::answered(Signal signal) const
{
    return isSignalConnected(QMetaMethod::fromSignal(signal));
}

void RemediationPanel::ensureRawBody()
{
    // Built on first use: a monospace editor costs a font lookup the panel rarely needs.
    if (m_rawBody)
        return;
    m_rawBody = new QPlainTextEdit(m_details);
    m_rawBody->setObjectName(u"rawBody"_s);
    m_rawBody->setAccessibleName(tr("Raw answer"));
    m_rawBody->setReadOnly(true);
    m_rawBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawBody->setMinimumHeight(140);
    // Read-only text takes no typed tab: Tab moves on, for people who use the keyboard only,
    // who can select and copy from it too.
    m_rawBody->setTabChangesFocus(true);
    m_rawBody->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Fusion draws no focus on a text box's frame: the highlight colour shows where Tab went.
    m_rawBody->setStyleSheet(u"QPlainTextEdit { border: 1px solid palette(mid); }"
                             "QPlainTextEdit:focus { border: 1px solid palette(highlight); }"_s);
    m_rawBody->setPlainText(m_rawText);
    m_rawBody->setVisible(!m_rawText.isEmpty());
    m_details->layout()->addWidget(m_rawBody);
    orderTabs();
}

int RemediationPanel::secondsLeft() const
{
    if (!m_retryAt.isValid())
        return 0;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
    return std::max(0, int(std::ceil(double(left) / 1000.0)));
}

namespace {

// The countdown's words with its durations kept whole: the label is rich text, so the words are
// escaped and each %n becomes a nowrap span ("4 s" never splits into "4" and "s"). The space
// before it goes into the span too, so the raw text still reads "in 4 s".
QString withDurations(const QString &words, const QStringList &durations)
{
    QString text = words.toHtmlEscaped();
    for (qsizetype i = 0; i < durations.size(); ++i) {
        const QString marker = u'%' + QString::number(i + 1);
        const qsizetype at = text.indexOf(marker);
        if (at < 0)
            continue;
        const bool spaced = at > 0 && text.at(at - 1) == u' ';
        text.replace(spaced ? at - 1 : at, marker.size() + (spaced ? 1 : 0),
                     u"<span style=\"white-space:nowrap\">"_s + (spaced ? u" "_s : QString()) +
                         durations.at(i).toHtmlEscaped() + u"</span>"_s);
    }
    return text;
}

} // namespace

void RemediationPanel::tick()
{
    const int left = secondsLeft();
    if (left > 0) {
        const QString remaining = formatDuration(left);
        switch (m_retryClock) {
        case RetryClock::Answer:
            m_countdown->setText(withDurations(
                tr("Google asks you to wait: you can try again in %1."), {remaining}));
            break;
        case RetryClock::ErrorTime:
            m_countdown->setText(withDurations(tr("Google asks you to wait %1 from the time of "
                                                  "the error: you can try again in %2."),
                                               {m_retryDelay, remaining}));
            break;
        case RetryClock::Shown:
            m_countdown->setText(
                withDurations(tr("Google asks you to wait %1. The pasted text gives no time for "
                                 "the error, so the wait counts from when it was explained: try "
                                 "again in %2."),
                              {m_retryDelay, remaining}));
            break;
        }
        return;
    }
    m_ticker.stop();
    if (m_retryClock == RetryClock::ErrorTime) {
        const QString over = QLocale().toString(m_retryAt.toLocalTime(), QLocale::ShortFormat);
        m_countdown->setText(withDurations(tr("The wait Google asked for, %1 from the time of the "
                                              "error, was over at %2: you can try again now."),
                                           {m_retryDelay, over}));
    } else {
        m_countdown->setText(withDurations(tr("The wait is over: you can try again now."), {}));
    }
    m_runWhenReady->setText(tr("Run again now"));
    if (m_runWhenReady->isChecked()) {
        m_runWhenReady->setChecked(false);
        Q_EMIT runAgainRequested();
    }
}

} // namespace gd::ui
