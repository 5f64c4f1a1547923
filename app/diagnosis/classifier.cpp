#include "classifier.h"

#include "answerparser.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

struct Pattern
{
    const char16_t *expression;
    Category category;
};

// Message patterns, most specific first. Used to refine a family (a 403 that says "leaked") and,
// for text with neither status nor code, on their own.
constexpr std::array kPatterns{
    Pattern{u"spend(?:ing)? cap|spend(?:ing)? limit|monthly spending", Category::SpendCapReached},
    Pattern{u"prepay(?:ment)? credits? (?:are|is|have been) depleted|prepayment credits",
            Category::PrepayCreditsDepleted},
    Pattern{u"reported as leaked", Category::ApiKeyLeaked},
    Pattern{u"API key expired|API key has expired|renew the API key", Category::ApiKeyExpired},
    Pattern{u"Multiple authentication credentials", Category::MultipleCredentials},
    Pattern{u"API keys are not supported by this API", Category::ApiKeysNotSupported},
    Pattern{
        u"API key not valid|API Key not found|invalid api key|Incorrect API key|API_KEY_INVALID",
        Category::InvalidApiKey},
    Pattern{u"unregistered callers|without established identity", Category::MissingApiKey},
    Pattern{u"Expected OAuth 2 access token|ACCESS_TOKEN_TYPE_UNSUPPORTED|invalid authentication "
            u"credentials",
            Category::WrongAuthMethod},
    Pattern{u"has been suspended|denied access|CONSUMER_SUSPENDED", Category::AccessSuspended},
    Pattern{
        u"has not been used in project|API has not been enabled|it is disabled\\.|SERVICE_DISABLED",
        Category::ApiNotEnabled},
    Pattern{u"Requests (?:to this API|from referer|from this (?:IP|Android|iOS)).*are "
            u"blocked|_BLOCKED\\b",
            Category::ApiKeyRestricted},
    Pattern{u"free tier is not available|without a billing account|billing account|enable "
            u"billing|only accessible to billed users",
            Category::BillingRequired},
    Pattern{u"User location is not supported|location is not supported",
            Category::LocationUnsupported},
    Pattern{u"doesn't have a free quota tier|does not have a free quota tier|\\blimit: 0\\b",
            Category::ModelNotInFreeTier},
    // The 2026 request errors: each names what is wrong, so each has its own fix.
    Pattern{u"deadline \\S+ is too short|Minimum allowed deadline", Category::DeadlineTooShort},
    Pattern{u"not in an ACTIVE state|\\bFile [\\w/.-]+ is (?:still )?(?:PROCESSING|FAILED)\\b",
            Category::FileNotActive},
    Pattern{u"Cached content is too small|min_total_token_count", Category::CacheTooSmall},
    Pattern{u"thought_signature|thoughtSignature|thought signature",
            Category::ThoughtSignatureMissing},
    Pattern{u"thinking[_ ]?budget|thinking[_ ]?level|only works in thinking mode|Budget -?\\d+ is "
            u"invalid|thinking is not supported|thinking_config|thinkingConfig",
            Category::ThinkingConfigInvalid},
    Pattern{u"(?:client|SDK|library|schema)[^.\\n]{0,40}\\b(?:is|are) (?:outdated|no longer "
            u"supported)|(?:upgrade|update) (?:your|the) (?:client|SDK|library)|legacy "
            u"[\\w ]{0,30}schema",
            Category::ClientOutdated},
    Pattern{u"input token count.*exceeds|exceeds the maximum number of tokens|request payload size "
            u"exceeds|Maximum request body size|Request Entity Too Large|too large",
            Category::InputTooLarge},
    Pattern{u"no longer available to new users|has been (?:retired|discontinued|deprecated)|has "
            u"been shut down",
            Category::ModelRetired},
    Pattern{u"not found for API version|is not supported for (?:generateContent|"
            u"bidiGenerateContent)|models/[\\w.-]+ is not found|model.*not found",
            Category::ModelNotFound},
    Pattern{u"Deadline expired|DEADLINE_EXCEEDED|deadline exceeded", Category::DeadlineExceeded},
    Pattern{u"overloaded|high demand|UNAVAILABLE|Service Unavailable", Category::Overloaded},
    Pattern{u"exceeded your current quota|Quota exceeded|RESOURCE_EXHAUSTED|Resource (?:has been "
            u")?exhausted|Too Many Requests|rate limit",
            Category::RateLimited},
    Pattern{
        u"self[- ]signed certificate|CERTIFICATE_VERIFY_FAILED|unable to (?:get|verify) (?:local "
        u")?(?:issuer )?certificate|certificate (?:verify|has expired)|SSL|TLS handshake",
        Category::TlsFailure},
    Pattern{u"Proxy Authentication Required|\\b407\\b|proxy", Category::ProxyFailure},
    Pattern{u"ENOTFOUND|EAI_AGAIN|getaddrinfo|Name or service not known|Could not resolve "
            u"host|Host not found|nodename nor servname",
            Category::DnsFailure},
    Pattern{u"ECONNREFUSED|Connection refused", Category::ConnectionRefused},
    Pattern{u"ECONNRESET|socket hang up|Connection reset|connection was closed|EPIPE",
            Category::ConnectionReset},
    Pattern{u"ETIMEDOUT|timed out|timeout", Category::Timeout},
    Pattern{u"internal error|INTERNAL", Category::ServerError},
    Pattern{u"\\bCANCELLED\\b|cancell?ed by the client", Category::Cancelled},
    Pattern{u"Request contains an invalid argument|INVALID_ARGUMENT|Invalid JSON payload",
            Category::InvalidRequest},
};

