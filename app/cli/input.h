#pragma once

#include <QByteArray>
#include <QIODevice>

namespace gd::cli {

// Up to `limit` bytes of a file or a pipe, to its end. One read() of a pipe returns what the
// writer has written so far (often 64 KiB): a large body piped in would be cut and, read as
// damaged JSON, quietly misread.
[[nodiscard]] QByteArray readAtMost(QIODevice &device, qint64 limit);

} // namespace gd::cli
