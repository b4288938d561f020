#pragma once
// Keeps secrets out of the job store. The job store is a plain SQLite file in the user's data
// folder that outlives the import, is read by the CLI and may be attached to a support
// request, so nothing written there may hold an API key, a token or a password.
//
// Free functions on values; usable from any thread.

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Store {

// True when a settings key's name suggests a secret: it contains "key", "secret", "token" or
// "password" in any letter case ("apiKey", "API_KEY", "clientSecret", "password_hash").
bool isSecretName(QStringView name);

// True when a string value looks like a WorkOS API key ("sk_test_...", "sk_live_...").
bool looksLikeApiKey(QStringView value);

// A copy of `settings` without every entry whose key is a secret name (at any depth, also
// inside arrays) and without every string value that looks like an API key. The JSON paths
// of the removed entries ("api.apiKey", "headers[0].token") are appended to `removed`: names
// only, never values. Column mappings must therefore name CSV headers in values, not keys
// (an array of {"column": "Password Hash", "field": "password_hash"}).
QJsonObject withoutSecrets(const QJsonObject &settings, QStringList *removed = nullptr);

// `text` with anything that looks like a WorkOS API key replaced by "sk_…[redacted]".
// Applied to every message the store writes (last error, row messages).
QString redactSecrets(const QString &text);

} // namespace Store