using CompiledPatterns = std::vector<std::pair<QRegularExpression, Category>>;

const CompiledPatterns &compiledPatterns()
{
    static const CompiledPatterns compiled = [] {
        CompiledPatterns list;
        for (const Pattern &pattern : kPatterns) {
            list.emplace_back(QRegularExpression(QString::fromUtf16(pattern.expression),
                                                 QRegularExpression::CaseInsensitiveOption),
                              pattern.category);
        }
        return list;
    }();
    return compiled;
}

// The first pattern that matches, among those for which `wanted` says yes.
// The words of a message as the patterns compare them: at most 16 KiB (the patterns never need
// more), without the box-drawing frames and hard line breaks of terminal UIs. One classification
// asks for the same message several times, so the last one is kept.
const QString &wordsOf(const QString &text)
{
    thread_local QString lastText;
    thread_local QString lastWords;
    if (text.size() == lastText.size() && text == lastText)
        return lastWords;
    lastText = text;
    QString head = text.left(16 * 1024);
    const bool framed = std::any_of(head.cbegin(), head.cend(), [](QChar c) {
        return c.unicode() >= 0x2500 && c.unicode() <= 0x257F;
    });
    if (framed) {
        static const QRegularExpression frame(u"[\u2500-\u257F]"_s);
        head.remove(frame);
    }
    lastWords = head.simplified();
    return lastWords;
}

template<typename Wanted>
std::optional<Category> matchPattern(const QString &text, Wanted wanted)
{
    const QString &head = wordsOf(text);
    for (const auto &[expression, category] : compiledPatterns()) {
        if (wanted(category) && expression.match(head).hasMatch())
            return category;
    }
    return std::nullopt;
}

// A family is what status and code alone can say; the message may refine it within `allowed`.
Category refine(Category fallback, std::initializer_list<Category> allowed,
                const ParsedAnswer &answer)
{
    const auto match =
        matchPattern(answer.message + u'\n' + answer.localizedMessage, [&allowed](Category c) {
            return std::find(allowed.begin(), allowed.end(), c) != allowed.end();
        });
    return match.value_or(fallback);
}

// The request errors of 2026 that a 400 (or a Live close 1007) can carry, each with its own fix.
constexpr std::initializer_list<Category> kRequestDetails = {
    Category::DeadlineTooShort,        Category::FileNotActive,         Category::CacheTooSmall,
    Category::ThoughtSignatureMissing, Category::ThinkingConfigInvalid, Category::ClientOutdated};

// "Unknown name ... Cannot find field": the field itself is the problem (wrong API version, an
// OpenAI-only parameter), whatever its name says about thinking or caching.
bool namesUnknownField(const ParsedAnswer &answer)
{
    return answer.message.contains(u"Unknown name"_s) ||
           answer.message.contains(u"Cannot find field"_s);
}

Category refineRequest(Category fallback, std::initializer_list<Category> allowed,
                       const ParsedAnswer &answer)
{
    const Category refined = refine(fallback, allowed, answer);
    if (refined != fallback && namesUnknownField(answer) &&
        std::find(kRequestDetails.begin(), kRequestDetails.end(), refined) != kRequestDetails.end())
        return Category::InvalidRequest;
    return refined;
}

