#pragma once
// SecretBytes: a password typed by a person, held in memory only for the moment it is needed
// and overwritten (OPENSSL_cleanse, which the compiler may not optimise away) when it goes.
// Move-only, so no second copy of the bytes is made by accident. Never printed, logged or
// stored. Any thread; one owner.

#include <QtCore/QByteArray>

namespace Passwords {

// Overwrites the bytes of `bytes` in place (every QByteArray sharing them sees zeros), then
// clears it. Safe on an empty or shared array.
void wipe(QByteArray &bytes);

class SecretBytes
{
public:
    SecretBytes() = default;
    // Takes the bytes; `bytes` is left empty (its buffer now belongs to the secret).
    explicit SecretBytes(QByteArray &&bytes);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    void clear() { wipe(m_bytes); }

private:
    QByteArray m_bytes;
};

} // namespace Passwords
