#pragma once
// ChunkHash: the fingerprint of a chunk's bytes in the user's CSV file, recorded when the job
// is planned and checked by the worker that takes the chunk, before any row of it is sent: a
// file overwritten during an import (or between a stop and a resume) is never imported from
// its new bytes. XXH64 (the xxHash 64-bit algorithm, seed 0), streamed: several GB/s, so the
// planner computes it for free while it reads the file, and a worker checks a chunk of a
// thousand rows in well under a millisecond. Not a defence against a deliberate collision
// (the file is the user's own); a guard against a changed file.
//
// Plain value class; one per thread. Text form: 16 lowercase hex digits.

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <optional>

class QFileDevice;

namespace Store {

class ChunkHash
{
public:
    ChunkHash();
    void addData(QByteArrayView bytes);
    quint64 value() const; // of everything added so far
    QString hex() const;

    static quint64 of(QByteArrayView bytes);
    static QString toHex(quint64 value);

    // Hash of `length` bytes of `file` from `offset` (the file must be open for reading).
    // nullopt when they cannot be read in full (the file is shorter now); `error` says why.
    static std::optional<quint64> ofRange(QFileDevice &file, qint64 offset, qint64 length, QString *error = nullptr);

private:
    quint64 m_v[4];
    quint64 m_total = 0;
    unsigned char m_buffer[32];
    int m_buffered = 0;
};

} // namespace Store
