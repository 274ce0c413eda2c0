target_sources(tvpair_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TenantConfig.cpp ${CMAKE_CURRENT_LIST_DIR}/TenantConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigReader.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentConfigReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DialectConfigReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BrandingConfigReader.cpp)
