#include "secretbytes.h"

#include <openssl/crypto.h>

namespace Passwords {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        // constData(): no detach, so the one buffer every sharer points at is the one wiped.
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    }
    bytes.clear();
}

SecretBytes::SecretBytes(QByteArray &&bytes)
    : m_bytes(std::move(bytes))
{
    bytes = QByteArray();
}

SecretBytes::~SecretBytes()
{
    wipe(m_bytes);
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

} // namespace Passwords
