#pragma once
// The flags that say which export a file is and what reading it needs, shared by `import`
// and `validate`: --source, --firebase-hash-config, --auth0-passwords, --org-from-app-metadata,
// --created-at-metadata (docs/cli.md, docs/sources.md).

#include <source/sourceoptions.h>

#include <QtCore/QCommandLineParser>

#include <optional>

namespace Cli {

struct SourceFlags {
    QCommandLineOption source{QStringLiteral("source"), {}, QStringLiteral("KIND")};
    QCommandLineOption firebaseHashConfig{QStringLiteral("firebase-hash-config"), {}, QStringLiteral("FILE")};
    QCommandLineOption auth0Passwords{QStringLiteral("auth0-passwords"), {}, QStringLiteral("FILE")};
    QCommandLineOption orgFromAppMetadata{QStringLiteral("org-from-app-metadata"), {}, QStringLiteral("KEY")};
    QCommandLineOption createdAtMetadata{QStringLiteral("created-at-metadata"), {}, QStringLiteral("KEY")};

    void addTo(QCommandLineParser &parser) const;
    // The options, or nullopt with *error in plain words (an unknown kind, a missing file).
    std::optional<Source::Options> read(const QCommandLineParser &parser, QString *error) const;
};

// The help lines of these flags (26 columns of option, then the text).
extern const char SourceFlagsHelp[];

} // namespace Cli
