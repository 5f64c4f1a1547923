#pragma once

// A loopback HTTP server that misbehaves for real: it answers one connection with a fixed head
// and then writes the same piece again and again, as fast as the socket takes it, never waiting
// for the client to read. It counts what the kernel accepted, so a test can tell how much the
// client pulled in before it let go. Its own thread uses plain blocking sockets: a QTcpServer
// in the test's thread would only write when the client's event loop let it.
#include <QByteArray>
#include <QUrl>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <thread>

namespace gd::test {

class FloodServer
{
public:
    // Writes `head` once, then `piece` until the client goes away, `limit` bytes are written,
    // 30 s pass or the server is destroyed: every loop here ends.
    FloodServer(QByteArray head, QByteArray piece, qint64 limit = 256LL * 1024 * 1024)
        : m_head(std::move(head)), m_piece(std::move(piece)), m_limit(limit)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // never anything but loopback
        socklen_t length = sizeof address;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) ||
            ::listen(m_listener, 1) ||
            ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length))
            return;
        m_port = ntohs(address.sin_port);
        setTimeout(m_listener, SO_RCVTIMEO); // accept() waits in steps, to see stop
        m_thread = std::thread([this] { serve(); });
    }

    ~FloodServer()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            ::close(m_listener);
    }

    FloodServer(const FloodServer &) = delete;
    FloodServer &operator=(const FloodServer &) = delete;

    bool isListening() const { return m_port != 0; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    // Bytes of the head and pieces that the kernel took.
    qint64 written() const { return m_written; }
    // The client closed the connection (a write failed) while the server still had more to say.
    bool clientGone() const { return m_clientGone; }

private:
    static void setTimeout(int socket, int option)
    {
        timeval step{0, 100'000};
        ::setsockopt(socket, SOL_SOCKET, option, &step, sizeof step);
    }

    // Sends all of `data` unless the client goes away or time is up.
    bool sendAll(int socket, const QByteArray &data)
    {
        qsizetype sent = 0;
        while (sent < data.size() && !m_stop && std::chrono::steady_clock::now() < m_deadline) {
            const ssize_t n =
                ::send(socket, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
                m_written += n;
            } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                m_clientGone = true;
                return false;
            }
        }
        return sent == data.size();
    }

    void serve()
    {
        m_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        int client = -1;
        while (client < 0 && !m_stop && std::chrono::steady_clock::now() < m_deadline)
            client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        setTimeout(client, SO_RCVTIMEO);
        setTimeout(client, SO_SNDTIMEO); // a full socket buffer blocks for a step, not forever
        // Take the request head (a GET: no body), at most 64 KiB of it.
        QByteArray request;
        char buffer[4096];
        while (!request.contains("\r\n\r\n") && request.size() < 65536 && !m_stop &&
               std::chrono::steady_clock::now() < m_deadline) {
            const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n > 0)
                request.append(buffer, n);
            else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                break;
        }
        if (sendAll(client, m_head)) {
            while (m_written < m_limit && sendAll(client, m_piece)) {
            }
        }
        // Past the limit the connection stays open, silent, until the test ends: only the client
        // ends it, as with a server that stalls.
        while (!m_clientGone && !m_stop && std::chrono::steady_clock::now() < m_deadline) {
            const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                m_clientGone = true;
        }
        ::close(client);
    }

    const QByteArray m_head;
    const QByteArray m_piece;
    const qint64 m_limit;
    int m_listener = -1;
    quint16 m_port = 0;
    std::chrono::steady_clock::time_point m_deadline;
    std::atomic<qint64> m_written = 0;
    std::atomic<bool> m_clientGone = false;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

} // namespace gd::test
