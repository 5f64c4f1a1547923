#include "classifier.h"

#include "answerparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// One classification: the answer, and the recognisers that read its words.
class Classifier final
{
public:
    Classifier(const ParsedAnswer &answer, const Recognisers &recognisers)
        : m_answer(answer), m_recognisers(recognisers)
    {}

    Category classify() const;
    Category classifyQuota() const;

private:
    using C = Category;

    std::optional<Category> byText(const std::function<bool(Category)> &wanted) const
    {
        return m_recognisers.firstCategory(wordsOf(m_answer), wanted);
    }
    // Whether a request error's own category may stand in for a family's (refine's last argument).
    enum class Details
    {
        No,
        Request,
    };
    // A family is what status and code alone can say; the message may refine it within `allowed`
    // (and, with Details::Request, to the request errors that name their own fix).
    Category refine(Category fallback, std::initializer_list<Category> allowed,
                    Details details = Details::No) const
    {
        return byText([&allowed, details](Category c) {
                   return std::find(allowed.begin(), allowed.end(), c) != allowed.end() ||
                          (details == Details::Request && isRequestDetail(c));
               })
            .value_or(fallback);
    }
    static bool isRequestDetail(Category c);
    std::optional<Category> categoryForReason() const;
    Category classifyAnswer() const;
    Category classifyByStatus(const QString &status) const;
    Category classifyByCode(int code) const;
    std::optional<Category> categoryByText() const;
    Category classifyClose() const;

    const ParsedAnswer &m_answer;
    const Recognisers &m_recognisers;
};

// The request errors a 400 (or a Live close 1007) can carry, each with its own fix. An unknown
// field ("Unknown name ... Cannot find field") is invalid_request whatever its name says about
// thinking or caching: its recogniser comes before theirs in the file.
bool Classifier::isRequestDetail(Category c)
{
    switch (c) {
    case C::InvalidRequest:
    case C::HistoryInvalid:
    case C::SchemaUnsupported:
    case C::FeatureUnsupported:
    case C::MediaInvalid:
    case C::BatchInvalid:
    case C::DeadlineTooShort:
    case C::FileNotActive:
    case C::CacheTooSmall:
    case C::ThoughtSignatureMissing:
    case C::ThinkingConfigInvalid:
    case C::ClientOutdated:
        return true;
    default:
        return false;
    }
}

std::optional<Category> Classifier::categoryForReason() const
{
    const QString &reason = m_answer.reason;
    if (reason == u"API_KEY_INVALID"_s) // expired, not found and mistyped keys share it
        return refine(C::InvalidApiKey, {C::ApiKeyExpired});
    if (reason == u"CREDENTIALS_MISSING"_s)
        return refine(C::WrongAuthMethod, {C::ApiKeysNotSupported});
    if (reason == u"ACCESS_TOKEN_TYPE_UNSUPPORTED"_s || reason == u"ACCESS_TOKEN_EXPIRED"_s)
        return C::WrongAuthMethod;
    if (reason == u"API_KEY_SERVICE_BLOCKED"_s || reason == u"API_KEY_HTTP_REFERRER_BLOCKED"_s ||
        reason == u"API_KEY_IP_ADDRESS_BLOCKED"_s || reason == u"API_KEY_ANDROID_APP_BLOCKED"_s ||
        reason == u"API_KEY_IOS_APP_BLOCKED"_s)
        return C::ApiKeyRestricted;
    if (reason == u"SERVICE_DISABLED"_s)
        return C::ApiNotEnabled;
    if (reason == u"CONSUMER_SUSPENDED"_s)
        return C::AccessSuspended;
    if (reason == u"backendError"_s) // the server's side failed, whatever the status says
        return C::ServerError;
    return std::nullopt;
}

// The 429 family: which quota, if any, and whether waiting helps.
Category Classifier::classifyQuota() const
{
    // Billing stops first: waiting does not lift them, whatever delay the body suggests.
    const Category billing = refine(C::RateLimited, {C::SpendCapReached, C::PrepayCreditsDepleted});
    if (billing != C::RateLimited)
        return billing;
    if (m_answer.effectiveCode() == 402)
        return C::PrepayCreditsDepleted;
    if (quotaSaysLimitZero(m_answer, m_recognisers))
        return C::ModelNotInFreeTier;
    if (quotaSaysPerDay(m_answer))
        return C::DailyQuotaExhausted;
    if (m_answer.reason == u"RATE_LIMIT_EXCEEDED"_s &&
        m_answer.metadata.value(u"quota_limit"_s).contains(u"PerDay"_s))
        return C::DailyQuotaExhausted;
    return C::RateLimited;
}

