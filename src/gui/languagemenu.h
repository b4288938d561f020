#pragma once
// The program's language as the person chose it: Settings → Language (System / English / Deutsch /
// Français), stored in QSettings under "language" and read by the app's main.cpp at start
// (src/app/language.h installs the translators). The choice takes effect at the next start: the
// menu says so. GUI thread.

#include <QtCore/QString>
#include <QtCore/QStringList>

class QMainWindow;
class QMenu;

namespace Gui {

// "" (follow the system), "en", "de" or "fr": the choice stored in QSettings, "" when none or unknown.
QString storedLanguage();
void storeLanguage(const QString &code);
// The codes the menu offers after "System", in order.
QStringList languageCodes();

// Adds Settings → Language to `window`'s menu bar (call it before addHelpMenu, so Help stays
// last); returns the submenu. Choosing an entry stores it and tells the person it applies at the next start.
QMenu *addLanguageMenu(QMainWindow *window);

} // namespace Gui
