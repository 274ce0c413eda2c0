target_sources(tvpair_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h
  ${CMAKE_CURRENT_LIST_DIR}/SessionRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionRecord.h
  ${CMAKE_CURRENT_LIST_DIR}/PaymentListCache.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentListCache.h
  ${CMAKE_CURRENT_LIST_DIR}/SessionController.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionController.h)
