#pragma once
// SandboxOptions: the command line of workos-sandbox, parsed and checked.
//
// Value type; parsed once in main().

#include "sandboxratelimit.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Sandbox {

struct SandboxOptions
{
    quint16 port = 0;
    QStringList keys {QStringLiteral("sk_test_sandbox")};
    QStringList roles {QStringLiteral("member"), QStringLiteral("admin")};
    bool multipleRoles = false;
    RateLimitConfig rateLimits = RateLimitConfig::workos();
    QString rateLimitSpec = QStringLiteral("workos");
    quint64 seed = 0;
    bool seedGiven = false;
    int latencyMs = 0;
    double failRate = 0;
    double resetRate = 0;
    double stallRate = 0;
    int stallSeconds = 120;
    bool ignoreIdempotencyKey = false; // run every POST, as if no Idempotency-Key had been sent
    QString journalPath; // --journal: keep the data in this file across restarts
    // What /_sandbox/* needs in X-Sandbox-Secret: from --admin-secret-file, else from
    // WORKOS_SANDBOX_ADMIN_SECRET (removed from the environment once read), else made at start
    // and printed in the handshake line (adminSecretMade).
    QByteArray adminSecret;
    bool adminSecretMade = false;
    bool exitWithParent = false; // --exit-on-stdin-close: end when stdin closes or the parent dies

    enum class Action { Run, Help, Version, Error };
    struct Parsed;
    static Parsed parse(const QStringList &arguments);
    static QString helpText();
};

struct SandboxOptions::Parsed
{
    Action action = Action::Run;
    SandboxOptions options;
    QString error; // when action == Error
};

} // namespace Sandbox
