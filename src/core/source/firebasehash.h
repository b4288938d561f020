#pragma once
// FirebaseHashConfig: the project's password hash parameters as the Firebase console shows them
// (Authentication > Users > ... > Password hash parameters):
//
//   hash_config {
//     algorithm: SCRYPT,
//     base64_signer_key: jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0uiiTvC8pVMXAn210wjLNmdZJzxUECKbm0QsEmYUSDzZvpjeJ9WmXA==,
//     base64_salt_separator: Bw==,
//     rounds: 8,
//     mem_cost: 14,
//   }
//
// or the same as JSON (snake_case or camelCase keys, optionally inside "hash_config"). It
// turns an exported user's passwordHash and salt into the string WorkOS takes for the type
// firebase-scrypt:
//   $firebase-scrypt$hash=<b64>$salt=<b64>$sk=<b64>$ss=<b64>$r=<rounds>$m=<mem_cost>
// with URL-safe base64 (- and _, no padding) normalised to standard base64 with padding.
// This only rewrites strings; proving a password against the hash is src/core/passwords.
// A value type; usable from any thread.

#include <QtCore/QString>

#include <optional>

namespace Source {

struct FirebaseHashConfig {
    QString signerKey;     // standard base64
    QString saltSeparator; // standard base64 (may decode to no bytes)
    int rounds = 0;
    int memCost = 0;

    // Parses the console text or JSON. nullopt with *error naming what is missing or wrong.
    static std::optional<FirebaseHashConfig> parse(const QString &text, QString *error);

    // The firebase-scrypt string for one user, or nullopt with *error when the hash or salt
    // is not base64 (the row's error: the hash is malformed for its type).
    std::optional<QString> convert(QStringView passwordHash, QStringView salt, QString *error) const;
};

// Standard base64 with padding from standard or URL-safe base64 with or without padding;
// nullopt when it does not decode.
std::optional<QString> normalizedBase64(QStringView text);

} // namespace Source
