# sources of platform/secrets
target_sources(tvpair_platform PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/MemorySecretStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PrivateFiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KeyProvider.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SealedEnvelope.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SealedFileStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SecretStoreFactory.cpp
)

# The OS keychain back end is optional (Debian: qtkeychain-qt6-dev); without it the factory
# uses the sealed file store. It is a library of its own, apart from tvpair_platform: linking
# QtKeychain and Qt DBus (9 more shared objects) cost every start of tvpair ~3.7 M instructions of
# dynamic linking, 20 % of a headless start to the user code, which never uses the keychain. The
# factory gets it through setKeychainBackend(); the app loads it as a module (app/CMakeLists.txt).
find_package(Qt6Keychain QUIET)
if(Qt6Keychain_FOUND)
  find_package(Qt6 REQUIRED COMPONENTS DBus)
  add_library(tvpair_keychain STATIC ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.cpp)
  target_link_libraries(tvpair_keychain PUBLIC tvpair_platform qt6keychain Qt6::DBus)
  target_compile_definitions(tvpair_keychain PUBLIC TVPAIR_HAVE_KEYCHAIN)
  set(TVPAIR_HAVE_KEYCHAIN ON CACHE INTERNAL "tvpair: QtKeychain found")
else()
  set(TVPAIR_HAVE_KEYCHAIN OFF CACHE INTERNAL "tvpair: QtKeychain found")
endif()