std::optional<Category> categoryForReason(const ParsedAnswer &answer)
{
    const QString &reason = answer.reason;
    if (reason == u"API_KEY_INVALID"_s) // expired, not found and mistyped keys share it
        return refine(Category::InvalidApiKey, {Category::ApiKeyExpired}, answer);
    if (reason == u"CREDENTIALS_MISSING"_s)
        return refine(Category::WrongAuthMethod, {Category::ApiKeysNotSupported}, answer);
    if (reason == u"ACCESS_TOKEN_TYPE_UNSUPPORTED"_s || reason == u"ACCESS_TOKEN_EXPIRED"_s)
        return Category::WrongAuthMethod;
    if (reason == u"API_KEY_SERVICE_BLOCKED"_s || reason == u"API_KEY_HTTP_REFERRER_BLOCKED"_s ||
        reason == u"API_KEY_IP_ADDRESS_BLOCKED"_s || reason == u"API_KEY_ANDROID_APP_BLOCKED"_s ||
        reason == u"API_KEY_IOS_APP_BLOCKED"_s)
        return Category::ApiKeyRestricted;
    if (reason == u"SERVICE_DISABLED"_s)
        return Category::ApiNotEnabled;
    if (reason == u"CONSUMER_SUSPENDED"_s)
        return Category::AccessSuspended;
    return std::nullopt;
}

// The 429 family: which quota, if any, and whether waiting helps.
Category classifyQuota(const ParsedAnswer &answer)
{
    // Billing stops first: waiting does not lift them, whatever delay the body suggests.
    const Category billing =
        refine(Category::RateLimited, {Category::SpendCapReached, Category::PrepayCreditsDepleted},
               answer);
    if (billing != Category::RateLimited)
        return billing;
    if (answer.effectiveCode() == 402)
        return Category::PrepayCreditsDepleted;
    if (quotaSaysLimitZero(answer))
        return Category::ModelNotInFreeTier;
    if (quotaSaysPerDay(answer))
        return Category::DailyQuotaExhausted;
    if (answer.reason == u"RATE_LIMIT_EXCEEDED"_s &&
        answer.metadata.value(u"quota_limit"_s).contains(u"PerDay"_s))
        return Category::DailyQuotaExhausted;
    return Category::RateLimited;
}

Category classifyAnswer(const ParsedAnswer &answer)
{
    if (!answer.blockReason.isEmpty())
        return Category::PromptBlocked;
    const QString finish = answer.finishReason;
    static const QStringList blocked = {
        u"SAFETY"_s, u"BLOCKLIST"_s,    u"PROHIBITED_CONTENT"_s,
        u"SPII"_s,   u"IMAGE_SAFETY"_s, u"IMAGE_PROHIBITED_CONTENT"_s};
    if (blocked.contains(finish))
        return Category::ResponseBlocked;
    if (finish == u"RECITATION"_s || finish == u"IMAGE_RECITATION"_s)
        return Category::Recitation;
    if (finish == u"MAX_TOKENS"_s)
        return Category::OutputTruncated;
    if (finish == u"MALFORMED_FUNCTION_CALL"_s || finish == u"UNEXPECTED_TOOL_CALL"_s)
        return Category::MalformedFunctionCall;
    // The last chunk of a stream often has no parts: the text came in the chunks before it, as
    // the output token count shows.
    if (finish == u"STOP"_s && !answer.hasContent && answer.outputTokens.value_or(0) > 0)
        return Category::Ok;
    if (finish.isEmpty() || finish == u"STOP"_s)
        return answer.hasContent ? Category::Ok : Category::EmptyResponse;
    return Category::StoppedEarly; // any value not seen before is data, not a crash
}

