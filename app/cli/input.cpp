#include "input.h"

namespace gd::cli {

QByteArray readAtMost(QIODevice &device, qint64 limit)
{
    QByteArray data;
    // Each pass reads at least one byte or ends: read() blocks until data or the end arrives.
    while (data.size() < limit) {
        const QByteArray chunk = device.read(limit - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

} // namespace gd::cli
