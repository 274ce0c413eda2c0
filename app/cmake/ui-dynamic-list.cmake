# Writes the linker dynamic list of the tvpair executable: every symbol the UI module leaves
# undefined. The executable exports just those (its core classes, logging, meta-objects) for the
# module to bind to, not its ~1,100 other symbols (smaller .dynsym, fewer symbolic relocations).
# Names the executable does not define (Qt's, libc's) are harmless in the list.
# cmake -DNM=<nm> -DMODULE=<libtvpair_ui.so> -DOUT=<file> -P ui-dynamic-list.cmake
execute_process(COMMAND "${NM}" -D --undefined-only "${MODULE}"
                OUTPUT_VARIABLE _out RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${NM} -D --undefined-only ${MODULE} failed: ${_err}")
endif()
string(REPLACE "\n" ";" _lines "${_out}")
set(_list "{\n")
foreach(_line IN LISTS _lines)
  # "                 U _ZN6tvpair3log..." or "w __gmon_start__"; versioned names keep only the name.
  if(_line MATCHES "^ *[Uw] +([^ @]+)")
    string(APPEND _list "  ${CMAKE_MATCH_1};\n")
  endif()
endforeach()
string(APPEND _list "};\n")
# Rewritten only when it changes, so relinking the module does not always relink tvpair.
if(EXISTS "${OUT}")
  file(READ "${OUT}" _old)
endif()
if(NOT "${_old}" STREQUAL "${_list}")
  file(WRITE "${OUT}" "${_list}")
endif()
