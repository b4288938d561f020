#include "language.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QPointer>
#include <QtCore/QTranslator>

using namespace Qt::StringLiterals;

namespace Language {

namespace {
bool speaks(QLocale::Language language)
{
    return language == QLocale::English || language == QLocale::German || language == QLocale::French;
}

QPointer<QTranslator> programTranslator;
QPointer<QTranslator> qtTranslator;

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

QLocale localeFor(const QString &choice, const QLocale &system)
{
    if (choice.isEmpty()) {
        // The first language of the desktop's list the wizard speaks (LANGUAGE=it:de gives German).
        for (const QString &name : system.uiLanguages()) {
            const QLocale candidate(name);
            if (speaks(candidate.language()))
                return candidate.language() == system.language() ? system : QLocale(candidate.language());
        }
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    const QLocale chosen(choice);
    if (!speaks(chosen.language()))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return chosen.language() == system.language() ? system : chosen;
}

Installed install(const QLocale &locale)
{
    remove(programTranslator);
    remove(qtTranslator);
    Installed installed{locale, {}, {}};
    QLocale::setDefault(locale);
    // English too: wizard_en.qm holds the English plural forms ("1 user", "2 users"); the other
    // English texts are the source texts.
    programTranslator = new QTranslator(QCoreApplication::instance());
    if (programTranslator->load(locale, u"wizard"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(programTranslator);
        installed.programTranslation = programTranslator->filePath();
    } else {
        qWarning("No translation of the wizard for %s; it speaks English.", qUtf8Printable(locale.name()));
    }
    // English too: qtbase has no English file, and none is needed.
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        installed.qtTranslation = qtTranslator->filePath();
    }
    return installed;
}

} // namespace Language
