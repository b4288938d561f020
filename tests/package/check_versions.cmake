# Test package_versions_agree: the one version of CMakeLists.txt (VERSION) is what every place a
# user or a package manager reads says: --version of the three programs, the AppStream release,
# the Debian changelog and the manual pages.
#   cmake -DVERSION=x.y.z -DBIN_DIR=... -DPACKAGING_DIR=... -DAPP_ID=... -P check_versions.cmake
set(failures)
foreach(program workos-migration-wizard workos-import workos-sandbox)
    execute_process(COMMAND ${BIN_DIR}/${program} --version
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0 OR NOT out STREQUAL "${program} ${VERSION}")
        list(APPEND failures "${program} --version said \"${out}\" (exit ${rc}, ${err}), expected \"${program} ${VERSION}\"")
    endif()
endforeach()

file(READ ${PACKAGING_DIR}/${APP_ID}.metainfo.xml metainfo)
string(REGEX MATCHALL "<release version=\"[^\"]*\"" releases "${metainfo}")
list(GET releases 0 newest)
if(NOT newest STREQUAL "<release version=\"${VERSION}\"")
    list(APPEND failures "the newest AppStream release is ${newest}, expected ${VERSION}")
endif()

file(STRINGS ${PACKAGING_DIR}/changelog first LIMIT_COUNT 1)
if(NOT first MATCHES "^workos-migration-wizard \\(${VERSION}\\) ")
    list(APPEND failures "the Debian changelog starts with \"${first}\", expected version ${VERSION}")
endif()

foreach(program workos-migration-wizard workos-import workos-sandbox)
    set(page ${PACKAGING_DIR}/man/${program}.1)
    if(NOT EXISTS ${page})
        list(APPEND failures "no manual page ${page} (is help2man installed?)")
        continue()
    endif()
    file(STRINGS ${page} th REGEX "^\\.TH ")
    if(NOT th MATCHES "\"${program} ${VERSION}\"")
        list(APPEND failures "the manual page of ${program} says ${th}, expected version ${VERSION}")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "The version does not agree everywhere:\n  ${text}")
endif()
message(STATUS "Version ${VERSION} everywhere")
