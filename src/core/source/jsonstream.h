#pragma once
// JsonFileStream: a RapidJSON input stream (the Stream concept of <rapidjson/reader.h>: Peek,
// Take, Tell) over a QIODevice, read in blocks of 64 KiB, that tells the byte offset of the
// next character in the file and counts the line breaks it has passed. seek() continues at any
// byte offset with a known line, which is how a chunk of a JSON export is read again on resume.
// A record limit makes a runaway value (a file that is not what it claims to be) end the
// parse instead of growing without bound.
//
// Used by JsonReader and Auth0Passwords in one thread. Not a copy of the file: one block.

#include <QtCore/QByteArray>
#include <QtCore/QIODevice>

namespace Source {

class JsonFileStream
{
public:
    using Ch = char;
    static constexpr qint64 BlockSize = 64 * 1024;

    explicit JsonFileStream(QIODevice *device = nullptr) : m_device(device), m_block(BlockSize, Qt::Uninitialized) {}
    void setDevice(QIODevice *device)
    {
        m_device = device;
        seek(0, 1);
    }

    bool seek(qint64 offset, qint64 line)
    {
        m_base = offset;
        m_pos = 0;
        m_size = 0;
        m_line = line;
        m_error = false;
        m_limit = -1;
        m_limitHit = false;
        return m_device && m_device->seek(offset);
    }

    Ch Peek()
    {
        if (m_pos == m_size && !fill())
            return '\0';
        const Ch c = m_block[m_pos];
        return c == '\n' && m_stopAtNewline ? '\0' : c;
    }
    Ch Take()
    {
        if (m_pos == m_size && !fill())
            return '\0';
        if (m_stopAtNewline && m_block[m_pos] == '\n')
            return '\0';
        const Ch c = m_block[m_pos++];
        if (c == '\n')
            ++m_line;
        return c;
    }
    size_t Tell() const { return size_t(m_base + m_pos); }

    // Not an output stream (RapidJSON asks for these names only for in-situ parsing).
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

    qint64 offset() const { return m_base + m_pos; }
    qint64 line() const { return m_line; }
    bool atEnd()
    {
        return Peek() == '\0' && m_pos == m_size;
    }
    bool readError() const { return m_error; }
    // Peek()/Take() report the end once `maxBytes` more bytes have been taken (-1: no limit).
    void setLimit(qint64 maxBytes)
    {
        m_limit = maxBytes < 0 ? -1 : offset() + maxBytes;
        m_limitHit = false;
    }
    bool limitHit() const { return m_limitHit; }
    // One JSON value per line (NDJSON): a line break ends the input for the parser, so that a
    // broken line never swallows the next one.
    void setStopAtNewline(bool stop) { m_stopAtNewline = stop; }

private:
    bool fill()
    {
        if (!m_device)
            return false;
        if (m_limit >= 0 && m_base + m_pos >= m_limit) {
            m_limitHit = true;
            return false;
        }
        m_base += m_size;
        m_pos = 0;
        m_size = 0;
        qint64 want = BlockSize;
        if (m_limit >= 0)
            want = std::min<qint64>(want, m_limit - m_base);
        const qint64 n = m_device->read(m_block.data(), want);
        if (n < 0)
            m_error = true;
        if (n <= 0)
            return false;
        m_size = n;
        return true;
    }

    QIODevice *m_device = nullptr;
    QByteArray m_block;
    qint64 m_base = 0; // file offset of m_block[0]
    qint64 m_pos = 0;
    qint64 m_size = 0;
    qint64 m_line = 1;
    qint64 m_limit = -1;
    bool m_limitHit = false;
    bool m_stopAtNewline = false;
    bool m_error = false;
};

} // namespace Source
