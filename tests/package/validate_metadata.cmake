# Test desktop_metadata_valid: the desktop entry and the AppStream metadata pass
# desktop-file-validate and appstreamcli validate --pedantic with nothing to say (no error,
# warning, info or pedantic hint). Software centres and lintian read these files.
#   cmake -DDESKTOP=... -DMETAINFO=... -P validate_metadata.cmake
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
    # Both come from scripts/debian-packages.txt (desktop-file-utils, appstream), which
    # scripts/test.sh installs; a bare ctest without them reports the test as skipped.
    message(STATUS "SKIPPED: desktop-file-validate or appstreamcli is missing (Debian packages desktop-file-utils, appstream)")
    return()
endif()
set(failures)
# Every screenshot the metadata names is one the release publishes: a picture of docs/images
# (scripts/screenshots.sh). Checked before the tools, which cannot see the URLs.
file(READ ${METAINFO} metainfo)
string(REGEX MATCHALL "<image[^>]*>[^<]*</image>" images "${metainfo}")
if(NOT images)
    list(APPEND failures "${METAINFO} names no screenshot")
endif()
foreach(image ${images})
    # The path below docs/images: "08-run.png", or "de-100-light/08-run.png" for a language's.
    string(REGEX REPLACE "<image[^>]*>[^<]*/docs/images/([^<]+)</image>" "\\1" name "${image}")
    if(NOT EXISTS "${IMAGES}/${name}")
        list(APPEND failures "the metadata names the screenshot ${name}, which is not in ${IMAGES}")
    endif()
endforeach()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "${text}")
endif()
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${DESKTOP}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    list(APPEND failures "desktop-file-validate ${DESKTOP} (exit ${rc}):\n${out}${err}")
endif()
# --no-net: the screenshot URLs are where the release publishes them, not reachable from a test.
execute_process(COMMAND ${APPSTREAMCLI} validate --pedantic --no-net --no-color ${METAINFO}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "(^|\n)[EWIP]: ")
    list(APPEND failures "appstreamcli validate --pedantic ${METAINFO} (exit ${rc}):\n${out}${err}")
endif()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "${text}")
endif()
message(STATUS "desktop entry and AppStream metadata are clean")
