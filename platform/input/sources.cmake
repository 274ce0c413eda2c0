# sources of platform/input: the remote-key normaliser (needs QtGui for QKeyEvent) and its default map.
target_sources(tvpair_platform PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RemoteKeyMap.cpp ${CMAKE_CURRENT_LIST_DIR}/RemoteKeyMap.h
  ${CMAKE_CURRENT_LIST_DIR}/RemoteKeyFilter.cpp ${CMAKE_CURRENT_LIST_DIR}/RemoteKeyFilter.h)
find_package(Qt6 REQUIRED COMPONENTS Gui)
target_link_libraries(tvpair_platform PUBLIC Qt6::Gui)
# Compiled in as :/tvpair/keymaps/default.json; a device file passed at start-up can override it.
qt_add_resources(tvpair_platform tvpair_keymaps
  PREFIX /tvpair/keymaps
  BASE ${CMAKE_CURRENT_LIST_DIR}/../../resources/keymaps
  FILES ${CMAKE_CURRENT_LIST_DIR}/../../resources/keymaps/default.json)