Category Classifier::classifyAnswer() const
{
    if (!m_answer.blockReason.isEmpty())
        return C::PromptBlocked;
    const QString &finish = m_answer.finishReason;
    static const QStringList blocked = {
        u"SAFETY"_s, u"BLOCKLIST"_s,    u"PROHIBITED_CONTENT"_s,
        u"SPII"_s,   u"IMAGE_SAFETY"_s, u"IMAGE_PROHIBITED_CONTENT"_s};
    if (blocked.contains(finish))
        return C::ResponseBlocked;
    if (finish == u"RECITATION"_s || finish == u"IMAGE_RECITATION"_s)
        return C::Recitation;
    if (finish == u"MAX_TOKENS"_s)
        return C::OutputTruncated;
    if (finish == u"MALFORMED_FUNCTION_CALL"_s || finish == u"UNEXPECTED_TOOL_CALL"_s)
        return C::MalformedFunctionCall;
    // The last chunk of a stream often has no parts: the text came in the chunks before it, as
    // the output token count shows.
    if (finish == u"STOP"_s && !m_answer.hasContent && m_answer.outputTokens.value_or(0) > 0)
        return C::Ok;
    if (finish.isEmpty() || finish == u"STOP"_s)
        return m_answer.hasContent ? C::Ok : C::EmptyResponse;
    return C::StoppedEarly; // any value not seen before is data, not a crash
}

Category Classifier::classifyByStatus(const QString &status) const
{
    if (status == u"INVALID_ARGUMENT"_s || status == u"OUT_OF_RANGE"_s)
        return refine(C::InvalidRequest,
                      {C::ApiKeyExpired, C::InvalidApiKey, C::MultipleCredentials, C::InputTooLarge,
                       C::BillingRequired, C::LocationUnsupported},
                      Details::Request);
    if (status == u"FAILED_PRECONDITION"_s)
        return refine(C::BillingRequired,
                      {C::BillingRequired, C::LocationUnsupported, C::FileNotActive,
                       C::ClientOutdated, C::SpendCapReached, C::PrepayCreditsDepleted,
                       C::FeatureUnsupported, C::MediaInvalid, C::HistoryInvalid});
    if (status == u"UNAUTHENTICATED"_s)
        return refine(C::WrongAuthMethod,
                      {C::ApiKeysNotSupported, C::ApiKeyExpired, C::MultipleCredentials});
    if (status == u"PERMISSION_DENIED"_s)
        return refine(C::PermissionDenied,
                      {C::ApiKeyLeaked, C::ApiKeyExpired, C::InvalidApiKey, C::ApiKeysNotSupported,
                       C::MissingApiKey, C::AccessSuspended, C::ApiNotEnabled, C::ApiKeyRestricted,
                       C::LocationUnsupported, C::BillingRequired});
    if (status == u"NOT_FOUND"_s)
        return refine(C::NotFound, {C::ModelRetired, C::ModelNotFound});
    if (status == u"RESOURCE_EXHAUSTED"_s)
        return classifyQuota();
    if (status == u"CANCELLED"_s)
        return C::Cancelled;
    if (status == u"INTERNAL"_s || status == u"UNKNOWN"_s)
        return C::ServerError;
    if (status == u"UNAVAILABLE"_s)
        return refine(C::Overloaded, {C::DeadlineExceeded});
    if (status == u"DEADLINE_EXCEEDED"_s)
        return C::DeadlineExceeded;
    return C::UnexpectedStatus;
}

Category Classifier::classifyByCode(int code) const
{
    switch (code) {
    case 400:
        return classifyByStatus(u"INVALID_ARGUMENT"_s);
    case 401:
        return classifyByStatus(u"UNAUTHENTICATED"_s);
    case 402:
        return refine(C::PrepayCreditsDepleted, {C::SpendCapReached});
    case 403:
        return classifyByStatus(u"PERMISSION_DENIED"_s);
    case 404:
        return classifyByStatus(u"NOT_FOUND"_s);
    case 407:
        return C::ProxyFailure;
    case 408:
        return C::Timeout;
    case 413:
        return C::InputTooLarge;
    case 429:
        return classifyQuota();
    case 499:
        return C::Cancelled;
    case 500:
        return refine(C::ServerError, {C::InputTooLarge});
    case 503:
        return classifyByStatus(u"UNAVAILABLE"_s);
    case 504:
        return C::DeadlineExceeded;
    default:
        return C::UnexpectedStatus;
    }
}

// Every category the words of an error can name, for reasons that come without a status.
std::optional<Category> Classifier::categoryByText() const
{
    const auto text = byText([](Category) { return true; });
    if (text == C::RateLimited)
        return classifyQuota();
    return text;
}

