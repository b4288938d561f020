# CPack post-build script (CPACK_POST_BUILD_SCRIPTS in cmake/Packaging.cmake): finishes the
# -dbgsym package CPack 3.25 writes, which lintian rejects:
#   * its md5sums name the files by their absolute paths in CPack's staging folder
#     (md5sums-lists-nonexistent-file, file-missing-in-md5sums): written again, relative;
#   * it has no copyright or changelog (no-copyright-file, no-changelog): like debhelper's
#     dbgsym packages, /usr/share/doc/<package>-dbgsym becomes a symlink to the main package's
#     folder, which is allowed because the dbgsym package depends on that exact version;
#   * the .debug files are executable: made 0644 as dh_strip does.
set(ddebs ${CPACK_PACKAGE_FILES})
list(FILTER ddebs INCLUDE REGEX "\\.ddeb$")
if(NOT ddebs)
    file(GLOB ddebs "${CPACK_PACKAGE_DIRECTORY}/*.ddeb")
endif()
foreach(ddeb IN LISTS ddebs)
    set(dir "${CPACK_TOPLEVEL_DIRECTORY}/fix-dbgsym")
    file(REMOVE_RECURSE "${dir}")
    execute_process(COMMAND dpkg-deb --raw-extract "${ddeb}" "${dir}" COMMAND_ERROR_IS_FATAL ANY)
    file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${dir}" "${dir}/usr/*")
    list(SORT files)
    set(md5sums "")
    foreach(f IN LISTS files)
        file(MD5 "${dir}/${f}" sum)
        string(APPEND md5sums "${sum}  ${f}\n")
        file(CHMOD "${dir}/${f}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    endforeach()
    file(WRITE "${dir}/DEBIAN/md5sums" "${md5sums}")
    file(MAKE_DIRECTORY "${dir}/usr/share/doc")
    file(CREATE_LINK "${CPACK_PACKAGE_NAME}" "${dir}/usr/share/doc/${CPACK_PACKAGE_NAME}-dbgsym" SYMBOLIC)
    execute_process(COMMAND dpkg-deb --root-owner-group -Zxz --build "${dir}" "${ddeb}"
                    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${dir}")
    message(STATUS "Finished the debug symbols package ${ddeb}")
endforeach()
