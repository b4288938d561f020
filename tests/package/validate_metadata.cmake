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
