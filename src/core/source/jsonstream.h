#pragma once
// JsonFileStream: a RapidJSON input stream (the Stream concept of <rapidjson/reader.h>: Peek,
// Take, Tell) over a QIODevice, read in blocks of 64 KiB, that tells the byte offset of the
// next character in the file and the line it is on. seek() continues at any byte offset with a
// known line, which is how a chunk of a JSON export is read again on resume.
// A record limit makes a runaway value (a file that is not what it claims to be) end the
// parse instead of growing without bound, and for NDJSON a line break can end the input, so
// that a broken line never swallows the next one.
//
// The hot path (Peek/Take) is one comparison: the stops (block end, limit, line break) are
// folded into one index, and lines are counted with memchr only when asked for.
//
// Used by JsonReader and Auth0Passwords in one thread. Not a copy of the file: one block.

#include <QtCore/QByteArray>
#include <QtCore/QIODevice>

#include <algorithm>
#include <cstring>

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
        if (m_device && m_size > 0 && offset >= m_base && offset < m_base + m_size) {
            // Inside the block already read (Auth0's password export is looked up mostly in
            // order): no read at all.
            m_pos = offset - m_base;
            m_linesCountedTo = m_pos;
            m_line = line;
            m_error = false;
            m_limit = -1;
            m_limitHit = false;
            m_stopAtNewline = false;
            updateAvail();
            return true;
        }
        m_base = offset;
        m_pos = 0;
        m_size = 0;
        m_avail = 0;
        m_line = line;
        m_linesCountedTo = 0;
        m_error = false;
        m_limit = -1;
        m_limitHit = false;
        m_stopAtNewline = false;
        return m_device && m_device->seek(offset);
    }

    Ch Peek()
    {
        if (m_pos < m_avail) [[likely]]
            return m_block[m_pos];
        return slowPeek();
    }
    Ch Take()
    {
        if (m_pos < m_avail) [[likely]]
            return m_block[m_pos++];
        const Ch c = slowPeek();
        if (c != '\0')
            ++m_pos;
        return c;
    }
    size_t Tell() const { return size_t(m_base + m_pos); }

    // Not an output stream (RapidJSON asks for these names only for in-situ parsing).
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

    qint64 offset() const { return m_base + m_pos; }
    qint64 line()
    {
        if (m_linesCountedTo < m_pos) {
            m_line += std::count(m_block.constData() + m_linesCountedTo, m_block.constData() + m_pos, '\n');
            m_linesCountedTo = m_pos;
        }
        return m_line;
    }
    bool atEnd()
    {
        const bool stops = m_stopAtNewline;
        const qint64 limit = m_limit;
        m_stopAtNewline = false;
        m_limit = -1;
        updateAvail();
        const bool end = Peek() == '\0' && m_pos == m_size;
        m_stopAtNewline = stops;
        m_limit = limit;
        updateAvail();
        return end;
    }
    bool readError() const { return m_error; }
    // Peek()/Take() report the end once `maxBytes` more bytes have been taken (-1: no limit).
    void setLimit(qint64 maxBytes)
    {
        m_limit = maxBytes < 0 ? -1 : offset() + maxBytes;
        m_limitHit = false;
        updateAvail();
    }
    bool limitHit() const { return m_limitHit; }
    // One JSON value per line (NDJSON): a line break ends the input for the parser.
    void setStopAtNewline(bool stop)
    {
        m_stopAtNewline = stop;
        updateAvail();
    }

private:
    // Where the next stop is in the block: its end, the limit, or the next line break.
    void updateAvail()
    {
        qint64 avail = m_size;
        if (m_limit >= 0)
            avail = std::clamp<qint64>(m_limit - m_base, m_pos, avail);
        if (m_stopAtNewline && m_pos < avail) {
            const void *nl = std::memchr(m_block.constData() + m_pos, '\n', size_t(avail - m_pos));
            if (nl)
                avail = static_cast<const char *>(nl) - m_block.constData();
        }
        m_avail = avail;
    }
    Ch slowPeek()
    {
        for (;;) {
            if (m_pos < m_avail)
                return m_block[m_pos];
            if (m_pos < m_size) { // a stop inside the block: a line break or the limit
                if (m_limit >= 0 && m_base + m_pos >= m_limit)
                    m_limitHit = true;
                return '\0';
            }
            if (m_limit >= 0 && m_base + m_pos >= m_limit) {
                m_limitHit = true;
                return '\0';
            }
            if (!fill())
                return '\0';
        }
    }
    bool fill()
    {
        if (!m_device)
            return false;
        line(); // count the lines of the block before it goes
        m_base += m_size;
        m_pos = 0;
        m_size = 0;
        m_avail = 0;
        m_linesCountedTo = 0;
        const qint64 n = m_device->read(m_block.data(), BlockSize);
        if (n < 0)
            m_error = true;
        if (n <= 0)
            return false;
        m_size = n;
        updateAvail();
        return true;
    }

    QIODevice *m_device = nullptr;
    QByteArray m_block;
    qint64 m_base = 0; // file offset of m_block[0]
    qint64 m_pos = 0;
    qint64 m_size = 0;
    qint64 m_avail = 0; // Peek/Take give m_block[m_pos] while m_pos < m_avail
    qint64 m_line = 1;  // the line at m_block[m_linesCountedTo]
    qint64 m_linesCountedTo = 0;
    qint64 m_limit = -1;
    bool m_limitHit = false;
    bool m_stopAtNewline = false;
    bool m_error = false;
};

} // namespace Source
