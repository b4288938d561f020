#include "languagemenu.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>
#include <QtGui/QActionGroup>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
constexpr auto languageKey = "language"_L1;

// Each language named in itself, so a person who cannot read the current one still finds theirs.
QString nativeName(const QString &code)
{
    if (code == u"de"_s)
        return u"Deutsch"_s;
    if (code == u"fr"_s)
        return u"Français"_s;
    return u"English"_s;
}

} // namespace

// The translation context of the menu's texts.
class LanguageMenu
{
    Q_DECLARE_TR_FUNCTIONS(LanguageMenu)
};

QStringList languageCodes()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString storedLanguage()
{
    const QString code = QSettings().value(languageKey).toString();
    return languageCodes().contains(code) ? code : QString();
}

void storeLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QMenu *addLanguageMenu(QMainWindow *window)
{
    //: The menu with the program's settings (here: its language)
    auto *settingsMenu = new QMenu(LanguageMenu::tr("&Settings"), window);
    settingsMenu->setObjectName(u"settingsMenu"_s);
    QMenu *menu = settingsMenu->addMenu(LanguageMenu::tr("&Language"));
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    const QString current = storedLanguage();
    //: Language menu entry: follow the language of the desktop
    QAction *system = menu->addAction(LanguageMenu::tr("&System"));
    system->setData(QString());
    menu->addSeparator();
    QList<QAction *> actions{system};
    for (const QString &code : languageCodes()) {
        QAction *action = menu->addAction(nativeName(code));
        action->setData(code);
        actions.append(action);
    }
    for (QAction *action : actions) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == current);
        action->setObjectName(u"language-"_s + (action->data().toString().isEmpty() ? u"system"_s : action->data().toString()));
        group->addAction(action);
    }
    QObject::connect(group, &QActionGroup::triggered, window, [window](QAction *action) {
        const QString code = action->data().toString();
        if (code == storedLanguage())
            return;
        storeLanguage(code);
        QMessageBox::information(window, LanguageMenu::tr("Language"),
                                 LanguageMenu::tr("The wizard speaks %1 from its next start. Close it and open it again "
                                        "to switch now; jobs you started are kept.")
                                     .arg(code.isEmpty() ? LanguageMenu::tr("the language of your system") : nativeName(code)));
    });
    window->menuBar()->addMenu(settingsMenu);
    return menu;
}

} // namespace Gui
