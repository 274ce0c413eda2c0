target_sources(tvpair_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h)
