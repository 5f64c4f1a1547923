#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gd {

// The stable category identifiers of contract section 3. Scripts match on the strings, so an
// identifier never changes once shipped. The enum's order is only the catalog's reading order
// (grouped as the contract groups them); nothing stores the numbers.
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
    ApiKeyExpired,
    MultipleCredentials,
    ApiKeysNotSupported,
    StandardKeyRejected, // only where the key and how it went are known: check
                         // Region and billing.
    LocationUnsupported,
    BillingRequired,
    PrepayCreditsDepleted,
    SpendCapReached,
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
    DeadlineTooShort,
    ClientOutdated,
    FileNotActive,
    CacheTooSmall,
    ThinkingConfigInvalid,
    ThoughtSignatureMissing,
    HistoryInvalid,     // the conversation history: roles, empty contents or parts, function turns
    SchemaUnsupported,  // a response or tool schema the API's schema subset does not take
    FeatureUnsupported, // a feature this model, or this combination of features, does not support
    MediaInvalid,       // a file the API cannot read: MIME type, no pages, too many of them
    BatchInvalid,       // a batch too large, or fields where a batch's request does not take them
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
    MalformedFunctionCall,
    StoppedEarly,
    ModelRouted, // another model answered: Google routes a retired model's calls to a successor
    Ok,
};

QString categoryId(Category category);
[[nodiscard]] std::optional<Category> categoryFromId(QStringView id);
const QList<Category> &allCategories();

// True for the categories that describe a transport failure rather than an answer from the API.
bool isConnectionCategory(Category category);
// True for the categories of a 200 answer whose content is unusable.
bool isAnsweredCategory(Category category);

} // namespace gd
