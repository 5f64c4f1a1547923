#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gd {

// The stable category identifiers of contract section 3. Scripts match on the strings, so an
// identifier never changes once shipped; new ones are appended.
enum class Category
{
    // Connection: no usable HTTP answer.
    DnsFailure,
    ConnectionRefused,
    ConnectionReset,
    TlsFailure,
    ProxyFailure,
    Timeout,
    InsecureEndpoint,
    NotGeminiResponse,
    ResponseTooLarge,
    // Key and access.
    InvalidApiKey,
    MissingApiKey,
    WrongAuthMethod,
    ApiKeyLeaked,
    ApiKeyRestricted,
    ApiNotEnabled,
    AccessSuspended,
    PermissionDenied,
    // Region and billing.
    LocationUnsupported,
    BillingRequired,
    PrepayCreditsDepleted,
    // Quota.
    RateLimited,
    DailyQuotaExhausted,
    ModelNotInFreeTier,
    // Request.
    InvalidRequest,
    InputTooLarge,
    ModelNotFound,
    ModelRetired,
    NotFound,
    // Server.
    ServerError,
    Overloaded,
    DeadlineExceeded,
    Cancelled,
    UnexpectedStatus,
    // Answered with 200, yet no usable answer.
    PromptBlocked,
    ResponseBlocked,
    Recitation,
    OutputTruncated,
    EmptyResponse,
    StoppedEarly,
    Ok,
};

QString categoryId(Category category);
std::optional<Category> categoryFromId(QStringView id);
const QList<Category> &allCategories();

// True for the categories that describe a transport failure rather than an answer from the API.
bool isConnectionCategory(Category category);
// True for the categories of a 200 answer whose content is unusable.
bool isAnsweredCategory(Category category);

} // namespace gd
