#include "networkaccess.h"

#include <vector>

namespace gd {
namespace {

// A dynamic property, so that any manager can carry the mark (tests hand ApiCall fakes).
constexpr char kAbandonedProperty[] = "gd_abandonedReply";

} // namespace

NetworkAccess::NetworkAccess() : m_manager(std::make_unique<QNetworkAccessManager>()) {}

NetworkAccess::~NetworkAccess()
{
    // Deleting it would block for up to 5 s if Qt's HTTP thread is still inside the abandoned
    // answer (see the header). The process is ending or the manager's owner is: the memory and
    // the thread go with the process.
    // Kept reachable, not lost, so LeakSanitizer (the sanitize build) tells it from a leak; the
    // list itself is never destroyed, since static destructors run before the leak check.
    static auto *const keptToTheEnd = new std::vector<QNetworkAccessManager *>;
    if (hasAbandonedReply(*m_manager))
        keptToTheEnd->push_back(m_manager.release());
}

void noteAbandonedReply(QNetworkAccessManager *manager)
{
    if (manager)
        manager->setProperty(kAbandonedProperty, true);
}

bool hasAbandonedReply(const QNetworkAccessManager &manager)
{
    return manager.property(kAbandonedProperty).toBool();
}

} // namespace gd