// A Live API close: the code says the family, the reason (cut at 123 bytes) the details.
Category Classifier::classifyClose() const
{
    const std::optional<Category> text = categoryByText();
    const bool quotaOrBilling = text == C::RateLimited || text == C::DailyQuotaExhausted ||
                                text == C::ModelNotInFreeTier || text == C::SpendCapReached ||
                                text == C::PrepayCreditsDepleted;
    switch (m_answer.closeCode) {
    case 1007: // invalid frame payload data: an invalid argument
        return refine(C::InvalidRequest,
                      {C::ModelNotFound, C::ModelRetired, C::InputTooLarge, C::InvalidApiKey,
                       C::ApiKeyExpired, C::MultipleCredentials, C::LocationUnsupported,
                       C::BillingRequired},
                      Details::Request);
    case 1008: // policy violation: authentication, a key not accepted, a model not found, quota
        if (quotaOrBilling)
            return *text;
        return refine(C::PermissionDenied,
                      {C::ApiKeysNotSupported, C::ApiKeyExpired, C::InvalidApiKey, C::ApiKeyLeaked,
                       C::MultipleCredentials, C::WrongAuthMethod, C::MissingApiKey,
                       C::AccessSuspended, C::ApiNotEnabled, C::ApiKeyRestricted,
                       C::LocationUnsupported, C::BillingRequired, C::ModelRetired,
                       C::ModelNotFound},
                      Details::Request);
    case 1011: // internal error; after minutes of a working session, its time limit
        if (quotaOrBilling)
            return *text;
        return refine(C::ServerError, {C::DeadlineExceeded, C::Overloaded});
    case 1009: // message too big
        return C::InputTooLarge;
    case 1013: // try again later
        return C::Overloaded;
    case 1001: // going away: the server ended the session
    case 1006: // closed without a close frame
        return text.value_or(C::ConnectionReset);
    case 1000:
        return text.value_or(C::Ok);
    default:
        return text.value_or(C::UnexpectedStatus);
    }
}

Category Classifier::classify() const
{
    switch (m_answer.shape) {
    case InputShape::Empty:
        if (m_answer.httpStatus == 0 || m_answer.httpStatus == 200)
            return C::EmptyResponse;
        return classifyByCode(m_answer.httpStatus);
    case InputShape::Html:
        if (m_answer.httpStatus == 407)
            return C::ProxyFailure;
        if (m_answer.httpStatus == 413)
            return C::InputTooLarge;
        return C::NotGeminiResponse;
    case InputShape::GenerateResponse:
        return classifyAnswer();
    case InputShape::OtherApiAnswer:
        return m_answer.httpStatus == 0 || m_answer.httpStatus == 200
                   ? C::Ok
                   : classifyByCode(m_answer.httpStatus);
    case InputShape::OtherJson:
        return C::NotGeminiResponse;
    case InputShape::CloseFrame:
        return classifyClose();
    case InputShape::ErrorEnvelope:
    case InputShape::Text:
        break;
    }

    // Text with an HTTP redirect and no error of the API in it (a captive portal's "302 Found",
    // pasted with its headers): none of the API's errors this tool knows is a redirect, and a
    // captive portal's is; "unexpected status" would hide that.
    if (const int code = m_answer.effectiveCode();
        m_answer.shape == InputShape::Text && code >= 300 && code < 400 &&
        m_answer.errorCode == 0 && m_answer.status.isEmpty())
        return C::NotGeminiResponse;
    if (const auto byReason = categoryForReason())
        return *byReason;
    if (m_answer.reason == u"RATE_LIMIT_EXCEEDED"_s)
        return classifyQuota();
    if (!m_answer.quota.isEmpty() &&
        (m_answer.effectiveCode() == 429 || m_answer.effectiveCode() == 0 ||
         m_answer.status == u"RESOURCE_EXHAUSTED"_s))
        return classifyQuota();
    if (isCanonicalStatus(m_answer.status))
        return classifyByStatus(m_answer.status);
    if (const int code = m_answer.effectiveCode(); code >= 300 && code != 200)
        return classifyByCode(code);

    // Neither status nor code: the words are all there is.
    if (const auto text = categoryByText())
        return *text;
    return m_answer.shape == InputShape::Text ? C::NotGeminiResponse : C::UnexpectedStatus;
}

} // namespace

bool quotaSaysPerDay(const ParsedAnswer &answer)
{
    return std::any_of(answer.quota.cbegin(), answer.quota.cend(),
                       [](const QuotaViolation &violation) { return violation.per == u"day"_s; });
}

bool quotaSaysLimitZero(const ParsedAnswer &answer, const Recognisers &recognisers)
{
    // "limit: 0" and "doesn't have a free quota tier" in the words...
    if (recognisers.firstCategory(answer.message,
                                  [](Category c) { return c == Category::ModelNotInFreeTier; }))
        return true;
    // ...or a violation without quotaValue, unless the body was cut before it could arrive.
    return std::any_of(
        answer.quota.cbegin(), answer.quota.cend(), [](const QuotaViolation &violation) {
            if (violation.value)
                return violation.value->trimmed() == u"0"_s;
            return !violation.mayBeIncomplete && !violation.fromMessage && !violation.id.isEmpty();
        });
}

QString wordsOf(const ParsedAnswer &answer)
{
    QString words = answer.message + u'\n' + answer.localizedMessage;
    if (!answer.damagedText.isEmpty())
        words += u'\n' + answer.damagedText;
    return words;
}

Category classify(const ParsedAnswer &answer, const Recognisers &recognisers)
{
    const Category category = Classifier(answer, recognisers).classify();
    // A field refused inside one of a batch's requests: the batch's fix, not a single call's.
    if (answer.fromBatch && category == Category::InvalidRequest)
        return Category::BatchInvalid;
    return category;
}

} // namespace gd
