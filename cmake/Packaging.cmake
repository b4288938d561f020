# Packaging: the files a distribution needs besides the programs, and the .deb (CPack).
#
#   cpack -G DEB            in the build folder: workos-migration-wizard_<version>_<arch>.deb
#                           and workos-migration-wizard-dbgsym_<version>_<arch>.ddeb
#   scripts/package-test.sh builds it and installs it into a clean Debian 12 root
#
# One version: project(VERSION) in CMakeLists.txt, with WIZARD_RELEASE_DATE next to it. It is
# compiled into the programs (WIZARD_VERSION: --version, the About dialog, the User-Agent) and
# configured into the AppStream <releases>, the Debian changelog, the manual pages and the
# package version here. See packaging/README.md for the choices and lintian's verdict.
include(GNUInstallDirs)

set(WIZARD_HOMEPAGE "https://github.com/workos/migration-wizard" CACHE STRING
    "The project's web address (AppStream, the .deb's Homepage)")
set(WIZARD_SCREENSHOT_URL "${WIZARD_HOMEPAGE}/raw/v${PROJECT_VERSION}/docs/images" CACHE STRING
    "Where the screenshots of docs/images are published (AppStream wants https URLs)")
set(WIZARD_PACKAGE_MAINTAINER "WorkOS Migration Wizard developers <migration-wizard@users.noreply.github.com>"
    CACHE STRING "The Maintainer of the .deb and the signature of the Debian changelog")

set(WIZARD_PACKAGING_DIR ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${WIZARD_PACKAGING_DIR})

# The release date as the Debian changelog writes it, and as the epoch that makes the manual
# pages reproducible (help2man honours SOURCE_DATE_EPOCH).
execute_process(COMMAND date -u -R -d "${WIZARD_RELEASE_DATE} 12:00:00 UTC"
                OUTPUT_VARIABLE WIZARD_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND date -u +%s -d "${WIZARD_RELEASE_DATE} 12:00:00 UTC"
                OUTPUT_VARIABLE WIZARD_RELEASE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

configure_file(${PROJECT_SOURCE_DIR}/packaging/com.workos.migration_wizard.metainfo.xml.in
               ${WIZARD_PACKAGING_DIR}/com.workos.migration_wizard.metainfo.xml @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${WIZARD_PACKAGING_DIR}/changelog @ONLY)

# Debian wants the changelog compressed with gzip -9n (no name, no time stamp: reproducible).
add_custom_command(OUTPUT ${WIZARD_PACKAGING_DIR}/changelog.gz
    COMMAND gzip -9nkf ${WIZARD_PACKAGING_DIR}/changelog
    DEPENDS ${WIZARD_PACKAGING_DIR}/changelog
    COMMENT "Compressing the Debian changelog")
set(packaging_outputs ${WIZARD_PACKAGING_DIR}/changelog.gz)

# Manual pages, made from each program's --help and --version by help2man at build time, so they
# cannot drift from the programs. The programs run by their bare names (PATH points at the build's
# bin folder) because Qt's usage line repeats argv[0]; the wizard runs offscreen.
find_program(HELP2MAN_EXECUTABLE help2man)
if(HELP2MAN_EXECUTABLE)
    set(man_names
        workos-migration-wizard "move users from a CSV file into WorkOS (desktop wizard)"
        workos-import "move users from a CSV file into WorkOS User Management"
        workos-sandbox "a local WorkOS-compatible API server for rehearsals and tests")
    set(man_pages)
    while(man_names)
        list(POP_FRONT man_names program summary)
        set(help_option --help)
        if(program STREQUAL "workos-import")
            set(help_option --help-all) # the options of every command, not only the list of commands
        endif()
        set(page ${WIZARD_PACKAGING_DIR}/man/${program}.1)
        add_custom_command(OUTPUT ${page} ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${WIZARD_PACKAGING_DIR}/man
            COMMAND ${CMAKE_COMMAND} -E env "PATH=$<TARGET_FILE_DIR:${program}>:$ENV{PATH}"
                    QT_QPA_PLATFORM=offscreen WIZARD_NO_KEYCHAIN=1 SOURCE_DATE_EPOCH=${WIZARD_RELEASE_EPOCH}
                    LC_ALL=C.UTF-8 LANGUAGE=
                    ${HELP2MAN_EXECUTABLE} --no-info --section=1
                    --name=${summary} --help-option=${help_option}
                    --include=${PROJECT_SOURCE_DIR}/packaging/man/${program}.h2m
                    --output=${page} ${program}
            COMMAND gzip -9nkf ${page}
            DEPENDS ${program} ${PROJECT_SOURCE_DIR}/packaging/man/${program}.h2m
            COMMENT "Writing the manual page of ${program} from its --help"
            VERBATIM)
        list(APPEND man_pages ${page}.gz)
        list(APPEND packaging_outputs ${page}.gz)
    endwhile()
    install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(WARNING "help2man is missing (Debian package help2man): no manual pages; the .deb will lack them")
endif()
add_custom_target(packaging_files ALL DEPENDS ${packaging_outputs})

install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${WIZARD_PACKAGING_DIR}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The .deb. install() rules in each program's CMakeLists are the single source of truth for what
# goes in; the run-time dependencies below are the ones the linker cannot see: plugins Qt loads
# by name. Found by running the programs in a clean Debian 12 root (scripts/package-test.sh) with
# QT_DEBUG_PLUGINS=1 and strace -e openat; see packaging/README.md.
set(CPACK_PACKAGE_NAME "workos-migration-wizard")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "WorkOS Migration Wizard developers")
set(CPACK_PACKAGE_CONTACT "${WIZARD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "move users from a CSV file into WorkOS User Management")
set(CPACK_PACKAGE_DESCRIPTION [=[
A desktop wizard and a command-line twin that import users, their password
hashes, their organizations and memberships from a CSV file into WorkOS User
Management. The file is checked before anything is sent, the import runs at
the rate limit of WorkOS, every job can be resumed after sleep or a restart
without sending a row twice, and every row that could not be imported is
explained in an error report.

The package contains three programs: workos-migration-wizard (the desktop
wizard), workos-import (the same engine from a terminal) and workos-sandbox
(a local WorkOS-compatible API server for rehearsals and tests).]=])
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${WIZARD_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps adds the libraries the programs link; these are what they load at run time:
#   libqt6sql6-sqlite      the QSQLITE driver of the job store (Qt SQL plugin)
#   qt6-qpa-plugins        the platform plugins beyond xcb/offscreen/wayland (vnc, linuxfb, eglfs)
#   qt6-translations-l10n  Qt's own strings (the wizard's Back/Next/Cancel) in the user's language
#   libsecret-1-0          QtKeychain opens it by name (QLibrary "secret-1") for the Secret Service
#                          keychain of GNOME and others; without it the key cannot be kept
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n, libsecret-1-0")
#   xdg-utils              xdg-open: "Open folder" on the summary page (QDesktopServices)
#   systemd                systemd-inhibit: keeps the computer awake during an import
#   qt6-wayland            the native platform plugin on a Wayland desktop (xcb works through XWayland)
#   qt6-gtk-platformtheme  native file dialogs on GNOME
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils, systemd, qt6-wayland, qt6-gtk-platformtheme")
#   a Secret Service provider for QtKeychain; without one the key stays in memory only
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc | kwalletmanager")
# Stripped programs in the .deb, their debug symbols (by build id) in the -dbgsym .ddeb.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_POST_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/FixDbgsym.cmake) # what CPack 3.25 gets wrong there
include(CPack)
