#pragma once
// The wizard's language at start: the stored choice (Settings → Language, Gui::storedLanguage())
// or the system's, narrowed to a language the wizard speaks (English, German, French). Installs
// the program's translation (wizard_<lang>.qm, built from translations/*.ts into the resource
// :/i18n; for English only the plural forms) and Qt's own (qtbase_<lang>.qm from qt6-translations-l10n, for QWizard's Back / Next /
// Cancel and the standard dialogs), and makes the same language the default QLocale, so numbers,
// dates and durations follow the text. The desktop app and tst_translations call it; the CLI
// never does (its output stays English). GUI thread, before the first window is made.

#include <QtCore/QLocale>
#include <QtCore/QString>

namespace Language {

// The locale for a choice: "" follows the system (its first UI language the wizard speaks, else
// English), "en", "de" or "fr" that language (keeping the system's territory when it matches,
// so de_AT stays Austrian).
QLocale localeFor(const QString &choice, const QLocale &system = QLocale::system());

struct Installed
{
    QLocale locale;
    QString programTranslation; // the .qm file loaded (for English wizard_en.qm, its plural forms)
    QString qtTranslation;      // Qt's qtbase_*.qm loaded, empty when none
};

// Replaces the translators installed by an earlier call with those for `locale` and sets it as
// the default QLocale. Needs a QCoreApplication.
Installed install(const QLocale &locale);

} // namespace Language
