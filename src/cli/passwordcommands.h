#pragma once
// `workos-import check-password` (checkpasswordcommand.cpp): before an import, proves one known
// password against the hash its account has in the file, locally. `workos-import sign-in-check`
// (signincheckcommand.cpp): after an import, signs that account in with WorkOS. Both read the
// password from the terminal without echo, or from standard input (passwordprompt.h), never
// from an argument. Main thread.

#include <QtCore/QStringList>

namespace Cli {

int runCheckPassword(const QStringList &arguments);
int runSignInCheck(const QStringList &arguments);

} // namespace Cli
