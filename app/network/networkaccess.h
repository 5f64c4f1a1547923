#pragma once

#include <QNetworkAccessManager>

#include <memory>

namespace gd {

// The QNetworkAccessManager of a command or of the app, which does not wait for Qt's HTTP thread
// when it goes after an answer was given up on.
//
// Qt reads a response header in its HTTP thread one byte at a time (over plain HTTP one read()
// call per byte, about 3 MB/s) and goes back to its event loop only once the socket has nothing
// more to give. A server that keeps sending header lines holds the thread there: the abort at the
// time limit is a post to that thread and waits behind it, and ~QNetworkAccessManager() waits up
// to 5 s for the thread before it gives up on it. `check` against a 200 MB header thus ended 5 s
// after its time limit. The call itself ends at the limit (ApiCall's deadline runs in this thread);
// only the wait at the end is avoided here: a manager that gave up on an answer is left to the end
// of the process, thread and all, instead of being deleted.
class NetworkAccess final
{
public:
    NetworkAccess();
    ~NetworkAccess();
    Q_DISABLE_COPY_MOVE(NetworkAccess)

    QNetworkAccessManager &manager() { return *m_manager; }

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

// Says that a reply of `manager` was aborted before it finished: Qt's HTTP thread may still be
// inside it. ApiCall calls it; NetworkAccess reads it.
void noteAbandonedReply(QNetworkAccessManager *manager);
bool hasAbandonedReply(const QNetworkAccessManager &manager);

} // namespace gd