Category classifyByStatus(const QString &status, const ParsedAnswer &answer)
{
    using C = Category;
    if (status == u"INVALID_ARGUMENT"_s || status == u"OUT_OF_RANGE"_s)
        return refineRequest(C::InvalidRequest,
                             {C::ApiKeyExpired, C::InvalidApiKey, C::MultipleCredentials,
                              C::InputTooLarge, C::BillingRequired, C::LocationUnsupported,
                              C::DeadlineTooShort, C::FileNotActive, C::CacheTooSmall,
                              C::ThoughtSignatureMissing, C::ThinkingConfigInvalid,
                              C::ClientOutdated},
                             answer);
    if (status == u"FAILED_PRECONDITION"_s)
        return refineRequest(C::BillingRequired,
                             {C::BillingRequired, C::LocationUnsupported, C::FileNotActive,
                              C::ClientOutdated, C::SpendCapReached, C::PrepayCreditsDepleted},
                             answer);
    if (status == u"UNAUTHENTICATED"_s)
        return refine(C::WrongAuthMethod,
                      {C::ApiKeysNotSupported, C::ApiKeyExpired, C::MultipleCredentials}, answer);
    if (status == u"PERMISSION_DENIED"_s)
        return refine(C::PermissionDenied,
                      {C::ApiKeyLeaked, C::ApiKeyExpired, C::InvalidApiKey, C::ApiKeysNotSupported,
                       C::MissingApiKey, C::AccessSuspended, C::ApiNotEnabled, C::ApiKeyRestricted,
                       C::LocationUnsupported, C::BillingRequired},
                      answer);
    if (status == u"NOT_FOUND"_s)
        return refine(C::NotFound, {C::ModelRetired, C::ModelNotFound}, answer);
    if (status == u"RESOURCE_EXHAUSTED"_s)
        return classifyQuota(answer);
    if (status == u"CANCELLED"_s)
        return C::Cancelled;
    if (status == u"INTERNAL"_s || status == u"UNKNOWN"_s)
        return C::ServerError;
    if (status == u"UNAVAILABLE"_s)
        return refine(C::Overloaded, {C::DeadlineExceeded}, answer);
    if (status == u"DEADLINE_EXCEEDED"_s)
        return C::DeadlineExceeded;
    return C::UnexpectedStatus;
}

Category classifyByCode(int code, const ParsedAnswer &answer)
{
    using C = Category;
    switch (code) {
    case 400:
        return classifyByStatus(u"INVALID_ARGUMENT"_s, answer);
    case 401:
        return classifyByStatus(u"UNAUTHENTICATED"_s, answer);
    case 402:
        return refine(C::PrepayCreditsDepleted, {C::SpendCapReached}, answer);
    case 403:
        return classifyByStatus(u"PERMISSION_DENIED"_s, answer);
    case 404:
        return classifyByStatus(u"NOT_FOUND"_s, answer);
    case 407:
        return C::ProxyFailure;
    case 408:
        return C::Timeout;
    case 413:
        return C::InputTooLarge;
    case 429:
        return classifyQuota(answer);
    case 499:
        return C::Cancelled;
    case 500:
        return refine(C::ServerError, {C::InputTooLarge}, answer);
    case 503:
        return classifyByStatus(u"UNAVAILABLE"_s, answer);
    case 504:
        return C::DeadlineExceeded;
    default:
        return C::UnexpectedStatus;
    }
}

// Every category the words of an error can name, for reasons that come without a status.
std::optional<Category> categoryByText(const ParsedAnswer &answer)
{
    const auto byText = matchPattern(answer.message + u'\n' + answer.localizedMessage,
                                     [](Category) { return true; });
    if (byText == Category::RateLimited)
        return classifyQuota(answer);
    if (byText && namesUnknownField(answer) &&
        std::find(kRequestDetails.begin(), kRequestDetails.end(), *byText) != kRequestDetails.end())
        return Category::InvalidRequest;
    return byText;
}

