// Verifying a password against a parsed hash with the libraries' primitives only (libxcrypt:
// bcrypt; libargon2: argon2; OpenSSL 3: scrypt, PBKDF2, AES-CTR, SHA).
#include "passwordhash_p.h"

#include <argon2.h>
#include <crypt.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Passwords {

namespace {

bool equalBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

// scrypt (RFC 7914) through OpenSSL. nullopt when OpenSSL refuses (memory).
std::optional<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, qsizetype length)
{
    QByteArray key(length, Qt::Uninitialized);
    const quint64 needed = 128 * r * (n + p + 2);
    const quint64 maxMemory = needed + (quint64(64) << 20);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                       size_t(salt.size()), n, r, p, maxMemory, reinterpret_cast<unsigned char *>(key.data()), size_t(length))
        != 1)
        return std::nullopt;
    return key;
}

struct CipherContext {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
struct DigestContext {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

// Firebase's construction (firebase/scrypt, scryptenc_buf): the first 32 bytes of
// scrypt(password, salt + separator, N, r, p=1) key AES-256-CTR with a zero counter block,
// which encrypts the signer key.
std::optional<QByteArray> firebaseHash(const QByteArray &password, const Parsed &p, const QByteArray &separator)
{
    auto key = scrypt(password, p.salt + separator, p.n, p.r, 1, 32);
    if (!key)
        return std::nullopt;
    std::unique_ptr<EVP_CIPHER_CTX, CipherContext> ctx(EVP_CIPHER_CTX_new());
    const unsigned char iv[16] = {};
    QByteArray out(p.signerKey.size() + 16, Qt::Uninitialized);
    int written = 0, last = 0;
    const bool ok = ctx
        && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ctr(), nullptr, reinterpret_cast<const unsigned char *>(key->constData()), iv) == 1
        && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
                             reinterpret_cast<const unsigned char *>(p.signerKey.constData()), int(p.signerKey.size())) == 1
        && EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + written, &last) == 1;
    wipe(*key);
    if (!ok)
        return std::nullopt;
    out.truncate(written + last);
    return out;
}

std::optional<QByteArray> saltedDigest(const QByteArray &password, const Parsed &p, SaltPosition position)
{
    std::unique_ptr<EVP_MD_CTX, DigestContext> ctx(EVP_MD_CTX_new());
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const QByteArray &first = position == SaltPosition::Prefix ? p.salt : password;
    const QByteArray &second = position == SaltPosition::Prefix ? password : p.salt;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), p.digest, nullptr) != 1
        || EVP_DigestUpdate(ctx.get(), first.constData(), size_t(first.size())) != 1
        || EVP_DigestUpdate(ctx.get(), second.constData(), size_t(second.size())) != 1
        || EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        return std::nullopt;
    out.truncate(length);
    return out;
}

Verification result(Verdict verdict, const char *rule, QString message)
{
    return Verification{verdict, QString::fromLatin1(rule), std::move(message)};
}

Verification matched()
{
    return result(Verdict::Match, "password.match", tr("This password matches its hash."));
}

Verification mismatched()
{
    return result(Verdict::Mismatch, "password.mismatch",
                  tr("This password does not match its hash. Either it is not this account's current password, or the "
                     "hash in the file is not the one the old system keeps for this account (check the export)."));
}

Verification failed()
{
    return result(Verdict::Failed, "password.check_failed",
                  tr("The check could not run (the computer refused the memory the hash needs). Nothing is known about "
                     "the password yet: close other programs and check again."));
}

} // namespace

