# One INTERFACE target that every target of ours links: language level, warnings and the
# Qt strictness defines, so that all targets agree.
add_library(wizard_options INTERFACE)
target_compile_features(wizard_options INTERFACE cxx_std_20)
target_compile_options(wizard_options INTERFACE
    -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
target_compile_definitions(wizard_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    WIZARD_VERSION="${PROJECT_VERSION}")
# Full RELRO: relocations resolved at start and made read-only (a linker flag only, so nothing
# is compiled again); lintian's hardening-no-bindnow otherwise.
target_link_options(wizard_options INTERFACE "LINKER:-z,relro,-z,now")

# Precompiled Qt headers: Qt's headers are heavy and every file includes them.
function(wizard_qt_pch target)
    target_precompile_headers(${target} PRIVATE
        <QtCore/QByteArray>
        <QtCore/QString>
        <QtCore/QStringList>
        <QtCore/QList>
        <QtCore/QHash>
        <QtCore/QObject>
        <QtCore/QJsonObject>
        <QtCore/QJsonArray>
        <QtCore/QJsonDocument>
        <QtCore/QFile>
        <QtCore/QDebug>
        <optional>
        <vector>
        <memory>)
endfunction()