// A Live API close: the code says the family, the reason (cut at 123 bytes) the details.
Category classifyClose(const ParsedAnswer &answer)
{
    using C = Category;
    const std::optional<Category> byText = categoryByText(answer);
    switch (answer.closeCode) {
    case 1007: // invalid frame payload data: an invalid argument
        return refineRequest(C::InvalidRequest,
                             {C::ModelNotFound, C::ModelRetired, C::InputTooLarge,
                              C::DeadlineTooShort, C::FileNotActive, C::CacheTooSmall,
                              C::ThoughtSignatureMissing, C::ThinkingConfigInvalid,
                              C::ClientOutdated, C::InvalidApiKey, C::ApiKeyExpired,
                              C::MultipleCredentials, C::LocationUnsupported, C::BillingRequired},
                             answer);
    case 1008: // policy violation: authentication, a key not accepted, a model not found, quota
        if (byText == C::RateLimited || byText == C::DailyQuotaExhausted ||
            byText == C::ModelNotInFreeTier || byText == C::SpendCapReached ||
            byText == C::PrepayCreditsDepleted)
            return *byText;
        return refine(C::PermissionDenied,
                      {C::ApiKeysNotSupported, C::ApiKeyExpired, C::InvalidApiKey, C::ApiKeyLeaked,
                       C::MultipleCredentials, C::WrongAuthMethod, C::MissingApiKey,
                       C::AccessSuspended, C::ApiNotEnabled, C::ApiKeyRestricted,
                       C::LocationUnsupported, C::BillingRequired, C::ModelRetired,
                       C::ModelNotFound, C::InvalidRequest},
                      answer);
    case 1011: // internal error; after minutes of a working session, its time limit
        if (byText == C::RateLimited || byText == C::DailyQuotaExhausted ||
            byText == C::ModelNotInFreeTier || byText == C::SpendCapReached ||
            byText == C::PrepayCreditsDepleted)
            return *byText;
        return refine(C::ServerError, {C::DeadlineExceeded, C::Overloaded}, answer);
    case 1009: // message too big
        return C::InputTooLarge;
    case 1013: // try again later
        return C::Overloaded;
    case 1001: // going away: the server ended the session
    case 1006: // closed without a close frame
        return byText.value_or(C::ConnectionReset);
    case 1000:
        return byText.value_or(C::Ok);
    default:
        return byText.value_or(C::UnexpectedStatus);
    }
}

} // namespace

bool quotaSaysPerDay(const ParsedAnswer &answer)
{
    return std::any_of(answer.quota.cbegin(), answer.quota.cend(),
                       [](const QuotaViolation &violation) { return violation.per == u"day"_s; });
}

bool quotaSaysLimitZero(const ParsedAnswer &answer)
{
    static const QRegularExpression limitZero(
        uR"re(\blimit:\s*0\b|doesn't have a free quota tier|does not have a free quota tier)re"_s);
    if (limitZero.match(answer.message).hasMatch())
        return true;
    return std::any_of(
        answer.quota.cbegin(), answer.quota.cend(), [](const QuotaViolation &violation) {
            if (violation.value)
                return violation.value->trimmed() == u"0"_s;
            // A violation without quotaValue means a limit of 0, unless the body
            // was cut before the field could arrive.
            return !violation.mayBeIncomplete && !violation.fromMessage && !violation.id.isEmpty();
        });
}

Category classify(const ParsedAnswer &answer)
{
    switch (answer.shape) {
    case InputShape::Empty:
        if (answer.httpStatus == 0 || answer.httpStatus == 200)
            return Category::EmptyResponse;
        return classifyByCode(answer.httpStatus, answer);
    case InputShape::Html:
        if (answer.httpStatus == 407)
            return Category::ProxyFailure;
        if (answer.httpStatus == 413)
            return Category::InputTooLarge;
        return Category::NotGeminiResponse;
    case InputShape::GenerateResponse:
        return classifyAnswer(answer);
    case InputShape::OtherApiAnswer:
        return answer.httpStatus == 0 || answer.httpStatus == 200
                   ? Category::Ok
                   : classifyByCode(answer.httpStatus, answer);
    case InputShape::OtherJson:
        return Category::NotGeminiResponse;
    case InputShape::CloseFrame:
        return classifyClose(answer);
    case InputShape::ErrorEnvelope:
    case InputShape::Text:
        break;
    }

    if (const auto byReason = categoryForReason(answer))
        return *byReason;
    if (answer.reason == u"RATE_LIMIT_EXCEEDED"_s)
        return classifyQuota(answer);
    if (!answer.quota.isEmpty() && (answer.effectiveCode() == 429 || answer.effectiveCode() == 0 ||
                                    answer.status == u"RESOURCE_EXHAUSTED"_s))
        return classifyQuota(answer);
    if (isCanonicalStatus(answer.status))
        return classifyByStatus(answer.status, answer);
    if (const int code = answer.effectiveCode(); code >= 300 && code != 200)
        return classifyByCode(code, answer);

    // Neither status nor code: the words are all there is.
    if (const auto byText = categoryByText(answer))
        return *byText;
    return answer.shape == InputShape::Text ? Category::NotGeminiResponse
                                            : Category::UnexpectedStatus;
}

} // namespace gd
