# Writes the linker dynamic list of the tvpair executable: every symbol its modules (the UI, the
# keychain) leave undefined. The executable exports just those (its core classes, logging,
# meta-objects) for the modules to bind to, not its ~1,100 other symbols (smaller .dynsym, fewer
# symbolic relocations). Names the executable does not define (Qt's, libc's) are harmless in the list.
# cmake -DNM=<nm> "-DMODULES=<libtvpair_ui.so>|<libtvpair_keychain.so>|" -DOUT=<file> -P ui-dynamic-list.cmake
string(REPLACE "|" ";" _modules "${MODULES}")
set(_names)
foreach(_module IN LISTS _modules)
  if(_module STREQUAL "")
    continue()
  endif()
  execute_process(COMMAND "${NM}" -D --undefined-only "${_module}"
                  OUTPUT_VARIABLE _out RESULT_VARIABLE _rc ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${NM} -D --undefined-only ${_module} failed: ${_err}")
  endif()
  string(REPLACE "\n" ";" _lines "${_out}")
  foreach(_line IN LISTS _lines)
    # "                 U _ZN6tvpair3log..." or "w __gmon_start__"; versioned names keep only the name.
    if(_line MATCHES "^ *[Uw] +([^ @]+)")
      list(APPEND _names "${CMAKE_MATCH_1}")
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES _names)
list(SORT _names)
set(_list "{\n")
foreach(_name IN LISTS _names)
  string(APPEND _list "  ${_name};\n")
endforeach()
string(APPEND _list "};\n")
# Rewritten only when it changes, so relinking a module does not always relink tvpair.
if(EXISTS "${OUT}")
  file(READ "${OUT}" _old)
endif()
if(NOT "${_old}" STREQUAL "${_list}")
  file(WRITE "${OUT}" "${_list}")
endif()
