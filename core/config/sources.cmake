target_sources(tvpair_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/TenantConfig.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantConfig.h)