Verification verifyParsed(const Parsed &p, const QByteArray &password, SaltPosition position)
{
    switch (p.type) {
    case HashType::Bcrypt: {
        auto data = std::make_unique<crypt_data>();
        OPENSSL_cleanse(data.get(), sizeof(crypt_data));
        const char *out = crypt_rn(password.constData(), p.encoded.constData(), data.get(), int(sizeof(crypt_data)));
        Verification v = failed();
        if (out) {
            const QByteArray computed(out);
            v = equalBytes(computed, p.encoded) ? matched() : mismatched();
        }
        OPENSSL_cleanse(data.get(), sizeof(crypt_data));
        return v;
    }
    case HashType::Argon2: {
        const int rc = argon2_verify(p.encoded.constData(), password.constData(), size_t(password.size()), p.argon2);
        if (rc == ARGON2_OK)
            return matched();
        if (rc == ARGON2_VERIFY_MISMATCH)
            return mismatched();
        if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
            return failed();
        return result(Verdict::Malformed, "password_hash.argon2_parameters",
                      tr("libargon2 cannot read this argon2 hash (%1). Export the full hash again.")
                          .arg(QString::fromLatin1(argon2_error_message(rc))));
    }
    case HashType::Scrypt:
    case HashType::Pbkdf2: {
        QByteArray computed;
        if (p.type == HashType::Scrypt) {
            auto key = scrypt(password, p.salt, p.n, p.r, p.p, p.hash.size());
            if (!key)
                return failed();
            computed = std::move(*key);
        } else {
            computed = QByteArray(p.hash.size(), Qt::Uninitialized);
            if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), reinterpret_cast<const unsigned char *>(p.salt.constData()),
                                  int(p.salt.size()), int(p.iterations), p.digest, int(computed.size()),
                                  reinterpret_cast<unsigned char *>(computed.data()))
                != 1)
                return failed();
        }
        const bool same = equalBytes(computed, p.hash);
        wipe(computed);
        return same ? matched() : mismatched();
    }
    case HashType::FirebaseScrypt: {
        auto computed = firebaseHash(password, p, p.saltSeparator);
        if (!computed)
            return failed();
        const bool same = equalBytes(computed->first(p.hash.size()), p.hash);
        if (same)
            return matched();
        // Firebase projects almost all use the separator 0x07 ("Bw=="); a different one in the
        // file is the usual slip (copied from another project, or left out).
        const QByteArray usual("\x07", 1);
        if (p.saltSeparator != usual) {
            if (const auto retry = firebaseHash(password, p, usual); retry && equalBytes(retry->first(p.hash.size()), p.hash))
                return result(Verdict::Mismatch, "password.firebase_salt_separator",
                              tr("The salt separator is wrong: this password matches with Firebase's usual salt separator "
                                 "(Bw==), not with the ss= in the file. Copy base64_salt_separator again from the Firebase "
                                 "console (Authentication → Users → ⋮ → Password hash parameters)."));
        }
        return result(Verdict::Mismatch, "password.firebase_mismatch",
                      tr("This password does not match with the Firebase parameters in the file. Either it is not this "
                         "account's password, or the signer key (sk=), salt separator (ss=), rounds (r=) or memory cost "
                         "(m=) are not this Firebase project's: copy them again from the Firebase console "
                         "(Authentication → Users → ⋮ → Password hash parameters)."));
    }
    case HashType::Ssha:
    case HashType::Ssha256: {
        const auto computed = saltedDigest(password, p, position);
        if (!computed)
            return failed();
        if (equalBytes(*computed, p.hash))
            return matched();
        const SaltPosition other = position == SaltPosition::Suffix ? SaltPosition::Prefix : SaltPosition::Suffix;
        if (const auto retry = saltedDigest(password, p, other); retry && equalBytes(*retry, p.hash))
            return result(Verdict::Mismatch, "password.salt_position",
                          tr("The salt position is wrong: this password matches when the salt goes %1 the password "
                             "(password_salt_position %2), but the hash is read with %3. Set password_salt_position to %2.")
                              .arg(other == SaltPosition::Prefix ? tr("before") : tr("after"), saltPositionName(other),
                                   saltPositionName(position)));
        return mismatched();
    }
    }
    return failed();
}

} // namespace Passwords
