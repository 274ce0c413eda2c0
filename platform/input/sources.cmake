# tvpair_input: the remote-key normaliser (needs QtGui for QKeyEvent) and its default map. A
# library of its own, apart from tvpair_platform, so that only what opens a window (the UI
# module, its tests) links Qt Gui: the tvpair executable itself never does (faster start-up).
add_library(tvpair_input STATIC
  ${CMAKE_CURRENT_LIST_DIR}/RemoteKeyMap.cpp ${CMAKE_CURRENT_LIST_DIR}/RemoteKeyMap.h
  ${CMAKE_CURRENT_LIST_DIR}/RemoteKeyFilter.cpp ${CMAKE_CURRENT_LIST_DIR}/RemoteKeyFilter.h)
find_package(Qt6 REQUIRED COMPONENTS Gui)
target_include_directories(tvpair_input PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(tvpair_input PUBLIC Qt6::Core Qt6::Gui)
# Compiled in as :/tvpair/keymaps/default.json; a device file passed at start-up can override it.
qt_add_resources(tvpair_input tvpair_keymaps
  PREFIX /tvpair/keymaps
  BASE ${CMAKE_CURRENT_LIST_DIR}/../../resources/keymaps
  FILES ${CMAKE_CURRENT_LIST_DIR}/../../resources/keymaps/default.json)
